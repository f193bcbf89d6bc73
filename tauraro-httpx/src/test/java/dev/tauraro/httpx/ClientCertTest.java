package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.ssl.ClientAuth;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;

/** httpx's {@code cert=}: a TLS server on 127.0.0.1 that requires a client certificate it trusts. */
class ClientCertTest {
    @TempDir
    static Path dir;
    static TestCertificates server;
    static TestCertificates client;
    static TestCertificates stranger;
    static DisposableServer https;

    @BeforeAll
    static void start() {
        server = new TestCertificates(dir, "server", "ip:127.0.0.1");
        client = new TestCertificates(dir, "client", "dns:client.test");
        stranger = new TestCertificates(dir, "stranger", "dns:stranger.test");
        https = HttpServer.create().host("127.0.0.1").port(0)
                .secure(s -> s.sslContext(Http11SslContextSpec.forServer(server.key(), server.certificate())
                        .configure(b -> b.trustManager(client.certificate()).clientAuth(ClientAuth.REQUIRE))))
                // Answers with the subject of the certificate the client presented.
                .handle((req, res) -> {
                    String[] subject = {"none"};
                    req.withConnection(c -> {
                        io.netty.handler.ssl.SslHandler ssl = c.channel().pipeline().get(io.netty.handler.ssl.SslHandler.class);
                        SSLSession session = ssl.engine().getSession();
                        try {
                            subject[0] = ((java.security.cert.X509Certificate) session.getPeerCertificates()[0])
                                    .getSubjectX500Principal().getName();
                        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                            subject[0] = "unverified";
                        }
                    });
                    return res.sendString(Mono.just(subject[0]));
                })
                .bindNow();
    }

    @AfterAll
    static void stop() {
        https.disposeNow(Duration.ofSeconds(5));
    }

    private static String url() {
        return "https://127.0.0.1:" + https.port() + "/";
    }

    @Test
    void aCertificateAndKeyInOnePemFileArePresented() {
        try (Client c = Client.builder().verify(server.pem).cert(client.combinedPem()).build()) {
            assertThat(c.get(url()).text()).isEqualTo("CN=tauraro-test");
        }
    }

    @Test
    void anEncryptedKeyInItsOwnFileIsOpenedWithItsPassword() {
        Path key = client.encryptedKeyPem("s3cret");
        try (AsyncClient c = AsyncClient.builder().verify(server.pem).cert(client.pem, key, "s3cret").build()) {
            assertThat(c.get(url()).block().text()).isEqualTo("CN=tauraro-test");
        }
    }

    @Test
    void withoutACertificateOrWithAnUntrustedOneTheServerRefusesTheHandshake() {
        try (Client none = Client.builder().verify(server.pem).build();
                Client untrusted = Client.builder().verify(server.pem).cert(stranger.combinedPem()).build()) {
            assertThatThrownBy(() -> none.get(url())).isInstanceOfAny(ConnectError.class, ReadError.class, RemoteProtocolError.class);
            assertThatThrownBy(() -> untrusted.get(url())).isInstanceOfAny(ConnectError.class, ReadError.class, RemoteProtocolError.class);
            PoolAssert.noneActive(none::poolStats);
            PoolAssert.noneActive(untrusted::poolStats);
        }
    }

    @Test
    void badCertificateFilesFailWhenTheClientIsBuilt() {
        assertThatThrownBy(() -> Client.builder().cert(dir.resolve("missing.pem")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.pem");
        // A certificate without its key.
        assertThatThrownBy(() -> Client.builder().cert(client.pem))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid client certificate");
        Path key = client.encryptedKeyPem("s3cret");
        assertThatThrownBy(() -> Client.builder().cert(client.pem, key, "wrong"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid client certificate");
    }
}
