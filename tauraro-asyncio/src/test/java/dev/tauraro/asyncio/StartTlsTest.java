package dev.tauraro.asyncio;

import static dev.tauraro.asyncio.StreamsTest.b;
import static dev.tauraro.asyncio.StreamsTest.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * {@link StreamWriter#startTls} and {@link Transport#startTls}: a plain connection upgraded to TLS
 * mid-conversation (STARTTLS style), with a self-signed certificate for 127.0.0.1 made by the
 * JDK's keytool for this run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StartTlsTest {
    private static final char[] PASSWORD = "test-only".toCharArray();
    static SSLContext serverContext;
    static SSLContext clientContext;

    @BeforeAll
    static void certificate(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("server.p12");
        String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "t", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=tauraro test", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("keytool").isTrue();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("t", keys.getCertificate("t"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, tmf.getTrustManagers(), null);
    }

    /** Answers "OK" to STARTTLS, upgrades, then echoes one line in brackets over TLS. */
    static Mono<Server> starttlsServer() {
        StreamOptions tls = StreamOptions.builder().ssl(serverContext).build();
        return Asyncio.startServer((r, w) -> r.readline().flatMap(cmd -> {
            w.write(b("OK\n"));
            return w.drain().then(w.startTls(tls)).then(r.readline()).flatMap(line -> {
                w.write(b("[" + s(line).strip() + "] " + (w.getExtraInfo("cipher") != null)));
                return w.drain().then(Mono.fromRunnable(w::close));
            });
        }), "127.0.0.1", 0);
    }

    @Test
    void streamsUpgradeToTlsMidConversation() {
        List<String> got = Asyncio.run(Mono.defer(() -> starttlsServer().flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                    List<String> out = new ArrayList<>();
                    out.add("plain " + rw.writer().canWriteEof() + " " + rw.writer().getExtraInfo("cipher"));
                    rw.writer().write(b("STARTTLS\n"));
                    return rw.reader().readline().doOnNext(x -> out.add(s(x).strip()))
                            .then(rw.writer().startTls(StreamOptions.builder().ssl(clientContext).build()))
                            .then(Mono.defer(() -> {
                                out.add("tls " + rw.writer().canWriteEof() + " "
                                        + (rw.writer().getExtraInfo("peercert") != null));
                                rw.writer().write(b("secret\n"));
                                return rw.reader().read();
                            })).map(x -> {
                                out.add(s(x));
                                return out;
                            });
                }).doFinally(x -> server.close()))));
        assertThat(got).containsExactly("plain true null", "OK", "tls false true", "[secret] true");
    }

    @Test
    void aCertificateTheClientDoesNotTrustFailsTheUpgrade() {
        String got = Asyncio.run(Mono.defer(() -> starttlsServer().flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                    rw.writer().write(b("STARTTLS\n"));
                    SSLContext jdkDefault;    // the JDK's trust store: no self-signed test certificate in it
                    try {
                        jdkDefault = SSLContext.getInstance("TLS");
                        jdkDefault.init(null, null, null);
                    } catch (Exception e) {
                        return Mono.error(e);
                    }
                    return rw.reader().readline()
                            .then(rw.writer().startTls(StreamOptions.builder().ssl(jdkDefault).build()))
                            .thenReturn("upgraded?!")
                            .onErrorResume(SSLException.class, e -> Mono.just("refused " + rw.writer().isClosing()));
                }).doFinally(x -> server.close()))));
        assertThat(got).isEqualTo("refused true");
    }
}
