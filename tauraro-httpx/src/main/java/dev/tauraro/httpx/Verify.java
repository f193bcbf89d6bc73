package dev.tauraro.httpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How a client checks the servers it talks TLS to: httpx's {@code verify} argument. On by default
 * (the JDK's trusted CAs and the host name); off; or trusting the CAs of a PEM file or a KeyStore
 * instead of the JDK's.
 *
 * <p>The trust manager made here also words a rejected certificate as OpenSSL does under Python
 * ({@link dev.tauraro.asyncio.CertVerification.Failed}), so that {@link Errors} gives httpx's {@code ConnectError} text.
 */
final class Verify {
    static final Verify DEFAULT = new Verify(true, null);
    static final Verify OFF = new Verify(false, null);

    private final boolean check;
    private final KeyStore trusted;   // null: the JDK's default CAs

    private Verify(boolean check, KeyStore trusted) {
        this.check = check;
        this.trusted = trusted;
    }

    static Verify trusting(KeyStore store) {
        return new Verify(true, store);
    }

    /** The certificates of a PEM file (a CA bundle), as Python's {@code load_verify_locations(cafile)}. */
    static Verify trustingPem(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new IllegalArgumentException("no certificate in " + pem);
            }
            return new Verify(true, store);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA file " + pem + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PEM certificate file: " + pem + ": " + e.getMessage(), e);
        }
    }

    /**
     * The certificates of every PEM file in {@code dir}, as Python's {@code capath} (which finds
     * them by hashed names; here every readable certificate file counts).
     */
    static Verify trustingPemDirectory(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    for (java.security.cert.Certificate c : x509.generateCertificates(in)) {
                        store.setCertificateEntry("ca-" + i++, c);
                    }
                } catch (CertificateException notACertificate) {
                    // not a certificate file: skipped, as OpenSSL skips it
                }
            }
            return new Verify(true, store);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CA directory " + dir + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up certificate verification: " + e.getMessage(), e);
        }
    }

    /** Whether certificates and host names are checked. */
    boolean checks() {
        return check;
    }

    /** The trust manager to use when {@link #checks()}. */
    TrustManager trustManager() {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(trusted);
            for (TrustManager tm : f.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return dev.tauraro.asyncio.CertVerification.worded(x, true);
                }
            }
            throw new IllegalStateException("the JDK has no X509ExtendedTrustManager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up certificate verification: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return check ? (trusted == null ? "verify=True" : "verify=<trust store>") : "verify=False";
    }
}
