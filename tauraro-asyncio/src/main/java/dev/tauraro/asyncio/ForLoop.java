package dev.tauraro.asyncio;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * A loop of awaits, {@code for x in ...: await body(x)}: subscribes to one body at a time, the
 * next when the previous one completed, and completes after the last one ({@link Asyncio#forRange},
 * {@link Asyncio#forEach}).
 *
 * <p>Why not Reactor's {@code repeat} or {@code concatMap}: they are safe for signals from any
 * thread, which costs each iteration several atomic read-modify-writes (four for a
 * {@code Mono.defer(...).repeat(n)}, measured at about 28 ns an iteration on the benchmark
 * machine, more than an uncontended queue put or get). A loop of awaits runs on its event loop's
 * thread, so this one keeps its state in plain fields: a body that completes while it is being
 * subscribed (a put into a queue with room) only sets a flag, and the loop goes on in the same
 * frame, without recursion; a body that completes later, on the loop, resumes the loop from its
 * completion. Signals from another thread are brought back to the loop first, into the task that
 * runs the loop, as a tauraro await resumes its task.
 *
 * <p>Subscribed where no loop runs, it is the same loop written with {@code concatMap}, which is
 * safe anywhere.
 */
final class ForLoop extends Mono<Void> {
    /** Makes one subscription's sequence of bodies. */
    private final Supplier<Bodies> bodies;
    /** The same loop for use where no event loop runs. */
    private final Supplier<Mono<Void>> offLoop;

    private ForLoop(Supplier<Bodies> bodies, Supplier<Mono<Void>> offLoop) {
        this.bodies = bodies;
        this.offLoop = offLoop;
    }

    static Mono<Void> range(int n, IntFunction<? extends Mono<?>> body) {
        Objects.requireNonNull(body, "body");
        if (n <= 0) {
            return Mono.empty();
        }
        return new ForLoop(() -> new Bodies() {
            private int i;

            @Override
            Mono<?> next() {
                return i < n ? Objects.requireNonNull(body.apply(i++), "body returned null") : null;
            }
        }, () -> Flux.range(0, n).concatMap(body::apply, 0).then());
    }

    static <T> Mono<Void> each(Iterable<? extends T> items, Function<? super T, ? extends Mono<?>> body) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(body, "body");
        return new ForLoop(() -> new Bodies() {
            private Iterator<? extends T> it;

            @Override
            Mono<?> next() {
                if (it == null) {
                    it = items.iterator();
                }
                return it.hasNext() ? Objects.requireNonNull(body.apply(it.next()), "body returned null") : null;
            }
        }, () -> Flux.fromIterable(items).concatMap(body, 0).then());
    }

    @Override
    public void subscribe(CoreSubscriber<? super Void> actual) {
        EventLoop loop = EventLoop.runningOrNull();
        if (loop == null) {
            offLoop.get().subscribe(actual);
            return;
        }
        Run run = new Run(loop, actual, bodies.get());
        actual.onSubscribe(run);
        run.drive();
    }

    /** One subscription's bodies, in order. */
    abstract static class Bodies {
        /** The next body to await, or null when the loop is over; a body of null throws. */
        abstract Mono<?> next();
    }

    /**
     * One run of the loop: the downstream's subscription and each body's subscriber.
     *
     * <p>State (loop thread only): {@code driving} while {@link #drive()} subscribes to bodies in
     * its loop; {@code stepDone} when the body just subscribed completed during its subscription;
     * {@code over} once the downstream got its terminal signal or cancelled.
     */
    static final class Run implements CoreSubscriber<Object>, Subscription {
        private final EventLoop loop;
        private final CoreSubscriber<? super Void> actual;
        private final Bodies bodies;
        /** The task that runs the loop (null in a bare callback): resumed into after a thread hop. */
        private final Task<?> task;
        private Subscription upstream;
        private boolean driving;
        private boolean stepDone;
        private boolean over;

        Run(EventLoop loop, CoreSubscriber<? super Void> actual, Bodies bodies) {
            this.loop = loop;
            this.actual = actual;
            this.bodies = bodies;
            this.task = loop.current;
        }

        /** Subscribes to bodies until one waits (its completion calls back) or the loop ends. */
        void drive() {
            driving = true;
            while (!over) {
                Mono<?> body;
                try {
                    body = bodies.next();
                } catch (Throwable e) {
                    fail(Operators.onOperatorError(e, actual.currentContext()));
                    break;
                }
                if (body == null) {
                    over = true;
                    actual.onComplete();
                    break;
                }
                stepDone = false;
                body.subscribe(this);
                if (!stepDone) {
                    break; // the body waits; its completion resumes the loop
                }
            }
            driving = false;
        }

        @Override
        public Context currentContext() {
            return actual.currentContext();
        }

        @Override
        public void onSubscribe(Subscription s) {
            if (over) {
                s.cancel();
                return;
            }
            upstream = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Object value) {
            // The value of each await is dropped, as a Python loop drops it.
        }

        @Override
        public void onError(Throwable e) {
            if (!loop.inLoopThread() && loop.isRunning()) {
                loop.callSoonThreadsafe(() -> resumeTask(() -> fail(e)));
                return;
            }
            fail(e);
        }

        @Override
        public void onComplete() {
            if (!loop.inLoopThread() && loop.isRunning()) {
                loop.callSoonThreadsafe(() -> resumeTask(this::stepCompleted));
                return;
            }
            stepCompleted();
        }

        private void stepCompleted() {
            if (over) {
                return;
            }
            upstream = null;
            if (driving) {
                stepDone = true; // drive() goes on in its own frame
            } else {
                drive();
            }
        }

        private void fail(Throwable e) {
            if (over) {
                Operators.onErrorDropped(e, actual.currentContext());
                return;
            }
            over = true;
            upstream = null;
            actual.onError(e);
        }

        /**
         * Runs a signal that arrived on another thread as part of the loop's task, so that the next
         * bodies' awaits suspend that task (and its cancellation reaches them), as
         * {@link Await#run()} resumes a task: a cancellation requested meanwhile is raised instead.
         */
        private void resumeTask(Runnable signal) {
            Task<?> t = task;
            if (t == null || t.done()) {
                signal.run();
                return;
            }
            Task<?> previous = loop.current;
            loop.current = t;
            try {
                if (t.takeCancelRequest()) {
                    // A cancellation requested while the body ran elsewhere is raised now.
                    fail(t.pendingCancelledError());
                    return;
                }
                signal.run();
            } finally {
                loop.current = previous;
                t.stepDone();
            }
        }

        @Override
        public void request(long n) {
            // No values: the completion is sent whenever it comes.
        }

        @Override
        public void cancel() {
            if (!over) {
                over = true;
                Subscription s = upstream;
                upstream = null;
                if (s != null) {
                    s.cancel();
                }
            }
        }
    }
}
