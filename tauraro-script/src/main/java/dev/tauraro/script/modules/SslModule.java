package dev.tauraro.script.modules;

import dev.tauraro.script.modules.files.OsErrors;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.handler.ssl.util.SimpleTrustManagerFactory;
import dev.tauraro.asyncio.CertVerification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * {@code _ssl}: the Java half of the script {@code ssl} module ({@code lib/ssl.py}). An
 * {@code ssl.SSLContext} keeps what the script loaded (certificate chain, CA files, verify mode,
 * host name checking); this turns it into a JDK {@link SSLContext} for the Java libraries that take
 * one (tauraro-websockets, asyncio streams). PEM files are parsed by Netty's SSL context builder
 * (PKCS#8 keys, encrypted ones with their password).
 */
public final class SslModule {
    private SslModule() {
    }

    /** {@code _ssl.Error(errno, message)}: becomes {@code ssl.SSLError} in {@code lib/ssl.py}. */
    static final PyClass ERROR = PyClass.builtin("Error", "_ssl", null, Map.of(), Exceptions.EXCEPTION);

    private static final Pattern CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ssl", interp);
        m.set("Error", ERROR);
        m.set("check_chain", new BuiltinFunction("check_chain", (a, k) -> {
            Chain.of(a[0], a[1], a[2]).forServer();   // parses it
            return PyNone.NONE;
        }));
        m.set("count_cas", new BuiltinFunction("count_cas", (a, k) -> (long) cas(a[0], a[1], a[2]).size()));
        m.set("context", new BuiltinFunction("context", (a, k) -> context(a)));
        return m;
    }

    /**
     * {@code context(server, verify_mode, check_hostname, chain, cafiles, capaths, cadatas,
     * default_certs, alpn)}: {@code chain} is None or (certfile, keyfile or None, password or
     * None); verify_mode 0, 1, 2 as CPython's CERT_NONE, CERT_OPTIONAL, CERT_REQUIRED.
     */
    private static SSLContext context(Object[] a) {
        boolean server = Ops.truthy(a[0]);
        int verifyMode = (int) Ops.toLong(a[1]);
        boolean checkHostname = Ops.truthy(a[2]);
        List<X509Certificate> cas = cas(a[4], a[5], a[6]);
        boolean defaults = Ops.truthy(a[7]);
        SslContextBuilder b;
        if (server) {
            if (a[3] == PyNone.NONE) {
                throw sslError(1, "[SSL: NO_SHARED_CIPHER] no shared cipher: the server context has no certificate"
                        + " (load_cert_chain was not called)");
            }
            b = Chain.of(a[3]).forServer();
            b.clientAuth(verifyMode == 2 ? ClientAuth.REQUIRE : verifyMode == 1 ? ClientAuth.OPTIONAL : ClientAuth.NONE);
        } else {
            b = SslContextBuilder.forClient();
            if (a[3] != PyNone.NONE) {
                Chain.of(a[3]).addTo(b);
            }
        }
        if (verifyMode == 0) {
            b.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else {
            b.trustManager(new Worded(pkix(cas, defaults), checkHostname));
        }
        List<String> alpn = new ArrayList<>();
        for (Object p : Ops.toList(a[8])) {
            alpn.add(Ops.str(p));
        }
        if (!alpn.isEmpty()) {
            b.applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                    ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, alpn));
        }
        try {
            return ((JdkSslContext) b.sslProvider(SslProvider.JDK).build()).context();
        } catch (IOException | RuntimeException e) {
            throw sslError(1, "[SSL] " + e.getMessage());
        }
    }

    /** A certificate chain and its key, as load_cert_chain names them, read from their files. */
    private record Chain(byte[] certs, byte[] key, String password) {
        static Chain of(Object spec) {
            PyTuple t = (PyTuple) spec;
            return of(t.get(0), t.get(1), t.get(2));
        }

        static Chain of(Object certfile, Object keyfile, Object password) {
            byte[] certs = read(certfile);
            return new Chain(certs, keyfile == PyNone.NONE ? certs : read(keyfile),
                    password == PyNone.NONE ? null : Ops.str(password));
        }

        SslContextBuilder forServer() {
            try {
                return SslContextBuilder.forServer(new ByteArrayInputStream(certs), new ByteArrayInputStream(key), password);
            } catch (IllegalArgumentException e) {
                throw pemError();
            }
        }

        void addTo(SslContextBuilder client) {
            try {
                client.keyManager(new ByteArrayInputStream(certs), new ByteArrayInputStream(key), password);
            } catch (IllegalArgumentException e) {
                throw pemError();
            }
        }

        /** CPython's error for a chain or key it cannot use (also a wrong password). */
        private static PyException pemError() {
            return sslError(524297, "[SSL] PEM lib (_ssl.c:3895)", "SSL", null);
        }
    }

    /** The CA certificates of PEM files, directories of PEM files and PEM text or DER bytes. */
    private static List<X509Certificate> cas(Object cafiles, Object capaths, Object cadatas) {
        List<X509Certificate> out = new ArrayList<>();
        for (Object f : Ops.toList(cafiles)) {
            out.addAll(pem(read(f)));
        }
        for (Object d : Ops.toList(capaths)) {
            try (Stream<Path> files = Files.list(Path.of(Ops.str(d)))) {
                // Only certificates count: CPython looks a directory up lazily and skips the rest.
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    Matcher m = CERTIFICATE.matcher(Files.readString(p, StandardCharsets.ISO_8859_1));
                    while (m.find()) {
                        out.addAll(parse(Base64.getMimeDecoder().decode(m.group(1))));
                    }
                }
            } catch (IOException e) {
                throw OsErrors.of(e, PyNone.NONE);
            }
        }
        for (Object data : Ops.toList(cadatas)) {
            if (data instanceof PyBytes der) {
                out.addAll(parse(der.bytes()));
            } else {
                out.addAll(pem(Ops.str(data).getBytes(StandardCharsets.US_ASCII), false));
            }
        }
        return out;
    }

    private static List<X509Certificate> pem(byte[] text) {
        return pem(text, true);
    }

    /** @param file whether the text is a file's (the errors differ from cadata's, as in CPython) */
    private static List<X509Certificate> pem(byte[] text, boolean file) {
        List<X509Certificate> out = new ArrayList<>();
        Matcher m = CERTIFICATE.matcher(new String(text, StandardCharsets.US_ASCII));
        while (m.find()) {
            out.addAll(parse(Base64.getMimeDecoder().decode(m.group(1))));
        }
        if (out.isEmpty() && !file) {
            throw sslError(0, "no start line: cadata does not contain a certificate (_ssl.c:3989)", null, null);
        }
        if (out.isEmpty()) {
            throw sslError(136, "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4123)",
                    "X509", "NO_CERTIFICATE_OR_CRL_FOUND");
        }
        return out;
    }

    private static List<X509Certificate> parse(byte[] der) {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der))) {
                out.add((X509Certificate) c);
            }
            return out;
        } catch (CertificateException e) {
            throw sslError(0, "not enough data: cadata does not contain a certificate (_ssl.c:3989)", null, null);
        }
    }

    private static byte[] read(Object file) {
        try {
            return Files.readAllBytes(Path.of(Ops.str(file)));
        } catch (IOException e) {
            // As CPython: FileNotFoundError: [Errno 2] No such file or directory (no file name)
            throw OsErrors.of(e, PyNone.NONE);
        }
    }

    /** PKIX trust in {@code cas}, plus the JDK's own CAs when {@code defaults} (or when there are none). */
    private static TrustManagerFactory pkix(List<X509Certificate> cas, boolean defaults) {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (cas.isEmpty() && defaults) {
                f.init((KeyStore) null);
                return f;
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate c : cas) {
                store.setCertificateEntry("ca" + i++, c);
            }
            if (defaults) {
                TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                jdk.init((KeyStore) null);
                for (TrustManager tm : jdk.getTrustManagers()) {
                    if (tm instanceof X509TrustManager x) {
                        for (X509Certificate c : x.getAcceptedIssuers()) {
                            store.setCertificateEntry("ca" + i++, c);
                        }
                    }
                }
            }
            f.init(store);
            return f;
        } catch (GeneralSecurityException | IOException e) {
            throw sslError(1, "[SSL] " + e.getMessage());
        }
    }

    /**
     * The JDK's PKIX checks failing with OpenSSL's reasons ({@link CertVerification}), the host name
     * checked only when {@code check_hostname} is on.
     */
    private static final class Worded extends SimpleTrustManagerFactory {
        private final TrustManager[] managers;

        Worded(TrustManagerFactory pkix, boolean checkHostname) {
            X509ExtendedTrustManager jdk = null;
            for (TrustManager tm : pkix.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    jdk = x;
                }
            }
            if (jdk == null) {
                throw sslError(1, "[SSL] the JDK has no X509ExtendedTrustManager");
            }
            managers = new TrustManager[] {CertVerification.worded(jdk, checkHostname)};
        }

        @Override
        protected void engineInit(KeyStore keyStore) {
        }

        @Override
        protected void engineInit(ManagerFactoryParameters params) {
        }

        @Override
        protected TrustManager[] engineGetTrustManagers() {
            return managers;
        }
    }

    /**
     * A failed TLS handshake as the script's {@code ssl} exception: {@code SSLCertVerificationError}
     * with CPython's message, {@code verify_message} and {@code verify_code} for a rejected
     * certificate, {@code SSLError} for other TLS failures; null when {@code e} is no TLS failure.
     */
    static PyException toScript(Interpreter interp, Throwable e) {
        javax.net.ssl.SSLException tls = null;
        for (Throwable c = e; c != null && tls == null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof javax.net.ssl.SSLException s) {
                tls = s;
            }
        }
        if (tls == null) {
            return null;
        }
        PyModule ssl = interp.importModule("ssl");
        CertVerification.Failed failed = CertVerification.find(e);
        if (failed != null) {
            PyException p = new PyException((dev.tauraro.script.runtime.PyBaseException)
                    ((PyClass) ssl.get("SSLCertVerificationError")).call(new Object[] {1L, failed.sslMessage()}, null));
            Ops.setAttr(p.value, "verify_message", failed.verifyMessage());
            Ops.setAttr(p.value, "verify_code", (long) failed.verifyCode());
            Ops.setAttr(p.value, "library", "SSL");
            Ops.setAttr(p.value, "reason", "CERTIFICATE_VERIFY_FAILED");
            return p;
        }
        String m = String.valueOf(tls.getMessage());
        if (m.contains("Unsupported or unrecognized SSL message") || m.startsWith("not an SSL/TLS record")) {
            m = "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)";
        } else {
            m = "[SSL] " + m;
        }
        return new PyException((dev.tauraro.script.runtime.PyBaseException)
                ((PyClass) ssl.get("SSLError")).call(new Object[] {1L, m}, null));
    }

    private static PyException sslError(int errno, String message) {
        return sslError(errno, message, null, null);
    }

    /** {@code _ssl.Error(errno, message, library, reason)}, as CPython's C code fills in an SSLError. */
    private static PyException sslError(int errno, String message, String library, String reason) {
        return Exceptions.newException(ERROR, (long) errno, message, library == null ? PyNone.NONE : library,
                reason == null ? PyNone.NONE : reason);
    }
}
