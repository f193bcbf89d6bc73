package dev.tauraro.asyncio;

import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * A condition variable: tasks holding its lock wait until another task signals them.
 *
 * <p>Python equivalent: {@code asyncio.Condition}. Python's {@code wait}, {@code notify} and
 * {@code notify_all} are {@link #await()}, {@link #signal(int)} and {@link #signalAll()} here,
 * because {@code Object.wait()} and {@code Object.notify()} are final.
 * <pre>{@code
 * Condition cond = new Condition();
 * Mono<Item> consumer = cond.withLock(() -> cond.waitFor(() -> items.poll()));
 * Mono<Void> producer = cond.withLock(() -> Mono.fromRunnable(() -> {
 *     items.add(item);
 *     cond.signal();
 * }));
 * }</pre>
 *
 * <h2>Fairness</h2>
 * Waiters are signalled in the order they started waiting. A signalled waiter then re-acquires
 * the lock, queueing behind the tasks already waiting for it; {@code await()} completes only once
 * it holds the lock again.
 *
 * <h2>Cancellation</h2>
 * A cancelled {@code await()} still re-acquires the lock before it raises {@link CancelledError},
 * so the code after it always holds the lock, as in CPython. If the re-acquisition is itself
 * cancelled it keeps trying and then raises a {@code CancelledError} without a message. As in
 * CPython 3.11, a waiter signalled and then cancelled does not pass the signal on.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop its tasks run on; it binds to that loop the first time a
 * task waits.
 *
 * <h2>Differences from CPython</h2>
 * Waiting or signalling without holding the lock throws {@link IllegalStateException}
 * (Python's {@code RuntimeError}) with the same messages.
 */
public final class Condition extends LoopBound {
    private final Lock lock;
    private final WaiterQueue waiters = new WaiterQueue();
    private final Mono<Boolean> await = new ConditionAwait();

    /** A condition with a new lock of its own. */
    public Condition() {
        this(new Lock());
    }

    /** A condition over {@code lock}, which other conditions or tasks may share. */
    public Condition(Lock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
    }

    /** Whether the underlying lock is held. */
    public boolean locked() {
        return lock.locked();
    }

    /** Acquires the underlying lock: {@link Lock#acquire()}. */
    public Mono<Boolean> acquire() {
        return lock.acquire();
    }

    /**
     * Releases the underlying lock: {@link Lock#release()}.
     *
     * @throws IllegalStateException "Lock is not acquired." if it is not locked
     */
    public void release() {
        lock.release();
    }

    /** {@code async with condition:} — {@link Lock#withLock} on the underlying lock. */
    public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
        return lock.withLock(body);
    }

    /**
     * Releases the lock, waits until signalled, re-acquires the lock and signals {@code true}.
     * Cold. Python: {@code wait()}.
     *
     * <p>Signals {@link IllegalStateException} "cannot wait on un-acquired lock" if the lock is
     * not held when subscribed.
     */
    public Mono<Boolean> await() {
        return await;
    }

    /**
     * Waits until {@code predicate} gives a truthy value (non-null and not {@code Boolean.FALSE})
     * and signals that value; the predicate is called with the lock held, first before waiting at
     * all. Python: {@code wait_for(predicate)}.
     */
    public <T> Mono<T> waitFor(Supplier<T> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return Mono.defer(() -> {
            T result = predicate.get();
            if (result != null && !Boolean.FALSE.equals(result)) {
                return Mono.just(result);
            }
            return await.then(waitFor(predicate));
        });
    }

    /** Wakes one waiter. Python: {@code notify()}. @see #signal(int) */
    public void signal() {
        signal(1);
    }

    /**
     * Wakes up to {@code n} waiters, the longest-waiting first. Each returns from
     * {@link #await()} once it has re-acquired the lock, which the caller still holds.
     * Python: {@code notify(n)}.
     *
     * @throws IllegalStateException "cannot notify on un-acquired lock" if the lock is not held
     */
    public void signal(int n) {
        if (!lock.locked()) {
            throw new IllegalStateException("cannot notify on un-acquired lock");
        }
        int woken = 0;
        for (Waiter<?> w = waiters.head; w != null && woken < n; w = w.next) {
            if (!w.done()) {
                woken++;
                w.wake();
            }
        }
    }

    /** Wakes every waiter. Python: {@code notify_all()}. @throws IllegalStateException as signal */
    public void signalAll() {
        signal(waiters.size());
    }

    @Override
    public String toString() {
        return "<Condition [" + (lock.locked() ? "locked" : "unlocked") + waiters.reprSuffix() + "]>";
    }

    private final class ConditionAwait extends Mono<Boolean> {
        @Override
        public void subscribe(CoreSubscriber<? super Boolean> actual) {
            if (!lock.locked()) {
                Operators.error(actual, new IllegalStateException("cannot wait on un-acquired lock"));
                return;
            }
            EventLoop loop = loopOrError(actual);
            if (loop == null) {
                return;
            }
            lock.release();
            Rewait r = new Rewait(lock, actual);
            Waiter<Boolean> w = new Waiter<>(loop, r, waiters);
            w.enqueue();
            r.onSubscribe(w);
            actual.onSubscribe(r);
        }
    }

    /**
     * The part of {@code Condition.wait} after the wait: whatever the wait's outcome, re-acquire
     * the lock, retrying when cancelled, then pass the outcome on (a bare {@link CancelledError}
     * if a re-acquisition was cancelled).
     */
    private static final class Rewait extends Steps<Boolean> {
        private static final byte WAITING = 0;
        private static final byte REACQUIRING = 1;

        private final Lock lock;
        /** The error the wait ended with, raised after re-acquiring; null when signalled. */
        private Throwable outcome;
        private boolean reacquireCancelled;

        Rewait(Lock lock, CoreSubscriber<? super Boolean> actual) {
            super(actual);
            this.lock = lock;
        }

        @Override
        public void onNext(Object ignored) {
        }

        @Override
        public void onError(Throwable e) {
            if (phase == WAITING) {
                outcome = e;
                reacquire();
            } else if (phase == REACQUIRING) {
                if (e instanceof CancelledError) {
                    reacquireCancelled = true;
                    reacquire();
                } else {
                    finish(e, null);
                }
            }
        }

        @Override
        public void onComplete() {
            if (phase == WAITING) {
                reacquire();
            } else if (phase == REACQUIRING) {
                Throwable error = reacquireCancelled ? new CancelledError() : outcome;
                finish(error, error == null ? Boolean.TRUE : null);
            }
        }

        private void reacquire() {
            subscribeStep(REACQUIRING, lock.acquire());
        }
    }
}
