package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** {@code maxSize} applies to a message after decompression: a compression bomb closes with 1009. */
class CompressionBombTest {
    /** {@code count} zero bytes as a permessage-deflate payload: raw deflate, sync flush, without the final 00 00 ff ff. */
    static byte[] deflatedZeros(long count) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long fed = 0; fed < count; fed += zeros.length) {
            d.setInput(zeros, 0, (int) Math.min(zeros.length, count - fed));
            while (!d.needsInput()) {
                out.write(buffer, 0, d.deflate(buffer));
            }
        }
        int n;
        do {
            n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length);
        d.end();
        byte[] all = out.toByteArray();
        return Arrays.copyOf(all, all.length - 4);
    }

    @Test
    void inflationStopsJustOverTheLimitAndFailsWith1009() {
        List<String> failures = new ArrayList<>();
        int max = 64 * 1024;
        BoundedInflater inflater = new BoundedInflater(max, (code, reason) -> failures.add(code + " " + reason));
        EmbeddedChannel ch = new EmbeddedChannel(inflater);
        byte[] bomb = deflatedZeros(64L << 20);          // 64 MiB of zeros in about 64 KiB
        assertThat(bomb.length).isLessThan(128 * 1024);
        ch.writeInbound(new BinaryWebSocketFrame(true, BoundedInflater.RSV1, Unpooled.wrappedBuffer(bomb)));
        assertThat((Object) ch.readInbound()).isNull();     // nothing inflated is passed on
        assertThat(failures).containsExactly("1009 frame exceeds limit of " + max + " bytes");
        assertThat(inflater.inflated()).isGreaterThan(max).isLessThanOrEqualTo(max + 16 * 1024);
        ch.finishAndReleaseAll();
    }

    @Test
    void compressedMessagesUnderTheLimitAreInflatedAcrossFragmentsAndKeepTheirContext() {
        List<String> failures = new ArrayList<>();
        EmbeddedChannel ch = new EmbeddedChannel(new BoundedInflater(1 << 20, (code, reason) -> failures.add(code + " " + reason)));
        // one deflate stream for two messages, as a peer with context takeover sends them
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        byte[] first = flush(d, "hello hello hello".getBytes(StandardCharsets.UTF_8));
        byte[] second = flush(d, "hello again".getBytes(StandardCharsets.UTF_8));
        d.end();
        int half = first.length / 2;
        ch.writeInbound(new TextWebSocketFrame(false, BoundedInflater.RSV1, Unpooled.wrappedBuffer(first, 0, half)));
        ch.writeInbound(new ContinuationWebSocketFrame(true, 0, Unpooled.wrappedBuffer(first, half, first.length - half)));
        ch.writeInbound(new TextWebSocketFrame(true, BoundedInflater.RSV1, Unpooled.wrappedBuffer(second)));
        ch.writeInbound(new TextWebSocketFrame(true, 0, Unpooled.copiedBuffer("plain", StandardCharsets.UTF_8)));
        assertThat(textOf(ch.readInbound()) + textOf(ch.readInbound())).isEqualTo("hello hello hello");
        assertThat(textOf(ch.readInbound())).isEqualTo("hello again");
        assertThat(textOf(ch.readInbound())).isEqualTo("plain");
        assertThat(failures).isEmpty();
        ch.finishAndReleaseAll();
    }

    @Test
    void aServerClosesABombWith1009OverTheNetwork() throws Exception {
        Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
        try (server) {
            RawClient client = new RawClient(server.port(), "Sec-WebSocket-Extensions: permessage-deflate\r\n");
            byte[] bomb = deflatedZeros(256L << 20);     // 256 MiB of zeros in about 256 KiB: under 1 MiB
            assertThat(bomb.length).isLessThan(1 << 20);
            client.send(true, BoundedInflater.RSV1, RawClient.BINARY, bomb, true);
            RawClient.Frame close = client.readUntilClose();
            assertThat(close).isNotNull();
            assertThat(close.closeCode()).isEqualTo(1009);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void bothSidesInflateWithTheLimitWhenDeflateIsNegotiated() {
        java.util.concurrent.CompletableFuture<Connection> accepted = new java.util.concurrent.CompletableFuture<>();
        Server server = Websockets.serve(ws -> {
            accepted.complete(ws);
            return ws.messages().concatMap(ws::send);
        }, "127.0.0.1", 0).block(WAIT);
        try (server) {
            Connection client = Websockets.connect(WebsocketsTest.uri(server)).block(WAIT);
            assertThat(client.inflatesWithALimit()).isTrue();
            assertThat(accepted.join().inflatesWithALimit()).isTrue();
            String text = "compressible ".repeat(1000);
            client.send(text).block(WAIT);
            assertThat(client.recv().block(WAIT).text()).isEqualTo(text);
            client.close(1000, "").block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    /** {@code data} through {@code d} as one permessage-deflate payload: sync flush, without the final 00 00 ff ff. */
    static byte[] flush(Deflater d, byte[] data) {
        d.setInput(data);
        byte[] buffer = new byte[4096];
        int n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        return Arrays.copyOf(buffer, n - 4);
    }

    private static String textOf(Object frame) {
        WebSocketFrame f = (WebSocketFrame) frame;
        ByteBuf content = f.content();
        String s = content.toString(StandardCharsets.UTF_8);
        f.release();
        return s;
    }
}
