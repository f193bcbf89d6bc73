package dev.tauraro.asyncio;

import java.util.function.Supplier;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A counter of permits for tasks of one event loop: acquiring takes one, waiting while there are
 * none; releasing gives one back.
 *
 * <p>Python equivalent: {@code asyncio.Semaphore}.
 * <pre>{@code
 * Semaphore semaphore = new Semaphore(3); // at most 3 at once
 * Mono<Void> limited(int num) {
 *     return semaphore.withLock(() -> Mono.fromRunnable(() -> System.out.println("Running " + num))
 *             .then(Asyncio.sleep(1))
 *             .doOnSuccess(v -> System.out.println("Done " + num)));
 * }
 * }</pre>
 * Acquiring when a permit is free and nobody waits completes at once without yielding.
 *
 * <h2>Fairness</h2>
 * Waiters are served in FIFO order; a newcomer never overtakes a waiter that is not cancelled.
 * {@code release()} hands the permit to the first waiter at once (the count stays at zero), so
 * {@link #locked()} stays true until that waiter has run.
 *
 * <h2>Cancellation</h2>
 * A task cancelled while waiting leaves the queue with {@link CancelledError}. A waiter woken and
 * then cancelled before it runs gives its permit back and wakes the next waiter: no permit is
 * lost. {@code withLock} releases when its body is cancelled.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop its tasks run on; it binds to that loop the first time a
 * task has to wait.
 *
 * <h2>Differences from CPython</h2>
 * A negative initial value throws {@link IllegalArgumentException} (Python's {@code ValueError}).
 */
public class Semaphore extends Acquirable {
    /** Free permits; a woken waiter's permit is already taken off it. */
    int value;

    /** A semaphore with one permit. */
    public Semaphore() {
        this(1);
    }

    /**
     * A semaphore with {@code value} permits.
     *
     * @throws IllegalArgumentException "Semaphore initial value must be >= 0"
     */
    public Semaphore(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("Semaphore initial value must be >= 0");
        }
        this.value = value;
    }

    /** Whether acquiring would have to wait: no permit is free, or someone waits. */
    public final boolean locked() {
        return value == 0 || !waiters.allCancelled();
    }

    /**
     * Takes a permit, waiting while none is free or others wait; signals {@code true}. Cold.
     */
    public final Mono<Boolean> acquire() {
        return acquireMono();
    }

    /** Gives a permit back and wakes the first waiter, if any. */
    @Override
    public void release() {
        value++;
        wakeUpNext();
    }

    /**
     * {@code async with semaphore:} — acquires, subscribes to the Mono {@code body} supplies, and
     * releases when it succeeds, fails or is cancelled, before passing its outcome on.
     */
    public final <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
        return new WithLock<>(this, body);
    }

    @Override
    final boolean tryAcquire() {
        if (!locked()) {
            value--;
            return true;
        }
        return false;
    }

    @Override
    final Waiter<Boolean> newWaiter(EventLoop loop, CoreSubscriber<? super Boolean> actual) {
        return new SemaphoreWaiter(loop, actual, this);
    }

    /** Hands a permit to the first waiter that is neither woken nor cancelled. */
    final void wakeUpNext() {
        Waiter<?> w = waiters.firstPending();
        if (w != null) {
            value--;
            w.wake();
        }
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " ["
                + (locked() ? "locked" : "unlocked, value:" + value) + waiters.reprSuffix() + "]>";
    }

    /** CPython's code after {@code await fut} in {@code Semaphore.acquire}. */
    private static final class SemaphoreWaiter extends Waiter<Boolean> {
        private final Semaphore sem;

        SemaphoreWaiter(EventLoop loop, CoreSubscriber<? super Boolean> actual, Semaphore sem) {
            super(loop, actual, sem.waiters);
            this.sem = sem;
        }

        @Override
        void deliver() {
            sem.waiters.remove(this);
            if (cancelled()) {
                actual.onError(cancelledError()); // never got a permit
                return;
            }
            if (sem.value > 0) {
                sem.wakeUpNext();
            }
            complete(Boolean.TRUE);
        }

        @Override
        void abandon() {
            giveBack();
        }

        @Override
        void onCancel() {
            giveBack();
        }

        /** Leaves the queue; a woken waiter returns the permit it was handed. */
        private void giveBack() {
            sem.waiters.remove(this);
            if (state == WOKEN) {
                sem.value++;
                sem.wakeUpNext();
            }
        }
    }
}
