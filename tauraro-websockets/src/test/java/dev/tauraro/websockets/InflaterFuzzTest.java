package dev.tauraro.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer fuzz test of {@link BoundedInflater}: whatever data frames arrive (compressed or not,
 * valid deflate or not, fragmented in any order), it never throws, passes on at most
 * {@code maxSize} inflated bytes of a compressed message, and if it stops, it stops with 1002
 * (broken deflate data) or 1009 (too big).
 *
 * <p>A normal test run replays the inputs in {@code InflaterFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-websockets test -Dtest=InflaterFuzzTest}.
 */
class InflaterFuzzTest {
    private static final int MAX = 4096;

    @FuzzTest(maxDuration = "60s")
    void arbitraryDataFramesInflateWithinTheLimitOrStopWith1002Or1009(FuzzedDataProvider data) {
        List<Integer> codes = new ArrayList<>();
        EmbeddedChannel ch = new EmbeddedChannel(new BoundedInflater(MAX, (code, reason) -> codes.add(code)));
        long compressedMessageBytes = 0;
        boolean inCompressed = false;
        for (int frames = 0; frames < 64 && data.remainingBytes() > 0 && codes.isEmpty(); frames++) {
            int kind = data.consumeInt(0, 2);
            boolean fin = data.consumeBoolean();
            int rsv = data.consumeBoolean() ? BoundedInflater.RSV1 : 0;
            byte[] payload = data.consumeBytes(data.consumeInt(0, 1024));
            WebSocketFrame in = switch (kind) {
                case 0 -> new TextWebSocketFrame(fin, rsv, Unpooled.wrappedBuffer(payload));
                case 1 -> new BinaryWebSocketFrame(fin, rsv, Unpooled.wrappedBuffer(payload));
                default -> new ContinuationWebSocketFrame(fin, rsv, Unpooled.wrappedBuffer(payload));
            };
            if (kind != 2) {
                inCompressed = rsv != 0;
                compressedMessageBytes = 0;
            }
            ch.writeInbound(in);
            ch.checkException();
            for (Object out = ch.readInbound(); out != null; out = ch.readInbound()) {
                WebSocketFrame f = (WebSocketFrame) out;
                if (inCompressed && f.rsv() == 0) {
                    compressedMessageBytes += f.content().readableBytes();
                }
                f.release();
            }
            assertThat(compressedMessageBytes).isLessThanOrEqualTo(MAX);
        }
        assertThat(codes).allSatisfy(c -> assertThat(c).isIn(1002, 1009));
        ch.finishAndReleaseAll();
    }
}
