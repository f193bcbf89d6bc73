package dev.tauraro.asyncio;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;

/**
 * A listening stream server (TCP or Unix-domain): every accepted connection is handed to the
 * callback as a {@link StreamReader} and a {@link StreamWriter} ({@link Asyncio#startServer}), or
 * to a new {@link Protocol} with its {@link Transport} ({@link Asyncio#createServer}).
 *
 * <p>Python equivalent: {@code asyncio.Server}, what {@code asyncio.start_server} and
 * {@code loop.create_server} return.
 * <pre>{@code
 * Asyncio.startServer((reader, writer) -> reader.readline()
 *                 .doOnNext(writer::write)
 *                 .then(writer.drain())
 *                 .doFinally(s -> writer.close()),
 *         "127.0.0.1", 0)
 *     .flatMap(server -> server.serveForever())
 * }</pre>
 *
 * <h2>Callbacks</h2>
 * The callback runs on the loop that started the server, once per connection; the Mono it returns
 * (if not null) runs as a task of that loop, as CPython wraps a coroutine callback in a task. A
 * task that fails is reported to the loop's exception handler ("Unhandled exception in
 * client_connected_cb") and its connection is closed.
 *
 * <h2>Closing</h2>
 * {@link #close()} stops listening; connections already accepted stay open. {@link #waitClosed()}
 * follows CPython 3.11: once the server is closed it completes as soon as the listening socket is
 * closed; before that it waits until the server is closed and has no open connections.
 *
 * <h2>Thread-safety</h2>
 * Use it from its loop's thread; {@link #close()} may be called from any thread.
 *
 * <h2>Differences from CPython</h2>
 * A null host binds the loopback address, not every interface. {@link #sockets()} gives the
 * listening addresses rather than socket objects. Python 3.12's {@code close_clients} and
 * {@code abort_clients} are absent; {@link #waitClosed()} has 3.11's behaviour, not 3.12's. A Unix
 * server's socket file is removed once its listener is closed (Netty's doing, as CPython 3.13
 * does; 3.11 leaves it): await {@link #waitClosed()} before another server binds the same path.
 */
public final class Server implements AutoCloseable {
    private final EventLoop loop;
    /** Makes each accepted connection's protocol (streams: a {@code StreamReaderProtocol}). */
    private final Supplier<? extends Protocol> protocolFactory;
    /** The listening socket (Reactor Netty's server), set once bound; null for a failed bind. */
    private Disposable listener;
    private Object address;
    private boolean closed;
    /** Connections handed to the callback and not yet lost (CPython's {@code _active_count}). */
    private int active;
    /** Awaiting {@link #waitClosed()}; null once woken, as CPython sets {@code _waiters = None}. */
    private List<Future<Void>> waiters = new ArrayList<>();
    private Future<Void> servingForever;
    /** Held while listening; see {@link #listening}. */
    private StreamSockets.ClockHold clockHold;

    Server(EventLoop loop, Supplier<? extends Protocol> protocolFactory) {
        this.loop = loop;
        this.protocolFactory = protocolFactory;
    }

    /** Called on the loop once the socket listens. */
    void listening(Disposable listener, Object address) {
        this.listener = listener;
        this.address = address;
        // a connection may arrive at any moment: a virtual clock keeps real time until close()
        this.clockHold = new StreamSockets.ClockHold(loop);
    }

    /** A connection was accepted (on a Netty thread): give it a protocol on the loop. */
    void accepted(Transport t) {
        t.post(() -> attach(t));
    }

    /** CPython's {@code _accept_connection2}: the factory's protocol, then {@code connection_made}. */
    private void attach(Transport t) {
        if (closed) {
            t.abort();  // accepted by Netty while the server was closing: never serve it
            return;
        }
        active++;
        t.onLost(this::detach);
        Protocol p;
        try {
            p = protocolFactory.get();
        } catch (RuntimeException e) {
            loop.callExceptionHandler(new ExceptionContext("Error on transport creation for incoming connection",
                    e, java.util.Map.of("transport", t)));
            t.start(new Protocol() { });
            t.abort();
            return;
        }
        t.start(p);
    }

    private void detach() {
        active--;
        if (active == 0 && closed) {
            wakeUp();
        }
    }

    private void wakeUp() {
        List<Future<Void>> ws = waiters;
        if (ws == null) {
            return;
        }
        waiters = null;
        for (Future<Void> w : ws) {
            if (!w.done()) {
                w.setResult(null);
            }
        }
    }

    /**
     * The listening addresses: each an {@link InetSocketAddress}, or a Unix socket's path; empty
     * once closed. Python: {@code [s.getsockname() for s in server.sockets]}.
     */
    public List<Object> sockets() {
        return closed || address == null ? List.of() : List.of(address);
    }

    /** The listening TCP port (the one the system chose for port 0). */
    public int port() {
        return address instanceof InetSocketAddress a ? a.getPort() : -1;
    }

    /** Whether it accepts connections. Python: {@code is_serving()}. */
    public boolean isServing() {
        return !closed;
    }

    /** The loop that runs the callbacks. Python: {@code get_loop()}. */
    public EventLoop getLoop() {
        return loop;
    }

    /**
     * Stops listening; open connections are left alone. A task in {@link #serveForever()} is
     * cancelled. Python: {@code close()}.
     */
    @Override
    public void close() {
        if (loop.isRunning() && !loop.inLoopThread()) {
            Bridge.post(loop, this::close);
            return;
        }
        if (closed) {
            return;
        }
        closed = true;
        if (listener != null) {
            listener.dispose();
        }
        if (clockHold != null) {
            clockHold.release();
        }
        Future<Void> f = servingForever;
        if (f != null && !f.done()) {
            f.cancel();
        }
        servingForever = null;
        if (active == 0) {
            wakeUp();
        }
    }

    /**
     * Waits for the server to close: completes at once if it is closed, as in CPython 3.11.
     * Python: {@code await server.wait_closed()}.
     */
    public Mono<Void> waitClosed() {
        return Mono.defer(() -> {
            if (closed || waiters == null) {
                return unbound();
            }
            Future<Void> w = loop.createFuture();
            waiters.add(w);
            return w.then(Mono.defer(this::unbound));
        });
    }

    /**
     * Completes once the listening socket is closed. CPython closes it inside {@code close()};
     * Netty closes it on its own thread a moment later, so without this wait a connection made
     * right after {@code await server.wait_closed()} could still be accepted instead of refused.
     */
    private Mono<Void> unbound() {
        if (!(listener instanceof DisposableServer ds)) {
            return Mono.empty();
        }
        return StreamSockets.onLoop(loop, ds.onDispose().thenReturn(Boolean.TRUE), x -> { }).then();
    }

    /**
     * Serves until the server is closed (then fails with {@link CancelledError}, as in CPython) or
     * the awaiting task is cancelled (then closes the server first). Python:
     * {@code await server.serve_forever()}.
     *
     * @return never completes normally; {@link IllegalStateException} if it is closed or another
     *     task already serves forever
     */
    public Mono<Void> serveForever() {
        return Mono.defer(() -> {
            if (servingForever != null) {
                return Mono.error(new IllegalStateException("server " + this
                        + " is already being awaited on serve_forever()"));
            }
            if (closed) {
                return Mono.error(new IllegalStateException("server " + this + " is closed"));
            }
            Future<Void> f = loop.createFuture();
            servingForever = f;
            return f.onErrorResume(CancelledError.class, e -> {
                close();
                return waitClosed().then(Mono.error(e));
            }).doFinally(s -> {
                if (servingForever == f) {
                    servingForever = null;
                }
            });
        });
    }

    /** Already serving: completes at once. Python: {@code await server.start_serving()}. */
    public Mono<Void> startServing() {
        return Mono.empty();
    }

    @Override
    public String toString() {
        return "<Server sockets=" + sockets() + ">";
    }
}
