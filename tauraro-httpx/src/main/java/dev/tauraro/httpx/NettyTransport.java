package dev.tauraro.httpx;

import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import reactor.core.Disposable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientState;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.tcp.SslProvider;
import reactor.netty.transport.ProxyProvider;
import reactor.util.context.Context;

/**
 * The network transport: Reactor Netty's {@link HttpClient} over one {@link ConnectionProvider}
 * per client, sized by {@link Limits}, on Reactor Netty's shared event loops.
 *
 * <p>Lifecycle of one exchange: the response is emitted when its headers arrive, while the
 * Reactor Netty exchange stays subscribed; the body flux is subscribed later by the reader. When
 * the body ends the exchange completes and the connection returns to the pool; when the response
 * is closed unread, the exchange is disposed and Reactor Netty closes the connection.
 *
 * <p>When the client reads the whole body anyway ({@code get}, {@code send}, ...: see
 * {@link #handle(Request, boolean)}), the exchange is a raw client's {@code responseSingle}
 * instead: the body is aggregated inside Reactor Netty and the response emitted with it in
 * memory, once the connection is back in the pool, without a body flux and its operators.
 */
final class NettyTransport implements Transport {
    private static final String PROXY_TLS_HANDLER = "tauraro.httpx.proxyTls";
    private static final AtomicInteger POOL_IDS = new AtomicInteger();
    /** Stands for "no pool timeout": Reactor Netty needs a finite duration. */
    private static final Duration FOREVER = Duration.ofDays(3650);

    private final ConnectionProvider provider;
    private final Permits permits;
    private final Duration poolTimeout;
    private final HttpClient plain;   // http: URLs
    /**
     * For https: URLs, made on first use: its trust manager loads the JDK's CA store, which a
     * client that never speaks TLS (such as the one {@code Httpx.get} makes per call) should not pay for.
     */
    private final java.util.function.Supplier<HttpClient> tlsFactory;
    private volatile HttpClient tls;
    /** How servers (and an https:// proxy) are checked; made on first use, as {@link #tlsFactory}. */
    private final java.util.function.Supplier<Verify> verification;
    private final Map<String, ConnectionPoolMetrics> pools = new ConcurrentHashMap<>();     // HTTP/1.1
    private final Map<String, ConnectionPoolMetrics> h2Pools = new ConcurrentHashMap<>();   // HTTP/2
    /** HTTP/2 exchanges under way (streams), from their response until their end. */
    private final AtomicInteger h2Streams = new AtomicInteger();
    /** The base clients configured per timeout value; a client rarely sees more than a few. */
    private final Map<Route, HttpClient> configured = new ConcurrentHashMap<>();
    /** The route last used and its client: most requests take the same one, found without hashing. */
    private volatile Configured last;
    /**
     * The last request sender made for a request without a body or headers of its own in Reactor
     * Netty's configuration: the next such request with the same method to the same URI on the same
     * route reuses it, where making one copies the client's whole configuration twice.
     */
    private volatile Sender lastSender;
    private final Proxies proxies;
    /** Requests go to this Unix socket rather than to their URL's host (null: TCP). */
    private final java.nio.file.Path uds;
    private final int connectRetries;

    /** What a configured Reactor Netty client depends on besides the client's fixed options. */
    private record Route(boolean tls, URL proxy, Timeout timeout) {
    }

    private record Configured(boolean tls, URL proxy, Timeout timeout, HttpClient client) {
    }

    /** {@code sender} is {@code client}'s request {@code method target} (a URI or a String). */
    private record Sender(HttpClient client, String method, Object target, HttpClient.RequestSender sender) {
        boolean sends(HttpClient c, String m, Object t) {
            return client == c && method.equals(m) && (target == t || target.equals(t));
        }
    }

    /** @param timeout the timeouts of requests that carry none (a client's requests always do) */
    NettyTransport(TransportBuilder<?, ?> config, Timeout timeout) {
        if (!config.http1 && !config.http2) {
            throw new IllegalArgumentException("http1 and http2 are both disabled: enable at least one");
        }
        Limits limits = config.limits;
        this.proxies = config.proxies();
        this.uds = config.uds;
        this.connectRetries = config.connectRetries;
        int max = limits.maxConnections() == null ? Integer.MAX_VALUE : limits.maxConnections();
        this.permits = new Permits(max);
        this.poolTimeout = timeout.pool();
        // Requests wait for a connection in Permits (see there); Reactor Netty's own queue only
        // absorbs the instant between a response's end and its connection's return to the pool.
        ConnectionProvider.Builder b = ConnectionProvider.builder("tauraro-httpx-" + POOL_IDS.incrementAndGet())
                .maxConnections(max)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(FOREVER)
                .metrics(true, () -> new ConnectionProvider.MeterRegistrar() {
                    @Override
                    public void registerMetrics(String poolName, String id, SocketAddress remote, ConnectionPoolMetrics m) {
                        // Reactor Netty registers an HTTP/2 pool ("http2." + name) beside the HTTP/1.1
                        // pool its connections come from, under the same id.
                        (poolName.startsWith("http2.") ? h2Pools : pools).put(id, m);
                    }

                    @Override
                    public void deRegisterMetrics(String poolName, String id, SocketAddress remote) {
                        pools.remove(id);
                        h2Pools.remove(id);
                    }
                });
        KeepaliveBound keepalive = new KeepaliveBound(limits.maxKeepaliveConnections(), limits.keepaliveExpiry());
        b.evictionPredicate(keepalive);
        this.provider = b.build();
        HttpClient common = SocketOptions.apply(HttpClient.create(provider), config)
                .keepAlive(true).followRedirect(false).compress(false)
                .doOnRequest((req, conn) -> {
                    Abandonment.onRequest(req, conn);
                    RequestHeaders.onRequest(req);
                })
                // The idle count first: ending a body may send the next request at once (see Returned).
                .observe((c, state) -> {
                    if (state == HttpClientState.RESPONSE_COMPLETED || state == ConnectionObserver.State.RELEASED) {
                        PhaseTimeouts.stop(c.channel());
                    }
                    keepalive.onStateChange(c, state);
                    Returned.observe(c, state);
                });
        // httpx speaks HTTP/2 over cleartext only by prior knowledge (http1=False), never by upgrade.
        // HTTP/1.1 is Reactor Netty's default: asking for it with protocol() would initialise its
        // TLS defaults (the JDK's SSL context and CA store, about 0.3 s) in every process.
        this.plain = config.http1 ? common : common.protocol(HttpProtocol.H2C);
        HttpProtocol[] tlsProtocols = protocols(config.http1, config.http2);
        this.verification = config.verification();
        boolean http2 = config.http2;
        ClientCert cert = config.cert;
        this.tlsFactory = () -> secured(common.protocol(tlsProtocols), verification.get(), cert, http2);
    }

    private static HttpProtocol[] protocols(boolean http1, boolean http2) {
        if (http1 && http2) {
            return new HttpProtocol[] {HttpProtocol.HTTP11, HttpProtocol.H2};
        }
        return new HttpProtocol[] {http2 ? HttpProtocol.H2 : HttpProtocol.HTTP11};
    }

    /**
     * {@code c} for https: URLs, checking servers as {@code verify} says (also the host name, set
     * here explicitly rather than relying on Reactor Netty's default), with ALPN when HTTP/2 is on,
     * presenting {@code cert} (may be null) to servers that ask for a client certificate.
     */
    private static HttpClient secured(HttpClient c, Verify verify, ClientCert cert, boolean http2) {
        SslProvider.ProtocolSslContextSpec spec = http2 ? Http2SslContextSpec.forClient() : Http11SslContextSpec.forClient();
        spec = spec.configure(b -> {
            trust(b, verify);
            if (cert != null) {
                cert.applyTo(b);
            }
        });
        SslProvider.ProtocolSslContextSpec ctx = spec;
        return c.secure(s -> s.sslContext(ctx).handlerConfigurator(h -> checkName(h.engine(), verify)));
    }

    /** Trusts the servers {@code verify} names, or every server when it is off. */
    private static void trust(SslContextBuilder b, Verify verify) {
        if (verify.checks()) {
            b.trustManager(verify.trustManager());
        } else {
            b.trustManager(InsecureTrustManagerFactory.INSTANCE);
        }
    }

    /** Checks the server's name against its certificate when {@code verify} is on (as Python's ssl). */
    private static void checkName(SSLEngine engine, Verify verify) {
        SSLParameters p = engine.getSSLParameters();
        p.setEndpointIdentificationAlgorithm(verify.checks() ? "HTTPS" : null);
        engine.setSSLParameters(p);
    }

    /**
     * {@code c} speaking TLS to the {@code https://} proxy {@code proxy} itself, checked as
     * {@code verify} says: a TLS handler ahead of Reactor Netty's proxy handler, so the
     * {@code CONNECT} goes inside it (and, for an https: destination, the destination's own TLS
     * inside the tunnel). httpx checks the proxy with its default context; here the client's
     * {@code verify} applies, so one setting covers a private CA for both.
     */
    private static HttpClient toTlsProxy(HttpClient c, URL proxy, Verify verify) {
        SslContext ctx;
        try {
            SslContextBuilder b = SslContextBuilder.forClient();
            trust(b, verify);
            ctx = b.build();
        } catch (javax.net.ssl.SSLException e) {
            throw new IllegalStateException("cannot make a TLS context for the proxy: " + e.getMessage(), e);
        }
        String host = proxy.host();
        int port = proxy.effectivePort();
        return c.doOnChannelInit((observer, channel, remote) -> {
            SslHandler h = ctx.newHandler(channel.alloc(), host, port);
            checkName(h.engine(), verify);
            channel.pipeline().addFirst(PROXY_TLS_HANDLER, h);
        });
    }

    @Override
    public Mono<Response> handle(Request request) {
        return handle(request, true);
    }

    /**
     * Sends {@code request}: with {@code stream}, emits the response when its headers arrive (as
     * {@link #handle(Request)}); without, once its whole body has arrived and its connection is
     * back in the pool, in memory and unread (see {@link Response#readInMemory()}), with fewer
     * operators per exchange than a body read through its own flux.
     */
    Mono<Response> handle(Request request, boolean stream) {
        LocalProtocolError illegal = HeaderCheck.illegal(request);
        if (illegal != null) {
            return Mono.error(illegal);
        }
        // A request's own timeout replaces the client's, pool timeout included, as in httpx.
        Duration pool = request.timeout() != null ? request.timeout().pool() : poolTimeout;
        Mono<Response> once = Mono.defer(() -> {
            Permits.Permit free = permits.tryAcquire();
            return free != null ? start(request, free, stream)
                    : permits.acquire(pool, () -> new PoolTimeout("timed out", request))
                            .flatMap(permit -> start(request, permit, stream));
        });
        Mono<Response> tried = connectRetries == 0 ? once : retryingConnects(once, 0);
        return Stale.idempotent(request) ? Stale.retrying(tried, 0) : tried;
    }

    /**
     * {@code once}, tried again when its connect fails, as httpcore's {@code retries}: after
     * 0 s, then 0.5 s doubling, at most {@link #connectRetries} more times. A failed TLS
     * handshake is not retried (httpcore retries only the TCP connect).
     */
    private Mono<Response> retryingConnects(Mono<Response> once, int retried) {
        if (retried == connectRetries) {
            return once;
        }
        Duration delay = retried == 0 ? Duration.ZERO : Duration.ofMillis(500L << (retried - 1));
        return once.onErrorResume(NettyTransport::connectFailed,
                e -> Mono.delay(delay).then(retryingConnects(once, retried + 1)));
    }

    private static boolean connectFailed(Throwable e) {
        return e instanceof ConnectTimeout
                || e instanceof ConnectError && Errors.cause(e, javax.net.ssl.SSLException.class) == null;
    }

    /**
     * The exchange for {@code request} on the connection {@code permit} stands for; emits the
     * response when its headers arrive, or with {@code stream} false once its whole body has.
     */
    private Mono<Response> start(Request request, Permits.Permit permit, boolean stream) {
        return Mono.create(sink -> {
            Exchange exchange = new Exchange(request, permit, sink);
            sink.onCancel(exchange.abandonment::cancel);
            HttpClient.ResponseReceiver<?> receiver = receiver(request);
            if (stream) {
                streamed(receiver, request, exchange).subscribe(exchange);
            } else {
                received(receiver, request, exchange).subscribe(exchange);
            }
        });
    }

    /**
     * One exchange's subscriber to Reactor Netty, in place of a lambda subscriber, a
     * {@code contextWrite}, a {@code doFinally} and a {@code Disposable} per exchange: gives Reactor
     * Netty's hooks the exchange's context (its {@link Abandonment} and {@link Request}), hands the
     * response or httpx's error to {@code sink}, releases the permit when the exchange ends or is
     * disposed, and counts the exchange's HTTP/2 stream while it is open.
     *
     * <p>A streamed exchange emits its {@link Response} at its headers. A received one
     * ({@code stream} false) reports its headers ({@link #head}) and then emits its whole body;
     * the response goes to {@code sink} once that body is there and the connection is back in the
     * pool (see {@link Returned}), whichever comes last.
     */
    private final class Exchange implements CoreSubscriber<Object>, Disposable, Runnable {
        private static final AtomicIntegerFieldUpdater<Exchange> WAITING =
                AtomicIntegerFieldUpdater.newUpdater(Exchange.class, "waiting");
        private static final AtomicIntegerFieldUpdater<Exchange> STREAM_OPEN =
                AtomicIntegerFieldUpdater.newUpdater(Exchange.class, "streamOpen");

        private final Request request;
        private final Permits.Permit permit;
        private final MonoSink<Response> sink;
        final Abandonment abandonment;
        private final Context context;
        private volatile Subscription upstream;
        private volatile boolean disposed;
        /** A streamed exchange's response has been emitted (only its own signals touch it). */
        private boolean answered;
        /** 1 while the exchange's HTTP/2 stream is counted in {@link #h2Streams}. */
        private volatile int streamOpen;
        // A received exchange's head, set by Reactor Netty at its headers, before its body.
        private volatile Connection connection;   // null until the headers
        private int status;
        private Headers headers;
        private String version;
        private boolean h2;
        /** The received response, once its body is there. */
        private volatile Response response;
        /** What the received response waits for: its body and its connection's return (HTTP/1.1). */
        private volatile int waiting;

        Exchange(Request request, Permits.Permit permit, MonoSink<Response> sink) {
            this.request = request;
            this.permit = permit;
            this.sink = sink;
            this.abandonment = new Abandonment(this);
            this.context = Context.of(Abandonment.class, abandonment, Request.class, request);
        }

        @Override
        public Context currentContext() {
            return context;
        }

        @Override
        public void onSubscribe(Subscription s) {
            upstream = s;
            if (disposed) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        /** A received exchange's headers; its connection is the exchange's until the body ends. */
        void head(int status, Headers headers, String version, boolean h2, Connection connection) {
            this.status = status;
            this.headers = headers;
            this.version = version;
            this.h2 = h2;
            streamStarted(h2);
            if (!h2) {
                // HTTP/2 streams are not pooled connections: their ends need no waiting.
                waiting = 2;
                Returned.whenBack(connection.channel(), this);
            }
            this.connection = connection;
        }

        @Override
        public void onNext(Object value) {
            if (value instanceof Response r) {
                answered = true;
                sink.success(r);
            } else {
                received((byte[]) value);
            }
        }

        /** The body has ended: the permit goes back and an HTTP/2 stream is no longer counted. */
        void bodyEnded() {
            permit.release();
            streamEnded();
        }

        /** A received exchange's whole body: the response, emitted now or once the connection is back. */
        private void received(byte[] body) {
            bodyEnded();
            Response r = new Response(status, headers, version, body);
            response = r;
            if (h2) {
                sink.success(r);
            } else {
                run();
            }
        }

        /** One of the things the received response waits for has happened (its connection's return: from {@link Returned}). */
        @Override
        public void run() {
            if (WAITING.decrementAndGet(this) == 0) {
                sink.success(response);
            }
        }

        @Override
        public void onError(Throwable e) {
            permit.release();
            streamEnded();
            if (abandonment.cancelled()) {
                return;
            }
            if (connection != null) {
                sink.error(Errors.duringBody(e, request));
            } else {
                sink.error(Stale.ifReused(abandonment, request, Errors.beforeResponse(e, request)));
            }
        }

        @Override
        public void onComplete() {
            permit.release();
            if (connection != null) {
                if (response == null) {
                    received(Request.NO_BODY);   // no body (HEAD, 204, Content-Length: 0)
                }
            } else if (!answered) {
                // Completing without a response means the server closed first. (Checked rather than
                // handing the sink an error it would drop: building an exception per request costs a
                // stack trace.)
                sink.error(Stale.ifReused(abandonment, request, new RemoteProtocolError(Errors.DISCONNECTED, request)));
            }
        }

        /** Cancels the exchange; a received body cut short closes its connection, which can never be reused. */
        @Override
        public void dispose() {
            disposed = true;
            Subscription s = upstream;
            if (s != null) {
                s.cancel();
            }
            Connection c = connection;
            if (c != null && response == null) {
                c.dispose();
            }
            permit.release();
            streamEnded();
        }

        @Override
        public boolean isDisposed() {
            return disposed;
        }

        /** Counts the exchange's stream among the active ones when it is HTTP/2. */
        void streamStarted(boolean h2) {
            if (h2) {
                streamOpen = 1;
                h2Streams.incrementAndGet();
            }
        }

        /** The exchange's HTTP/2 stream (if any) is over; once. */
        private void streamEnded() {
            if (streamOpen == 1 && STREAM_OPEN.compareAndSet(this, 1, 0)) {
                h2Streams.decrementAndGet();
            }
        }
    }

    /**
     * A kept-alive connection that the server had closed, found so only once the request was on
     * it: the end of the connection came right behind the previous response (a server that closes
     * after answering without saying {@code Connection: close}), too late for the pool to drop it.
     * httpcore avoids most of these by checking that an idle connection is not readable before
     * reusing it; here the request is sent again on another connection, as RFC 9112 (section
     * 9.3.1) lets a client do for an idempotent request whose connection closed before any
     * response, and only when the connection came from the pool: a new connection that closes
     * unanswered is the server's answer, and gives the error. A marker, never seen by callers.
     */
    private static final class Stale extends RuntimeException {
        /** At most this many pooled connections tried in turn (httpx's default number kept alive). */
        private static final int RETRIES = 20;
        private final Throwable error;

        private Stale(Throwable error) {
            super(null, null, false, false);
            this.error = error;
        }

        /** {@code error}, marked to be sent again when it is the end of a reused connection and {@code request} may be sent again. */
        static Throwable ifReused(Abandonment exchange, Request request, Throwable error) {
            return exchange.reused() && error instanceof RemoteProtocolError
                    && Errors.DISCONNECTED.equals(error.getMessage()) && idempotent(request) ? new Stale(error) : error;
        }

        /** {@code tried}, tried again on each marked error; only idempotent requests get the operator. */
        static Mono<Response> retrying(Mono<Response> tried, int retried) {
            return tried.onErrorResume(Stale.class,
                    e -> retried < RETRIES ? retrying(tried, retried + 1) : Mono.error(e.error));
        }

        /** RFC 9110's idempotent methods, with a body that can be sent again. */
        static boolean idempotent(Request request) {
            return !request.isStreaming() && switch (request.method()) {
                case "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE" -> true;
                default -> false;
            };
        }
    }

    /**
     * Cancelling an exchange before it has its connection. Reactor Netty's pool can lose a slot
     * when a subscriber is cancelled just as its new connection is handed over: the connection
     * stays counted as acquired, owned by no one, for ever (seen here a few times in 400,000
     * requests cancelled within 7 ms, on a loaded machine). So an exchange cancelled before it
     * has a connection is not cancelled in Reactor Netty at once: it runs on until its connection
     * arrives (bounded by the connect timeout), and is cancelled then, before the request is
     * written; its permit stays taken until then, as the connection does.
     */
    private static final class Abandonment {
        private final Disposable exchange;
        private volatile boolean cancelled;
        private volatile reactor.netty.Connection connection;
        /** Whether the exchange's connection had served an earlier exchange (came from the pool). */
        private volatile boolean reused;

        Abandonment(Disposable exchange) {
            this.exchange = exchange;
        }

        boolean cancelled() {
            return cancelled;
        }

        boolean reused() {
            return reused;
        }

        void cancel() {
            cancelled = true;
            if (connection != null) {
                exchange.dispose();
            }
        }

        /** From Reactor Netty's doOnRequest: the exchange has its connection. */
        void connected(reactor.netty.Connection c) {
            reused = ConnectionState.of(c.channel()).set(ConnectionState.SERVED);
            connection = c;
            if (cancelled) {
                exchange.dispose();
            }
        }

        /** The hook that tells each exchange its connection; installed once per client. */
        static void onRequest(reactor.netty.http.client.HttpClientRequest request, reactor.netty.Connection c) {
            Abandonment a = request.currentContextView().getOrDefault(Abandonment.class, null);
            if (a != null) {
                a.connected(c);
            }
        }
    }

    /** {@code request} ready to go on its route's client, its body with it. */
    private HttpClient.ResponseReceiver<?> receiver(Request request) {
        Timeout t = request.timeout() != null ? request.timeout() : Timeout.DEFAULT;
        URL destination = request.url();
        boolean tls = destination.scheme().equals("https");
        URL proxy = proxies.proxyFor(destination);
        // The same objects as last time (the client's Timeout, no proxy) mean the same route.
        Configured same = last;
        HttpClient c;
        if (same != null && same.tls() == tls && same.proxy() == proxy && same.timeout() == t) {
            c = same.client();
        } else {
            c = configured.computeIfAbsent(new Route(tls, proxy, t), this::configure);
            last = new Configured(tls, proxy, t, c);
        }
        boolean late = RequestHeaders.setLate(request);   // also: no body
        if (!late) {
            c = c.headers(h -> {
                h.clear();
                RequestHeaders.copy(request.headers(), h);
            });
        }
        URL url = request.url();
        // Over a Unix socket Reactor Netty connects to its configured address only for a relative URI.
        java.net.URI parsed = uds != null ? null : url.requestUriObject();
        Object target = uds != null ? url.rawPath() : parsed != null ? parsed : url.requestUri();
        String method = request.method();
        Sender kept = lastSender;
        if (late && kept != null && kept.sends(c, method, target)) {
            return kept.sender();
        }
        HttpClient.RequestSender byMethod = c.request(HttpMethod.valueOf(method));
        HttpClient.RequestSender sender = parsed != null ? byMethod.uri(parsed) : byMethod.uri((String) target);
        if (late) {
            lastSender = new Sender(c, method, target, sender);
            return sender;
        }
        return request.contentLength() == 0
                ? sender
                : sender.send(ByteBufFlux.fromInbound(request.body()));
    }

    /**
     * The error for a status code outside HTTP's three digits (Netty accepts any integer; h11, under
     * httpx, agrees with HTTP), closing the connection; null for a valid one.
     */
    private static RemoteProtocolError illegalStatus(reactor.netty.http.client.HttpClientResponse resp, Connection conn,
            Request request) {
        int status = resp.status().code();
        if (status >= 100 && status <= 999) {
            return null;
        }
        conn.dispose();
        return new RemoteProtocolError("illegal status line: status code " + status, request);
    }

    private static Headers headers(reactor.netty.http.client.HttpClientResponse resp) {
        io.netty.handler.codec.http.HttpHeaders h = resp.responseHeaders();
        return Headers.ofEntries(h, h.size());
    }

    private static boolean h2(reactor.netty.http.client.HttpClientResponse resp) {
        return resp.version().majorVersion() == 2;
    }

    private static String version(reactor.netty.http.client.HttpClientResponse resp, boolean h2) {
        return h2 ? "HTTP/2" : resp.version().text();
    }

    /**
     * The exchange as Reactor Netty runs a raw client's {@code responseSingle}: the whole body
     * aggregated, reported to {@code exchange} (which makes the response) after its headers.
     */
    private Mono<byte[]> received(HttpClient.ResponseReceiver<?> receiver, Request request, Exchange exchange) {
        return receiver.responseSingle((resp, body) -> {
            Connection conn = (Connection) resp;   // Reactor Netty's response is its connection's operations
            RemoteProtocolError illegal = illegalStatus(resp, conn, request);
            if (illegal != null) {
                return Mono.error(illegal);
            }
            boolean h2 = h2(resp);
            exchange.head(resp.status().code(), headers(resp), version(resp, h2), h2, conn);
            return body.asByteArray();
        });
    }

    /** The exchange emitting its response at its headers, the body read later from the response. */
    private Flux<Response> streamed(HttpClient.ResponseReceiver<?> receiver, Request request, Exchange exchange) {
        return receiver.responseConnection((resp, conn) -> {
            RemoteProtocolError illegal = illegalStatus(resp, conn, request);
            if (illegal != null) {
                return Mono.error(illegal);
            }
            Sinks.Empty<Void> bodyDone = Sinks.empty();
            boolean h2 = h2(resp);
            exchange.streamStarted(h2);
            // HTTP/2 streams are not pooled connections: their ends need no waiting.
            Mono<byte[]> returned = h2 ? Mono.empty() : Returned.watch(conn.channel());
            Flux<byte[]> body = conn.inbound().receive().asByteArray()
                    .onErrorMap(e -> Errors.duringBody(e, request))
                    // Before the reader sees the end, so the exchange completes (connection back
                    // to the pool) rather than being disposed by the reader's close().
                    .doOnTerminate(() -> {
                        bodyDone.tryEmitEmpty();
                        exchange.bodyEnded();
                    })
                    // The reader sees the end once the connection is back in the pool (see Returned).
                    .concatWith(returned)
                    // After the cancel has reached Reactor Netty (see Response.aiterRaw).
                    .doFinally(signal -> {
                        if (signal == reactor.core.publisher.SignalType.CANCEL) {
                            exchange.dispose();
                        }
                    });
            // Closing before the body ended: the rest of the body can never be read, so the
            // connection cannot be reused; closing it gives its pool slot back at once.
            Runnable release = () -> {
                if (!bodyEnded(bodyDone)) {
                    conn.dispose();
                }
                exchange.dispose();
            };
            Response response = new Response(resp.status().code(), headers(resp), version(resp, h2), body, release);
            return Mono.just(response).concatWith(Returned.none(bodyDone.asMono()));
        });
    }

    private static boolean bodyEnded(Sinks.Empty<Void> bodyDone) {
        return bodyDone.scan(reactor.core.Scannable.Attr.TERMINATED) == Boolean.TRUE;
    }

    private HttpClient tls() {
        HttpClient c = tls;
        if (c == null) {
            synchronized (this) {
                c = tls;
                if (c == null) {
                    c = tlsFactory.get();
                    tls = c;
                }
            }
        }
        return c;
    }

    /** The client for one route: TLS or not, through a proxy or not, with the route's timeouts. */
    private HttpClient configure(Route route) {
        HttpClient c = route.tls() ? tls() : plain;
        URL proxy = route.proxy();
        if (proxy != null) {
            Duration connect = route.timeout().connect();
            c = c.proxy(p -> {
                ProxyProvider.Proxy type = Proxies.isSocks(proxy) ? ProxyProvider.Proxy.SOCKS5 : ProxyProvider.Proxy.HTTP;
                ProxyProvider.Builder b = p.type(type).host(proxy.host()).port(proxy.effectivePort())
                        .nonProxyHostsPredicate(address -> false);
                if (connect != null) {
                    b.connectTimeoutMillis(Math.max(1, connect.toMillis()));
                }
                if (!proxy.userinfo().isEmpty()) {
                    String password = proxy.password() == null ? "" : proxy.password();
                    b.username(proxy.username()).password(user -> password);
                }
            });
        }
        if (proxy != null && proxy.scheme().equals("https")) {
            c = toTlsProxy(c, proxy, verification.get());
        }
        return withTimeouts(c, route.timeout());
    }

    /**
     * The base client with {@code t}'s connect, read and write timeouts. Cached per timeout value:
     * each Reactor Netty setter copies the whole configuration, too costly per request. The read
     * and write timeouts are kept by one {@link PhaseTimeouts} per connection.
     */
    private static HttpClient withTimeouts(HttpClient base, Timeout t) {
        HttpClient c = base.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
                t.connect() == null ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, t.connect().toMillis())));
        long read = PhaseTimeouts.nanos(t.read(), true);
        long write = PhaseTimeouts.nanos(t.write(), false);
        if (read >= 0 || write >= 0) {
            c = c.doOnRequest((req, conn) -> PhaseTimeouts.startWriting(conn.channel(), write))
                    .doAfterRequest((req, conn) -> PhaseTimeouts.startReading(conn.channel(), read));
        }
        return c;
    }

    @Override
    public PoolStats poolStats() {
        int idle = 0;
        int active = 0;
        for (Map.Entry<String, ConnectionPoolMetrics> e : pools.entrySet()) {
            ConnectionPoolMetrics m = e.getValue();
            ConnectionPoolMetrics h2 = h2Pools.get(e.getKey());
            // An HTTP/2 pool keeps its connections acquired from the HTTP/1.1 pool beneath it:
            // those count as idle here, and the streams on them as active.
            int heldByH2 = h2 == null ? 0 : h2.allocatedSize();
            idle += m.idleSize() + heldByH2;
            active += Math.max(0, m.acquiredSize() - heldByH2);
        }
        active += h2Streams.get();
        return new PoolStats(idle, active, permits.pending());
    }

    @Override
    public void close() {
        provider.dispose();
    }
}
