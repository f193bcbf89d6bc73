package dev.tauraro.httpx;

import java.time.Duration;
import java.util.function.BiPredicate;
import java.util.function.IntSupplier;
import reactor.netty.Connection;
import reactor.netty.resources.ConnectionProvider.ConnectionMetadata;

/**
 * Which pooled connections are closed rather than kept for reuse, as Reactor Netty's pool asks
 * when a connection comes back and when an idle one is taken: httpx's
 * {@code max_keepalive_connections} (at most so many idle connections across the client's pool)
 * and {@code keepalive_expiry}, besides Reactor Netty's own rule (a closed or non-persistent
 * connection).
 *
 * <p>Reactor Netty's pool has no bound on idle connections, and a custom eviction predicate
 * replaces its default one (the idle time and liveness checks), hence all of them here. The
 * bound is checked against the pool's own idle count, when a connection is returned: counting
 * connections as idle from the end of their response instead closed connections a moment
 * before the pool would have reused them (with 64 requests in flight and a bound of 20, a new
 * connection per few requests).
 *
 * <p>The pool asks both when a connection comes back and when it takes an idle one for a
 * request ({@link Returned} tells which). Coming back, the connection is kept if there is room;
 * taken, it is closed only if the idle ones left are still too many. The pool puts a kept
 * connection among its idle ones just after asking, outside any lock, and connections return on
 * two event loops at once: so one that is kept counts as arriving until it must have landed, that
 * is once the same thread asks again or once its event loop runs its tasks (after the batch of
 * reads it is handling). Otherwise two threads could each see room for one. Which connection is
 * closed differs from httpx (it closes the oldest idle ones; this closes the one coming back); how
 * many stay idle is the same.
 */
final class KeepaliveBound implements BiPredicate<Connection, ConnectionMetadata> {
    private final Integer maxIdle;   // null: unbounded
    private final long expiryMillis; // -1: never
    private final IntSupplier idleNow;
    private int arriving;   // kept, perhaps not yet counted by idleNow; guarded by this
    /** This thread's share of {@code arriving} (an array so a task can clear it); guarded by this. */
    private final ThreadLocal<int[]> mine = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * @param maxIdle the most idle connections kept, or null for no bound
     * @param expiry how long a connection may stay idle, or null for ever
     * @param idleNow how many connections sit idle in the client's pools now
     */
    KeepaliveBound(Integer maxIdle, Duration expiry, IntSupplier idleNow) {
        this.maxIdle = maxIdle;
        this.expiryMillis = expiry == null ? -1 : expiry.toMillis();
        this.idleNow = idleNow;
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
        if (!Returned.returning(c.channel())) {
            return idleNow.getAsInt() >= maxIdle;   // taken for a request: too many idle ones still?
        }
        int[] own = mine.get();
        synchronized (this) {
            landed(own);
            if (idleNow.getAsInt() + arriving >= maxIdle) {
                return true;
            }
            arriving++;
            own[0]++;
        }
        try {
            c.channel().eventLoop().execute(() -> {
                synchronized (this) {
                    landed(own);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            // the pool is closing: nothing more is kept
        }
        return false;
    }

    /** The connections {@code own}'s thread kept earlier are among the idle ones by now. */
    private void landed(int[] own) {
        arriving -= own[0];
        own[0] = 0;
    }
}
