package dev.tauraro.websockets;

import static dev.tauraro.websockets.RawClient.BINARY;
import static dev.tauraro.websockets.RawClient.CLOSE;
import static dev.tauraro.websockets.RawClient.CONTINUATION;
import static dev.tauraro.websockets.RawClient.PING;
import static dev.tauraro.websockets.RawClient.PONG;
import static dev.tauraro.websockets.RawClient.TEXT;
import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 6455 (and RFC 7692's reserved-bit rule) against our server, in the spirit of the Autobahn
 * test suite's case groups: a raw-socket client sends each case and the server must react as the
 * RFC requires (echo, pong, or close with 1002 / 1007 / 1009 and drop the connection), never hang.
 */
class ProtocolConformanceTest {
    private static Server server;

    @BeforeAll
    static void start() {
        server = WebsocketsTest.echoServer(Options.builder().maxSize(1024).pingInterval(null).build());
    }

    @AfterAll
    static void stop() {
        server.close();
        server.waitClosed().block(WAIT);
    }

    private static RawClient client() throws IOException {
        return new RawClient(server.port());
    }

    private static void assertClosedWith(RawClient c, int code) throws IOException {
        RawClient.Frame close = c.readUntilClose();
        assertThat(close).as("a close frame").isNotNull();
        assertThat(close.closeCode()).isEqualTo(code);
        assertThat(c.closedByServer()).as("TCP closed by the server").isTrue();
    }

    /**
     * The connection was failed (RFC 6455 7.1.7): the server dropped it, after a close frame with
     * {@code code} if one arrived. Netty's decoder rejects some close frames itself, and its close
     * frame may be lost to the TCP reset that follows when the peer's data is still unread.
     */
    private static void assertFailed(RawClient c, int code, String what) throws IOException {
        RawClient.Frame close = c.readUntilClose();
        if (close != null) {
            assertThat(close.closeCode()).as(what).isEqualTo(code);
        }
        assertThat(c.closedByServer()).as(what + ": TCP closed by the server").isTrue();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    // ---------------------------------------------------------------- framing

    @Test
    void textAndBinaryFramesOfEverySizeClassAreEchoed() throws IOException {
        try (RawClient c = client()) {
            for (int size : new int[] {0, 125, 126, 1024}) {
                byte[] payload = new byte[size];
                java.util.Arrays.fill(payload, (byte) 'a');
                c.send(true, TEXT, payload);
                RawClient.Frame f = c.read();
                assertThat(f.opcode()).isEqualTo(TEXT);
                assertThat(f.payload()).isEqualTo(payload);
                c.send(true, BINARY, payload);
                assertThat(c.read().payload()).isEqualTo(payload);
            }
            c.send(true, CLOSE, bytes(0x03, 0xe8));
            assertClosedWith(c, 1000);
        }
    }

    @Test
    void anUnmaskedClientFrameIsAProtocolError() throws IOException {
        try (RawClient c = client()) {
            c.send(true, 0, TEXT, "hi".getBytes(StandardCharsets.UTF_8), false);
            assertClosedWith(c, 1002);
        }
    }

    // ---------------------------------------------------------------- reserved bits and opcodes

    @Test
    void reservedBitsWithoutANegotiatedExtensionAreAProtocolError() throws IOException {
        for (int rsv : new int[] {1, 2, 4}) {
            try (RawClient c = client()) {
                c.send(true, rsv, TEXT, "hi".getBytes(StandardCharsets.UTF_8), true);
                assertClosedWith(c, 1002);
            }
        }
    }

    @Test
    void reservedOpcodesAreAProtocolError() throws IOException {
        for (int opcode : new int[] {3, 7, 0xB, 0xF}) {
            try (RawClient c = client()) {
                c.send(true, opcode, new byte[0]);
                assertClosedWith(c, 1002);
            }
        }
    }

    // ---------------------------------------------------------------- pings and pongs

    @Test
    void aPingIsAnsweredWithAPongCarryingItsPayloadAndUnsolicitedPongsAreIgnored() throws IOException {
        try (RawClient c = client()) {
            c.send(true, PONG, bytes(1, 2));
            c.send(true, PING, "payload".getBytes(StandardCharsets.UTF_8));
            RawClient.Frame pong = c.read();
            assertThat(pong.opcode()).isEqualTo(PONG);
            assertThat(pong.text()).isEqualTo("payload");
        }
    }

    @Test
    void aPingOver125BytesIsAProtocolError() throws IOException {
        try (RawClient c = client()) {
            c.send(true, PING, new byte[126]);
            assertClosedWith(c, 1002);
        }
    }

    @Test
    void aFragmentedControlFrameIsAProtocolError() throws IOException {
        try (RawClient c = client()) {
            c.send(false, PING, bytes(1));
            assertClosedWith(c, 1002);
        }
    }

    // ---------------------------------------------------------------- fragmentation

    @Test
    void fragmentsAreReassembledAndAPingBetweenThemIsAnswered() throws IOException {
        try (RawClient c = client()) {
            c.send(false, TEXT, "frag".getBytes(StandardCharsets.UTF_8));
            c.send(true, PING, bytes(9));
            c.send(false, CONTINUATION, "men".getBytes(StandardCharsets.UTF_8));
            c.send(true, CONTINUATION, "ted".getBytes(StandardCharsets.UTF_8));
            assertThat(c.read().opcode()).isEqualTo(PONG);
            RawClient.Frame f = c.read();
            assertThat(f.opcode()).isEqualTo(TEXT);
            assertThat(f.text()).isEqualTo("fragmented");
        }
    }

    @Test
    void aContinuationWithoutAMessageIsAProtocolError() throws IOException {
        try (RawClient c = client()) {
            c.send(true, CONTINUATION, "x".getBytes(StandardCharsets.UTF_8));
            assertClosedWith(c, 1002);
        }
    }

    @Test
    void aNewMessageBeforeTheLastFragmentIsAProtocolError() throws IOException {
        try (RawClient c = client()) {
            c.send(false, TEXT, "a".getBytes(StandardCharsets.UTF_8));
            c.send(true, TEXT, "b".getBytes(StandardCharsets.UTF_8));
            assertClosedWith(c, 1002);
        }
    }

    // ---------------------------------------------------------------- UTF-8

    @Test
    void invalidUtf8InATextMessageIsInvalidData() throws IOException {
        try (RawClient c = client()) {
            c.send(true, TEXT, bytes(0xce, 0xba, 0xe1, 0xbd, 0xb9, 0xcf, 0x83, 0xce, 0xbc, 0xce, 0xb5, 0xed, 0xa0, 0x80));
            assertClosedWith(c, 1007);
        }
    }

    @Test
    void invalidUtf8SplitAcrossFragmentsIsInvalidData() throws IOException {
        try (RawClient c = client()) {
            c.send(false, TEXT, bytes(0xf0, 0x9f));        // a valid start of a 4-byte sequence
            c.send(true, CONTINUATION, bytes(0x28, 0x8c)); // not a continuation byte
            assertClosedWith(c, 1007);
        }
    }

    @Test
    void validUtf8SplitInsideACharacterIsReassembled() throws IOException {
        try (RawClient c = client()) {
            byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
            c.send(false, TEXT, new byte[] {emoji[0], emoji[1]});
            c.send(true, CONTINUATION, new byte[] {emoji[2], emoji[3]});
            assertThat(c.read().text()).isEqualTo("😀");
        }
    }

    // ---------------------------------------------------------------- limits

    @Test
    void aFrameOverMaxSizeIsMessageTooBig() throws IOException {
        try (RawClient c = client()) {
            c.send(true, BINARY, new byte[1025]);
            assertClosedWith(c, 1009);
        }
    }

    @Test
    void aFragmentedMessageOverMaxSizeIsMessageTooBig() throws IOException {
        try (RawClient c = client()) {
            c.send(false, BINARY, new byte[600]);
            c.send(true, CONTINUATION, new byte[600]);
            assertClosedWith(c, 1009);
        }
    }

    // ---------------------------------------------------------------- close handling

    @Test
    void aCloseIsEchoedWithItsCodeAndReasonAndTheServerDropsTheConnection() throws IOException {
        try (RawClient c = client()) {
            byte[] reason = "bye".getBytes(StandardCharsets.UTF_8);
            byte[] payload = new byte[2 + reason.length];
            payload[0] = (byte) (4000 >> 8);
            payload[1] = (byte) 4000;
            System.arraycopy(reason, 0, payload, 2, reason.length);
            c.send(true, CLOSE, payload);
            RawClient.Frame close = c.readUntilClose();
            assertThat(close.closeCode()).isEqualTo(4000);
            assertThat(new String(close.payload(), 2, close.payload().length - 2, StandardCharsets.UTF_8)).isEqualTo("bye");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void anEmptyCloseIsEchoedEmpty() throws IOException {
        try (RawClient c = client()) {
            c.send(true, CLOSE, new byte[0]);
            RawClient.Frame close = c.readUntilClose();
            assertThat(close.payload()).isEmpty();
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void closeCodesThatMayNotBeSentAndOneBytePayloadsAreProtocolErrors() throws IOException {
        for (int code : new int[] {0, 999, 1004, 1005, 1006, 1015, 2999, 5000}) {
            try (RawClient c = client()) {
                c.send(true, CLOSE, bytes(code >> 8, code & 0xff));
                assertFailed(c, 1002, "code " + code);
            }
        }
        try (RawClient c = client()) {
            c.send(true, CLOSE, bytes(3));
            assertFailed(c, 1002, "a 1-byte payload");
        }
    }

    @Test
    void dataAfterACloseIsIgnored() throws IOException {
        try (RawClient c = client()) {
            c.send(true, CLOSE, bytes(0x03, 0xe8));
            c.sendText("too late");
            RawClient.Frame close = c.readUntilClose();
            assertThat(close.closeCode()).isEqualTo(1000);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    // ---------------------------------------------------------------- compression (RFC 7692)

    private static final String DEFLATE = "Sec-WebSocket-Extensions: permessage-deflate\r\n";

    private static byte[] deflated(String text) {
        return CompressionBombTest.flush(new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** Inflates what the server sends on one connection: one stream, as the server keeps its context. */
    private static final class Inflating {
        private final java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);

        String next(byte[] payload) throws java.util.zip.DataFormatException {
            byte[] input = java.util.Arrays.copyOf(payload, payload.length + 4);
            input[payload.length + 2] = (byte) 0xff;
            input[payload.length + 3] = (byte) 0xff;
            inflater.setInput(input);
            byte[] out = new byte[64 * 1024];
            int n = inflater.inflate(out);
            return new String(out, 0, n, StandardCharsets.UTF_8);
        }
    }

    @Test
    void compressedMessagesWholeOrFragmentedAreInflatedAndTheEchoIsCompressed() throws Exception {
        try (RawClient c = new RawClient(server.port(), DEFLATE)) {
            Inflating echoes = new Inflating();
            String text = "compress me ".repeat(20);
            c.send(true, 4, TEXT, deflated(text), true);
            RawClient.Frame echo = c.read();
            assertThat(echo.rsv()).as("RSV1: the echo is compressed").isEqualTo(4);
            assertThat(echoes.next(echo.payload())).isEqualTo(text);
            // RSV1 on the first frame only; the continuation carries the rest of the deflate stream
            byte[] whole = deflated("fragmented and compressed");
            c.send(false, 4, TEXT, java.util.Arrays.copyOf(whole, 5), true);
            c.send(true, 0, CONTINUATION, java.util.Arrays.copyOfRange(whole, 5, whole.length), true);
            assertThat(echoes.next(c.read().payload())).isEqualTo("fragmented and compressed");
            // an uncompressed message (RSV1 clear) is allowed on a compressed connection
            c.send(true, 0, TEXT, "plain".getBytes(StandardCharsets.UTF_8), true);
            assertThat(echoes.next(c.read().payload())).isEqualTo("plain");
        }
    }

    @Test
    void rsv1OnAContinuationFrameIsAProtocolError() throws IOException {
        try (RawClient c = new RawClient(server.port(), DEFLATE)) {
            byte[] whole = deflated("two parts");
            c.send(false, 4, TEXT, java.util.Arrays.copyOf(whole, 4), true);
            c.send(true, 4, CONTINUATION, java.util.Arrays.copyOfRange(whole, 4, whole.length), true);
            assertFailed(c, 1002, "RSV1 on a continuation frame");
        }
    }

    @Test
    void rsv1OnAControlFrameIsAProtocolError() throws IOException {
        try (RawClient c = new RawClient(server.port(), DEFLATE)) {
            c.send(true, 4, PING, "p".getBytes(StandardCharsets.UTF_8), true);
            assertFailed(c, 1002, "RSV1 on a ping");
        }
    }

    @Test
    void dataThatDoesNotInflateIsAProtocolError() throws IOException {
        try (RawClient c = new RawClient(server.port(), DEFLATE)) {
            c.send(true, 4, BINARY, bytes(0xff, 0xff, 0xff, 0xff, 0x00), true);
            assertFailed(c, 1002, "undecodable deflate data");    // websockets: "decompression failed"
        }
    }

    @Test
    void aCompressedMessageThatInflatesOverMaxSizeIsMessageTooBig() throws IOException {
        try (RawClient c = new RawClient(server.port(), DEFLATE)) {
            c.send(true, 4, TEXT, deflated("z".repeat(4096)), true);   // a few bytes on the wire, 4 KiB inflated
            assertClosedWith(c, 1009);
        }
    }
}
