package dev.tauraro.httpx;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.core.publisher.MonoSink;

/**
 * The client-wide limit on connections in use ({@link Limits#maxConnections()}): a FIFO queue of
 * permits in front of Reactor Netty's pool.
 *
 * <p>Why not Reactor Netty's own pending queue: a request cancelled while it waits there stays
 * queued, and the pool later opens a connection for it anyway; after many cancellations new
 * requests wait behind thousands of dead ones until they time out. Here a waiter that is cancelled
 * (or times out) leaves the queue at once, and Reactor Netty's pool never has to queue.
 *
 * <p>Invariant: {@code available + (permits held) == max}; a released permit goes to the oldest
 * live waiter, else back to {@code available}. Thread-safe.
 */
final class Permits {
    /** A permit; {@link #release()} gives it back once, later calls do nothing. */
    static final class Permit {
        private final Permits owner;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Permits owner) {
            this.owner = owner;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                owner.release();
            }
        }
    }

    /**
     * A request waiting for a permit. State: WAITING, then either GRANTED (by {@link #release} or
     * at once) or CANCELLED (by its subscriber or its timeout). A permit granted to a waiter that is cancelled
     * before it receives it is given back by the cancellation, so none is ever lost.
     */
    private static final class Waiter {
        static final int WAITING = 0;
        static final int GRANTED = 1;
        static final int CANCELLED = 2;

        final MonoSink<Permit> sink;
        final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();
        volatile Permit permit;

        Waiter(MonoSink<Permit> sink) {
            this.sink = sink;
        }

        /** Hands {@code p} over; false if the waiter was cancelled first. */
        boolean grant(Permit p) {
            permit = p;
            if (!state.compareAndSet(WAITING, GRANTED)) {
                return false;
            }
            sink.success(p);  // dropped if cancelled meanwhile: cancel() then gives p back
            return true;
        }
    }

    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private int available;  // guarded by this

    Permits(int max) {
        this.available = max;
    }

    /**
     * A permit, at once or when one is released; fails with {@code onTimeout}'s error after
     * {@code timeout} (null: wait for ever).
     *
     * <p>The timeout is a timer inside the waiter's state machine, not {@code Mono.timeout}: that
     * operator drops a value arriving as it is cancelled without a discard signal, and a permit
     * dropped so is lost to the pool for good.
     */
    Mono<Permit> acquire(Duration timeout, java.util.function.Supplier<RuntimeException> onTimeout) {
        Mono<Permit> m = Mono.create(sink -> {
            Waiter w = new Waiter(sink);
            sink.onCancel(() -> {
                if (!leave(w) && w.state.get() == Waiter.GRANTED) {
                    w.permit.release();   // granted, but the sink drops it
                }
            });
            boolean now;
            synchronized (this) {
                now = available > 0 && waiters.isEmpty();
                if (now) {
                    available--;
                } else if (w.state.get() == Waiter.WAITING) {
                    // Cancelled already, leave() found nothing to remove: queueing it would
                    // leave a dead waiter counted as pending.
                    waiters.add(w);
                }
            }
            if (now) {
                if (!w.grant(new Permit(this))) {
                    release();  // cancelled before it could take the permit
                }
            } else if (timeout != null) {
                Disposable timer = Schedulers.parallel().schedule(() -> {
                    if (leave(w)) {
                        sink.error(onTimeout.get());
                    }
                }, timeout.toNanos(), TimeUnit.NANOSECONDS);
                sink.onDispose(timer);
            }
        });
        // A permit emitted just as its subscriber is cancelled is dropped by the sink: give it back.
        return m.doOnDiscard(Permit.class, Permit::release);
    }

    /**
     * A permit if one is free and no request waits for one, else null: the path without a queue
     * or a subscription, for the common case of a pool with room.
     */
    Permit tryAcquire() {
        synchronized (this) {
            if (available == 0 || !waiters.isEmpty()) {
                return null;
            }
            available--;
        }
        return new Permit(this);
    }

    /** {@code w} stops waiting (cancelled or timed out); false if it was granted a permit first. */
    private boolean leave(Waiter w) {
        if (!w.state.compareAndSet(Waiter.WAITING, Waiter.CANCELLED)) {
            return false;
        }
        synchronized (this) {   // never between acquire's check and its add
            waiters.remove(w);
        }
        return true;
    }

    private void release() {
        while (true) {
            Waiter next;
            synchronized (this) {
                next = waiters.poll();
                if (next == null) {
                    available++;
                    return;
                }
            }
            if (next.grant(new Permit(this))) {
                return;
            }
        }
    }

    /** Permits free now (none are while requests wait). */
    synchronized int available() {
        return available;
    }

    /** Requests waiting for a permit. */
    int pending() {
        return waiters.size();
    }
}
