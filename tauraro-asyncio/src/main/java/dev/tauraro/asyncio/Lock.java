package dev.tauraro.asyncio;

import java.util.function.Supplier;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A mutual-exclusion lock for tasks of one event loop, not owned by the task that acquired it.
 *
 * <p>Python equivalent: {@code asyncio.Lock}.
 * <pre>{@code
 * Lock lock = new Lock();
 * Mono<Void> increment = lock.withLock(() -> Mono.defer(() -> {
 *     int temp = counter;
 *     return Asyncio.sleep(0.01).doOnSuccess(v -> counter = temp + 1);
 * }));
 * }</pre>
 * {@link #withLock} is {@code async with lock:}; {@link #acquire()} and {@link #release()} are the
 * explicit pair. Acquiring a free lock completes at once without yielding to the loop.
 *
 * <h2>Fairness</h2>
 * Waiters are served in FIFO order and a newcomer never overtakes a waiter: {@code release()}
 * wakes the first waiter, and until it has run, acquiring still waits even though
 * {@link #locked()} is false (only cancelled waiters may be overtaken).
 *
 * <h2>Cancellation</h2>
 * A task cancelled while waiting leaves the queue with {@link CancelledError}. A waiter that was
 * woken and is then cancelled before it runs does not take the lock; it passes the wake-up on to
 * the next waiter. {@code withLock} releases when its body is cancelled.
 *
 * <h2>Thread-safety</h2>
 * Use a lock from the thread of the loop its tasks run on. It binds to that loop the first time a
 * task has to wait; waiting on it from another loop then fails with
 * "&lt;Lock [locked]&gt; is bound to a different event loop".
 *
 * <h2>Differences from CPython</h2>
 * Releasing an unlocked lock throws {@link IllegalStateException} (Python's {@code RuntimeError})
 * with the same message, "Lock is not acquired.".
 */
public final class Lock extends Acquirable {
    boolean locked;

    /** A new, unlocked lock. */
    public Lock() {
    }

    /** Whether the lock is held. */
    public boolean locked() {
        return locked;
    }

    /**
     * Acquires the lock, waiting while it is held or others wait for it; signals {@code true}.
     * Cold: nothing happens until subscribed.
     */
    public Mono<Boolean> acquire() {
        return acquireMono();
    }

    /**
     * Releases the lock and wakes the first waiter, if any.
     *
     * @throws IllegalStateException "Lock is not acquired." if it is not locked
     */
    @Override
    public void release() {
        if (!locked) {
            throw new IllegalStateException("Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    /**
     * {@code async with lock:} — acquires, subscribes to the Mono {@code body} supplies, and
     * releases when it succeeds, fails or is cancelled, before passing its outcome on.
     */
    public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
        return new WithLock<>(this, body);
    }

    @Override
    boolean tryAcquire() {
        if (!locked && waiters.allCancelled()) {
            locked = true;
            return true;
        }
        return false;
    }

    @Override
    Waiter<Boolean> newWaiter(EventLoop loop, CoreSubscriber<? super Boolean> actual) {
        return new LockWaiter(loop, actual, this);
    }

    /**
     * Wakes the first waiter unless it is done already. A done first waiter will run later and
     * either take the lock or, cancelled, call this again: so only the first is looked at.
     */
    void wakeUpFirst() {
        Waiter<?> first = waiters.head;
        if (first != null && !first.done()) {
            first.wake();
        }
    }

    @Override
    public String toString() {
        return "<Lock [" + (locked ? "locked" : "unlocked") + waiters.reprSuffix() + "]>";
    }

    /** CPython's code after {@code await fut} in {@code Lock.acquire}. */
    private static final class LockWaiter extends Waiter<Boolean> {
        private final Lock lock;

        LockWaiter(EventLoop loop, CoreSubscriber<? super Boolean> actual, Lock lock) {
            super(loop, actual, lock.waiters);
            this.lock = lock;
        }

        @Override
        void deliver() {
            lock.waiters.remove(this);
            if (cancelled()) {
                passOn();
                actual.onError(cancelledError());
            } else {
                lock.locked = true;
                complete(Boolean.TRUE);
            }
        }

        @Override
        void abandon() {
            lock.waiters.remove(this);
            passOn();
        }

        @Override
        void onCancel() {
            lock.waiters.remove(this);
            passOn();
        }

        /** A waiter that gives up hands a possible wake-up to the next one. */
        private void passOn() {
            if (!lock.locked) {
                lock.wakeUpFirst();
            }
        }
    }
}
