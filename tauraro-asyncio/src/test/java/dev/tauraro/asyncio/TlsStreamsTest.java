package dev.tauraro.asyncio;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * Streams that run TLS from the start ({@code ssl=} on both sides), with a self-signed certificate
 * made for the test ({@link StartTlsTest#certificate}): the Java API's side of what
 * {@code async_io_tls.py} checks from scripts.
 */
@Timeout(60)
class TlsStreamsTest {
    @BeforeAll
    static void certificate(@TempDir Path dir) throws Exception {
        StartTlsTest.certificate(dir);
    }

    /** A TLS server that answers each connection's first line upper-cased, then closes. */
    private static Mono<Server> upperServer() {
        return Asyncio.startServer((r, w) -> r.readline().flatMap(line -> {
            w.write(new String(line, US_ASCII).toUpperCase().getBytes(US_ASCII));
            return w.drain();
        }).then(Mono.fromRunnable(w::close)), "127.0.0.1", 0,
                StreamOptions.builder().ssl(StartTlsTest.serverContext).build());
    }

    private static StreamOptions client(SSLContext context) {
        return StreamOptions.builder().ssl(context).sslHandshakeTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void aClientThatTrustsTheCertificateTalksToATlsServer() {
        String got = Asyncio.run(Mono.defer(() -> upperServer().flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port(), client(StartTlsTest.clientContext)).flatMap(rw -> {
                    rw.writer().write("hello tls\n".getBytes(US_ASCII));
                    boolean tls = rw.writer().getExtraInfo("cipher") != null
                            && rw.writer().getExtraInfo("sslcontext") == StartTlsTest.clientContext;
                    return rw.reader().read().map(b -> new String(b, US_ASCII) + tls + " " + rw.writer().canWriteEof());
                }).doFinally(s -> server.close()))));
        assertThat(got).isEqualTo("HELLO TLS\ntrue false");
    }

    @Test
    void verificationIsOnByDefaultSoAClientWithTheJdksTrustRefusesASelfSignedServer() {
        String got = Asyncio.run(Mono.defer(() -> upperServer().flatMap(server -> {
            SSLContext jdkDefault;
            try {
                jdkDefault = SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException e) {
                return Mono.error(e);
            }
            return Asyncio.openConnection("127.0.0.1", server.port(), client(jdkDefault))
                    .map(rw -> "connected")
                    .onErrorResume(e -> Mono.just(handshakeFailure(e)))
                    .doFinally(s -> server.close());
        })));
        // The Java API reports the JDK's own failure (scripts get CPython's words through the ssl
        // module's CertVerification): here the JDK's trust store does not know the certificate.
        assertThat(got).startsWith("SSLHandshakeException").contains("PKIX path building failed");
    }

    private static String handshakeFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof javax.net.ssl.SSLHandshakeException) {
                return c.getClass().getSimpleName() + ": " + c.getMessage();
            }
        }
        return e.toString();
    }
}
