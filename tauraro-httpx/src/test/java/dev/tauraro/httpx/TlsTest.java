package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.server.HttpServer;

/**
 * TLS ({@code verify}) and HTTP/2 ({@code http2}, ALPN over TLS and prior knowledge on cleartext)
 * against Reactor Netty servers on 127.0.0.1 whose certificates the test makes.
 */
class TlsTest {
    @TempDir
    static Path dir;
    static TestCertificates ip;          // names 127.0.0.1
    static TestCertificates localhost;   // names localhost only
    static DisposableServer https;       // HTTP/1.1 and HTTP/2 by ALPN, certificate for 127.0.0.1
    static DisposableServer wrongName;   // certificate for localhost
    static DisposableServer h2c;         // HTTP/2 over cleartext (prior knowledge) and HTTP/1.1
    static DisposableServer plain;       // HTTP/1.1 only, no TLS

    @BeforeAll
    static void start() {
        ip = new TestCertificates(dir, "ip", "ip:127.0.0.1");
        localhost = new TestCertificates(dir, "localhost", "dns:localhost");
        https = server(ip).protocol(HttpProtocol.HTTP11, HttpProtocol.H2).bindNow();
        wrongName = server(localhost).bindNow();
        h2c = app(HttpServer.create().protocol(HttpProtocol.HTTP11, HttpProtocol.H2C)).bindNow();
        plain = app(HttpServer.create()).bindNow();
    }

    private static HttpServer server(TestCertificates c) {
        return app(HttpServer.create().secure(s -> s.sslContext(Http2SslContextSpec.forServer(c.key(), c.certificate()))));
    }

    private static HttpServer app(HttpServer s) {
        return s.host("127.0.0.1").port(0).route(r -> r.get("/", (req, res) ->
                res.sendString(Mono.just("hello over " + req.version()))));
    }

    @AfterAll
    static void stop() {
        for (DisposableServer s : List.of(https, wrongName, h2c, plain)) {
            s.disposeNow(Duration.ofSeconds(5));
        }
    }

    private static String url(DisposableServer s, String scheme) {
        return scheme + "://127.0.0.1:" + s.port() + "/";
    }

    @Test
    void verificationIsOnByDefaultAndRejectsASelfSignedCertificate() {
        try (Client c = Client.create()) {
            assertThatThrownBy(() -> c.get(url(https, "https"))).isInstanceOf(ConnectError.class)
                    .hasMessage("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:992)");
            PoolAssert.noneActive(c::poolStats);
            // The same client still works over cleartext.
            assertThat(c.get(url(plain, "http")).text()).isEqualTo("hello over HTTP/1.1");
        }
    }

    @Test
    void verifyFalseAcceptsAnyCertificateAndName() {
        try (Client c = Client.builder().verify(false).build()) {
            assertThat(c.get(url(https, "https")).text()).isEqualTo("hello over HTTP/1.1");
            assertThat(c.get(url(wrongName, "https")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPemCaBundleIsTrustedInsteadOfTheJdksCas() {
        try (Client c = Client.builder().verify(ip.pem).build()) {
            Response r = c.get(url(https, "https"));
            assertThat(r.text()).isEqualTo("hello over HTTP/1.1");
            assertThat(r.httpVersion()).isEqualTo("HTTP/1.1");
            assertThat(r.url().toString()).isEqualTo(url(https, "https"));
        }
        try (Client c = Client.builder().verify(localhost.pem).build()) {
            assertThatThrownBy(() -> c.get(url(https, "https"))).isInstanceOf(ConnectError.class)
                    .hasMessage("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:992)");
        }
    }

    @Test
    void aKeyStoreIsTrustedInsteadOfTheJdksCas() {
        try (AsyncClient c = AsyncClient.builder().verify(ip.trustStore()).build()) {
            List<Integer> codes = Flux.range(0, 10).flatMap(i -> c.get(url(https, "https")))
                    .map(Response::statusCode).collectList().block();
            assertThat(codes).hasSize(10).containsOnly(200);
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void sslCertFileAndDirReplaceTheJdksCasWhenTheEnvironmentIsTrusted() {
        try (Client c = Client.builder().environment(java.util.Map.of("SSL_CERT_FILE", ip.pem.toString())).build()) {
            assertThat(c.get(url(https, "https")).statusCode()).isEqualTo(200);
        }
        try (Client c = Client.builder().environment(java.util.Map.of("SSL_CERT_DIR", dir.toString())).build()) {
            assertThat(c.get(url(https, "https")).statusCode()).isEqualTo(200);   // ip.pem is among the files
        }
        try (Client c = Client.builder().environment(java.util.Map.of("SSL_CERT_FILE", ip.pem.toString()))
                .trustEnv(false).build()) {
            assertThatThrownBy(() -> c.get(url(https, "https"))).isInstanceOf(ConnectError.class);
        }
        try (Client c = Client.builder().environment(java.util.Map.of("SSL_CERT_FILE", localhost.pem.toString()))
                .verify(ip.pem).build()) {
            assertThat(c.get(url(https, "https")).statusCode()).isEqualTo(200);   // an explicit verify wins
        }
    }

    @Test
    void aCertificateForAnotherNameIsRejectedAsCPythonWordsIt() {
        try (Client c = Client.builder().verify(localhost.pem).build()) {
            assertThatThrownBy(() -> c.get(url(wrongName, "https"))).isInstanceOf(ConnectError.class)
                    .hasMessage("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: IP address mismatch, "
                            + "certificate is not valid for '127.0.0.1'. (_ssl.c:992)");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void tlsToACleartextServerIsAConnectError() {
        try (Client c = Client.create()) {
            assertThatThrownBy(() -> c.get(url(plain, "https"))).isInstanceOf(ConnectError.class)
                    .hasMessage("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void http2IsNegotiatedByAlpnWhenEnabled() {
        try (Client c = Client.builder().verify(ip.pem).http2(true).build()) {
            Response r = c.get(url(https, "https"));
            assertThat(r.httpVersion()).isEqualTo("HTTP/2");
            assertThat(r.text()).isEqualTo("hello over HTTP/2.0");
        }
        try (AsyncClient c = AsyncClient.builder().verify(ip.pem).http2(true).build()) {
            List<String> versions = Flux.range(0, 20).flatMap(i -> c.get(url(https, "https")))
                    .map(Response::httpVersion).collectList().block();
            assertThat(versions).hasSize(20).containsOnly("HTTP/2");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void http2OverCleartextNeedsPriorKnowledgeAsHttpx() {
        try (Client c = Client.builder().http2(true).build()) {
            assertThat(c.get(url(h2c, "http")).httpVersion()).isEqualTo("HTTP/1.1");
        }
        try (Client c = Client.builder().http1(false).http2(true).build()) {
            Response r = c.get(url(h2c, "http"));
            assertThat(r.httpVersion()).isEqualTo("HTTP/2");
            assertThat(r.text()).isEqualTo("hello over HTTP/2.0");
        }
    }

    @Test
    void disablingBothProtocolsIsRefused() {
        assertThatThrownBy(() -> Client.builder().http1(false).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
