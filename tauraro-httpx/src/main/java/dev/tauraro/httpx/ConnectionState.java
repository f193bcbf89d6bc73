package dev.tauraro.httpx;

import io.netty.channel.Channel;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * What the client keeps on one pooled connection, in a single channel attribute: whether an
 * exchange has had it ({@link NettyTransport}), its place among the idle connections
 * ({@link KeepaliveBound}), what waits for its return to the pool ({@link Returned}) and its
 * timeouts handler ({@link PhaseTimeouts}).
 *
 * <p>One attribute rather than seven: each attribute access searches the channel's attribute
 * array, which Reactor Netty searches too for its own on every request; the client made about ten
 * such accesses per request, and its seven attributes more than doubled the array.
 *
 * <p>The fields change atomically where the attributes they replace did (getAndSet, setIfAbsent),
 * since the pool may consult {@link KeepaliveBound} off the connection's event loop.
 */
final class ConnectionState {
    private static final AttributeKey<ConnectionState> KEY = AttributeKey.valueOf("tauraro.httpx.connection");
    private static final AtomicIntegerFieldUpdater<ConnectionState> FLAGS =
            AtomicIntegerFieldUpdater.newUpdater(ConnectionState.class, "flags");
    private static final AtomicReferenceFieldUpdater<ConnectionState, Runnable> WAITING =
            AtomicReferenceFieldUpdater.newUpdater(ConnectionState.class, Runnable.class, "waiting");
    private static final AtomicReferenceFieldUpdater<ConnectionState, PhaseTimeouts> TIMEOUTS =
            AtomicReferenceFieldUpdater.newUpdater(ConnectionState.class, PhaseTimeouts.class, "timeouts");

    /** An exchange has had the connection: the next one knows it came from the pool. */
    static final int SERVED = 1;
    /** {@link KeepaliveBound} kept the connection and the pool has not yet announced it released. */
    static final int KEPT = 1 << 1;
    /** The connection is counted among {@link KeepaliveBound}'s idle ones. */
    static final int IDLE = 1 << 2;
    /** {@link KeepaliveBound} listens for the connection's close. */
    static final int IDLE_WATCHED = 1 << 3;
    /** {@link Returned} listens for the connection's close. */
    static final int RETURN_WATCHED = 1 << 4;

    private volatile int flags;
    /** What runs once the connection is back in its pool ({@link Returned}); set while it is on its way. */
    private volatile Runnable waiting;
    /** The connection's timeouts handler, once installed. */
    private volatile PhaseTimeouts timeouts;

    private ConnectionState() {
    }

    /** {@code channel}'s state, made on first use. */
    static ConnectionState of(Channel channel) {
        Attribute<ConnectionState> a = channel.attr(KEY);
        ConnectionState s = a.get();
        if (s == null) {
            s = new ConnectionState();
            ConnectionState raced = a.setIfAbsent(s);
            if (raced != null) {
                s = raced;
            }
        }
        return s;
    }

    /** {@code channel}'s state, or null when nothing has been kept on it yet. */
    static ConnectionState peek(Channel channel) {
        return channel.attr(KEY).get();
    }

    /** Sets {@code flag}; whether it was set already. */
    boolean set(int flag) {
        for (;;) {
            int f = flags;
            if ((f & flag) != 0) {
                return true;
            }
            if (FLAGS.compareAndSet(this, f, f | flag)) {
                return false;
            }
        }
    }

    /** Clears {@code flag}; whether it was set. */
    boolean clear(int flag) {
        for (;;) {
            int f = flags;
            if ((f & flag) == 0) {
                return false;
            }
            if (FLAGS.compareAndSet(this, f, f & ~flag)) {
                return true;
            }
        }
    }

    Runnable waiting() {
        return waiting;
    }

    void setWaiting(Runnable then) {
        waiting = then;
    }

    Runnable takeWaiting() {
        return WAITING.getAndSet(this, null);
    }

    PhaseTimeouts timeouts() {
        return timeouts;
    }

    void setTimeouts(PhaseTimeouts t) {
        timeouts = t;
    }

    /** Forgets {@code t} if it is still the connection's handler. */
    void removeTimeouts(PhaseTimeouts t) {
        TIMEOUTS.compareAndSet(this, t, null);
    }
}
