package dev.tauraro.websockets;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * A running WebSocket server: every accepted connection runs the handler.
 *
 * <p>Python equivalent: {@code websockets.asyncio.server.Server}, what
 * {@code await websockets.serve(handler, host, port)} returns.
 * <pre>{@code
 * Server server = Websockets.serve(ws -> ws.messages().concatMap(ws::send).then(),
 *         "127.0.0.1", 0).block();
 * System.out.println(server.port());
 * server.close();
 * server.waitClosed().block();
 * }</pre>
 *
 * <h2>Handlers</h2>
 * The handler gets each {@link Connection} and returns a publisher that completes when it is done
 * with it; the connection is then closed with 1000. A handler that fails closes it with 1011 and
 * logs the error on the {@code websockets.server} logger. A server started under
 * {@code Asyncio.run} runs every handler as a task of that loop.
 *
 * <h2>Closing</h2>
 * {@link #close()} stops accepting connections and closes the open ones with 1001 (going away);
 * {@link #waitClosed()} completes when the listening socket and every connection are closed.
 * Closing does not block, so {@code try (Server s = ...)} is safe on any thread.
 *
 * <h2>Differences from websockets</h2>
 * <ul>
 * <li>A null host binds the loopback address, not every interface: nothing listens on the
 *     network unless asked.</li>
 * <li>Handler errors that are {@link ConnectionClosed} are not logged (the peer went away).</li>
 * </ul>
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = Loggers.getLogger("websockets.server");

    private final Function<? super Connection, ? extends Publisher<?>> handler;
    private final Options options;
    private final LoopBinding loop;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Sinks.Empty<Void> closed = Sinks.empty();
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile boolean closing;
    private volatile boolean closingConnections;     // set before closing: close(true) was called
    private volatile DisposableServer listener;

    private Server(Function<? super Connection, ? extends Publisher<?>> handler, Options options, LoopBinding loop) {
        this.handler = handler;
        this.options = options;
        this.loop = loop;
    }

    static Mono<Server> start(Function<? super Connection, ? extends Publisher<?>> handler, String host, int port,
                              Options options) {
        return Mono.defer(() -> {
            Server server = new Server(handler, options, LoopBinding.capture());
            HttpServer http = HttpServer.create()
                    .host(host == null ? "127.0.0.1" : host)
                    .port(port);
            if (options.ssl() != null) {
                http = http.secure(spec -> spec.sslContext(Tls.server(options.ssl())));
            }
            Mono<Server> bound = http
                    .handle(server::exchange)
                    .bind()
                    .map(ds -> {
                        server.listener = ds;
                        ds.onDispose().subscribe(null, null, server::maybeClosed);
                        return server;
                    });
            return server.loop.wrap(bound);
        });
    }

    // ------------------------------------------------------------------ API

    /** The listening addresses. Python: {@code [s.getsockname() for s in server.sockets]}. */
    public List<InetSocketAddress> sockets() {
        return List.of((InetSocketAddress) listener.address());
    }

    /** The listening port: the one picked by the system when 0 was asked. */
    public int port() {
        return listener.port();
    }

    /** The open connections. Python: {@code server.connections}. */
    public Set<Connection> connections() {
        return Collections.unmodifiableSet(connections);
    }

    /** Whether the server still accepts connections. Python: {@code is_serving()}. */
    public boolean isServing() {
        return !closing;
    }

    /** Stops accepting and closes every open connection with 1001. Python: {@code server.close()}. */
    @Override
    public void close() {
        close(true);
    }

    /** Stops accepting; closes open connections with 1001 if {@code closeConnections}. */
    public void close(boolean closeConnections) {
        if (closing) {
            return;
        }
        closingConnections = closeConnections;
        closing = true;
        listener.dispose();
        if (closeConnections) {
            for (Connection c : connections) {
                c.close(CloseFrame.GOING_AWAY, "").subscribe(null, e -> { });
            }
        }
        maybeClosed();
    }

    /** Completes once closed and every connection has ended. Python: {@code await server.wait_closed()}. */
    public Mono<Void> waitClosed() {
        return loop.wrap(closed.asMono());
    }

    /** Serves until closed. Python: {@code await server.serve_forever()}. */
    public Mono<Void> serveForever() {
        return waitClosed();
    }

    private void sessionEnded() {
        sessions.decrementAndGet();
        maybeClosed();
    }

    private void maybeClosed() {
        if (closing && sessions.get() == 0 && listener.isDisposed()) {
            closed.tryEmitEmpty();
        }
    }

    @Override
    public String toString() {
        return "<Server " + (listener == null ? "starting" : listener.host() + ":" + listener.port())
                + (closing ? " closed" : " serving") + ", " + connections.size() + " connections>";
    }

    // ------------------------------------------------------------------ one HTTP exchange

    private Publisher<Void> exchange(HttpServerRequest req, HttpServerResponse res) {
        req.withConnection(c -> {
            if (c.channel().pipeline().get(Http11Responses.NAME) == null
                    && c.channel().pipeline().get(reactor.netty.NettyPipeline.HttpCodec) != null) {
                c.channel().pipeline().addAfter(reactor.netty.NettyPipeline.HttpCodec, Http11Responses.NAME,
                        Http11Responses.INSTANCE);
            }
        });
        if (!HttpVersion.HTTP_1_1.equals(req.version())) {
            return respond(res, Response.text(400, "Bad Request",
                    "Failed to open a WebSocket connection: did not receive a valid HTTP request.\n"));
        }
        Headers headers = Handshakes.headers(req.requestHeaders());
        Request request = new Request(req.uri(), headers);
        if (options.processRequest() == null) {
            return handshake(request, res, null);
        }
        return hook("process_request", () -> options.processRequest().apply(request))
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(early -> handshake(request, res, early.orElse(null)));
    }

    /** The response to the request: {@code early} (from process_request) or the checks' verdict. */
    private Mono<Void> handshake(Request request, HttpServerResponse res, Response early) {
        if (early == null) {
            early = Handshakes.check(request, options);
        }
        String subprotocol = null;
        if (early == null) {
            subprotocol = Handshakes.selectSubprotocol(request, options);
            if (subprotocol == null && !options.subprotocols().isEmpty()) {
                early = Response.text(400, "Bad Request",
                        "Failed to open a WebSocket connection: " + Handshakes.subprotocolError(request, options) + ".\n");
            }
        }
        Response response = early != null ? early : new Response(101, "Switching Protocols", addedHeaders(), new byte[0]);
        if (options.processResponse() == null) {
            return send(request, res, response, subprotocol);
        }
        String chosen = subprotocol;
        return hook("process_response", () -> options.processResponse().apply(request, response))
                .defaultIfEmpty(response)
                .flatMap(r -> send(request, res, r, chosen));
    }

    /** The headers a 101 gets from the options: Server, then the additional ones. */
    private Headers addedHeaders() {
        List<Map.Entry<String, String>> added = new ArrayList<>();
        if (options.serverHeader() != null) {
            added.add(Map.entry("Server", options.serverHeader()));
        }
        added.addAll(options.additionalHeaders().entries());
        return Headers.of(added);
    }

    /**
     * Runs a hook (on the loop when there is one). A hook that fails answers 500, and the error
     * is logged, as websockets does.
     */
    private Mono<Response> hook(String name, Supplier<? extends Publisher<Response>> call) {
        return loop.onLoop(call).onErrorResume(e -> {
            LOG.error(name + " failed", e);
            return Mono.just(Response.text(500, "Internal Server Error",
                    "Failed to open a WebSocket connection.\nSee server log for more information.\n"));
        });
    }

    /** Sends a rejection, or upgrades with {@code response}'s headers. */
    private Mono<Void> send(Request request, HttpServerResponse res, Response response, String subprotocol) {
        if (response.status() != 101) {
            return respond(res, response);
        }
        if (closing) {
            return respond(res, Response.text(503, "Service Unavailable", "Server is shutting down.\n"));
        }
        for (Map.Entry<String, String> e : response.headers().entries()) {
            res.addHeader(e.getKey(), e.getValue());
        }
        WebsocketServerSpec.Builder specBuilder = WebsocketServerSpec.builder();
        if (subprotocol != null) {
            specBuilder.protocols(subprotocol);
        }
        WebsocketServerSpec spec = specBuilder
                .maxFramePayloadLength(options.framePayloadLimit())
                .compress(options.compression())
                .handlePing(true)
                .build();
        return res.sendWebsocket((in, out) -> {
            Response sent = new Response(101, "Switching Protocols", Handshakes.headers(res.responseHeaders()), new byte[0]);
            Connection[] holder = new Connection[1];
            in.withConnection(c -> holder[0] = new Connection(c.channel(), options, true, request, sent,
                    subprotocol, loop));
            Connection conn = holder[0];
            sessions.incrementAndGet();
            connections.add(conn);
            conn.open();
            conn.closedSignal().subscribe(null, null, () -> connections.remove(conn));
            loop.start(session(conn).doFinally(s -> sessionEnded()), () -> {
                conn.fail(CloseFrame.INTERNAL_ERROR, "");
                sessionEnded();
            });
            // Upgraded while close() ran: close() may not have seen it in the set (it is added
            // after the 101 went out), so it is closed here; closing twice is harmless.
            if (closing && closingConnections) {
                conn.close(CloseFrame.GOING_AWAY, "").subscribe(null, e -> { });
            }
            return conn.closedSignal();
        }, spec);
    }

    /** Runs the handler, then closes: 1000 when it completes, 1011 when it fails. */
    private Mono<Void> session(Connection conn) {
        return Mono.defer(() -> Mono.from(handler.apply(conn)))
                .then(Mono.defer(() -> conn.close(CloseFrame.NORMAL_CLOSURE, "")))
                .onErrorResume(e -> {
                    if (!(e instanceof ConnectionClosed)) {
                        LOG.error("connection handler failed", e);
                    }
                    return conn.close(CloseFrame.INTERNAL_ERROR, "");
                })
                .then(conn.waitClosed());
    }

    private static Mono<Void> respond(HttpServerResponse res, Response r) {
        res.status(HttpResponseStatus.valueOf(r.status(), r.reason()));
        for (Map.Entry<String, String> e : r.headers().entries()) {
            res.addHeader(e.getKey(), e.getValue());
        }
        res.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(r.body().length));
        res.header(HttpHeaderNames.CONNECTION, "close");
        return res.sendByteArray(Mono.just(r.body())).then();
    }
}
