package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reactivestreams.Publisher;

/**
 * The optional arguments of one request: httpx's keyword arguments as an immutable value.
 *
 * <pre>{@code
 * client.post(url, RequestOptions.builder()
 *         .params(Map.of("page", 2, "tag", List.of("a", "b")))   // ?page=2&tag=a&tag=b
 *         .header("X-Trace", "1")
 *         .json(Map.of("name", "x"))                            // {"name":"x"}
 *         .timeout(10.0)
 *         .build());
 * }</pre>
 *
 * <p>At most one body kind may be given ({@code content}, {@code json}, or {@code data} and/or
 * {@code files}). Per-request {@code params} are merged into the client's, and the merged
 * parameters replace the URL's query, as httpx 0.28.
 *
 * <p>Python equivalent: the keyword arguments of {@code httpx.Client.request}.
 *
 * <p>Differences from httpx: an immutable value built with a builder rather than keyword
 * arguments; httpx's {@code extensions=} is absent.
 */
public final class RequestOptions {
    static final RequestOptions NONE = builder().build();

    final List<Map.Entry<String, String>> params;
    final Headers headers;
    final Map<String, String> cookies;
    final byte[] content;
    final Publisher<byte[]> stream;
    final Object json;
    final boolean hasJson;
    final List<Map.Entry<String, String>> data;
    final Map<String, FileUpload> files;
    final Auth auth;
    final boolean hasAuth;
    final Timeout timeout;
    final boolean hasTimeout;
    final Boolean followRedirects;

    private RequestOptions(Builder b) {
        this.params = List.copyOf(b.params);
        this.headers = b.headers;
        this.cookies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.cookies)); // in the order given, as httpx sends them
        this.content = b.content;
        this.stream = b.stream;
        this.json = b.json;
        this.hasJson = b.hasJson;
        this.data = b.data == null ? null : List.copyOf(b.data);
        this.files = b.files == null ? null : Map.copyOf(b.files);
        this.auth = b.auth;
        this.hasAuth = b.hasAuth;
        this.timeout = b.timeout;
        this.hasTimeout = b.hasTimeout;
        this.followRedirects = b.followRedirects;
    }

    /**
     * {@code h} with a {@code Cookie} header of {@code fromJar} (a jar's header value, or null)
     * followed by these options' cookies, unless {@code h} has one already or there are none.
     */
    Headers withCookieHeader(Headers h, String fromJar) {
        if (fromJar == null && cookies.isEmpty()) {
            return h;
        }
        StringBuilder cookie = new StringBuilder(fromJar == null ? "" : fromJar);
        cookies.forEach((k, v) -> cookie.append(cookie.length() > 0 ? "; " : "").append(k).append('=').append(v));
        return cookie.length() > 0 && !h.contains("Cookie") ? h.set("Cookie", cookie.toString()) : h;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RequestOptions}; each setter replaces the previous value of its option. */
    public static final class Builder {
        private List<Map.Entry<String, String>> params = List.of();
        private Headers headers = Headers.empty();
        private Map<String, String> cookies = new LinkedHashMap<>();
        private byte[] content;
        private Publisher<byte[]> stream;
        private Object json;
        private boolean hasJson;
        private List<Map.Entry<String, String>> data;
        private Map<String, FileUpload> files;
        private Auth auth;
        private boolean hasAuth;
        private Timeout timeout;
        private boolean hasTimeout;
        private Boolean followRedirects;

        private Builder() {
        }

        /** Query parameters; an {@link Iterable} value repeats its key. */
        public Builder params(Map<String, ?> p) {
            this.params = Params.from(p);
            return this;
        }

        /** Query parameters as ordered pairs. */
        public Builder params(List<? extends Map.Entry<String, String>> p) {
            this.params = List.copyOf(p);
            return this;
        }

        public Builder headers(Headers h) {
            this.headers = Objects.requireNonNull(h, "headers");
            return this;
        }

        public Builder headers(Map<String, ?> h) {
            return headers(Headers.of(h));
        }

        public Builder header(String name, String value) {
            this.headers = headers.set(name, value);
            return this;
        }

        /** Cookies sent with this request, besides the client's jar. */
        public Builder cookies(Map<String, String> c) {
            this.cookies = new LinkedHashMap<>(c);
            return this;
        }

        public Builder content(byte[] bytes) {
            this.content = bytes.clone();
            return this;
        }

        /** A UTF-8 text body. */
        public Builder content(String text) {
            this.content = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** A streamed body, sent with chunked transfer encoding. */
        public Builder content(Publisher<byte[]> chunks) {
            this.stream = Objects.requireNonNull(chunks, "chunks");
            return this;
        }

        /** A JSON body (Jackson), compact as httpx 0.28, with {@code Content-Type: application/json}. */
        public Builder json(Object value) {
            this.json = value;
            this.hasJson = true;
            return this;
        }

        /** Form fields ({@code application/x-www-form-urlencoded}, or multipart with {@link #files}). */
        public Builder data(Map<String, ?> fields) {
            this.data = Params.from(fields);
            return this;
        }

        /** Files for a {@code multipart/form-data} body. */
        public Builder files(Map<String, FileUpload> f) {
            this.files = new LinkedHashMap<>(f);
            return this;
        }

        /**
         * This request's auth instead of the client's; null sends none (except a URL's
         * {@code user:password@}), as httpx's {@code auth=None}.
         */
        public Builder auth(Auth a) {
            this.auth = a;
            this.hasAuth = true;
            return this;
        }

        /** This request's timeouts; null disables them. */
        public Builder timeout(Timeout t) {
            this.timeout = t == null ? Timeout.NONE : t;
            this.hasTimeout = true;
            return this;
        }

        /** The same timeout in seconds for every phase; null disables them. */
        public Builder timeout(Double seconds) {
            return timeout(Timeout.of(seconds));
        }

        public Builder followRedirects(boolean follow) {
            this.followRedirects = follow;
            return this;
        }

        public RequestOptions build() {
            int bodies = (content != null ? 1 : 0) + (stream != null ? 1 : 0) + (hasJson ? 1 : 0)
                    + (data != null || files != null ? 1 : 0);
            if (bodies > 1) {
                throw new IllegalArgumentException("give at most one of content, json, and data/files");
            }
            return new RequestOptions(this);
        }
    }
}
