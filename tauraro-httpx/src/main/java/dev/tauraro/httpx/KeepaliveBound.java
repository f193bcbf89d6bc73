package dev.tauraro.httpx;

import io.netty.channel.Channel;
import java.time.Duration;
import java.util.function.BiPredicate;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.resources.ConnectionProvider.ConnectionMetadata;

/**
 * Which pooled connections are closed rather than kept for reuse, as Reactor Netty's pool asks
 * when a connection comes back and when an idle one is taken: httpx's
 * {@code max_keepalive_connections} (at most so many idle connections across the client's pool)
 * and {@code keepalive_expiry}, besides Reactor Netty's own rule (a closed or non-persistent
 * connection). Reactor Netty's pool has no bound on idle connections, and a custom eviction
 * predicate replaces its default one, hence all of them here.
 *
 * <p>The idle connections are counted here, exactly: one joins when the pool announces it
 * released after this predicate kept it, and leaves when it is acquired again or closes. A
 * connection coming back ({@link Returned} tells it from one being taken) is kept if the idle
 * ones plus those kept but not yet announced leave room, so two event loops returning
 * connections at once cannot both take the last place. A connection taken from the idle ones is
 * closed only if the others are still too many. (Counting connections idle from the end of their
 * response, as before, closed them a moment before the pool would have reused them: with 64
 * requests in flight and a bound of 20, a new connection every few requests.) Which connection is
 * closed differs from httpx (it closes the oldest idle ones; this closes the one coming back); how
 * many stay idle is the same.
 */
final class KeepaliveBound implements BiPredicate<Connection, ConnectionMetadata>, ConnectionObserver {
    private final Integer maxIdle;   // null: unbounded
    private final long expiryMillis; // -1: never
    private int idle;                // guarded by this
    private int arriving;            // kept, not yet announced released; guarded by this

    /**
     * @param maxIdle the most idle connections kept, or null for no bound
     * @param expiry how long a connection may stay idle, or null for ever
     */
    KeepaliveBound(Integer maxIdle, Duration expiry) {
        this.maxIdle = maxIdle;
        this.expiryMillis = expiry == null ? -1 : expiry.toMillis();
    }

    /** Whether {@code c} is to be closed instead of (re)used. */
    @Override
    public boolean test(Connection c, ConnectionMetadata meta) {
        if (!c.channel().isActive() || !c.isPersistent() || (expiryMillis >= 0 && meta.idleTime() >= expiryMillis)) {
            return true;
        }
        if (maxIdle == null) {
            return false;
        }
        Channel ch = c.channel();
        synchronized (this) {
            if (!Returned.returning(ch)) {
                return idle - 1 >= maxIdle;   // taken for a request: are the others still too many?
            }
            if (idle + arriving >= maxIdle) {
                return true;
            }
            arriving++;
        }
        ConnectionState.of(ch).set(ConnectionState.KEPT);
        return false;
    }

    /** The client's connection observer: keeps the idle count. */
    @Override
    public void onStateChange(Connection c, State state) {
        if (maxIdle == null) {
            return;
        }
        if (state != State.RELEASED && state != State.ACQUIRED) {
            return;
        }
        Channel ch = c.channel();
        ConnectionState s = ConnectionState.of(ch);
        if (state == State.RELEASED && s.clear(ConnectionState.KEPT)) {
            synchronized (this) {
                arriving--;
                idle++;
            }
            s.set(ConnectionState.IDLE);
            if (!s.set(ConnectionState.IDLE_WATCHED)) {
                ch.closeFuture().addListener(f -> leave(s));   // an idle connection closed
            }
            if (!ch.isOpen()) {
                leave(s);
            }
        } else if (state == State.ACQUIRED) {
            leave(s);
        }
    }

    private void leave(ConnectionState s) {
        if (s.clear(ConnectionState.IDLE)) {
            synchronized (this) {
                idle--;
            }
        }
    }
}
