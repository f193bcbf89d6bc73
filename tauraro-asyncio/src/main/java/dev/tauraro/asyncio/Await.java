package dev.tauraro.asyncio;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;

/**
 * The subscription behind every await: it suspends the current task on something and resumes it
 * on the loop when that something is ready.
 *
 * <p>Resuming follows CPython's {@code Task.__step}: the task becomes the loop's current task, and
 * if a cancellation was requested while it waited on something that could not be cancelled, it
 * receives a {@link CancelledError} instead of the outcome. Subscribers outside any task (plain
 * Reactor pipelines on the loop) are resumed the same way, without the task bookkeeping.
 *
 * <p>State: {@code requested} — the subscriber asked for the value; {@code ready} — the outcome
 * arrived before the request and waits for it; {@code finished} — a terminal signal was sent or
 * the subscription was cancelled. Loop thread only.
 */
abstract class Await<T> implements Subscription, Runnable, Suspension {
    final EventLoop loop;
    final CoreSubscriber<? super T> actual;
    private Task<?> task;
    private boolean requested;
    private boolean ready;
    boolean finished;

    Await(EventLoop loop, CoreSubscriber<? super T> actual) {
        this.loop = loop;
        this.actual = actual;
    }

    /** Registers with the running task (if any) as what it is suspended on. */
    final void suspend() {
        Task<?> t = loop.current;
        if (t != null) {
            task = t;
            t.waiter = this;
        }
    }

    /** Called on the loop when the outcome is available: resumes the task with it. */
    @Override
    public final void run() {
        if (finished) {
            return;
        }
        if (!requested) {
            ready = true;
            return;
        }
        finished = true;
        Task<?> t = task;
        if (t == null) {
            // Not a suspension of a task: either no task subscribed, or the outcome was ready at
            // subscription and is delivered synchronously inside the subscriber's own step, whose
            // current task must stay as it is.
            deliver();
            return;
        }
        Task<?> previous = loop.current;
        loop.current = t;
        try {
            if (t.waiter == this) {
                t.waiter = null;
            }
            if (t.takeCancelRequest()) {
                abandon();
                actual.onError(t.pendingCancelledError());
                return;
            }
            deliver();
        } finally {
            loop.current = previous;
            t.stepDone();
        }
    }

    /** Sends the outcome to {@link #actual}. */
    abstract void deliver();

    /** The outcome will not be delivered (the task was cancelled instead); release what it holds. */
    void abandon() {
    }

    /** Reactor cancelled the subscription: stop waiting and release what is held. */
    abstract void onCancel();

    @Override
    public final void request(long n) {
        if (!Operators.validate(n)) {
            return;
        }
        if (!requested) {
            requested = true;
            if (ready) {
                ready = false;
                run();
            }
        }
    }

    @Override
    public final void cancel() {
        if (!finished) {
            finished = true;
            Task<?> t = task;
            if (t != null && t.waiter == this) {
                t.waiter = null;
            }
            onCancel();
        }
    }

    /** Sends a value (or none, for {@code null}) followed by completion. */
    final void complete(T value) {
        if (value != null) {
            actual.onNext(value);
        }
        actual.onComplete();
    }
}
