package dev.tauraro.websockets;

import java.util.Objects;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * WebSocket servers and clients with the API of Python's websockets library.
 *
 * <p>Python equivalent: the {@code websockets} module ({@code serve}, {@code connect},
 * {@code broadcast}).
 * <pre>{@code
 * // async def echo(websocket):
 * //     async for message in websocket:
 * //         await websocket.send(message)
 * Server server = Websockets.serve(ws -> ws.messages().concatMap(ws::send), "127.0.0.1", 8765).block();
 *
 * String reply = Websockets.connect("ws://127.0.0.1:8765")
 *         .flatMap(ws -> ws.send("hi").then(ws.recv()).doFinally(s -> ws.close()))
 *         .map(Message::text).block();
 * }</pre>
 *
 * <p>Everything is cold: nothing listens or connects until the Mono is subscribed. Under
 * {@code Asyncio.run}, results come back on the asyncio loop and handlers run as its tasks.
 * Settings and their defaults (websockets' own: 1 MiB messages, 20 s keepalive, compression on)
 * are in {@link Options}.
 *
 * <p>Differences from websockets: servers bind the loopback address when the host is null.
 */
public final class Websockets {
    private Websockets() {
    }

    /** Serves on {@code host:port} (port 0 picks a free port) with the default options. */
    public static Mono<Server> serve(Function<? super Connection, ? extends Publisher<?>> handler, String host, int port) {
        return serve(handler, host, port, Options.DEFAULTS);
    }

    /**
     * Starts a server: each connection runs {@code handler}, and is closed with 1000 when the
     * handler's publisher completes, 1011 when it fails. Python: {@code websockets.serve}.
     *
     * @param host the address to bind; null binds 127.0.0.1
     */
    public static Mono<Server> serve(Function<? super Connection, ? extends Publisher<?>> handler, String host, int port,
                                     Options options) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(options, "options");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return Server.start(handler, host, port, options);
    }

    /** Connects to a {@code ws://} or {@code wss://} URI with the default options. */
    public static Mono<Connection> connect(String uri) {
        return connect(uri, Options.DEFAULTS);
    }

    /**
     * Opens a client connection. Fails with {@link InvalidURI} for a URI that is not ws/wss,
     * {@link InvalidStatus} when the server answers with another status than 101,
     * {@link InvalidHandshake} for other handshake failures, {@code TimeoutError} after
     * {@code openTimeout}, and the socket's {@code IOException} when it cannot connect.
     * Python: {@code websockets.connect}.
     */
    public static Mono<Connection> connect(String uri, Options options) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(options, "options");
        return Connector.connect(uri, options);
    }

    /**
     * Connects again and again: websockets' {@code async for websocket in connect(uri)}. Each
     * connection is emitted when open; the next one is opened once it is closed (close it to
     * move on). A failed attempt is retried after the next of {@link Options#reconnectDelays()}
     * (websockets' exponential backoff) when {@link Options#processException()} returns null
     * (by default for network errors, timeouts and HTTP 500/502/503/504 answers), and ends the
     * Flux with the error it returns otherwise. A connection that closes, cleanly or not, is
     * followed by a new one, as in websockets; cancel the subscription to stop.
     * <pre>{@code
     * Websockets.reconnecting("ws://127.0.0.1:8765", Options.DEFAULTS)
     *         .concatMap(ws -> ws.messages().doOnNext(System.out::println).onErrorResume(ConnectionClosed.class, e -> Mono.empty()))
     *         .subscribe();
     * }</pre>
     */
    public static Flux<Connection> reconnecting(String uri, Options options) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(options, "options");
        return Reconnector.connections(uri, options);
    }

    /**
     * Sends {@code message} to every open connection without waiting: connections that are
     * closing, closed, or too slow to take more data (their socket buffer is full) are skipped.
     * Python: {@code websockets.broadcast}.
     *
     * @return how many connections the message was written to
     */
    public static int broadcast(Iterable<Connection> connections, Message message) {
        return Broadcast.send(connections, message);
    }
}
