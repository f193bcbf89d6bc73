package dev.tauraro.httpx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A one-connection-at-a-time socket server on 127.0.0.1 that answers every request with fixed raw
 * bytes and then closes: for malformed and truncated responses. Bounded: it stops after
 * {@code maxConnections} connections or when closed.
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    RawServer(String rawResponse, int maxConnections) throws IOException {
        this(rawResponse, maxConnections, 0);
    }

    /** With {@code closeDelayMillis}: after answering, it waits that long (ignoring what comes) before closing. */
    RawServer(String rawResponse, int maxConnections, long closeDelayMillis) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] bytes = rawResponse.getBytes(StandardCharsets.ISO_8859_1);
        thread = new Thread(() -> {
            for (int i = 0; i < maxConnections && !socket.isClosed(); i++) {
                try (Socket s = socket.accept()) {
                    s.setSoTimeout(5000);
                    readHead(s.getInputStream());
                    OutputStream out = s.getOutputStream();
                    out.write(bytes);
                    out.flush();
                    if (closeDelayMillis > 0) {
                        Thread.sleep(closeDelayMillis);
                    }
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }, "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        while (state < 4) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
