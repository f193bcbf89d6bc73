package dev.tauraro.httpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The options shared by {@link AsyncClient.Builder} and {@link Client.Builder}, with httpx's
 * defaults: no base URL, timeouts of 5 s, {@link Limits#DEFAULT}, redirects not followed (at most
 * 20 when followed), the network transport, UTF-8 as the default text encoding.
 *
 * <p>Python equivalent: the keyword arguments of {@code httpx.Client(...)}.
 *
 * @param <C> the client type built
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract class ClientBuilder<C, B extends ClientBuilder<C, B>> {
    URL baseUrl = new URL("");
    Headers headers = Headers.empty();
    List<Map.Entry<String, String>> params = List.of();
    Map<String, String> cookies = new LinkedHashMap<>();
    Auth auth;
    Timeout timeout = Timeout.DEFAULT;
    Limits limits = Limits.DEFAULT;
    boolean followRedirects;
    int maxRedirects = 20;
    final List<Consumer<? super Request>> requestHooks = new ArrayList<>();
    final List<Consumer<? super Response>> responseHooks = new ArrayList<>();
    Transport transport;
    String defaultEncoding = "utf-8";
    Retries retries;
    java.time.Duration deadline;
    Verify verify = Verify.DEFAULT;
    ClientCert cert;
    boolean http1 = true;
    boolean http2;
    String proxy;
    boolean trustEnv = true;
    Map<String, String> environment;   // null: System.getenv(); tests set their own

    ClientBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The URL relative request URLs are joined to ({@code "users"} and {@code "/users"} both go below it). */
    public B baseUrl(String url) {
        this.baseUrl = new URL(url);
        return self();
    }

    /** Headers sent with every request (merged over the defaults; a request's own headers win). */
    public B headers(Headers h) {
        this.headers = Objects.requireNonNull(h, "headers");
        return self();
    }

    public B headers(Map<String, ?> h) {
        return headers(Headers.of(h));
    }

    /** Query parameters sent with every request. */
    public B params(Map<String, ?> p) {
        this.params = Params.from(p);
        return self();
    }

    /** Cookies the jar starts with. */
    public B cookies(Map<String, String> c) {
        this.cookies = new LinkedHashMap<>(c);
        return self();
    }

    public B auth(Auth a) {
        this.auth = a;
        return self();
    }

    /** Default timeouts; null disables them. */
    public B timeout(Timeout t) {
        this.timeout = t == null ? Timeout.NONE : t;
        return self();
    }

    /** The same default timeout in seconds for every phase; null disables them. */
    public B timeout(Double seconds) {
        return timeout(Timeout.of(seconds));
    }

    public B limits(Limits l) {
        this.limits = Objects.requireNonNull(l, "limits");
        return self();
    }

    public B followRedirects(boolean follow) {
        this.followRedirects = follow;
        return self();
    }

    public B maxRedirects(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + max);
        }
        this.maxRedirects = max;
        return self();
    }

    /** Called with each request just before it is sent (also each redirect). */
    public B onRequest(Consumer<? super Request> hook) {
        requestHooks.add(Objects.requireNonNull(hook, "hook"));
        return self();
    }

    /** Called with each response when its headers arrive, before its body is read. */
    public B onResponse(Consumer<? super Response> hook) {
        responseHooks.add(Objects.requireNonNull(hook, "hook"));
        return self();
    }

    /** Sends through {@code t} instead of the network (for example a {@link MockTransport}). */
    public B transport(Transport t) {
        this.transport = t;
        return self();
    }

    /** The text encoding when a response names no charset. */
    public B defaultEncoding(String encoding) {
        if (TextDecoding.lookup(encoding) == null) {
            throw new IllegalArgumentException("unknown encoding: " + encoding);
        }
        this.defaultEncoding = encoding;
        return self();
    }

    /** Retries failed requests (beyond httpx; see {@link Retries}); null for none, the default. */
    public B retries(Retries r) {
        this.retries = r;
        return self();
    }

    /**
     * A total deadline per request, retries included: connection, sending and the whole body
     * (beyond httpx). For {@code stream} requests it covers the response headers only. Null for
     * none, the default.
     */
    public B deadline(java.time.Duration d) {
        if (d != null && (d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("deadline must be positive: " + d);
        }
        this.deadline = d;
        return self();
    }

    /**
     * Whether TLS servers are checked: their certificate against the JDK's trusted CAs and their
     * host name (true, the default), or not at all (false). A rejected server is a
     * {@link ConnectError} with Python's wording, for example {@code [SSL: CERTIFICATE_VERIFY_FAILED]
     * certificate verify failed: self-signed certificate (_ssl.c:992)}. Python: {@code verify=True/False}.
     */
    public B verify(boolean check) {
        this.verify = check ? Verify.DEFAULT : Verify.OFF;
        return self();
    }

    /**
     * Checks TLS servers against the CA certificates of a PEM file instead of the JDK's CAs (host
     * names are still checked). Python: {@code verify="ca.pem"}, or
     * {@code verify=ssl.create_default_context(cafile="ca.pem")}.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds no certificate
     */
    public B verify(java.nio.file.Path caBundle) {
        this.verify = Verify.trustingPem(Objects.requireNonNull(caBundle, "caBundle"));
        return self();
    }

    /** Checks TLS servers against the trusted certificates of {@code trustStore} instead of the JDK's CAs. */
    public B verify(java.security.KeyStore trustStore) {
        this.verify = Verify.trusting(Objects.requireNonNull(trustStore, "trustStore"));
        return self();
    }

    /**
     * The client certificate presented to TLS servers that ask for one, from a PEM file holding
     * the certificate chain and its PKCS#8 private key. Python: {@code cert="client.pem"}.
     *
     * @throws java.io.UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when it holds no certificate or no usable key
     */
    public B cert(java.nio.file.Path certAndKey) {
        return cert(certAndKey, null, null);
    }

    /**
     * The client certificate from a PEM certificate chain and a PEM PKCS#8 private key, encrypted
     * with {@code password} or not (null). Python: {@code cert=("client.pem", "client.key",
     * "password")}.
     *
     * @param keyFile null when {@code certFile} holds the key too
     */
    public B cert(java.nio.file.Path certFile, java.nio.file.Path keyFile, String password) {
        this.cert = ClientCert.of(Objects.requireNonNull(certFile, "certFile"), keyFile, password);
        return self();
    }

    /** Whether HTTP/1.1 may be used (default true). Python: {@code http1=}. */
    public B http1(boolean on) {
        this.http1 = on;
        return self();
    }

    /**
     * Whether HTTP/2 may be used (default false). Over TLS it is offered by ALPN beside HTTP/1.1
     * (the server chooses); over cleartext only with {@code http1(false)}, by prior knowledge, as
     * httpx. {@link Response#httpVersion()} says which was used. Python: {@code http2=True}.
     */
    public B http2(boolean on) {
        this.http2 = on;
        return self();
    }

    /**
     * Sends every request through the HTTP proxy at {@code url} ({@code http://host:port}, with
     * {@code user:password@} for basic proxy authentication), the environment's proxies then being
     * ignored; null for none. https: URLs are tunnelled with {@code CONNECT}. Python: {@code proxy=}.
     *
     * @throws IllegalArgumentException for a proxy URL other than {@code http://}
     */
    public B proxy(String url) {
        if (url != null) {
            Proxies.of(url);   // fail now for a bad URL
        }
        this.proxy = url;
        return self();
    }

    /**
     * Whether the environment's {@code HTTP_PROXY}, {@code HTTPS_PROXY}, {@code ALL_PROXY} and
     * {@code NO_PROXY} (either case) choose proxies when no {@link #proxy} is given, and whether
     * {@code SSL_CERT_FILE} / {@code SSL_CERT_DIR} replace the JDK's CAs when {@code verify} is
     * left at its default (default true). Python: {@code trust_env=}.
     */
    public B trustEnv(boolean trust) {
        this.trustEnv = trust;
        return self();
    }

    /** The environment read by {@link #trustEnv}, for tests (package-private). */
    B environment(Map<String, String> env) {
        this.environment = Map.copyOf(env);
        return self();
    }

    /**
     * The certificate checks these options give: with the default {@code verify} and
     * {@link #trustEnv}, the CA file {@code SSL_CERT_FILE} or the CA directory
     * {@code SSL_CERT_DIR} names replaces the JDK's CAs, as httpx 0.28 reads them. The options
     * are taken now, the files read on first use: reading a CA bundle costs about 0.2 s, which a
     * client that never speaks TLS should not pay.
     */
    java.util.function.Supplier<Verify> verification() {
        if (verify != Verify.DEFAULT || !trustEnv) {
            Verify fixed = verify;
            return () -> fixed;
        }
        Map<String, String> env = environment != null ? environment : System.getenv();
        String file = env.get("SSL_CERT_FILE");
        if (file != null && !file.isEmpty()) {
            return () -> Verify.trustingPem(java.nio.file.Path.of(file));
        }
        String dir = env.get("SSL_CERT_DIR");
        if (dir != null && !dir.isEmpty()) {
            return () -> Verify.trustingPemDirectory(java.nio.file.Path.of(dir));
        }
        return () -> Verify.DEFAULT;
    }

    /** The proxy choice these options give. */
    Proxies proxies() {
        if (proxy != null) {
            return Proxies.of(proxy);
        }
        return trustEnv ? Proxies.fromEnvironment(environment != null ? environment : System.getenv()) : Proxies.NONE;
    }

    /** Builds the client. */
    public abstract C build();
}
