package dev.tauraro.script.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The HTTP proxy of {@link HttpFixture}, on 127.0.0.1 with blocking sockets: {@code CONNECT
 * host:port} opens a tunnel (how tauraro and httpx reach https: URLs, and how tauraro reaches
 * http: ones); an absolute-form request ({@code GET http://host:port/path}, how httpx sends http:
 * URLs to a proxy) is forwarded in origin form with {@code Connection: close}.
 */
final class FixtureProxy implements AutoCloseable {
    private final ServerSocket server;

    FixtureProxy() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::acceptLoop, "fixture-proxy");
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon(() -> serve(client), "fixture-proxy-conn");
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            if (requestLine[0].equals("CONNECT")) {
                String[] hostPort = requestLine[1].split(":");
                try (Socket target = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    pump(client, target);
                }
                return;
            }
            java.net.URI uri = java.net.URI.create(requestLine[1]);
            try (Socket target = new Socket(uri.getHost(), uri.getPort())) {
                StringBuilder forwarded = new StringBuilder(requestLine[0] + " " + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " " + requestLine[2] + "\r\n");
                for (int i = 1; i < lines.length; i++) {
                    String lower = lines[i].toLowerCase(Locale.ROOT);
                    if (!lower.startsWith("proxy-") && !lower.startsWith("connection:")) {
                        forwarded.append(lines[i]).append("\r\n");
                    }
                }
                forwarded.append("Connection: close\r\n\r\n");
                target.getOutputStream().write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
                pump(client, target);
            }
        } catch (IOException ignored) {
            // a side went away
        }
    }

    /** Copies both ways until the target side ends. */
    private static void pump(Socket client, Socket target) throws IOException {
        daemon(() -> {
            try {
                client.getInputStream().transferTo(target.getOutputStream());
            } catch (IOException ignored) {
                // closed
            }
        }, "fixture-proxy-up");
        target.getInputStream().transferTo(client.getOutputStream());
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
                    : (b == '\r' ? 1 : 0);
        }
        String s = head.toString(StandardCharsets.ISO_8859_1);
        return s.substring(0, s.length() - 4);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
