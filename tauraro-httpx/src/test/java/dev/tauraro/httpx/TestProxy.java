package dev.tauraro.httpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP proxy on 127.0.0.1 with blocking sockets: {@code CONNECT host:port} opens a
 * tunnel; an absolute-form request ({@code GET http://host:port/path}) is forwarded in origin form
 * with {@code Connection: close}. It records each request line it receives and, when given
 * credentials, answers {@code 407} to a request without the matching {@code Proxy-Authorization}.
 * Given a TLS context, it is an {@code https://} proxy: clients speak TLS to it first.
 */
final class TestProxy implements AutoCloseable {
    final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final String requiredAuthorization;   // null: none needed
    private final boolean tls;

    TestProxy(String requiredAuthorization) {
        this(requiredAuthorization, null);
    }

    /** @param tls the proxy's own TLS (server side), or null for a cleartext proxy */
    TestProxy(String requiredAuthorization, javax.net.ssl.SSLContext tls) {
        this.requiredAuthorization = requiredAuthorization;
        this.tls = tls != null;
        try {
            server = tls == null ? new ServerSocket(0, 50, InetAddress.getLoopbackAddress())
                    : tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::acceptLoop, "test-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    String url() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread t = new Thread(() -> serve(client), "test-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            requestLines.add(lines[0]);
            String auth = null;
            for (String l : lines) {
                if (l.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:")) {
                    auth = l.substring(l.indexOf(':') + 1).strip();
                }
            }
            if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
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
            // the client or the target went away
        }
    }

    /** Copies both ways until the target side ends. */
    static void pump(Socket client, Socket target) throws IOException {
        Thread up = new Thread(() -> {
            try {
                client.getInputStream().transferTo(target.getOutputStream());
            } catch (IOException ignored) {
                // closed
            }
        }, "test-proxy-up");
        up.setDaemon(true);
        up.start();
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
