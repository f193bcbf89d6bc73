package dev.tauraro.asyncio;

import java.util.function.Supplier;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * One {@link StreamReader} read as a cold Mono: CPython's {@code while not enough: await
 * self._wait_for_data(name)} loop without growing a chain of operators per wait.
 *
 * <p>Each subscription gets a fresh {@link Step} (reads keep state between attempts, such as
 * {@code readuntil}'s search offset). The step runs at subscription; when it needs more data it
 * returns null, and the subscription awaits the reader's waiter future, then runs the step again
 * on the loop when data, the end of the stream or an error arrives. A step that can answer at once
 * answers synchronously inside {@code subscribe}, so a read of buffered data does not yield.
 * Cancelling the subscription (or the task awaiting it) cancels the waiter and leaves the
 * buffer untouched.
 */
final class ReadOp<T> extends Mono<T> {
    /** One attempt of a read: the result, null to wait for data, or an exception. */
    interface Step<T> {
        T attempt();
    }

    private final StreamReader reader;
    private final String name;
    private final Supplier<? extends Step<T>> steps;

    ReadOp(StreamReader reader, String name, Supplier<? extends Step<T>> steps) {
        this.reader = reader;
        this.name = name;
        this.steps = steps;
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        ReadSubscription<T> s = new ReadSubscription<>(reader, name, steps.get(), actual);
        actual.onSubscribe(s);
        s.attempt();
    }

    /** Subscribes to the read's waiter futures in turn (as their subscriber) until the step answers. */
    private static final class ReadSubscription<T> extends Operators.MonoSubscriber<Void, T> {
        private final StreamReader reader;
        private final String name;
        private final Step<T> step;
        private Subscription waiting;
        private Future<Void> waiter;

        ReadSubscription(StreamReader reader, String name, Step<T> step, CoreSubscriber<? super T> actual) {
            super(actual);
            this.reader = reader;
            this.name = name;
            this.step = step;
        }

        void attempt() {
            if (isCancelled()) {
                return;
            }
            T value;
            Future<Void> w;
            try {
                value = step.attempt();
                w = value == null ? reader.waitForData(name) : null;
            } catch (Throwable e) {
                actual.onError(e);
                return;
            }
            if (value != null) {
                complete(value);
                return;
            }
            waiter = w;
            w.owned().subscribe(this);
        }

        @Override
        public void onSubscribe(Subscription s) {
            waiting = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Void v) {
            // the waiter completes empty
        }

        @Override
        public void onComplete() {
            release();
            attempt();
        }

        @Override
        public void onError(Throwable e) {
            release();
            if (!isCancelled()) {
                actual.onError(e);
            }
        }

        @Override
        public void cancel() {
            super.cancel();
            Subscription s = waiting;
            release();
            if (s != null) {
                s.cancel();    // cancels the waiter future: nothing was taken from the buffer
            }
        }

        private void release() {
            waiting = null;
            Future<Void> w = waiter;
            if (w != null) {
                waiter = null;
                reader.waitDone(w);
            }
        }
    }
}
