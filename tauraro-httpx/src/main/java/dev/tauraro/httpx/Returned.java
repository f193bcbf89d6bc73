package dev.tauraro.httpx;

import io.netty.channel.Channel;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;

/**
 * The moment an HTTP/1.1 connection is back in its pool after a response (or closed), so that a
 * response body's end reaches its reader only then, as in httpx, where closing a response returns
 * its connection before the caller can send the next request.
 *
 * <p>Reactor Netty ends the body first and returns the connection just after, in the same event
 * loop step: a caller that sends its next request from the body's end found no idle connection
 * and opened another one. With many requests in flight, the pool grew past the requests' number
 * and its idle surplus was closed by {@link KeepaliveBound}: a new connection every few requests.
 */
final class Returned {
    private Returned() {
    }

    /**
     * Completes once the current exchange's connection on {@code channel} has been returned to its
     * pool or closed. Call it while the exchange holds the connection.
     */
    static <T> Mono<T> watch(Channel channel) {
        Sinks.Empty<Void> back = Sinks.empty();
        whenBack(channel, back::tryEmitEmpty);
        return none(back.asMono());
    }

    /**
     * Runs {@code then} once the current exchange's connection on {@code channel} has been returned
     * to its pool or closed (on the connection's event loop, or at once when it is closed already).
     * Call it while the exchange holds the connection.
     */
    static void whenBack(Channel channel, Runnable then) {
        ConnectionState state = ConnectionState.of(channel);
        state.setWaiting(then);
        // Once per connection: a listener per exchange would pile up on a kept-alive connection.
        if (!state.set(ConnectionState.RETURN_WATCHED)) {
            try {
                channel.closeFuture().addListener(f -> fire(channel));
            } catch (IllegalStateException closedMeanwhile) {
                fire(channel);   // closed and deregistered: Netty cannot run the listener any more
            }
        }
        if (!channel.isOpen()) {
            fire(channel);
        }
    }

    /**
     * {@code end}, which never emits a value, typed as a publisher of {@code T}: without the
     * {@code then(Mono.empty())} operator that would otherwise adapt its type on every request.
     */
    @SuppressWarnings("unchecked")
    static <T> Mono<T> none(Mono<Void> end) {
        return (Mono<T>) (Mono<?>) end;
    }

    /** Whether {@code channel}'s exchange has ended and its connection is on its way back to the pool. */
    static boolean returning(Channel channel) {
        ConnectionState state = ConnectionState.peek(channel);
        return state != null && state.waiting() != null;
    }

    /**
     * The client's connection observer: a connection is back in its pool.
     *
     * <p>The body's end is handed on from a task on the connection's event loop, not at once: the
     * release happens while Netty is still handling the read that ended the response, and a server
     * that closes after each response without saying so ({@code Connection: close}) has often sent
     * its FIN in the same read batch. Netty handles that EOF (closing the channel) before it runs
     * its tasks, so by the time the reader sees the end and sends its next request, the closed
     * connection is no longer active and the pool drops it ({@link KeepaliveBound}) instead of
     * handing it out. Signalled at once, the next request took that closed connection, was sent on
     * it and ended unanswered. A FIN arriving in a later batch cannot be seen in time by any check,
     * so {@link NettyTransport} still sends such a request again on a new connection when it is
     * idempotent (see its Stale); this saves most of those wasted attempts (in ServerClosesTest's
     * 640 requests, 60-90 met a closed connection, against about 220 when signalled at once).
     */
    static void observe(Connection c, ConnectionObserver.State state) {
        if (state == ConnectionObserver.State.RELEASED) {
            Channel channel = c.channel();
            ConnectionState kept = ConnectionState.peek(channel);
            Runnable back = kept == null ? null : kept.takeWaiting();
            if (back != null) {
                try {
                    channel.eventLoop().execute(back);
                } catch (java.util.concurrent.RejectedExecutionException loopShutDown) {
                    back.run();
                }
            }
        }
    }

    private static void fire(Channel channel) {
        Runnable back = ConnectionState.of(channel).takeWaiting();
        if (back != null) {
            back.run();
        }
    }
}
