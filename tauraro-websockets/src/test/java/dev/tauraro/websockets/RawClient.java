package dev.tauraro.websockets;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A raw-socket WebSocket client that sends hand-built frames (RFC 6455 section 5.2), for the
 * protocol conformance cases: it can break every rule a real client follows.
 */
final class RawClient implements AutoCloseable {
    static final int CONTINUATION = 0x0;
    static final int TEXT = 0x1;
    static final int BINARY = 0x2;
    static final int CLOSE = 0x8;
    static final int PING = 0x9;
    static final int PONG = 0xA;

    /** A frame received from the server. */
    /** A frame; {@code rsv} holds its RSV1-3 bits (RSV1 = 4: compressed with permessage-deflate). */
    record Frame(boolean fin, int opcode, byte[] payload, int rsv) {
        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    /** Connects and completes the opening handshake without extensions. */
    RawClient(int port) throws IOException {
        this(port, "");
    }

    /** Connects and completes the opening handshake with {@code extraHeaders} (CRLF-terminated lines). */
    RawClient(int port, String extraHeaders) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(in.readUnsignedByte());
        }
        if (!head.toString(StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + head);
        }
    }

    /** Sends one frame; {@code rsv} is the three reserved bits (0-7). */
    RawClient send(boolean fin, int rsv, int opcode, byte[] payload, boolean masked) throws IOException {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write((fin ? 0x80 : 0) | (rsv << 4) | opcode);
        int maskBit = masked ? 0x80 : 0;
        if (payload.length < 126) {
            f.write(maskBit | payload.length);
        } else if (payload.length < 65536) {
            f.write(maskBit | 126);
            f.write(payload.length >> 8);
            f.write(payload.length);
        } else {
            f.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                f.write((int) ((long) payload.length >> shift));
            }
        }
        byte[] mask = {0x12, 0x34, 0x56, 0x78};
        if (masked) {
            f.write(mask);
        }
        for (int i = 0; i < payload.length; i++) {
            f.write(masked ? payload[i] ^ mask[i & 3] : payload[i]);
        }
        out.write(f.toByteArray());
        out.flush();
        return this;
    }

    RawClient send(boolean fin, int opcode, byte[] payload) throws IOException {
        return send(fin, 0, opcode, payload, true);
    }

    RawClient sendText(String text) throws IOException {
        return send(true, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame from the server, or null at end of stream. */
    Frame read() throws IOException {
        int b0;
        try {
            b0 = in.readUnsignedByte();
        } catch (EOFException | SocketTimeoutException e) {
            return null;
        } catch (IOException reset) {
            return null;
        }
        int b1 = in.readUnsignedByte();
        long len = b1 & 0x7f;
        if (len == 126) {
            len = in.readUnsignedShort();
        } else if (len == 127) {
            len = in.readLong();
        }
        byte[] payload = new byte[(int) len];
        in.readFully(payload);
        return new Frame((b0 & 0x80) != 0, b0 & 0x0f, payload, (b0 >> 4) & 0x7);
    }

    /** Reads frames until the server's close frame and returns it, or null if the socket closed first. */
    Frame readUntilClose() throws IOException {
        for (Frame f = read(); f != null; f = read()) {
            if (f.opcode() == CLOSE) {
                return f;
            }
        }
        return null;
    }

    /** True if the server closed the TCP connection after its last frame. */
    boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
