package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The faults the issue lists that other tests leave out: a connect that times out, oversized and
 * malformed responses, headers httpx refuses to send, and the encoding used when a response names
 * no charset. Each ends in its typed error with nothing left active in the pool.
 */
class ProtocolFaultsTest {

    @Test
    void aServerThatNeverAcceptsGivesAConnectTimeout() throws IOException {
        // Linux drops a SYN once a listener's accept queue is full, so the connect hangs until
        // its timeout, as with an unreachable host, without leaving 127.0.0.1.
        List<Socket> fillers = new ArrayList<>();
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Client c = Client.builder().timeout(Timeout.of(5.0).withConnect(0.3)).build()) {
            for (int i = 0; i < 4; i++) {
                Socket s = new Socket();
                fillers.add(s);
                try {
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort()), 300);
                } catch (IOException e) {
                    break;   // the queue is full
                }
            }
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.get("http://127.0.0.1:" + full.getLocalPort() + "/"))
                    .isInstanceOf(ConnectTimeout.class).isInstanceOf(TimeoutException.class)
                    .hasMessage("timed out");
            // Bounded by the connect timeout, not the other phases' 5 s (with slack for a loaded machine).
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(15_000);
            PoolAssert.noneActive(c::poolStats);
        } finally {
            for (Socket s : fillers) {
                s.close();
            }
        }
    }

    @Test
    void oversizedHeadersAreARemoteProtocolError() throws IOException {
        String big = "HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(100_000) + "\r\nContent-Length: 0\r\n\r\n";
        try (RawServer raw = new RawServer(big, 1); Client c = Client.create()) {
            assertThatThrownBy(() -> c.get(raw.url("/"))).isInstanceOf(RemoteProtocolError.class);
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void aMalformedChunkSizeIsARemoteProtocolError() throws IOException {
        String bad = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n";
        try (RawServer raw = new RawServer(bad, 1); Client c = Client.create()) {
            assertThatThrownBy(() -> c.get(raw.url("/"))).isInstanceOf(RemoteProtocolError.class);
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void illegalHeadersAreRefusedBeforeSendingAsHttpx() throws IOException {
        try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 1);
                Client c = Client.create()) {
            // The messages are h11's, as CPython with httpx prints them.
            assertThatThrownBy(() -> c.get(raw.url("/"), RequestOptions.builder().headers(Headers.of("a", "b\nc")).build()))
                    .isInstanceOf(LocalProtocolError.class).isInstanceOf(ProtocolError.class)
                    .hasMessage("Illegal header value b'b\\nc'");
            assertThatThrownBy(() -> c.get(raw.url("/"), RequestOptions.builder().headers(Headers.of("a", " b")).build()))
                    .isInstanceOf(LocalProtocolError.class).hasMessage("Illegal header value b' b'");
            assertThatThrownBy(() -> c.get(raw.url("/"), RequestOptions.builder().headers(Headers.of("a:", "x")).build()))
                    .isInstanceOf(LocalProtocolError.class).hasMessage("Illegal header name b'a:'");
            assertThat(c.poolStats().idle() + c.poolStats().active()).isZero();
            // A tab inside a value and an empty value are legal.
            assertThat(c.get(raw.url("/"), RequestOptions.builder().headers(Headers.of("a", "b\tc", "d", "")).build())
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void headersFoundLegalOnceStillLetARequestsIllegalOneBeRefused() throws IOException {
        try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 1);
                Client c = Client.builder().headers(java.util.Map.of("X-A", "1")).build()) {
            assertThat(c.get(raw.url("/")).statusCode()).isEqualTo(200);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> c.get(raw.url("/"), RequestOptions.builder().headers(Headers.of("a", "b\r")).build()))
                        .isInstanceOf(LocalProtocolError.class).hasMessage("Illegal header value b'b\\r'");
                assertThatThrownBy(() -> c.send(c.buildRequest("GET", raw.url("/"), RequestOptions.NONE)
                        .withHeader("X-A", "1\n")))
                        .isInstanceOf(LocalProtocolError.class).hasMessage("Illegal header value b'1\\n'");
            }
        }
    }

    @Test
    void theDefaultEncodingDecodesTextWithoutACharset() throws IOException {
        String latin = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n\u00e9t";
        try (RawServer raw = new RawServer(latin, 2);
                Client utf8 = Client.create();
                Client latin1 = Client.builder().defaultEncoding("latin-1").build()) {
            Response r = utf8.get(raw.url("/"));
            assertThat(r.encoding()).isEqualTo("utf-8");
            assertThat(r.text()).isEqualTo("\ufffdt");
            Response l = latin1.get(raw.url("/"));
            assertThat(l.encoding()).isEqualTo("latin-1");
            assertThat(l.text()).isEqualTo("\u00e9t");
        }
        // A detector (httpx's callable default_encoding) sees the body; None (null) means utf-8.
        try (RawServer raw = new RawServer(latin, 2);
                Client detecting = Client.builder().defaultEncoding(body -> body.length == 2 ? "latin-1" : null).build();
                Client undecided = Client.builder().defaultEncoding(body -> null).build()) {
            assertThat(detecting.get(raw.url("/")).text()).isEqualTo("\u00e9t");
            Response u = undecided.get(raw.url("/"));
            assertThat(u.text()).isEqualTo("\ufffdt");
            assertThat(u.encoding()).isEqualTo("utf-8");
        }
        Response built = Response.builder(200).content(new byte[] {(byte) 0xe9}).defaultEncoding("latin-1").build();
        assertThat(built.text()).isEqualTo("\u00e9");
        assertThatThrownBy(() -> Client.builder().defaultEncoding("no-such-codec"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
