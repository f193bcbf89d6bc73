package dev.tauraro.websockets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made for one test run by the JDK's {@code keytool} (EC P-256, valid
 * two days), with the server and client TLS contexts built from it, and PEM copies of the
 * certificate and key for peers in other languages.
 */
final class TlsFixture {
    private static final char[] PASSWORD = "test-only".toCharArray();

    final SSLContext server;
    final SSLContext client;
    final Path certPem;
    final Path keyPem;

    private TlsFixture(SSLContext server, SSLContext client, Path certPem, Path keyPem) {
        this.server = server;
        this.client = client;
        this.certPem = certPem;
        this.keyPem = keyPem;
    }

    /** A certificate for {@code subjectAltNames} (keytool's syntax: {@code ip:127.0.0.1,dns:localhost}). */
    static TlsFixture create(Path dir, String subjectAltNames) throws Exception {
        Path store = dir.resolve("server.p12");
        String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "ws", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=tauraro test", "-ext", "SAN=" + subjectAltNames,
                "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);

        Certificate cert = keys.getCertificate("ws");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ws", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);

        Path certPem = dir.resolve("cert.pem");
        Path keyPem = dir.resolve("key.pem");
        Files.writeString(certPem, pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(keyPem, pem("PRIVATE KEY", keys.getKey("ws", PASSWORD).getEncoded()));   // PKCS #8
        return new TlsFixture(server, client, certPem, keyPem);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
