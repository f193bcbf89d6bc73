package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proxies ({@code proxy}, {@code trustEnv}) through {@link TestProxy} to {@link TestServer}, all on 127.0.0.1. */
class ProxyTest {
    static TestServer server;
    static TestProxy proxy;
    static TestProxy guarded;   // wants Proxy-Authorization: Basic base64(u:p)

    @BeforeAll
    static void start() {
        server = new TestServer();
        proxy = new TestProxy(null);
        guarded = new TestProxy("Basic dTpw");
    }

    @AfterAll
    static void stop() {
        server.close();
        proxy.close();
        guarded.close();
    }

    @BeforeEach
    void forget() {
        proxy.requestLines.clear();
        guarded.requestLines.clear();
    }

    private static String target() {
        return "127.0.0.1:" + server.port();
    }

    @Test
    void anExplicitProxyCarriesEveryRequest() {
        try (Client c = Client.builder().proxy(proxy.url()).build()) {
            assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
            assertThat(c.get(server.url("/json")).statusCode()).isEqualTo(200);
            assertThat(proxy.requestLines).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).isEqualTo("CONNECT " + target() + " HTTP/1.1"));
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void proxyCredentialsComeFromTheProxyUrl() {
        try (Client c = Client.builder().proxy(guarded.url().replace("://", "://u:p@")).build()) {
            assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
        }
        try (Client c = Client.builder().proxy(guarded.url()).build()) {
            assertThatThrownBy(() -> c.get(server.url("/text"))).isInstanceOf(ProxyError.class)
                    .hasMessage("407 Proxy Authentication Required");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void anUnreachableProxyIsAConnectError() {
        TestProxy gone = new TestProxy(null);
        gone.close();
        try (Client c = Client.builder().proxy(gone.url()).build()) {
            assertThatThrownBy(() -> c.get(server.url("/text"))).isInstanceOf(ConnectError.class)
                    .hasMessage("[Errno 111] Connection refused");
        }
    }

    @Test
    void theEnvironmentChoosesTheProxyUnlessNoProxyNamesTheHost() {
        try (Client c = Client.builder().environment(Map.of("HTTP_PROXY", proxy.url())).build()) {
            c.get(server.url("/text"));
        }
        assertThat(proxy.requestLines).hasSize(1);
        try (Client c = Client.builder().environment(Map.of("HTTP_PROXY", proxy.url(), "NO_PROXY", "localhost, 127.0.0.1"))
                .build()) {
            assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
        }
        try (Client c = Client.builder().environment(Map.of("HTTPS_PROXY", proxy.url())).build()) {
            c.get(server.url("/text"));   // an http: URL: HTTPS_PROXY does not apply
        }
        try (Client c = Client.builder().environment(Map.of("HTTP_PROXY", proxy.url())).trustEnv(false).build()) {
            c.get(server.url("/text"));
        }
        assertThat(proxy.requestLines).hasSize(1);
        try (Client c = Client.builder().environment(Map.of("ALL_PROXY", proxy.url().replace("http://", ""))).build()) {
            c.get(server.url("/text"));   // no scheme: http:// is assumed, as httpx
        }
        assertThat(proxy.requestLines).hasSize(2);
    }

    @Test
    void theLowerCaseVariableWinsAsInPython() {
        try (Client c = Client.builder().environment(Map.of("http_proxy", guarded.url().replace("://", "://u:p@"),
                "HTTP_PROXY", proxy.url())).build()) {
            c.get(server.url("/text"));
        }
        assertThat(guarded.requestLines).hasSize(1);
        assertThat(proxy.requestLines).isEmpty();
    }

    @Test
    void anExplicitProxyIgnoresNoProxy() {
        try (Client c = Client.builder().proxy(proxy.url()).environment(Map.of("NO_PROXY", "*")).build()) {
            c.get(server.url("/text"));
        }
        assertThat(proxy.requestLines).hasSize(1);
    }

    @Test
    void anHttpsProxyIsSpokenToOverTlsForHttpAndHttpsDestinations(@TempDir java.nio.file.Path dir) {
        TestCertificates cert = new TestCertificates(dir, "ip", "ip:127.0.0.1");   // the proxy's and the server's
        reactor.netty.DisposableServer https = reactor.netty.http.server.HttpServer.create().host("127.0.0.1").port(0)
                .secure(s -> s.sslContext(reactor.netty.http.Http11SslContextSpec.forServer(cert.key(), cert.certificate())))
                .route(r -> r.get("/", (req, res) -> res.sendString(reactor.core.publisher.Mono.just("secret"))))
                .bindNow();
        try (TestProxy tlsProxy = new TestProxy(null, cert.serverContext())) {
            assertThat(tlsProxy.url()).startsWith("https://");
            try (Client c = Client.builder().proxy(tlsProxy.url()).verify(cert.pem).build()) {
                assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
                // TLS to the destination inside the CONNECT tunnel, inside TLS to the proxy
                assertThat(c.get("https://127.0.0.1:" + https.port() + "/").text()).isEqualTo("secret");
                assertThat(tlsProxy.requestLines).containsExactly("CONNECT " + target() + " HTTP/1.1",
                        "CONNECT 127.0.0.1:" + https.port() + " HTTP/1.1");
                PoolAssert.noneActive(c::poolStats);
            }
            // The proxy's certificate is checked as verify says: not trusted by default
            try (Client c = Client.builder().proxy(tlsProxy.url()).build()) {
                assertThatThrownBy(() -> c.get(server.url("/text"))).isInstanceOf(ConnectError.class)
                        .hasMessageStartingWith("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed");
                PoolAssert.noneActive(c::poolStats);
            }
            try (Client c = Client.builder().proxy(tlsProxy.url()).verify(false).build()) {
                assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
            }
        } finally {
            https.disposeNow();
        }
        // A cleartext server named as an https:// proxy: its plain-text answer fails the handshake
        try (Client c = Client.builder().proxy("https://" + target()).verify(false).build()) {
            assertThatThrownBy(() -> c.get(server.url("/text"))).isInstanceOf(ConnectError.class)
                    .hasMessageStartingWith("[SSL: ");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void onlyHttpHttpsAndSocks5ProxiesAreAccepted() {
        assertThatThrownBy(() -> Client.builder().proxy("socks4://127.0.0.1:1080"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown scheme for proxy URL 'socks4://127.0.0.1:1080'");
        assertThatThrownBy(() -> Client.builder().proxy("ftp://127.0.0.1:21"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown scheme for proxy URL");
    }

    @Test
    void aSocks5ProxyCarriesRequestsAndTheProxyResolvesNames() {
        try (TestSocksProxy socks = new TestSocksProxy(null, null);
                Client c = Client.builder().proxy("socks5://127.0.0.1:" + socks.port()).build()) {
            assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
            assertThat(c.get("http://localhost:" + server.port() + "/json").statusCode()).isEqualTo(200);
            assertThat(socks.destinations).containsExactly("ipv4 " + target(), "domain localhost:" + server.port());
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void socks5CredentialsComeFromTheProxyUrlAndAWrongPasswordIsAProxyError() {
        try (TestSocksProxy socks = new TestSocksProxy("user", "pass")) {
            try (AsyncClient c = AsyncClient.builder().proxy("socks5h://user:pass@127.0.0.1:" + socks.port()).build()) {
                assertThat(c.get(server.url("/text")).block().text()).isEqualTo("plain text");
            }
            try (Client c = Client.builder().proxy("socks5://user:wrong@127.0.0.1:" + socks.port()).build()) {
                assertThatThrownBy(() -> c.get(server.url("/text"))).isInstanceOf(ProxyError.class)
                        .hasMessage("Invalid username/password");
                PoolAssert.noneActive(c::poolStats);
            }
            try (Client c = Client.builder().proxy("socks5://127.0.0.1:" + socks.port()).build()) {
                assertThatThrownBy(() -> c.get(server.url("/text"))).isInstanceOf(ProxyError.class)
                        .hasMessage("Requested NO AUTHENTICATION REQUIRED from proxy server, but got NO ACCEPTABLE METHODS.");
            }
        }
    }

    @Test
    void aSocks5ProxyThatCannotReachTheServerIsAProxyError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        try (TestSocksProxy socks = new TestSocksProxy(null, null);
                Client c = Client.builder().proxy("socks5://127.0.0.1:" + socks.port()).build()) {
            assertThatThrownBy(() -> c.get("http://127.0.0.1:" + closedPort + "/")).isInstanceOf(ProxyError.class)
                    .hasMessage("Proxy Server could not connect: Connection refused.");
        }
    }

    @Test
    void noProxyEntriesMatchAsHttpxMountsThem() {
        Proxies p = Proxies.fromEnvironment(Map.of("ALL_PROXY", "http://proxy:3128",
                "NO_PROXY", "example.com,.internal, 10.0.0.1,localhost,http://plain.org,[::1]"));
        assertThat(p.proxyFor(new URL("http://example.com/"))).isNull();
        assertThat(p.proxyFor(new URL("https://www.example.com/"))).isNull();
        assertThat(p.proxyFor(new URL("http://notexample.com/"))).isNotNull();
        assertThat(p.proxyFor(new URL("http://a.internal/"))).isNull();
        assertThat(p.proxyFor(new URL("http://internal/"))).isNotNull();
        assertThat(p.proxyFor(new URL("http://10.0.0.1:8080/"))).isNull();
        assertThat(p.proxyFor(new URL("http://10.0.0.11/"))).isNotNull();
        assertThat(p.proxyFor(new URL("http://localhost/"))).isNull();
        assertThat(p.proxyFor(new URL("http://plain.org/"))).isNull();
        assertThat(p.proxyFor(new URL("https://plain.org/"))).isNotNull();
        assertThat(p.proxyFor(new URL("http://[::1]:80/"))).isNull();
        assertThat(p.proxyFor(new URL("http://other/")).toString()).isEqualTo("http://proxy:3128");
        assertThat(Proxies.fromEnvironment(Map.of("ALL_PROXY", "http://proxy:3128", "NO_PROXY", "*")).isEmpty()).isTrue();
    }
}
