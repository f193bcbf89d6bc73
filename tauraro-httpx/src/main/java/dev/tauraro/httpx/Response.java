package dev.tauraro.httpx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;
import reactor.core.publisher.Mono;

/**
 * An HTTP response: status, headers, and a body that is either read into memory or streamed.
 *
 * <pre>{@code
 * Response r = client.get("http://127.0.0.1:8000/items");
 * r.statusCode();                 // 200
 * r.headers().get("content-type");
 * r.text();                       // decoded with the charset of the Content-Type, else UTF-8
 * r.json();                       // Jackson: Map, List, String, Integer/Long/BigInteger, Double, Boolean, null
 * r.raiseForStatus().json();      // throws HTTPStatusError for 4xx/5xx
 * }</pre>
 *
 * <h2>Streaming</h2>
 * A response from {@code stream(...)} has not read its body: {@link #content()} throws
 * {@link ResponseNotRead} until {@link #read()}. Iterate it once with {@link #iterBytes()},
 * {@link #iterText()}, {@link #iterLines()} or {@link #iterRaw()} (or their {@code Flux} forms
 * {@code aiter*}), then {@link #close()}; a second iteration throws {@link StreamConsumed}, one
 * after {@code close} throws {@link StreamClosed}. Closing an unread response releases its
 * connection.
 *
 * <p>Python equivalent: {@code httpx.Response}.
 *
 * <p>Differences from httpx: {@link #json()} decodes with Jackson and throws
 * {@link UncheckedIOException} for invalid JSON (httpx raises {@code json.JSONDecodeError}).
 * {@code iter*} return {@link Iterable}s backed by the {@code aiter*} fluxes. Thread-safety: the
 * body may be consumed from any one thread; status and headers are immutable.
 */
public final class Response implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int statusCode;
    private final Headers headers;
    private final String httpVersion;
    private volatile Request request;
    private volatile List<Response> history = List.of();
    private volatile Duration elapsed;
    private volatile long started = System.nanoTime();
    private volatile String explicitEncoding;
    private volatile String defaultEncoding = "utf-8";
    private volatile java.util.function.Function<byte[], String> encodingDetector; // null: defaultEncoding
    private volatile String detectedEncoding;

    // Body state, guarded by this.
    private byte[] content;            // decoded body once read
    private byte[] rawContent;         // the undecoded body when it was given in memory
    private Flux<byte[]> rawStream;    // the undecoded body still on the network; null once taken
    private byte[] received;           // the undecoded body, received whole before the response was emitted; null once taken
    private boolean streamConsumed;
    private boolean closed;
    private Runnable releaser;         // gives the connection back (or closes it); null once run

    /** A network response whose body has not been read. */
    Response(int statusCode, Headers headers, String httpVersion, Flux<byte[]> rawStream, Runnable releaser) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.httpVersion = httpVersion;
        this.rawStream = rawStream;
        this.releaser = releaser;
    }

    /**
     * A network response whose whole undecoded body had arrived (and its connection was back in
     * the pool) before it was emitted: it holds nothing to release, and is unread until
     * {@link #aread()} (or an iteration) takes the body, as a response whose body is still on the network.
     */
    Response(int statusCode, Headers headers, String httpVersion, byte[] received) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.httpVersion = httpVersion;
        this.received = received;
    }

    /** A response whose whole (undecoded) body is in memory; decoded at once, as httpx does. */
    private Response(int statusCode, Headers headers, byte[] raw, Request request) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.httpVersion = "HTTP/1.1";
        this.request = request;
        this.rawContent = raw;
        this.content = decoded(headers, request, raw);
        this.closed = true;
        this.elapsed = Duration.ZERO;
    }

    /** {@code raw}, a whole body, undone from its {@code Content-Encoding}. @throws DecodingError */
    private static byte[] decoded(Headers headers, Request request, byte[] raw) {
        ContentDecoder d = ContentDecoder.forEncoding(headers.get("Content-Encoding"), request);
        try {
            return d.isIdentity() ? raw : d.decode(raw);
        } finally {
            d.release();
        }
    }

    /** Starts a response made in memory, as httpx's {@code Response(status_code, ...)}: for tests and {@link MockTransport}. */
    public static Builder builder(int statusCode) {
        return new Builder(statusCode);
    }

    public int statusCode() {
        return statusCode;
    }

    /** The standard phrase of the status code ({@code "Not Found"}), not the server's text, as httpx. */
    public String reasonPhrase() {
        return ReasonPhrases.of(statusCode);
    }

    public Headers headers() {
        return headers;
    }

    /** {@code "HTTP/1.1"} or {@code "HTTP/2"}. */
    public String httpVersion() {
        return httpVersion;
    }

    /**
     * The request this response answers.
     *
     * @throws IllegalStateException when none was set, as httpx's {@code RuntimeError}
     */
    public Request request() {
        Request r = request;
        if (r == null) {
            throw new IllegalStateException("The request instance has not been set on this response.");
        }
        return r;
    }

    /** The URL of the request (after redirects: the last one). */
    public URL url() {
        return request().url();
    }

    /** The redirect responses that led here, oldest first. */
    public List<Response> history() {
        return history;
    }

    /**
     * Time from sending the request to closing the response.
     *
     * @throws IllegalStateException before the response is closed, with httpx's message
     */
    public Duration elapsed() {
        Duration e = elapsed;
        if (e == null) {
            throw new IllegalStateException(
                    "'.elapsed' may only be accessed after the response has been read or closed.");
        }
        return e;
    }

    void setRequest(Request r) {
        this.request = r;
    }

    void setHistory(List<Response> h) {
        this.history = List.copyOf(h);
    }

    private volatile Request nextRequest;

    /**
     * For a redirect the client did not follow, the request that would follow it (method, URL,
     * headers and body as the client would send them); null otherwise. Python:
     * {@code response.next_request}.
     */
    public Request nextRequest() {
        return nextRequest;
    }

    void setNextRequest(Request r) {
        this.nextRequest = r;
    }

    /** Marks when the request was sent, the start of {@link #elapsed()}. */
    void setStarted(long nanoTime) {
        this.started = nanoTime;
    }

    void setDefaultEncoding(String encoding) {
        this.defaultEncoding = encoding;
    }

    void setEncodingDetector(java.util.function.Function<byte[], String> detector) {
        this.encodingDetector = detector;
    }

    public boolean isInformational() {
        return statusCode >= 100 && statusCode < 200;
    }

    public boolean isSuccess() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** A redirect status (301, 302, 303, 307, 308) with a {@code Location} header, as httpx. */
    public boolean isRedirect() {
        return (statusCode == 301 || statusCode == 302 || statusCode == 303 || statusCode == 307 || statusCode == 308)
                && headers.contains("Location");
    }

    public boolean isClientError() {
        return statusCode >= 400 && statusCode < 500;
    }

    public boolean isServerError() {
        return statusCode >= 500 && statusCode < 600;
    }

    public boolean isError() {
        return statusCode >= 400 && statusCode < 600;
    }

    /**
     * Returns this response when its status is 2xx (or 1xx), else throws.
     *
     * @throws HTTPStatusError for 3xx, 4xx and 5xx, with httpx's message
     */
    public Response raiseForStatus() {
        if (isInformational() || isSuccess()) {
            return this;
        }
        Request req = request();
        String kind = statusCode < 400 ? "Redirect response" : statusCode < 500 ? "Client error"
                : statusCode < 600 ? "Server error" : "Invalid status code";
        StringBuilder msg = new StringBuilder(kind).append(" '").append(statusCode).append(' ').append(reasonPhrase())
                .append("' for url '").append(req.url()).append("'\n");
        if (statusCode >= 300 && statusCode < 400 && headers.contains("Location")) {
            msg.append("Redirect location: '").append(headers.get("Location")).append("'\n");
        }
        msg.append("For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/")
                .append(statusCode);
        throw new HTTPStatusError(msg.toString(), req, this);
    }

    /** The cookies this response sets, by name (from its {@code Set-Cookie} headers). */
    public Map<String, String> cookies() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Cookies.SetCookie c : Cookies.parseAll(headers.getList("Set-Cookie"))) {
            m.put(c.name(), c.value());
        }
        return m;
    }

    /** The charset named by {@code Content-Type}, or null. Python: {@code charset_encoding}. */
    public String charsetEncoding() {
        return TextDecoding.charsetOf(headers.get("Content-Type"));
    }

    /** The encoding {@link #text()} uses: set explicitly, else the Content-Type's charset, else the client's default ({@code utf-8}). */
    public String encoding() {
        String e = explicitEncoding;
        if (e != null) {
            return e;
        }
        String cs = charsetEncoding();
        if (cs != null && TextDecoding.lookup(cs) != null) {
            return cs;
        }
        java.util.function.Function<byte[], String> detect = encodingDetector;
        return detect == null ? defaultEncoding : detected(detect);
    }

    /**
     * What the client's detector (httpx's callable {@code default_encoding}, e.g. charset_normalizer)
     * makes of the body, asked once; {@code utf-8} while the body is unread, or when it answers
     * None or an encoding Java does not know (httpx would fail on that one when decoding).
     */
    private String detected(java.util.function.Function<byte[], String> detect) {
        String d = detectedEncoding;
        if (d != null) {
            return d;
        }
        byte[] c;
        synchronized (this) {
            c = content;
        }
        if (c == null) {
            return "utf-8";
        }
        d = detect.apply(c.clone());
        d = d != null && TextDecoding.lookup(d) != null ? d : "utf-8";
        detectedEncoding = d;
        return d;
    }

    /** Overrides the encoding used by {@link #text()}. */
    public void setEncoding(String encoding) {
        if (TextDecoding.lookup(encoding) == null) {
            throw new IllegalArgumentException("unknown encoding: " + encoding);
        }
        this.explicitEncoding = encoding;
    }

    private Charset charset() {
        Charset cs = TextDecoding.lookup(encoding());
        return cs != null ? cs : StandardCharsets.UTF_8;
    }

    /**
     * The decoded body.
     *
     * @throws ResponseNotRead for a streamed response not yet read
     */
    public synchronized byte[] content() {
        if (content == null) {
            throw new ResponseNotRead();
        }
        return content.clone();
    }

    /** The body as text (malformed bytes become U+FFFD). */
    public String text() {
        byte[] c;
        synchronized (this) {
            if (content == null) {
                throw new ResponseNotRead();
            }
            c = content;
        }
        return TextDecoding.decode(c, charset());
    }

    /** The body parsed as JSON with Jackson. */
    public Object json() {
        byte[] c;
        synchronized (this) {
            if (content == null) {
                throw new ResponseNotRead();
            }
            c = content;
        }
        try {
            return JSON.readValue(c, Object.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the body was read into memory. */
    public synchronized boolean isRead() {
        return content != null;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Whether the body was streamed (and so cannot be streamed again). */
    public synchronized boolean isStreamConsumed() {
        return streamConsumed;
    }

    /** Reads the whole body (blocking) and closes the response; returns the decoded bytes. */
    public byte[] read() {
        return Objects.requireNonNull(aread().block());
    }

    /** Reads the whole body and closes the response; emits the decoded bytes. */
    public Mono<byte[]> aread() {
        return Mono.defer(() -> {
            if (readInMemory()) {
                synchronized (this) {
                    return Mono.just(content);
                }
            }
            return bytesNow().collect(Chunks::new, Chunks::add).map(out -> {
                byte[] bytes = out.bytes();
                synchronized (this) {
                    content = bytes;
                }
                return bytes;
            });
        });
    }

    /**
     * Reads the body now when no network read is needed: true when it is read already, or when it
     * had been received whole (it is decoded and the response closed, as at the end of
     * {@link #aread()}); false when the body is still to be read from the network, or cannot be
     * read any more ({@link #aread()} then reads it or raises the error).
     *
     * @throws DecodingError for a received body that does not decode (the response is closed)
     */
    boolean readInMemory() {
        byte[] raw;
        synchronized (this) {
            if (content != null) {
                return true;
            }
            if (received == null || streamConsumed || closed) {
                return false;
            }
            raw = received;
            received = null;
            streamConsumed = true;
        }
        try {
            byte[] bytes = decoded(headers, request, raw);
            synchronized (this) {
                content = bytes;
            }
        } finally {
            close();
        }
        return true;
    }

    /** A body's chunks joined; a body of one chunk (the usual short body) is kept as it is, not copied. */
    private static final class Chunks {
        private byte[] first;
        private ByteArrayOutputStream more;

        void add(byte[] chunk) {
            if (more == null && first == null) {
                first = chunk;
                return;
            }
            if (more == null) {
                more = new ByteArrayOutputStream(first.length + chunk.length);
                more.writeBytes(first);
                first = null;
            }
            more.writeBytes(chunk);
        }

        byte[] bytes() {
            return more != null ? more.toByteArray() : first != null ? first : new byte[0];
        }
    }

    /** The undecoded body chunks, streamed once; the response is closed at the end. */
    public Flux<byte[]> aiterRaw() {
        return Flux.defer(this::rawNow);
    }

    /** {@link #aiterRaw()}'s body, taken now: for callers already inside a deferred publisher. */
    private Flux<byte[]> rawNow() {
        Flux<byte[]> raw;
        synchronized (this) {
            if (streamConsumed) {
                return Flux.error(new StreamConsumed());
            }
            if (rawContent != null) {
                streamConsumed = true;
                return rawContent.length == 0 ? Flux.empty() : Flux.just(rawContent);
            }
            if (closed || rawStream == null && received == null) {
                return Flux.error(content != null ? new StreamConsumed() : new StreamClosed());
            }
            streamConsumed = true;
            raw = rawStream != null ? rawStream : received.length == 0 ? Flux.empty() : Flux.just(received);
            rawStream = null;
            received = null;
        }
        // Closed before the reader sees the end, so elapsed and isClosed are set by then. On
        // cancel, closed only once the cancel has reached the source: closing disposes the
        // connection, which would otherwise end the body (empty) at once, ahead of the
        // reader's own error (a corrupt body read as empty, its DecodingError dropped).
        return raw.doOnTerminate(this::close).doFinally(signal -> {
            if (signal == SignalType.CANCEL) {
                close();
            }
        });
    }

    /** The decoded body chunks; from memory when already read. */
    public Flux<byte[]> aiterBytes() {
        return Flux.defer(this::bytesNow);
    }

    /** {@link #aiterBytes()}'s body, taken now: for callers already inside a deferred publisher. */
    private Flux<byte[]> bytesNow() {
        synchronized (this) {
            if (content != null) {
                return content.length == 0 ? Flux.empty() : Flux.just(content);
            }
        }
        ContentDecoder d = ContentDecoder.forEncoding(headers.get("Content-Encoding"), request);
        if (d.isIdentity()) {
            return rawNow();
        }
        return rawNow().map(d::decode).filter(b -> b.length > 0).doFinally(s -> d.release());
    }

    /** The body as text pieces, decoded incrementally. */
    public Flux<String> aiterText() {
        return Flux.defer(() -> TextDecoding.decodeChunks(aiterBytes(), charset()));
    }

    /** The body as lines without their terminators. */
    public Flux<String> aiterLines() {
        return TextDecoding.lines(aiterText());
    }

    /** Blocking form of {@link #aiterRaw()}. */
    public Iterable<byte[]> iterRaw() {
        return aiterRaw().toIterable(2);
    }

    /** Blocking form of {@link #aiterBytes()}. */
    public Iterable<byte[]> iterBytes() {
        return aiterBytes().toIterable(2);
    }

    /** Blocking form of {@link #aiterText()}. */
    public Iterable<String> iterText() {
        return aiterText().toIterable(2);
    }

    /** Blocking form of {@link #aiterLines()}. */
    public Iterable<String> iterLines() {
        return aiterLines().toIterable(2);
    }

    /** Closes the response; an unread body is abandoned and its connection closed. Idempotent. */
    @Override
    public void close() {
        Runnable r;
        synchronized (this) {
            if (!closed) {
                closed = true;
                elapsed = Duration.ofNanos(System.nanoTime() - started);
            }
            r = releaser;
            releaser = null;
            rawStream = null;
            received = null;
        }
        if (r != null) {
            r.run();
        }
    }

    /** Closes the response, as {@link #close()}. */
    public Mono<Void> aclose() {
        return Mono.fromRunnable(this::close);
    }

    /** As httpx's repr: {@code <Response [200 OK]>}. */
    @Override
    public String toString() {
        return "<Response [" + statusCode + " " + reasonPhrase() + "]>";
    }

    /**
     * Builds an in-memory response, as httpx's {@code Response(status_code, headers=..., content=..., text=..., json=...)}.
     * {@code text} and {@code json} set the Content-Type as httpx does; every body sets Content-Length.
     */
    public static final class Builder {
        private final int statusCode;
        private Headers headers = Headers.empty();
        private byte[] body = new byte[0];
        private String contentType;
        private String defaultEncoding = "utf-8";
        private java.util.function.Function<byte[], String> encodingDetector;
        private Request request;

        private Builder(int statusCode) {
            this.statusCode = statusCode;
        }

        public Builder headers(Headers h) {
            this.headers = Objects.requireNonNull(h, "headers");
            return this;
        }

        public Builder header(String name, String value) {
            this.headers = headers.add(name, value);
            return this;
        }

        public Builder content(byte[] bytes) {
            this.body = bytes.clone();
            this.contentType = null;
            return this;
        }

        public Builder text(String text) {
            this.body = text.getBytes(StandardCharsets.UTF_8);
            this.contentType = "text/plain; charset=utf-8";
            return this;
        }

        /** A JSON body, serialised compactly as httpx 0.28 does. */
        public Builder json(Object value) {
            this.body = Bodies.json(value);
            this.contentType = "application/json";
            return this;
        }

        public Builder request(Request r) {
            this.request = r;
            return this;
        }

        public Response build() {
            Headers h = headers;
            if (body.length > 0 && !h.contains("Content-Length")) {
                h = h.set("Content-Length", Integer.toString(body.length));
            }
            if (contentType != null && !h.contains("Content-Type")) {
                h = h.set("Content-Type", contentType);
            }
            Response r = new Response(statusCode, h, body, request);
            r.setDefaultEncoding(defaultEncoding);
            r.setEncodingDetector(encodingDetector);
            return r;
        }

        /** The text encoding when the response names no charset (httpx's {@code default_encoding}). */
        public Builder defaultEncoding(String encoding) {
            this.defaultEncoding = ClientBuilder.knownEncoding(encoding);
            this.encodingDetector = null;
            return this;
        }

        /** Detects the text encoding from the body when the response names no charset; null answers mean utf-8. */
        public Builder defaultEncoding(java.util.function.Function<byte[], String> detector) {
            this.encodingDetector = Objects.requireNonNull(detector, "detector");
            return this;
        }
    }
}
