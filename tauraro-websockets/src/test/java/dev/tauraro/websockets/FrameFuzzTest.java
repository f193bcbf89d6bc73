package dev.tauraro.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.util.ReferenceCountUtil;
import java.util.Set;

/**
 * Jazzer fuzz test of the frame input path: whatever bytes a client sends after the handshake,
 * the server-side pipeline (Netty's frame decoder, then our {@code FrameHandler} and
 * {@link Connection}) never throws anything but a protocol rejection, and if it closes, it closes
 * with a code RFC 6455 allows for the case: 1000-1003, 1007, 1009 or an echoed peer code.
 *
 * <p>A normal test run replays the inputs in {@code FrameFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-websockets test -Dtest=FrameFuzzTest}.
 */
class FrameFuzzTest {
    private static final Set<Integer> OWN_CODES = Set.of(1002, 1007, 1009);

    @FuzzTest(maxDuration = "60s")
    void arbitraryFrameBytesEndInAMessageOrAProtocolClose(FuzzedDataProvider data) {
        EmbeddedChannel channel = new EmbeddedChannel(
                new WebSocket13FrameEncoder(false),
                new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(1024).expectMaskedFrames(true).allowExtensions(true).build()));
        Options options = Options.builder().maxSize(1024).pingInterval(null).build();
        Connection connection = new Connection(channel, options, true, new Request("/", Headers.EMPTY),
                new Response(101, "Switching Protocols", Headers.EMPTY, new byte[0]), null, LoopBinding.NONE);
        connection.open();
        while (data.remainingBytes() > 0 && channel.isOpen()) {
            channel.writeInbound(Unpooled.wrappedBuffer(data.consumeBytes(1 + data.consumeInt(0, 300))));
            channel.checkException();                       // anything but a protocol rejection fails
        }
        for (Object in = channel.readInbound(); in != null; in = channel.readInbound()) {
            ReferenceCountUtil.release(in);
        }
        for (Object out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            ReferenceCountUtil.release(out);
        }
        channel.finishAndReleaseAll();
        assertThat(connection.state()).isEqualTo(State.CLOSED);
        // Drain the queue; every message taken is a whole text or binary message within maxSize.
        for (int i = 0; i < 32 && connection.queuedMessages() > 0; i++) {
            Message m = connection.recv().block();
            assertThat(m.bytes().length).isLessThanOrEqualTo(1024);
        }
        try {
            connection.recv().block();
        } catch (ConnectionClosed closed) {
            if (closed.sent() != null && (closed.rcvd() == null || !closed.sent().equals(closed.rcvd()))) {
                assertThat(closed.sent().code()).as(closed.getMessage()).isIn(OWN_CODES);
            }
        }
    }

}
