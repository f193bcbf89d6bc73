package dev.tauraro.asyncio;

import java.util.Objects;
import java.util.function.Supplier;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * {@code async with lock: body} for every lock-like type: acquire, run the body, release on
 * success, error and cancellation; the release happens before the outcome is passed on, as
 * {@code __aexit__} runs before the statement after the block.
 *
 * <p>When the lock is free the body is subscribed synchronously, without any waiter. If the
 * release itself fails (the body released the lock already), that error replaces the outcome,
 * as an exception raised by {@code __aexit__} does, with the body's error attached as suppressed.
 */
final class WithLock<T> extends Mono<T> {
    private final Acquirable lock;
    private final Supplier<? extends Mono<T>> body;

    WithLock(Acquirable lock, Supplier<? extends Mono<T>> body) {
        this.lock = lock;
        this.body = Objects.requireNonNull(body, "body");
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        Guard<T> g = new Guard<>(lock, body, actual, EventLoop.runningOrNull());
        actual.onSubscribe(g);
        if (g.phase != Guard.ACQUIRING) {
            return; // cancelled from onSubscribe
        }
        if (lock.tryAcquire()) {
            g.enter();
        } else {
            lock.acquireWaiting(g);
        }
    }

    /**
     * Subscribes first to the acquire (only when it must wait), then to the body. Loop thread
     * only; a body that terminates on another thread is moved back to the loop before releasing.
     */
    private static final class Guard<T> extends Steps<T> {
        static final byte ACQUIRING = 0;
        static final byte RUNNING = 1;

        private final Acquirable lock;
        private final Supplier<? extends Mono<T>> body;
        private final EventLoop loop;
        /** The body's value, passed on after the release. */
        private T value;

        Guard(Acquirable lock, Supplier<? extends Mono<T>> body, CoreSubscriber<? super T> actual,
                EventLoop loop) {
            super(actual);
            this.lock = lock;
            this.body = body;
            this.loop = loop;
        }

        /** The lock is held: run the body. */
        void enter() {
            phase = RUNNING;
            Mono<T> m;
            try {
                m = Objects.requireNonNull(body.get(), "The body returned a null Mono");
            } catch (Throwable e) {
                exit(Operators.onOperatorError(e, actual.currentContext()));
                return;
            }
            subscribeStep(RUNNING, m);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void onNext(Object v) {
            if (phase == RUNNING) {
                value = (T) v;
            }
        }

        @Override
        public void onError(Throwable e) {
            if (phase == ACQUIRING) {
                finish(e, null); // not acquired: nothing to release
            } else if (phase == RUNNING) {
                exit(e);
            }
        }

        @Override
        public void onComplete() {
            if (phase == ACQUIRING) {
                enter();
            } else if (phase == RUNNING) {
                exit(null);
            }
        }

        /** Python's {@code __aexit__}: release, then pass the outcome on. */
        private void exit(Throwable bodyError) {
            if (loop != null && loop.isRunning() && !loop.inLoopThread()) {
                loop.callSoonThreadsafe(() -> exit(bodyError));
                return;
            }
            if (phase != RUNNING) {
                return;
            }
            Throwable error = bodyError;
            try {
                lock.release();
            } catch (RuntimeException e) {
                if (error != null) {
                    e.addSuppressed(error);
                }
                error = e;
            }
            T v = value;
            value = null;
            finish(error, error == null ? v : null);
        }

        @Override
        void cancelled(byte phase) {
            value = null;
            if (phase == RUNNING) {
                try {
                    lock.release();
                } catch (RuntimeException e) {
                    Operators.onErrorDropped(e, actual.currentContext());
                }
            }
        }
    }
}
