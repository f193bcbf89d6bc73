package dev.tauraro.httpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The options shared by {@link AsyncClient.Builder} and {@link Client.Builder}, with httpx's
 * defaults: no base URL, timeouts of 5 s, redirects not followed (at most 20 when followed), the
 * network transport, UTF-8 as the default text encoding; and the network transport's options
 * ({@link TransportBuilder}).
 *
 * <p>Python equivalent: the keyword arguments of {@code httpx.Client(...)}.
 *
 * <p>Differences from httpx: setters on a builder rather than keyword arguments, and the client
 * built cannot be changed afterwards (httpx lets you assign {@code client.headers}, {@code
 * client.auth}, ...); event hooks are added one at a time ({@link #onRequest}, {@link
 * #onResponse}) rather than as a dict; {@link #retries} and {@link #deadline} are beyond httpx.
 *
 * @param <C> the client type built
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract class ClientBuilder<C, B extends ClientBuilder<C, B>> extends TransportBuilder<C, B> {
    URL baseUrl = new URL("");
    Headers headers = Headers.empty();
    boolean defaultHeaders = true;
    List<Map.Entry<String, String>> params = List.of();
    Map<String, String> cookies = new LinkedHashMap<>();
    Auth auth;
    Timeout timeout = Timeout.DEFAULT;
    boolean followRedirects;
    int maxRedirects = 20;
    final List<Consumer<? super Request>> requestHooks = new ArrayList<>();
    final List<Consumer<? super Response>> responseHooks = new ArrayList<>();
    Transport transport;
    final Map<String, Transport> mounts = new LinkedHashMap<>();
    String defaultEncoding = "utf-8";
    java.util.function.Function<byte[], String> encodingDetector;
    Retries retries;
    java.time.Duration deadline;

    ClientBuilder() {
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

    /**
     * Sends only the headers given to {@link #headers} (and each request's own), none of
     * {@link AsyncClient#defaultHeaders()}: no {@code Accept}, {@code Accept-Encoding},
     * {@code Connection} or {@code User-Agent} unless given. {@code Host} is always sent.
     * Python: deleting httpx's defaults from {@code client.headers}.
     */
    public B noDefaultHeaders() {
        this.defaultHeaders = false;
        return self();
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

    /**
     * Sends the requests whose URL matches {@code pattern} through {@code t} (null: through the
     * client's own transport), httpx's {@code mounts}. Patterns
     * are httpx's: {@code "all://"}, {@code "https://"}, {@code "all://example.com"},
     * {@code "all://*example.com"} (the domain and its subdomains), {@code "all://*.example.com"}
     * (subdomains only), {@code "https://example.com:8443"}; when several match, a pattern with a
     * port wins, then the longer host, then the one with a scheme. The client closes mounted
     * transports when it closes.
     *
     * @throws IllegalArgumentException for a pattern that is not a URL ({@code "http"} rather than
     *     {@code "http://"})
     */
    public B mount(String pattern, Transport t) {
        URLPattern.of(pattern);   // fail now for a bad pattern
        mounts.put(pattern, t);
        return self();
    }

    /** The text encoding when a response names no charset. */
    public B defaultEncoding(String encoding) {
        this.defaultEncoding = knownEncoding(encoding);
        this.encodingDetector = null;
        return self();
    }

    /**
     * Detects the text encoding from the body when a response names no charset, as httpx's
     * callable {@code default_encoding} (for example charset_normalizer's); a null answer means utf-8.
     */
    public B defaultEncoding(java.util.function.Function<byte[], String> detector) {
        this.encodingDetector = Objects.requireNonNull(detector, "detector");
        return self();
    }

    static String knownEncoding(String encoding) {
        if (TextDecoding.lookup(encoding) == null) {
            throw new IllegalArgumentException("unknown encoding: " + encoding);
        }
        return encoding;
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

    /** Builds the client. */
    @Override
    public abstract C build();
}
