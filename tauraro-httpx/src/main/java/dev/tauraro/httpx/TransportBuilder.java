package dev.tauraro.httpx;

import java.util.Map;
import java.util.Objects;

/**
 * The options of the network transport, shared by the clients' builders and
 * {@link HTTPTransport.Builder}, with httpx's defaults: {@link Limits#DEFAULT}, servers' TLS
 * certificates checked against the JDK's CAs, HTTP/1.1 only, no proxy but the environment's.
 *
 * <p>Python equivalent: the keyword arguments of {@code httpx.HTTPTransport(...)}, which
 * {@code httpx.Client(...)} takes too.
 *
 * <p>Differences from httpx: {@code verify} takes a flag, a PEM file or a {@code KeyStore} (not an
 * {@code ssl.SSLContext}); socket options are Java's {@link java.net.SocketOption}s rather than
 * {@code (level, option, value)} triples. Beyond httpx's connect retries
 * ({@link #connectRetries}), a client's {@link ClientBuilder#retries} also covers read failures
 * of idempotent methods.
 *
 * @param <T> the type built
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract class TransportBuilder<T, B extends TransportBuilder<T, B>> {
    Limits limits = Limits.DEFAULT;
    Verify verify = Verify.DEFAULT;
    ClientCert cert;
    boolean http1 = true;
    boolean http2;
    String proxy;
    boolean trustEnv = true;
    Map<String, String> environment;   // null: System.getenv(); tests set their own
    java.nio.file.Path uds;
    java.net.InetAddress localAddress;   // resolved once, when given
    int connectRetries;
    final Map<java.net.SocketOption<?>, Object> socketOptions = new java.util.LinkedHashMap<>();

    TransportBuilder() {
    }

    @SuppressWarnings("unchecked")
    B self() {
        return (B) this;
    }

    public B limits(Limits l) {
        this.limits = Objects.requireNonNull(l, "limits");
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
     * Sends every request through the proxy at {@code url}, the environment's proxies then being
     * ignored; null for none. An HTTP proxy ({@code http://host:port}, with {@code user:password@}
     * for basic proxy authentication) tunnels every request with {@code CONNECT}; an
     * {@code https://} proxy does the same over TLS, checked as {@link #verify} says (httpx checks
     * it with its default context, so a proxy with a private CA also needs httpx's
     * {@code Proxy(ssl_context=...)}); a SOCKS5 proxy
     * ({@code socks5://} or {@code socks5h://}, with {@code user:password@} for RFC 1929
     * authentication) is asked to connect by host name. Python: {@code proxy=}.
     *
     * @throws IllegalArgumentException for another scheme
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

    /**
     * Connects every request to the Unix domain socket at {@code path} instead of the URL's host
     * and port, which still give the {@code Host} header (and, for https: URLs, the name the
     * server's certificate is checked against); null for TCP, the default. Python: {@code uds=}.
     */
    public B uds(java.nio.file.Path path) {
        this.uds = path;
        return self();
    }

    /**
     * The local IP address connections are made from, such as {@code "127.0.0.2"} or
     * {@code "0.0.0.0"} (any, the default when null; the port is always chosen by the system).
     * Python: {@code local_address=}.
     *
     * @throws IllegalArgumentException when it is neither an IP address nor a name that resolves
     */
    public B localAddress(String ip) {
        this.localAddress = ip == null || ip.isEmpty() ? null : SocketOptions.localAddress(ip);   // fails now, not at the first connect
        return self();
    }

    /**
     * How many times a failed connect (refused, unreachable, name not found, timed out; not a
     * failed TLS handshake) is tried again, after 0 s, 0.5 s, 1 s, 2 s, ... as httpcore waits
     * (default 0). Python: {@code retries=}.
     */
    public B connectRetries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more: " + retries);
        }
        this.connectRetries = retries;
        return self();
    }

    /**
     * Sets {@code option} on every connection this transport opens: one of
     * {@link java.net.StandardSocketOptions}' {@code SO_KEEPALIVE}, {@code TCP_NODELAY},
     * {@code SO_RCVBUF}, {@code SO_SNDBUF}, {@code SO_REUSEADDR}, {@code SO_LINGER}, {@code IP_TOS},
     * or {@code jdk.net.ExtendedSocketOptions}' {@code TCP_KEEPIDLE}, {@code TCP_KEEPINTERVAL},
     * {@code TCP_KEEPCOUNT}. Python: {@code socket_options=[(level, option, value)]}.
     *
     * @throws IllegalArgumentException for another option
     */
    public <V> B socketOption(java.net.SocketOption<V> option, V value) {
        SocketOptions.channelOption(Objects.requireNonNull(option, "option"));   // refuse unknown ones now
        socketOptions.put(option, Objects.requireNonNull(value, "value"));
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

    /** Builds it. */
    public abstract T build();
}
