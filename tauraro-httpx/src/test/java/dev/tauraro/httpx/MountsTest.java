package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** httpx's {@code mounts}: which transport a URL goes to, and a mounted network transport with its own proxy. */
class MountsTest {
    private static MockTransport answering(String name) {
        return new MockTransport(request -> Response.builder(200).text(name).build());
    }

    @Test
    void theMostSpecificMatchingPatternChoosesTheTransportAsInHttpx() {
        // Expected transports printed by CPython 3.11 with httpx for the same mounts and URLs.
        try (Client c = Client.builder().transport(answering("default"))
                .mount("all://", answering("A"))
                .mount("https://", answering("B"))
                .mount("all://*example.com", answering("C"))
                .mount("https://api.example.com:8443", answering("D"))
                .mount("all://*.sub.test", answering("E"))
                .mount("http://plain.test", null)
                .mount("all://example.com:80", answering("F"))
                .build()) {
            String[][] cases = {
                {"http://other/", "A"}, {"https://other/", "B"}, {"http://www.example.com/", "C"},
                {"http://example.com/", "C"}, {"https://api.example.com:8443/", "D"}, {"https://api.example.com/", "C"},
                {"http://sub.test/", "A"}, {"http://a.sub.test/", "E"}, {"http://plain.test/", "default"},
                {"https://plain.test/", "B"}, {"http://notexample.com/", "A"}, {"http://EXAMPLE.com:80/x", "C"},
            };
            for (String[] c1 : cases) {
                assertThat(c.get(c1[0]).text()).as(c1[0]).isEqualTo(c1[1]);
            }
        }
    }

    @Test
    void aPatternMustBeInUrlForm() {
        assertThatThrownBy(() -> Client.builder().mount("http", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Proxy keys should use proper URL forms rather than plain scheme strings. Instead of \"http\", use \"http://\"");
    }

    @Test
    void aMountedNetworkTransportUsesItsOwnProxyAndIsClosedWithTheClient() {
        try (TestServer server = new TestServer(); TestSocksProxy socks = new TestSocksProxy(null, null)) {
            HTTPTransport viaSocks = HTTPTransport.builder().proxy("socks5://127.0.0.1:" + socks.port()).build();
            Client c = Client.builder().mount("all://localhost", viaSocks).build();
            assertThat(c.get("http://localhost:" + server.port() + "/text").text()).isEqualTo("plain text");
            assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");   // 127.0.0.1: direct
            assertThat(socks.destinations).containsExactly("domain localhost:" + server.port());
            PoolAssert.settles(c::poolStats, new PoolStats(2, 0, 0));   // one idle connection in each pool
            c.close();
            PoolAssert.settles(viaSocks::poolStats, new PoolStats(0, 0, 0));
        }
    }
}
