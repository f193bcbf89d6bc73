package dev.tauraro.asyncio;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * A flag that tasks can wait for: {@link #set()} makes it true and wakes every waiter,
 * {@link #clear()} makes it false again.
 *
 * <p>Python equivalent: {@code asyncio.Event}.
 * <pre>{@code
 * Event event = new Event();
 * Mono<Void> waiter = event.await().then(Mono.fromRunnable(() -> System.out.println("received")));
 * Mono<Void> setter = Asyncio.sleep(2).then(Mono.fromRunnable(event::set));
 * }</pre>
 * ({@code await} stands for Python's {@code wait}, since {@code Object.wait()} is final.)
 *
 * <h2>Fairness</h2>
 * {@code set()} wakes every task waiting at that moment, in the order they started waiting, even
 * if {@code clear()} follows at once: a woken waiter returns {@code true} without looking at the
 * flag again. Awaiting a set event completes at once without yielding.
 *
 * <h2>Cancellation</h2>
 * A task cancelled while waiting leaves the queue with {@link CancelledError}; others are not
 * affected.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop its tasks run on; it binds to that loop the first time a
 * task waits. To set it from another thread, use
 * {@code loop.callSoonThreadsafe(event::set)}, as in Python.
 *
 * <h2>Differences from CPython</h2>
 * Python's {@code wait()} is {@link #await()}. The repr has no object address:
 * {@code <Event [unset, waiters:2]>}.
 */
public final class Event extends LoopBound {
    private final WaiterQueue waiters = new WaiterQueue();
    private boolean value;
    private final Mono<Boolean> await = new EventAwait();

    /** A new event whose flag is false. */
    public Event() {
    }

    /** Whether the flag is true. Python: {@code is_set()}. */
    public boolean isSet() {
        return value;
    }

    /** Makes the flag true and wakes every waiter. */
    public void set() {
        if (!value) {
            value = true;
            for (Waiter<?> w = waiters.head; w != null; w = w.next) {
                if (!w.done()) {
                    w.wake();
                }
            }
        }
    }

    /** Makes the flag false; later awaits wait for the next {@link #set()}. */
    public void clear() {
        value = false;
    }

    /**
     * Waits until the flag is true (not at all if it is true now); signals {@code true}. Cold.
     * Python: {@code wait()}.
     */
    public Mono<Boolean> await() {
        return await;
    }

    @Override
    public String toString() {
        return "<Event [" + (value ? "set" : "unset") + waiters.reprSuffix() + "]>";
    }

    private final class EventAwait extends Mono<Boolean> {
        @Override
        public void subscribe(CoreSubscriber<? super Boolean> actual) {
            if (value) {
                actual.onSubscribe(Operators.scalarSubscription(actual, Boolean.TRUE));
                return;
            }
            EventLoop loop = loopOrError(actual);
            if (loop == null) {
                return;
            }
            Waiter<Boolean> w = new EventWaiter(loop, actual, waiters);
            w.enqueue();
            actual.onSubscribe(w);
        }
    }

    /** {@code Event.wait()} after {@code await fut}: leave the queue and return True. */
    private static final class EventWaiter extends Waiter<Boolean> {
        EventWaiter(EventLoop loop, CoreSubscriber<? super Boolean> actual, WaiterQueue queue) {
            super(loop, actual, queue);
        }

        @Override
        Boolean wokenValue() {
            return Boolean.TRUE;
        }
    }
}
