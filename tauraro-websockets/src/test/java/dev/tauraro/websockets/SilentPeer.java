package dev.tauraro.websockets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw-socket WebSocket server on loopback that completes the opening handshake and then never
 * answers: a half-open or frozen peer. Its socket stays open until {@link #close()}. Given a
 * response of its own, it answers the handshake with that instead (a broken server).
 */
final class SilentPeer implements AutoCloseable {
    private static final Pattern KEY = Pattern.compile("(?i)sec-websocket-key:\\s*(\\S+)");
    private final ServerSocket listener;
    private final CompletableFuture<Socket> accepted = new CompletableFuture<>();
    private final Function<String, String> response;

    SilentPeer() throws IOException {
        this(accept -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
    }

    /** Answers the handshake with {@code response}, given the right Sec-WebSocket-Accept value. */
    SilentPeer(Function<String, String> response) throws IOException {
        this.response = response;
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptOne, "silent-peer");
        t.setDaemon(true);
        t.start();
    }

    String uri() {
        return "ws://127.0.0.1:" + listener.getLocalPort() + "/";
    }

    private void acceptOne() {
        try {
            Socket s = listener.accept();
            String request = readHead(s.getInputStream());
            Matcher m = KEY.matcher(request);
            m.find();
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                    (m.group(1) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            s.getOutputStream().write(response.apply(accept).getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            accepted.complete(s);
        } catch (Exception e) {
            accepted.completeExceptionally(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("eof in request head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** From now on reads (and discards) everything the client sends, until the socket closes. */
    void startReading() {
        Thread t = new Thread(() -> {
            try (InputStream in = accepted.join().getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                while (in.read(buffer) >= 0) {
                    // discarded: the test only needs the client's bytes to leave its buffers
                }
            } catch (IOException closed) {
                // the test closed the peer
            }
        }, "silent-peer-reader");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws Exception {
        listener.close();
        if (accepted.isDone() && !accepted.isCompletedExceptionally()) {
            accepted.get().close();
        }
    }
}
