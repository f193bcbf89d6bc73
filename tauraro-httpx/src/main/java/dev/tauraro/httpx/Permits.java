package dev.tauraro.httpx;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
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

    private static final class Waiter {
        final MonoSink<Permit> sink;
        final AtomicBoolean settled = new AtomicBoolean();

        Waiter(MonoSink<Permit> sink) {
            this.sink = sink;
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
     */
    Mono<Permit> acquire(Duration timeout, java.util.function.Supplier<RuntimeException> onTimeout) {
        Mono<Permit> m = Mono.create(sink -> {
            synchronized (this) {
                if (available > 0 && waiters.isEmpty()) {
                    available--;
                    sink.success(new Permit(this));
                    return;
                }
                Waiter w = new Waiter(sink);
                waiters.add(w);
                sink.onDispose(() -> {
                    if (w.settled.compareAndSet(false, true)) {
                        waiters.remove(w);
                    }
                });
            }
        });
        return timeout == null ? m : m.timeout(timeout, Mono.error(onTimeout));
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
            if (next.settled.compareAndSet(false, true)) {
                next.sink.success(new Permit(this));
                return;
            }
        }
    }

    /** Requests waiting for a permit. */
    int pending() {
        return waiters.size();
    }
}
