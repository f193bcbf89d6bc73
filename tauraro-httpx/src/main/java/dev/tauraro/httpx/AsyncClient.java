package dev.tauraro.httpx;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.EventLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An HTTP client whose calls return cold {@link Mono}s: nothing is sent until subscription.
 *
 * <pre>{@code
 * try (AsyncClient client = AsyncClient.builder().baseUrl("http://127.0.0.1:8000").build()) {
 *     Mono<List<Object>> bodies = Flux.range(1, 10)
 *             .flatMap(i -> client.get("/items/" + i))      // concurrent, over pooled connections
 *             .map(Response::json)
 *             .collectList();
 * }
 * }</pre>
 *
 * <h2>Clients should be shared</h2>
 * A client owns one connection pool ({@link Limits}); build one per application and share it: it
 * is immutable and thread-safe. {@link #close()} closes its connections.
 *
 * <h2>Asyncio</h2>
 * A request subscribed inside a tauraro-asyncio task completes on that task's loop, so the task
 * resumes on its own thread, and cancelling the task cancels the request (and releases its
 * connection). Elsewhere the Mono completes on Reactor Netty's threads.
 *
 * <h2>Bodies</h2>
 * {@code get}, {@code post}, ... and {@link #send(Request)} read the whole body before emitting.
 * {@link #stream} emits as soon as the headers arrive; read the body with the response's
 * {@code aiter*} methods.
 *
 * <p>Python equivalent: {@code httpx.AsyncClient}.
 *
 * <p>Differences from httpx: immutable (httpx lets you assign {@code client.headers}); https: and http: URLs
 * alike go through an HTTP proxy with {@code CONNECT} (httpx forwards http: requests).
 */
public final class AsyncClient implements AutoCloseable {
    private static final Headers DEFAULT_HEADERS = Headers.of(
            "Accept", "*/*",
            "Accept-Encoding", ContentDecoder.acceptEncoding(),
            "Connection", "keep-alive",
            "User-Agent", "tauraro-httpx/0.1.0");

    private final URL baseUrl;
    private final Headers headers;
    private final List<Map.Entry<String, String>> params;
    private final Cookies cookies;
    private final Auth auth;
    private final Timeout timeout;
    private final boolean followRedirects;
    private final int maxRedirects;
    private final List<Consumer<? super Request>> requestHooks;
    private final List<Consumer<? super Response>> responseHooks;
    private final Transport transport;
    private final Mounts mounts;
    private final String defaultEncoding;
    private final java.util.function.Function<byte[], String> encodingDetector;
    private final Retries retries;
    private final Duration deadline;
    /**
     * Whether every transport of the client is Reactor Netty's, whose responses read whole hold
     * nothing (see {@link #sendRaw}).
     */
    private final boolean allNetty;
    private volatile boolean closed;
    /**
     * The last URL string a request was built for and its URL merged with the base URL: a client
     * often sends to the same URL again, which then needs no parsing. One entry, replaced.
     */
    private volatile Merged lastUrl;

    private record Merged(String text, URL url) {
    }

    AsyncClient(ClientBuilder<?, ?> b) {
        this.baseUrl = b.baseUrl.isAbsoluteUrl() && !b.baseUrl.rawPath().endsWith("/")
                ? b.baseUrl.withRawPath(b.baseUrl.rawPath() + "/") : b.baseUrl;
        this.headers = b.defaultHeaders ? DEFAULT_HEADERS.merge(b.headers) : b.headers;
        this.params = b.params;
        this.cookies = new Cookies(b.cookies);
        this.auth = b.auth;
        this.timeout = b.timeout;
        this.followRedirects = b.followRedirects;
        this.maxRedirects = b.maxRedirects;
        this.requestHooks = List.copyOf(b.requestHooks);
        this.responseHooks = List.copyOf(b.responseHooks);
        this.transport = b.transport != null ? b.transport : new NettyTransport(b, b.timeout);
        this.mounts = Mounts.of(b.mounts);
        this.defaultEncoding = b.defaultEncoding;
        this.encodingDetector = b.encodingDetector;
        this.retries = b.retries;
        this.deadline = b.deadline;
        this.allNetty = network(transport) != null && mounts.all(t -> network(t) != null);
    }

    /** A builder with httpx's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client with httpx's defaults. */
    public static AsyncClient create() {
        return builder().build();
    }

    /** Builds {@link AsyncClient}s. */
    public static final class Builder extends ClientBuilder<AsyncClient, Builder> {
        Builder() {
        }

        @Override
        public AsyncClient build() {
            return new AsyncClient(this);
        }
    }

    public Mono<Response> get(String url) {
        return request("GET", url, RequestOptions.NONE);
    }

    public Mono<Response> get(String url, RequestOptions options) {
        return request("GET", url, options);
    }

    public Mono<Response> options(String url, RequestOptions options) {
        return request("OPTIONS", url, options);
    }

    public Mono<Response> head(String url, RequestOptions options) {
        return request("HEAD", url, options);
    }

    public Mono<Response> delete(String url, RequestOptions options) {
        return request("DELETE", url, options);
    }

    public Mono<Response> post(String url, RequestOptions options) {
        return request("POST", url, options);
    }

    public Mono<Response> put(String url, RequestOptions options) {
        return request("PUT", url, options);
    }

    public Mono<Response> patch(String url, RequestOptions options) {
        return request("PATCH", url, options);
    }

    /** Builds and sends a request, reading the whole body. */
    public Mono<Response> request(String method, String url, RequestOptions options) {
        return onCallerLoop(() -> sendRaw(buildRequest(method, url, options), options, false));
    }

    /** Sends {@code request} with the client's redirect setting, reading the whole body. */
    public Mono<Response> send(Request request) {
        return onCallerLoop(() -> sendRaw(request, RequestOptions.NONE, false));
    }

    /**
     * Starts a request at once (not cold) and returns its future, completed on Reactor Netty's
     * threads when the response (its whole body unless {@code stream}) has arrived. Cancelling the
     * future cancels the request and releases its connection. For callers that need an eager
     * request, such as the script module's {@code httpx.get}, which starts before it is awaited.
     */
    public CompletableFuture<Response> start(Request request, RequestOptions options, boolean stream) {
        CompletableFuture<Response> f = new CompletableFuture<>();
        Disposable d = sendRaw(request, options, stream).subscribe(f::complete, f::completeExceptionally);
        f.whenComplete((r, e) -> {
            if (f.isCancelled()) {
                d.dispose();
            }
        });
        return f;
    }

    /**
     * Sends a request and emits the response when its headers arrive, body unread. The caller must
     * read or {@link Response#close() close} it, or its connection stays taken.
     */
    public Mono<Response> stream(String method, String url, RequestOptions options) {
        return onCallerLoop(() -> sendRaw(buildRequest(method, url, options), options, true));
    }

    /**
     * Sends a request and applies {@code body} to the unread response, closing the response when
     * {@code body}'s publisher ends, fails or is cancelled. Python: {@code async with client.stream(...) as r:}.
     */
    public <T> Flux<T> stream(String method, String url, RequestOptions options,
            Function<? super Response, ? extends Publisher<T>> body) {
        return Flux.usingWhen(stream(method, url, options), body, Response::aclose, (r, e) -> r.aclose(),
                Response::aclose);
    }

    /**
     * The request {@code method url} with the client's defaults and {@code options} applied: base
     * URL, merged headers, params and cookies, the body and timeout. Auth is not applied here but
     * when the request is sent, as httpx.
     */
    public Request buildRequest(String method, String url, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        URL u = merged(url);
        List<Map.Entry<String, String>> merged = Params.merge(params, options.params);
        if (!merged.isEmpty()) {
            u = u.withQuery(merged);
        }
        Headers h = headers.merge(options.headers);
        h = options.withCookieHeader(h, cookies.headerFor(u));
        return Bodies.request(method, u, h, options, options.hasTimeout ? options.timeout : timeout);
    }

    /**
     * httpx's {@code _build_request_auth}: the request's auth, else the client's, else basic auth
     * from the URL's {@code user:password@}, else none.
     */
    private Auth authFor(Request request, RequestOptions options) {
        Auth a = options.hasAuth ? options.auth : auth;
        URL u = request.url();
        if (a == null && !u.userinfo().isEmpty()) {
            String pw = u.password();
            a = Auth.basic(u.username(), pw == null ? "" : pw);
        }
        return a;
    }

    /** {@code url} parsed and merged with the base URL, as the last request's when the same string. */
    private URL merged(String url) {
        Merged last = lastUrl;
        if (last != null && last.text().equals(url)) {
            return last.url();
        }
        URL u = mergeUrl(new URL(url));
        lastUrl = new Merged(url, u);
        return u;
    }

    /** httpx's {@code _merge_url}: a relative URL goes below the base URL's path. */
    private URL mergeUrl(URL url) {
        if (url.isRelativeUrl() && baseUrl.isAbsoluteUrl()) {
            String raw = url.toString();
            while (raw.startsWith("/")) {
                raw = raw.substring(1);
            }
            String basePath = baseUrl.rawPath();
            int q = basePath.indexOf('?');
            return baseUrl.withRawPath((q < 0 ? basePath : basePath.substring(0, q)) + raw);
        }
        return url;
    }

    /** Sends without moving to the caller's loop: the blocking {@link Client} uses this directly. */
    Mono<Response> sendRaw(Request request, RequestOptions options, boolean stream) {
        if (closed) {
            return Mono.error(new IllegalStateException("Cannot send a request, as the client has been closed."));
        }
        boolean follow = options.followRedirects != null ? options.followRedirects : followRedirects;
        Auth a = authFor(request, options);
        // Both deferred: each subscription (each retry) starts afresh, with a new auth flow.
        // Without auth the last response is read in the redirect step itself: one operator fewer.
        Mono<Response> once = a == null ? sendHandlingRedirects(request, follow, stream, !stream, List.of())
                : stream ? sendHandlingAuth(a, request, follow, true)
                : sendHandlingAuth(a, request, follow, false).flatMap(AsyncClient::read);
        Mono<Response> all = retries == null ? once : withRetries(once, request, 1, System.nanoTime());
        if (deadline != null) {
            all = all.timeout(deadline, Mono.error(() -> new DeadlineExceeded(
                    "the request did not finish within its deadline of " + Timeout.secs(deadline) + " s", request)));
        }
        // A cancellation that races with the response's arrival makes an operator drop the
        // response it was passing on; unclosed, it would hold its connection for ever. Reactor
        // Netty's responses read whole hold nothing when emitted (their connection is back in the
        // pool, their permit released): no hook for them, one context write fewer per request.
        return stream || !allNetty ? all.doOnDiscard(Response.class, Response::close) : all;
    }

    /**
     * {@code r} with its body read and the response closed (at once for a body the transport
     * received whole); an error closes it too.
     */
    private static Mono<Response> read(Response r) {
        try {
            if (r.readInMemory()) {
                return Mono.just(r);
            }
        } catch (RuntimeException e) {
            return Mono.error(e);   // closed already
        }
        return r.aread().map(read -> r).onErrorResume(e -> r.aclose().then(Mono.error(e)));
    }

    /** {@code once}, repeated as {@link #retries} allow; {@code attempt} is the number of this one. */
    private Mono<Response> withRetries(Mono<Response> once, Request request, int attempt, long started) {
        boolean more = attempt < retries.attempts()
                && System.nanoTime() - started < retries.maxTotal().toNanos();
        if (!more) {
            return once;
        }
        Duration backoff = retries.delay(attempt + 1, ThreadLocalRandom.current().nextDouble());
        return once.flatMap(r -> {
            if (!retries.retryable(r)) {
                return Mono.just(r);
            }
            Duration after = Retries.retryAfter(r);
            r.close();
            return Mono.delay(after != null ? after : backoff).then(withRetries(once, request, attempt + 1, started));
        }).onErrorResume(e -> retries.retryable(e, request),
                e -> Mono.delay(backoff).then(withRetries(once, request, attempt + 1, started)));
    }

    /** httpx's {@code _send_handling_auth}: runs {@code auth}'s flow for {@code request} (a new one per subscription), each of its requests with redirects handled. */
    private Mono<Response> sendHandlingAuth(Auth auth, Request request, boolean follow, boolean stream) {
        return Mono.defer(() -> {
            AuthFlow flow = auth.flow(request);
            return authStep(flow, Objects.requireNonNull(flow.first(), "the auth flow's first request"),
                    follow, stream, List.of());
        });
    }

    /**
     * Sends {@code request}, one step of {@code flow}. {@code history} holds the responses of the
     * earlier steps, which the redirect count includes and which start the history of this step's
     * responses; as httpx's, a response the flow moves past keeps only those in its history, and
     * the redirects inside an earlier step are not in the final history.
     */
    private Mono<Response> authStep(AuthFlow flow, Request request, boolean follow, boolean stream, List<Response> history) {
        return sendHandlingRedirects(request, follow, stream, false, history).flatMap(response -> {
            Mono<Response> seen = flow.requiresResponseBody() ? response.aread().thenReturn(response) : Mono.just(response);
            return seen.flatMap(r -> {
                Request next;
                try {
                    next = flow.next(r);
                } catch (RuntimeException e) {
                    r.close();
                    return Mono.error(e);
                }
                if (next == null) {
                    return Mono.just(r);
                }
                r.setHistory(history);
                List<Response> longer = new ArrayList<>(history);
                longer.add(r);
                // Read before the next step, so this response's connection is back in the pool.
                return r.aread().then(authStep(flow, next, follow, stream, longer));
            });
        });
    }

    /**
     * With {@code stream} false, the transport may receive each body whole before emitting its
     * response; with {@code read}, the last response is read (see {@link #read}) after the hooks.
     */
    private Mono<Response> sendHandlingRedirects(Request request, boolean follow, boolean stream, boolean read,
            List<Response> history) {
        return Mono.defer(() -> {
            if (history.size() > maxRedirects) {
                return Mono.error(new TooManyRedirects("Exceeded maximum allowed redirects.", request));
            }
            for (Consumer<? super Request> hook : requestHooks) {
                hook.accept(request);
            }
            long started = System.nanoTime();
            return sendSingle(request, stream).flatMap(response -> {
                try {
                    received(response, request, started);
                    for (Consumer<? super Response> hook : responseHooks) {
                        hook.accept(response);
                    }
                    response.setHistory(history);
                    if (!response.isRedirect()) {
                        return read ? read(response) : Mono.just(response);
                    }
                    if (!follow) {
                        // Built also when not followed, as httpx: a bad Location fails either way.
                        try {
                            response.setNextRequest(Redirects.next(request, response, cookies));
                        } catch (StreamConsumed streamedBody) {
                            // a streamed body cannot be sent again: no next request to offer
                        }
                        return read ? read(response) : Mono.just(response);
                    }
                    Request next = Redirects.next(request, response, cookies);
                    List<Response> longer = new ArrayList<>(history);
                    longer.add(response);
                    return response.aread().then(sendHandlingRedirects(next, true, stream, read, longer));
                } catch (RuntimeException e) {
                    response.close();
                    return Mono.error(e);
                }
            });
        });
    }

    private Mono<Response> sendSingle(Request request, boolean stream) {
        String scheme = request.url().scheme();
        if (scheme.isEmpty()) {
            return Mono.error(new UnsupportedProtocol("Request URL is missing an 'http://' or 'https://' protocol.", request));
        }
        Transport chosen = mounts.transportFor(request.url(), transport);
        if (!scheme.equals("http") && !scheme.equals("https") && !(chosen instanceof MockTransport)) {
            return Mono.error(new UnsupportedProtocol("Request URL has an unsupported protocol '" + scheme + "://'.", request));
        }
        NettyTransport network = network(chosen);
        return network != null ? network.handle(request, stream) : chosen.handle(request);
    }

    /** {@code t}'s Reactor Netty transport, or null when it has none (a mock or the caller's own). */
    private static NettyTransport network(Transport t) {
        return t instanceof NettyTransport n ? n : t instanceof HTTPTransport h ? h.network() : null;
    }

    /** Gives {@code response}, the answer to {@code request} sent at {@code started}, the client's settings and cookies. */
    private void received(Response response, Request request, long started) {
        response.setStarted(started);
        response.setRequest(request);
        response.setDefaultEncoding(defaultEncoding);
        response.setEncodingDetector(encodingDetector);
        cookies.extract(response, request.url());
    }

    /**
     * The Mono {@code m} makes at subscription, completing on the caller's asyncio loop when there
     * is one (see the class comment).
     */
    private static <T> Mono<T> onCallerLoop(java.util.function.Supplier<Mono<T>> m) {
        return Mono.defer(() -> EventLoop.runningOrNull() == null ? m.get() : Asyncio.await(m.get()));
    }

    /** The cookie jar: persists across requests; may be changed. */
    public Cookies cookies() {
        return cookies;
    }

    /** The headers sent with every request (httpx's defaults merged with the builder's). */
    public Headers headers() {
        return headers;
    }

    /**
     * The headers every client sends unless built with {@link ClientBuilder#noDefaultHeaders()}:
     * {@code Accept: *}{@code /*}, {@code Accept-Encoding} (the decoders available),
     * {@code Connection: keep-alive}, {@code User-Agent: tauraro-httpx/0.1.0}.
     */
    public static Headers defaultHeaders() {
        return DEFAULT_HEADERS;
    }

    public URL baseUrl() {
        return baseUrl;
    }

    public Timeout timeout() {
        return timeout;
    }

    public boolean followRedirects() {
        return followRedirects;
    }

    public int maxRedirects() {
        return maxRedirects;
    }

    /** A snapshot of the connection pool, summed with the pools of mounted transports. */
    public PoolStats poolStats() {
        return mounts.poolStats(transport.poolStats());
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the pool's connections; later requests fail. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            transport.close();
            mounts.close();
        }
    }

    /** {@link #close()} as a Mono. Python: {@code await client.aclose()}. */
    public Mono<Void> aclose() {
        return Mono.fromRunnable(this::close);
    }

    @Override
    public String toString() {
        return "<AsyncClient " + (closed ? "[closed]" : "[open]") + ">";
    }
}
