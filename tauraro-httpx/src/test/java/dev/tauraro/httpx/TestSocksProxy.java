package dev.tauraro.httpx;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SOCKS5 proxy on 127.0.0.1 with blocking sockets, written from RFC 1928 (CONNECT only)
 * and RFC 1929 (username/password). It records each destination it is asked for, as
 * {@code "domain localhost:8080"} or {@code "ipv4 127.0.0.1:8080"}, and answers "connection
 * refused" (reply 5) when it cannot reach the destination.
 */
final class TestSocksProxy implements AutoCloseable {
    final List<String> destinations = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final String user;       // null: no authentication
    private final String password;

    TestSocksProxy(String user, String password) {
        this.user = user;
        this.password = password;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Thread t = new Thread(() -> serve(client), "test-socks-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "test-socks-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            if (in.readUnsignedByte() != 5) {
                return;
            }
            byte[] methods = new byte[in.readUnsignedByte()];
            in.readFully(methods);
            int wanted = user == null ? 0 : 2;
            if (!contains(methods, wanted)) {
                out.write(new byte[] {5, (byte) 0xff});
                return;
            }
            out.write(new byte[] {5, (byte) wanted});
            if (wanted == 2) {
                in.readUnsignedByte();   // subnegotiation version 1
                String u = readString(in);
                String p = readString(in);
                boolean ok = user.equals(u) && password.equals(p);
                out.write(new byte[] {1, (byte) (ok ? 0 : 1)});
                if (!ok) {
                    return;
                }
            }
            in.readUnsignedByte();                // version
            int command = in.readUnsignedByte();  // 1 = CONNECT
            in.readUnsignedByte();                // reserved
            int type = in.readUnsignedByte();
            String host;
            String kind;
            if (type == 1) {
                byte[] a = new byte[4];
                in.readFully(a);
                host = InetAddress.getByAddress(a).getHostAddress();
                kind = "ipv4";
            } else if (type == 3) {
                host = readString(in);
                kind = "domain";
            } else {
                byte[] a = new byte[16];
                in.readFully(a);
                host = InetAddress.getByAddress(a).getHostAddress();
                kind = "ipv6";
            }
            int port = in.readUnsignedShort();
            destinations.add(kind + " " + host + ":" + port);
            if (command != 1) {
                out.write(new byte[] {5, 7, 0, 1, 0, 0, 0, 0, 0, 0});
                return;
            }
            Socket target;
            try {
                target = new Socket(host, port);
            } catch (IOException refused) {
                out.write(new byte[] {5, 5, 0, 1, 0, 0, 0, 0, 0, 0});
                return;
            }
            try (target) {
                out.write(new byte[] {5, 0, 0, 1, 127, 0, 0, 1, 0, 0});
                out.flush();
                TestProxy.pump(client, target);
            }
        } catch (IOException ignored) {
            // the client or the target went away
        }
    }

    private static boolean contains(byte[] methods, int m) {
        for (byte b : methods) {
            if (b == m) {
                return true;
            }
        }
        return false;
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readUnsignedByte()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
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
