package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * An HTTP request: method, URL, headers and body.
 *
 * <p>Clients build requests from their defaults and a call's {@link RequestOptions}
 * ({@link AsyncClient#buildRequest}); a request built by hand is sent with
 * {@link AsyncClient#send(Request)}. A request is immutable; the {@code with*} methods return
 * copies.
 *
 * <pre>{@code
 * Request r = new Request("post", "http://127.0.0.1:8000/items")
 *         .withHeader("Content-Type", "text/plain").withContent("hello");
 * r.method();     // "POST"
 * r.toString();   // <Request('POST', 'http://127.0.0.1:8000/items')>
 * }</pre>
 *
 * <p>Python equivalent: {@code httpx.Request}.
 *
 * <p>Differences from httpx: immutable; a streamed body is a {@code Publisher<byte[]>}, sent once
 * (a redirect that would need it again fails with {@link StreamConsumed}).
 */
public final class Request {
    /** The empty body, shared by requests and by responses without one (an empty array cannot change). */
    static final byte[] NO_BODY = new byte[0];

    private final String method;
    private final URL url;
    private final Headers headers;
    private final byte[] content;              // null when streamed
    private final Publisher<byte[]> stream;   // null when in memory
    private final Timeout timeout;             // null: the client's

    /** A request without a body; {@code method} is upper-cased. */
    public Request(String method, String url) {
        this(method, new URL(url), Headers.empty(), new byte[0]);
    }

    /** A request with the given parts; {@code Host} and {@code Content-Length} are added as httpx adds them. */
    public Request(String method, URL url, Headers headers, byte[] content) {
        this(method, url, headers, content, null);
    }

    /** As {@link #Request(String, URL, Headers, byte[])}, with this timeout (null: the client's). */
    Request(String method, URL url, Headers headers, byte[] content, Timeout timeout) {
        this(method.toUpperCase(Locale.ROOT), url, withDefaults(url, headers, content), content, null, timeout);
    }

    /**
     * A request made outside any client, as {@code httpx.Request(method, url, params=, headers=,
     * cookies=, content=/json=/data=/files=)}: {@code params} replace the URL's query, cookies
     * become its {@code Cookie} header, and the body is encoded as a client encodes it. The
     * options' auth, timeout and redirect settings are for sending ({@link AsyncClient#send}
     * with its own options) and are ignored here.
     */
    public static Request of(String method, String url, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        URL u = new URL(url);
        if (!options.params.isEmpty()) {
            u = u.withQuery(options.params);
        }
        return Bodies.request(method, u, options.withCookieHeader(options.headers, null), options, null);
    }

    private Request(String method, URL url, Headers headers, byte[] content, Publisher<byte[]> stream, Timeout timeout) {
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.headers = headers;
        this.content = content;
        this.stream = stream;
        this.timeout = timeout;
    }

    private static Headers withDefaults(URL url, Headers headers, byte[] content) {
        Headers h = headers;
        if (!url.host().isEmpty() && !h.contains("Host")) {
            h = h.withHost(url.hostHeader());
        }
        if (content != null && content.length > 0 && !h.contains("Content-Length") && !h.contains("Transfer-Encoding")) {
            h = h.set("Content-Length", Integer.toString(content.length));
        }
        return h;
    }

    /** The method, upper case. */
    public String method() {
        return method;
    }

    public URL url() {
        return url;
    }

    public Headers headers() {
        return headers;
    }

    /**
     * The body bytes.
     *
     * @throws RequestNotRead when the body is a stream
     */
    public byte[] content() {
        if (content == null) {
            throw new RequestNotRead();
        }
        return content.clone();
    }

    /** Whether the body is a stream rather than bytes in memory. */
    public boolean isStreaming() {
        return content == null;
    }

    /** The body as chunks, for the transport. */
    Flux<byte[]> body() {
        if (content != null) {
            return content.length == 0 ? Flux.empty() : Flux.just(content);
        }
        return Flux.from(stream);
    }

    /** The length of an in-memory body, or -1 for a stream. */
    int contentLength() {
        return content == null ? -1 : content.length;
    }

    /** This request's timeout, or null to use the client's. */
    Timeout timeout() {
        return timeout;
    }

    /** A copy with {@code name} set to exactly {@code value}. */
    public Request withHeader(String name, String value) {
        return new Request(method, url, headers.set(name, value), content, stream, timeout);
    }

    /** A copy with these headers instead (no defaults are added). */
    public Request withHeaders(Headers newHeaders) {
        return new Request(method, url, newHeaders, content, stream, timeout);
    }

    /** A copy with a UTF-8 text body and its {@code Content-Length}. */
    public Request withContent(String text) {
        return withContent(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with this body and its {@code Content-Length}. */
    public Request withContent(byte[] body) {
        Headers h = headers.remove("Transfer-Encoding");
        h = body.length > 0 ? h.set("Content-Length", Integer.toString(body.length)) : h.remove("Content-Length");
        return new Request(method, url, h, body.clone(), null, timeout);
    }

    /** A copy whose body is streamed from {@code chunks}, sent with {@code Transfer-Encoding: chunked}. */
    public Request withStream(Publisher<byte[]> chunks) {
        Headers h = headers.remove("Content-Length").set("Transfer-Encoding", "chunked");
        return new Request(method, url, h, null, Objects.requireNonNull(chunks, "chunks"), timeout);
    }

    /** A copy with this timeout instead of the client's. */
    public Request withTimeout(Timeout t) {
        return new Request(method, url, headers, content, stream, t);
    }

    /** A copy for another method and URL, keeping headers and body (redirects). */
    Request redirected(String newMethod, URL newUrl, Headers newHeaders, boolean keepBody) {
        if (keepBody) {
            return new Request(newMethod, newUrl, newHeaders, content, stream, timeout);
        }
        return new Request(newMethod, newUrl, newHeaders, new byte[0], null, timeout);
    }

    /** As httpx's repr: {@code <Request('GET', 'http://example.com/')>}. */
    @Override
    public String toString() {
        return "<Request(" + Repr.str(method) + ", " + Repr.str(url.toString()) + ")>";
    }
}
