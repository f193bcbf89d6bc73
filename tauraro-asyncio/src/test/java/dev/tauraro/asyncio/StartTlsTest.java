package dev.tauraro.asyncio;

import static dev.tauraro.asyncio.StreamsTest.b;
import static dev.tauraro.asyncio.StreamsTest.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.Socket;
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
import javax.net.ssl.SSLSocket;
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
        return starttlsServer(0);
    }

    /**
     * The same, with the server's loop busy for {@code lateMillis} before it calls startTls: the
     * client's first handshake bytes are then read by Netty before the TLS handler is in place.
     */
    static Mono<Server> starttlsServer(long lateMillis) {
        StreamOptions tls = StreamOptions.builder().ssl(serverContext).build();
        return Asyncio.startServer((r, w) -> r.readline().flatMap(cmd -> {
            w.write(b("OK\n"));
            return w.drain().then(Mono.fromRunnable(() -> busy(lateMillis))).then(w.startTls(tls))
                    .then(r.readline()).flatMap(line -> {
                w.write(b("[" + s(line).strip() + "] " + (w.getExtraInfo("cipher") != null)));
                return w.drain().then(Mono.fromRunnable(w::close));
            });
        }), "127.0.0.1", 0);
    }

    static void busy(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void streamsUpgradeToTlsMidConversation() {
        assertThat(upgradeConversation(0)).containsExactly("plain true null", "OK", "tls false true", "[secret] true");
    }

    /**
     * The client's first handshake bytes arrive while the server's loop is still busy before its
     * startTls call (CPython reads nothing meanwhile, so start_tls sees them): Netty has read
     * them already, and they must reach the TLS handler, not the plain stream. A JDK client on
     * its own thread, so that it does not wait for the busy loop.
     */
    @Test
    void handshakeBytesReadBeforeTheServerUpgradesGoThroughTls() {
        String got = Asyncio.run(Mono.defer(() -> starttlsServer(300).flatMap(server ->
                Asyncio.toThread(() -> jdkStartTlsClient(server.port())).doFinally(x -> server.close()))));
        assertThat(got).isEqualTo("OK [secret] true");
    }

    private static String jdkStartTlsClient(int port) throws Exception {
        try (Socket plain = new Socket("127.0.0.1", port)) {
            plain.setSoTimeout(15_000);
            plain.getOutputStream().write(b("STARTTLS\n"));
            StringBuilder ok = new StringBuilder();
            InputStream in = plain.getInputStream();
            for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {    // no byte past the line
                ok.append((char) c);
            }
            try (SSLSocket tls = (SSLSocket) clientContext.getSocketFactory().createSocket(plain, "127.0.0.1", port, true)) {
                tls.startHandshake();
                tls.getOutputStream().write(b("secret\n"));
                return ok + " " + s(tls.getInputStream().readAllBytes());
            }
        }
    }

    private static List<String> upgradeConversation(long serverLateMillis) {
        return Asyncio.run(Mono.defer(() -> starttlsServer(serverLateMillis).flatMap(server ->
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
