package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;

/**
 * Jazzer fuzz tests of everything that reads untrusted response bytes: the status line, headers,
 * chunked and fixed-length bodies (Reactor Netty's decoder behind {@link Client}), and the content
 * decoders. Whatever a server sends, a request either gives a {@link Response} or fails with an
 * httpx exception; anything else (a Java exception leaking out, a hang) is a bug.
 *
 * <p>A normal test run replays the inputs in {@code ResponseFuzzTestInputs/}. To fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-httpx test -Dtest=ResponseFuzzTest}; failing inputs are
 * saved next to the others and replay from then on.
 */
class ResponseFuzzTest {
    /** Serves, on every connection, the bytes of the current input, then closes. */
    private static final class FuzzServer implements AutoCloseable {
        final ServerSocket socket;
        final AtomicReference<byte[]> next = new AtomicReference<>(new byte[0]);

        FuzzServer() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        s.setSoTimeout(2000);
                        skipRequestHead(s.getInputStream());
                        OutputStream out = s.getOutputStream();
                        out.write(next.get());
                        out.flush();
                    } catch (IOException e) {
                        // a closed server socket ends the loop; a broken client connection does not
                    }
                }
            }, "fuzz-server");
            t.setDaemon(true);
            t.start();
        }

        private static void skipRequestHead(InputStream in) throws IOException {
            int state = 0;
            while (state < 4) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                        ? state + 1 : 0;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static FuzzServer server;
    private static Client client;

    private static synchronized Client client() throws IOException {
        if (server == null) {
            server = new FuzzServer();
            client = Client.builder().timeout(2.0).build();
        }
        return client;
    }

    @AfterAll
    static void stop() throws IOException {
        if (client != null) {
            client.close();
            server.close();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyServerBytesGiveAResponseOrAnHttpxError(byte[] data) throws IOException {
        Client c = client();
        server.next.set(data);
        try {
            Response r = c.get("http://127.0.0.1:" + server.socket.getLocalPort() + "/");
            assertThat(r.statusCode()).isBetween(0, 999);
            r.text();
        } catch (HTTPError | StreamError expected) {
            assertThat(expected.getMessage()).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void contentDecodersOnlyFailWithADecodingError(byte[] data) {
        for (String encoding : new String[] {"gzip", "deflate", "gzip, deflate", "br", "zstd"}) {
            try {
                Response r = Response.builder(200).header("Content-Encoding", encoding).content(data).build();
                assertThat(r.content()).isNotNull();
            } catch (DecodingError expected) {
                assertThat(expected.getMessage()).isNotNull();
            }
        }
    }
}
