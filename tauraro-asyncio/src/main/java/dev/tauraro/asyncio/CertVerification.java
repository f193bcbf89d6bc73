package dev.tauraro.asyncio;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Checks of a TLS server's certificate that fail as CPython's {@code ssl} fails: with OpenSSL's
 * reason ({@code self-signed certificate}, {@code Hostname mismatch, certificate is not valid for
 * 'localhost'.}) and code, which the JDK's trust manager does not give. Used by the network modules
 * (tauraro-httpx's {@code verify}, the script {@code ssl} module) so a rejected server reads the
 * same everywhere: {@code [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed
 * certificate (_ssl.c:992)}.
 *
 * <p>Python equivalent: {@code ssl.SSLCertVerificationError} and its {@code verify_message} /
 * {@code verify_code}.
 */
public final class CertVerification {
    private CertVerification() {
    }

    /** A rejected certificate, with OpenSSL's reason and code. */
    public static final class Failed extends CertificateException {
        private static final long serialVersionUID = 1L;
        private final int verifyCode;

        Failed(String reason, int verifyCode, Throwable cause) {
            super(reason, cause);
            this.verifyCode = verifyCode;
        }

        /** OpenSSL's reason, CPython's {@code verify_message}: {@code "self-signed certificate"}. */
        public String verifyMessage() {
            return getMessage();
        }

        /** OpenSSL's {@code X509_V_ERR_*} code, CPython's {@code verify_code} (18 for a self-signed certificate). */
        public int verifyCode() {
            return verifyCode;
        }

        /** CPython's message: {@code [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ... (_ssl.c:992)}. */
        public String sslMessage() {
            return "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: " + getMessage() + " (_ssl.c:992)";
        }
    }

    /** The {@link Failed} somewhere in {@code t}'s causes, or null. */
    public static Failed find(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof Failed f) {
                return f;
            }
        }
        return null;
    }

    /**
     * {@code jdk}'s checks of servers, failing with {@link Failed}: the chain first, then (when
     * {@code checkHostname} and the engine asks for it) the name, in OpenSSL's order. Client
     * certificates are checked by {@code jdk} unchanged.
     */
    public static X509ExtendedTrustManager worded(X509ExtendedTrustManager jdk, boolean checkHostname) {
        return new Worded(jdk, checkHostname);
    }

    private static final class Worded extends X509ExtendedTrustManager {
        private final X509ExtendedTrustManager jdk;
        private final boolean checkHostname;

        Worded(X509ExtendedTrustManager jdk, boolean checkHostname) {
            this.jdk = jdk;
            this.checkHostname = checkHostname;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            chain(chain, authType);
            if (checkHostname) {
                try {
                    jdk.checkServerTrusted(chain, authType, engine);
                } catch (CertificateException e) {
                    String host = engine == null ? null : engine.getPeerHost();
                    throw new Failed(nameReason(host, e), isIp(host) ? 64 : 62, e);
                }
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            chain(chain, authType);
            if (checkHostname) {
                jdk.checkServerTrusted(chain, authType, socket);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            chain(chain, authType);
        }

        private void chain(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                jdk.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw chainFailure(chain, e);
            }
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

    /** OpenSSL's {@code X509_verify_cert_error_string} and code for why the JDK rejected {@code chain}. */
    private static Failed chainFailure(X509Certificate[] chain, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException) {
                return new Failed("certificate has expired", 10, e);
            }
        }
        if (chain.length > 0) {
            try {
                chain[0].checkValidity();
            } catch (CertificateException expiredOrNotYet) {
                return expiredOrNotYet instanceof CertificateExpiredException
                        ? new Failed("certificate has expired", 10, e) : new Failed("certificate is not yet valid", 9, e);
            }
            X509Certificate last = chain[chain.length - 1];
            if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                return chain.length == 1 ? new Failed("self-signed certificate", 18, e)
                        : new Failed("self-signed certificate in certificate chain", 19, e);
            }
        }
        return new Failed("unable to get local issuer certificate", 20, e);
    }

    /** CPython's wording of a certificate that does not name {@code host}. */
    private static String nameReason(String host, Throwable e) {
        if (host == null) {
            return String.valueOf(e.getMessage());
        }
        return (isIp(host) ? "IP address mismatch" : "Hostname mismatch") + ", certificate is not valid for '"
                + host.toLowerCase(Locale.ROOT) + "'.";
    }

    private static boolean isIp(String host) {
        return host != null && (host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9')));
    }
}
