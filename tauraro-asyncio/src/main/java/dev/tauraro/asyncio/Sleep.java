package dev.tauraro.asyncio;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * {@code asyncio.sleep(delay, result)} as a cold Mono.
 *
 * <p>A delay of zero or less is a bare yield: the task is rescheduled at the back of the ready
 * queue, with no timer. A positive delay arms a timer; when it fires the task is woken one
 * iteration later, exactly as CPython's sleep future does, so wake-up order matches CPython's.
 */
final class Sleep<T> extends Mono<T> {
    private final long nanos;
    private final T result;

    Sleep(long nanos, T result) {
        this.nanos = nanos;
        this.result = result;
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        EventLoop loop = EventLoop.runningOrNull();
        if (loop == null) {
            Operators.error(actual, new IllegalStateException("no running event loop"));
            return;
        }
        if (nanos <= 0) {
            YieldAwait<T> a = new YieldAwait<>(loop, actual, result);
            actual.onSubscribe(a);
            a.suspend();
            loop.schedule(a);
        } else {
            TimedAwait<T> a = new TimedAwait<>(loop, actual, result);
            actual.onSubscribe(a);
            a.suspend();
            a.timer = loop.callAtNanos(loop.nanoTime() + nanos, a::fire);
        }
    }

    /** A bare yield: not cancellable in itself, so a cancel request is raised when it resumes. */
    private static final class YieldAwait<T> extends Await<T> {
        private final T result;

        YieldAwait(EventLoop loop, CoreSubscriber<? super T> actual, T result) {
            super(loop, actual);
            this.result = result;
        }

        @Override
        public boolean cancelWaiting(String msg) {
            return false;
        }

        @Override
        void deliver() {
            complete(result);
        }

        @Override
        void onCancel() {
        }
    }

    /** A timed sleep: cancelling it disarms the timer and wakes the task with CancelledError. */
    private static final class TimedAwait<T> extends Await<T> {
        private final T result;
        TimerHandle timer;
        private boolean woken;
        private CancelledError cancelled;

        TimedAwait(EventLoop loop, CoreSubscriber<? super T> actual, T result) {
            super(loop, actual);
            this.result = result;
        }

        void fire() {
            woken = true;
            loop.schedule(this);
        }

        @Override
        public boolean cancelWaiting(String msg) {
            if (woken) {
                return false;
            }
            woken = true;
            timer.cancel();
            cancelled = new CancelledError(msg);
            loop.schedule(this);
            return true;
        }

        @Override
        void deliver() {
            if (cancelled != null) {
                actual.onError(cancelled);
            } else {
                complete(result);
            }
        }

        @Override
        void onCancel() {
            timer.cancel();
        }
    }
}
