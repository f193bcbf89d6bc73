package dev.tauraro.asyncio;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * What {@link Lock} and {@link Semaphore} share: CPython's {@code acquire()} split into its
 * no-wait branch and its waiting branch, so that {@link #acquireMono()} and {@link WithLock} (the
 * {@code async with} of every lock-like type) are written once.
 *
 * <p>The no-wait branch completes synchronously, allocating no future and scheduling nothing, as
 * CPython's {@code acquire} returns without yielding when it need not wait.
 */
abstract class Acquirable extends LoopBound {
    /** The waiters, including cancelled ones that have not resumed yet (as CPython's deque). */
    final WaiterQueue waiters = new WaiterQueue();
    private final Mono<Boolean> acquire = new Acquire(this);

    /** CPython's no-wait branch: takes the lock and returns true, or returns false to wait. */
    abstract boolean tryAcquire();

    /**
     * CPython's waiting branch, entered when {@link #tryAcquire()} returned false: queues a waiter
     * that signals {@code true} to {@code actual} once it holds the lock.
     */
    final void acquireWaiting(CoreSubscriber<? super Boolean> actual) {
        EventLoop loop = loopOrError(actual);
        if (loop == null) {
            return;
        }
        Waiter<Boolean> w = newWaiter(loop, actual);
        w.enqueue();
        actual.onSubscribe(w);
    }

    /** The waiter that runs this type's code after CPython's {@code await fut} in {@code acquire}. */
    abstract Waiter<Boolean> newWaiter(EventLoop loop, CoreSubscriber<? super Boolean> actual);

    /** Releases what an acquire took. */
    public abstract void release();

    /** The cold {@code acquire()} Mono; one instance serves every call. */
    final Mono<Boolean> acquireMono() {
        return acquire;
    }

    /** {@code await lock.acquire()}: the lock is taken when the Mono is subscribed. */
    private static final class Acquire extends Mono<Boolean> {
        private final Acquirable lock;

        Acquire(Acquirable lock) {
            this.lock = lock;
        }

        @Override
        public void subscribe(CoreSubscriber<? super Boolean> actual) {
            if (lock.tryAcquire()) {
                actual.onSubscribe(new Granted(lock, actual));
            } else {
                lock.acquireWaiting(actual);
            }
        }
    }

    /**
     * The subscription of an acquire that did not wait: signals {@code true} when requested, and
     * gives the lock back if cancelled before that (the subscriber never learned it held it).
     */
    private static final class Granted implements Subscription {
        private final Acquirable lock;
        private final CoreSubscriber<? super Boolean> actual;
        private boolean done;

        Granted(Acquirable lock, CoreSubscriber<? super Boolean> actual) {
            this.lock = lock;
            this.actual = actual;
        }

        @Override
        public void request(long n) {
            if (!done && Operators.validate(n)) {
                done = true;
                actual.onNext(Boolean.TRUE);
                actual.onComplete();
            }
        }

        @Override
        public void cancel() {
            if (!done) {
                done = true;
                lock.release();
            }
        }
    }
}
