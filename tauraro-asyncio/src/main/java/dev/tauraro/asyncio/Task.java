package dev.tauraro.asyncio;

import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A {@link Mono} running concurrently on an {@link EventLoop}.
 *
 * <p>Python equivalent: {@code asyncio.Task}.
 *
 * <p>Created by {@link Asyncio#createTask} (or {@link EventLoop#createTask}), a task is scheduled
 * at once and starts when its creator yields to the loop. It is a {@link Future}: subscribing to it
 * awaits it, and its result is the Mono's value ({@code null} for an empty Mono).
 *
 * <h2>Cancellation</h2>
 * {@link #cancel(String)} only requests: the task receives a {@link CancelledError} at the await
 * where it is suspended and may catch it. If it waits on another future or task, that one is
 * cancelled (so cancellation travels down a chain of awaits). A task cancelled before it starts
 * never subscribes to its Mono. A task cancelled while it runs (for example by itself) has the
 * thing it next suspends on cancelled at once, as CPython does at the end of a step; awaiting a
 * future that is already done does not suspend, so the cancellation waits for a real suspension.
 * A task whose Mono ends with {@code CancelledError}, or that completes while a cancellation is
 * pending, is {@link #cancelled()}; the first party to read its outcome gets that very
 * {@code CancelledError} (with its message), later ones a fresh one without message, as in
 * CPython 3.11. {@link #cancelling()} counts requests and {@link #uncancel()} withdraws one, as
 * {@code asyncio.timeout} does; catching the error does not reset the count.
 *
 * <pre>{@code
 * Task<String> t = Asyncio.createTask(Asyncio.sleep(10).thenReturn("slept")
 *         .onErrorResume(CancelledError.class, e -> Mono.just("cleaned up")));
 * return Asyncio.sleep(1).then(Mono.defer(() -> {
 *     t.cancel();
 *     return t;                       // "cleaned up"; t.cancelled() is false
 * }));
 * }</pre>
 *
 * <h2>Thread-safety</h2>
 * Use a task from its loop's thread. Signals that reach it from other threads (a Mono completing on
 * a Reactor scheduler) are moved onto the loop before the task finishes.
 *
 * <h2>Differences from CPython</h2>
 * Cancellation is delivered at the awaits this library provides (futures, sleeps, locks, queues,
 * gather, ...). A task suspended inside some other publisher (say an un-bridged
 * {@code Mono.delay}) cannot receive an error there: it is unsubscribed Reactor-style and ends
 * cancelled without running any handler. Bridge foreign publishers with {@link Asyncio#await}.
 * A task that awaits several things at once (say {@code Mono.zip} of two sleeps) is registered
 * with the last one; cancelling it cancels that one, whose error then ends the others.
 * The repr has no {@code coro=} or {@code wait_for=} parts, and a result is shown with Java's
 * {@code toString}, not Python's {@code repr}. Task numbers ("Task-N") are global to the JVM.
 */
public final class Task<T> extends Future<T> implements CoreSubscriber<T>, Runnable {
    private static final AtomicLong COUNTER = new AtomicLong();

    private Mono<T> coro;
    /** The Mono the task runs, kept for {@link #getCoro()} (CPython's {@code _coro}). */
    private final Mono<T> origin;
    private final long number;
    private String name;
    private Subscription upstream;
    private T value;
    private boolean started;
    /** A cancellation to raise at the next resumption (CPython's {@code _must_cancel}). */
    private boolean mustCancel;
    private String cancelMsg;
    private int cancelRequests;
    /**
     * The CancelledError the Mono ended with, handed once to the first party that reads the
     * outcome (CPython's {@code _cancelled_exc}); later readers get a fresh one without message.
     */
    private CancelledError cancelledExc;
    /** What the task is suspended on, or null while it runs or waits on a foreign publisher. */
    Suspension waiter;
    /** Links in the loop's list of live tasks. */
    Task<?> prevLive;
    Task<?> nextLive;

    Task(EventLoop loop, Mono<T> coro, String name) {
        super(loop);
        this.coro = coro;
        this.origin = coro;
        this.number = COUNTER.incrementAndGet();
        this.name = name;
        loop.taskStarted(this);
    }

    /** The Mono the task was created with. Python: {@code Task.get_coro()}. */
    public Mono<T> getCoro() {
        return origin;
    }

    /** The task's name: the one given, or "Task-N". */
    public String getName() {
        String n = name;
        if (n == null) {
            n = "Task-" + number;
            name = n;
        }
        return n;
    }

    /** Renames the task. */
    public void setName(String name) {
        this.name = String.valueOf(name);
    }

    /** The first step: subscribe to the Mono, unless cancelled before starting. Called by the loop. */
    @Override
    public void run() {
        if (started || done()) {
            return;
        }
        started = true;
        Mono<T> c = coro;
        coro = null;
        if (mustCancel) {
            finish(null, new CancelledError(cancelMsg));
            return;
        }
        Task<?> previous = loop.current;
        loop.current = this;
        try {
            c.subscribe(this);
        } catch (Throwable e) {
            finish(null, e);
        } finally {
            loop.current = previous;
            stepDone();
        }
    }

    /**
     * End of a step (CPython's end of {@code __step}): if the task cancelled itself, or was
     * cancelled, while running and is now suspended, cancel what it suspended on at once rather
     * than raise only when that wakes it.
     */
    void stepDone() {
        if (mustCancel && !done()) {
            Suspension w = waiter;
            if (w != null && w.cancelWaiting(cancelMsg)) {
                mustCancel = false;
            }
        }
    }

    // ---------------------------------------------------------------- the Mono's signals

    @Override
    public void onSubscribe(Subscription s) {
        upstream = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T t) {
        value = t;
    }

    @Override
    public void onError(Throwable e) {
        if (!loop.inLoopThread() && loop.isRunning()) {
            loop.callSoonThreadsafe(() -> finish(null, e));
        } else {
            finish(null, e);
        }
    }

    @Override
    public void onComplete() {
        if (!loop.inLoopThread() && loop.isRunning()) {
            T v = value;
            loop.callSoonThreadsafe(() -> finish(v, null));
        } else {
            finish(value, null);
        }
    }

    private void finish(T result, Throwable error) {
        if (done()) {
            return;
        }
        upstream = null;
        waiter = null;
        value = null;
        loop.taskFinished(this);
        if (error instanceof CancelledError) {
            // As CPython 3.11: the task keeps the exception for its first reader but no message.
            cancelledExc = (CancelledError) error;
            markCancelled(null);
        } else if (error != null) {
            fail(error);
        } else if (mustCancel) {
            mustCancel = false;
            markCancelled(cancelMsg);
        } else {
            complete(result);
        }
    }

    // ---------------------------------------------------------------- cancellation

    /**
     * Requests cancellation without a message. @return false if the task is done already
     */
    @Override
    public boolean cancel() {
        return cancel(null);
    }

    /**
     * Requests cancellation: the task will see a {@link CancelledError} carrying {@code msg} at
     * its current await. @return false if the task is done already
     */
    @Override
    public boolean cancel(String msg) {
        if (done()) {
            return false;
        }
        cancelRequests++;
        Suspension w = waiter;
        if (w != null && w.cancelWaiting(msg)) {
            return true; // what it waits on wakes it with CancelledError
        }
        mustCancel = true;
        cancelMsg = msg;
        Subscription s = upstream;
        if (w == null && started && loop.current != this && s != null) {
            // Suspended inside a publisher this library does not own: it cannot be made to raise,
            // so unsubscribe it Reactor-style and end the task cancelled on the next iteration.
            upstream = null;
            s.cancel();
            loop.schedule(() -> finish(null, new CancelledError(msg)));
        }
        return true;
    }

    /** Whether a cancellation is pending; if so, consumes it. Called when the task resumes. */
    boolean takeCancelRequest() {
        if (mustCancel) {
            mustCancel = false;
            return true;
        }
        return false;
    }

    @Override
    CancelledError makeCancelledError() {
        CancelledError e = cancelledExc;
        if (e != null) {
            cancelledExc = null;
            return e;
        }
        return super.makeCancelledError();
    }

    CancelledError pendingCancelledError() {
        return new CancelledError(cancelMsg);
    }

    /** How many cancellation requests are pending. Python: {@code Task.cancelling()}. */
    public int cancelling() {
        return cancelRequests;
    }

    /**
     * Withdraws one cancellation request. Python: {@code Task.uncancel()}.
     *
     * @return the number of requests left
     */
    public int uncancel() {
        if (cancelRequests > 0) {
            cancelRequests--;
        }
        return cancelRequests;
    }

    /** Tasks complete themselves. @throws IllegalStateException always */
    @Override
    public void setResult(T value) {
        throw new IllegalStateException("Task does not support set_result operation");
    }

    /** Tasks complete themselves. @throws IllegalStateException always */
    @Override
    public void setException(Throwable error) {
        throw new IllegalStateException("Task does not support set_exception operation");
    }

    @Override
    public String toString() {
        String info = reprInfo();
        int space = info.indexOf(' ');
        String head = space < 0 ? info : info.substring(0, space);
        if (cancelRequests > 0 && !done()) {
            head = "cancelling";
        }
        String tail = space < 0 ? "" : info.substring(space);
        return "<Task " + head + " name='" + getName() + "'" + tail + ">";
    }
}
