package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * The eventual outcome of an operation on an {@link EventLoop}: a result, an exception, or
 * cancellation.
 *
 * <p>Python equivalent: {@code asyncio.Future}. A future is also a {@link Mono}: subscribing to it
 * awaits it. Inside a task, awaiting a pending future suspends the task, and cancelling the task
 * cancels the future (as in CPython, where a task cancels its {@code _fut_waiter}). Awaiting a
 * future that is already done delivers its outcome at once, without yielding to the loop.
 * Unsubscribing (a Reactor cancel) only stops listening; it never cancels the future.
 *
 * <h2>Cancellation</h2>
 * {@link #cancel(String)} marks it cancelled and wakes its awaiters with a {@link CancelledError}
 * carrying the message. A task awaiting it that is cancelled cancels it in turn.
 *
 * <h2>Callbacks</h2>
 * Done callbacks run on the loop, scheduled with {@code callSoon} in the order they were added,
 * once the future is done; a callback added to a done future is scheduled at once.
 *
 * <h2>Thread-safety</h2>
 * Complete, cancel and add callbacks from the loop's thread. Subscribing from another thread
 * is allowed (the subscription moves to the loop); so is {@link #toCompletableFuture()}.
 *
 * <h2>Differences from CPython</h2>
 * {@link #result()} rethrows unchecked exceptions as they are and wraps checked ones in
 * {@link CompletionException}. There is no "exception was never retrieved" warning. The repr
 * omits the {@code cb=[...]} part and shows results with Java's {@code toString}.
 *
 * <pre>{@code
 * Future<String> f = loop.createFuture();
 * loop.callLater(1.0, () -> f.setResult("done"));
 * return f.map(String::toUpperCase);      // awaits f: "DONE" one second later
 * }</pre>
 */
public class Future<T> extends Mono<T> {
    private static final byte PENDING = 0;
    private static final byte CANCELLED = 1;
    private static final byte FINISHED = 2;

    final EventLoop loop;
    private byte state;
    private T result;
    private Throwable exception;
    private String cancelMessage;
    /** Null, one callback, or an {@code ArrayList<Runnable>} of them. */
    private Object callbacks;

    Future(EventLoop loop) {
        this.loop = loop;
    }

    /** The loop this future belongs to. */
    public final EventLoop getLoop() {
        return loop;
    }

    /** Whether it has a result, an exception, or was cancelled. */
    public final boolean done() {
        return state != PENDING;
    }

    /** Whether it was cancelled. */
    public final boolean cancelled() {
        return state == CANCELLED;
    }

    /**
     * The result.
     *
     * @throws CancelledError if it was cancelled
     * @throws InvalidStateError "Result is not set." if it is pending
     * @throws RuntimeException its exception, if it has one (checked ones wrapped in
     *     {@link CompletionException})
     */
    public T result() {
        if (state == CANCELLED) {
            throw makeCancelledError();
        }
        if (state == PENDING) {
            throw new InvalidStateError("Result is not set.");
        }
        if (exception != null) {
            throw rethrowable(exception);
        }
        return result;
    }

    /**
     * The exception, or null if it finished with a result.
     *
     * @throws CancelledError if it was cancelled
     * @throws InvalidStateError "Exception is not set." if it is pending
     */
    public Throwable exception() {
        if (state == CANCELLED) {
            throw makeCancelledError();
        }
        if (state == PENDING) {
            throw new InvalidStateError("Exception is not set.");
        }
        return exception;
    }

    /** Marks it done with {@code value}. @throws InvalidStateError if it is done already */
    public void setResult(T value) {
        complete(value);
    }

    /** Marks it done with {@code error}. @throws InvalidStateError if it is done already */
    public void setException(Throwable error) {
        fail(error);
    }

    final void complete(T value) {
        checkPending();
        result = value;
        state = FINISHED;
        scheduleCallbacks();
    }

    final void fail(Throwable error) {
        Objects.requireNonNull(error, "exception");
        checkPending();
        exception = error;
        state = FINISHED;
        scheduleCallbacks();
    }

    private void checkPending() {
        loop.checkThread();
        if (state != PENDING) {
            throw new InvalidStateError("invalid state"); // CPython's C implementation says just this
        }
    }

    /** Cancels it. @return false if it was done already */
    public boolean cancel() {
        return cancel(null);
    }

    /**
     * Cancels it with a message that awaiting parties see in their {@link CancelledError}.
     *
     * @return false if it was done already
     */
    public boolean cancel(String msg) {
        if (state != PENDING) {
            return false;
        }
        markCancelled(msg);
        return true;
    }

    final void markCancelled(String msg) {
        loop.checkThread();
        cancelMessage = msg;
        state = CANCELLED;
        scheduleCallbacks();
    }

    /** A fresh {@link CancelledError} carrying the cancel message. */
    CancelledError makeCancelledError() {
        return new CancelledError(cancelMessage);
    }

    final String cancelMessage() {
        return cancelMessage;
    }

    // ---------------------------------------------------------------- callbacks

    /**
     * Adds a callback to run on the loop with this future once it is done. Python:
     * {@code add_done_callback}.
     */
    public void addDoneCallback(Consumer<? super Future<T>> fn) {
        Objects.requireNonNull(fn, "fn");
        addCallback(new DoneCallback<>(this, fn));
    }

    /**
     * Removes every registration of {@code fn}. Python: {@code remove_done_callback}.
     *
     * @return how many were removed
     */
    public int removeDoneCallback(Consumer<? super Future<T>> fn) {
        return removeCallbacks(r -> r instanceof DoneCallback && ((DoneCallback<?>) r).fn.equals(fn));
    }

    private static final class DoneCallback<T> implements Runnable {
        final Future<T> future;
        final Consumer<? super Future<T>> fn;

        DoneCallback(Future<T> future, Consumer<? super Future<T>> fn) {
            this.future = future;
            this.fn = fn;
        }

        @Override
        public void run() {
            fn.accept(future);
        }

        @Override
        public String toString() {
            return fn.toString();
        }
    }

    /** Schedules {@code r} on the loop once done (at once if done already). Loop thread only. */
    @SuppressWarnings("unchecked")
    final void addCallback(Runnable r) {
        if (state != PENDING) {
            loop.schedule(r);
            return;
        }
        Object cbs = callbacks;
        if (cbs == null) {
            callbacks = r;
        } else if (cbs instanceof ArrayList) {
            ((ArrayList<Runnable>) cbs).add(r);
        } else {
            ArrayList<Runnable> list = new ArrayList<>(4);
            list.add((Runnable) cbs);
            list.add(r);
            callbacks = list;
        }
    }

    final void removeCallback(Runnable r) {
        removeCallbacks(x -> x == r);
    }

    @SuppressWarnings("unchecked")
    private int removeCallbacks(java.util.function.Predicate<Runnable> match) {
        Object cbs = callbacks;
        if (cbs == null) {
            return 0;
        }
        if (cbs instanceof ArrayList) {
            List<Runnable> list = (List<Runnable>) cbs;
            int before = list.size();
            list.removeIf(match);
            return before - list.size();
        }
        if (match.test((Runnable) cbs)) {
            callbacks = null;
            return 1;
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private void scheduleCallbacks() {
        Object cbs = callbacks;
        callbacks = null;
        if (cbs == null) {
            return;
        }
        if (cbs instanceof ArrayList) {
            for (Runnable r : (List<Runnable>) cbs) {
                loop.schedule(r);
            }
        } else {
            loop.schedule((Runnable) cbs);
        }
    }

    // ---------------------------------------------------------------- awaiting

    /** Awaits this future: delivers its outcome on the loop once it is done. */
    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        subscribeAwait(actual, false);
    }

    /**
     * This future as a Mono that also cancels it when the subscription is cancelled: for futures
     * that exist only to be awaited by that one subscriber (a lock's waiter, a sleep's timer).
     */
    final Mono<T> owned() {
        return new Mono<T>() {
            @Override
            public void subscribe(CoreSubscriber<? super T> actual) {
                subscribeAwait(actual, true);
            }
        };
    }

    private void subscribeAwait(CoreSubscriber<? super T> actual, boolean owned) {
        if (!loop.inLoopThread() && loop.isRunning()) {
            loop.callSoonThreadsafe(() -> subscribeAwait(actual, owned));
            return;
        }
        FutureAwait<T> a = new FutureAwait<>(this, actual, owned);
        actual.onSubscribe(a);
        if (state != PENDING) {
            a.run(); // already done: no suspension, as in CPython's Future.__await__
        } else {
            a.suspend();
            addCallback(a);
        }
    }

    /** The subscription that awaits a future. */
    private static final class FutureAwait<T> extends Await<T> {
        private final Future<T> future;
        private final boolean owned;

        FutureAwait(Future<T> future, CoreSubscriber<? super T> actual, boolean owned) {
            super(future.loop, actual);
            this.future = future;
            this.owned = owned;
        }

        @Override
        public boolean cancelWaiting(String msg) {
            return future.cancel(msg);
        }

        @Override
        void deliver() {
            Future<T> f = future;
            if (f.state == CANCELLED) {
                actual.onError(f.makeCancelledError());
            } else if (f.exception != null) {
                actual.onError(f.exception);
            } else {
                complete(f.result);
            }
        }

        @Override
        void onCancel() {
            future.removeCallback(this);
            if (owned) {
                future.cancel();
            }
        }
    }

    // ---------------------------------------------------------------- interop

    /**
     * A {@link CompletableFuture} completed with this future's outcome (cancelled with it, too).
     * Cancelling the returned future cancels this one. Callable from any thread.
     */
    public CompletableFuture<T> toCompletableFuture() {
        CompletableFuture<T> cf = new CompletableFuture<>();
        Runnable attach = () -> addDoneCallback(f -> {
            if (f.cancelled()) {
                cf.cancel(false);
            } else if (f.exception != null) {
                cf.completeExceptionally(f.exception);
            } else {
                cf.complete(f.result);
            }
        });
        if (loop.isRunning() && !loop.inLoopThread()) {
            loop.callSoonThreadsafe(attach);
        } else {
            attach.run();
        }
        cf.whenComplete((v, e) -> {
            if (e instanceof CancellationException && !loop.isClosed()) {
                Runnable cancel = () -> cancel();
                if (loop.inLoopThread() || !loop.isRunning()) {
                    cancel.run();
                } else {
                    loop.callSoonThreadsafe(cancel);
                }
            }
        });
        return cf;
    }

    static RuntimeException rethrowable(Throwable e) {
        if (e instanceof RuntimeException) {
            return (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        return new CompletionException(e);
    }

    // ---------------------------------------------------------------- repr

    /** The part of the repr after the class name, as in CPython's {@code _future_repr_info}. */
    String reprInfo() {
        if (state == PENDING) {
            return "pending";
        }
        if (state == CANCELLED) {
            return "cancelled";
        }
        return exception != null ? "finished exception=" + exception : "finished result=" + result;
    }

    @Override
    public String toString() {
        return "<Future " + reprInfo() + ">";
    }
}
