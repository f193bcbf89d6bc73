package dev.tauraro.httpx;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How a client checks the servers it talks TLS to: httpx's {@code verify} argument. On by default
 * (the JDK's trusted CAs and the host name); off; or trusting the CAs of a PEM file or a KeyStore
 * instead of the JDK's.
 *
 * <p>The trust manager made here also words a rejected certificate as OpenSSL does under Python
 * ({@link VerifyFailed}), so that {@link Errors} gives httpx's {@code ConnectError} text.
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
                    return new Worded(x);
                }
            }
            throw new IllegalStateException("the JDK has no X509ExtendedTrustManager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up certificate verification: " + e.getMessage(), e);
        }
    }

    /** A rejected server certificate, with OpenSSL's reason ({@code "self-signed certificate"}, ...). */
    static final class VerifyFailed extends CertificateException {
        private static final long serialVersionUID = 1L;

        VerifyFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The JDK's checks, rethrown as {@link VerifyFailed} with OpenSSL's wording. */
    private static final class Worded extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager jdk;

        Worded(X509ExtendedTrustManager jdk) {
            this.jdk = jdk;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            // The chain first, then the name (as OpenSSL orders them): the JDK checks both at once.
            try {
                jdk.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw new VerifyFailed(chainReason(chain, e), e);
            }
            try {
                jdk.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                String host = engine == null ? null : engine.getPeerHost();
                throw new VerifyFailed(nameReason(host, e), e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            jdk.checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            jdk.checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            jdk.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            jdk.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            jdk.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return jdk.getAcceptedIssuers();
        }
    }

    /** OpenSSL's {@code X509_verify_cert_error_string} for why the JDK rejected {@code chain}. */
    static String chainReason(X509Certificate[] chain, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return "certificate has expired";
            }
        }
        if (chain.length > 0) {
            try {
                chain[0].checkValidity();
            } catch (CertificateException expiredOrNotYet) {
                return expiredOrNotYet instanceof CertificateExpiredException ? "certificate has expired"
                        : "certificate is not yet valid";
            }
            X509Certificate last = chain[chain.length - 1];
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                return chain.length == 1 ? "self-signed certificate" : "self-signed certificate in certificate chain";
            }
        }
        return "unable to get local issuer certificate";
    }

    /** CPython's wording of a certificate that does not name {@code host}. */
    static String nameReason(String host, Throwable e) {
        if (host == null) {
            return String.valueOf(e.getMessage());
        }
        boolean ip = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        return (ip ? "IP address mismatch" : "Hostname mismatch") + ", certificate is not valid for '"
                + host.toLowerCase(Locale.ROOT) + "'.";
    }

    @Override
    public String toString() {
        return check ? (trusted == null ? "verify=True" : "verify=<trust store>") : "verify=False";
    }
}
