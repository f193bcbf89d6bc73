package dev.tauraro.httpx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A self-signed certificate made for a test with the JDK's {@code keytool} (no library needed):
 * a PKCS#12 key store for the server and the certificate as PEM for the client to trust.
 */
final class TestCertificates {
    static final char[] PASSWORD = "changeit".toCharArray();
    final Path keyStore;
    final Path pem;

    /** A certificate for {@code san} (keytool's syntax: {@code ip:127.0.0.1}, {@code dns:localhost}). */
    TestCertificates(Path dir, String name, String san) {
        this.keyStore = dir.resolve(name + ".p12");
        this.pem = dir.resolve(name + ".pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=tauraro-test", "-ext", "san=" + san, "-ext", "bc:c", "-validity", "2",
                "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
                "-storepass", "changeit", "-file", pem.toString());
    }

    private static void keytool(String... args) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(args));
        run(command);
    }

    KeyStore load() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD);
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server-side TLS context presenting this certificate, for blocking-socket test servers. */
    javax.net.ssl.SSLContext serverContext() {
        try {
            javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(
                    javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(), PASSWORD);
            javax.net.ssl.SSLContext ctx = javax.net.ssl.SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    PrivateKey key() {
        try {
            return (PrivateKey) load().getKey("server", PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    X509Certificate certificate() {
        try {
            return (X509Certificate) load().getCertificate("server");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate and its PKCS#8 private key in one PEM file, as httpx's {@code cert="client.pem"}. */
    Path combinedPem() {
        Path p = keyStore.resolveSibling(pem.getFileName() + ".with-key.pem");
        String key = "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        try {
            Files.writeString(p, Files.readString(pem) + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The private key alone, encrypted with {@code password} by openssl (PKCS#8, AES-256). */
    Path encryptedKeyPem(String password) {
        Path plain = combinedPem();
        Path out = keyStore.resolveSibling(pem.getFileName() + ".key.enc.pem");
        run(List.of("openssl", "pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", plain.toString(),
                "-out", out.toString(), "-passout", "pass:" + password));
        return out;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A trust store holding only this certificate. */
    KeyStore trustStore() {
        try {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            ks.setCertificateEntry("test", certificate());
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
