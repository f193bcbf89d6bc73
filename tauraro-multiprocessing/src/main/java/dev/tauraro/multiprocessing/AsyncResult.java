package dev.tauraro.multiprocessing;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The eventual outcome of work handed to a {@link Pool}: a value or the exception the work raised.
 *
 * <p>Python equivalent: {@code multiprocessing.pool.AsyncResult} (its {@code ApplyResult} and
 * {@code MapResult} forms), returned by {@link Pool#applyAsync}, {@link Pool#mapAsync} and
 * {@link Pool#starmapAsync}.
 *
 * <pre>{@code
 * AsyncResult<Long> r = pool.applyAsync(() -> cpuIntensive(1_000_000));
 * r.waitFor(Duration.ofSeconds(1));     // Python: r.wait(1)
 * if (r.ready() && r.successful()) {
 *     System.out.println(r.get());
 * }
 * }</pre>
 *
 * <h2>Outcome</h2>
 * {@link #get()} returns the value or throws the work's exception: the very object the worker
 * threw, so its stack trace is the worker-side traceback (CPython attaches that as a
 * {@code RemoteTraceback} cause to an unpickled copy). Checked exceptions, which {@code get()}
 * cannot declare, arrive wrapped in a {@link CompletionException} whose cause is the worker's
 * exception. If the worker running the work died, the pool was terminated, or a worker initializer
 * failed, {@code get()} throws {@link BrokenPoolError}: a result always becomes ready.
 *
 * <h2>Callbacks</h2>
 * The callback (or error callback) given at submission runs once, on the worker thread that
 * finished the work, before the result becomes ready, so a {@code get()} that returns has seen it
 * run. An exception escaping a callback is handed to the thread's uncaught-exception handler; the
 * result still becomes ready. Callbacks should return quickly: they hold up a worker.
 *
 * <h2>Thread-safety</h2>
 * Every method may be called from any thread. The blocking ones ({@link #get()},
 * {@link #waitFor()}) must not be called on an event loop thread: await {@link Pool#applyMono}
 * there instead.
 *
 * <h2>Differences from CPython</h2>
 * Python's {@code wait} is {@link #waitFor()} here ({@code Object.wait} is final in Java) and
 * {@link #waitFor(Duration)} returns whether the result is ready. A blocking call whose thread is
 * interrupted restores the interrupt flag and throws a {@link CompletionException} caused by the
 * {@link InterruptedException}. Values are shared references: no pickling happens, so a mutable
 * value is the same object the worker produced.
 *
 * @param <T> the type of the value
 */
public final class AsyncResult<T> {
    private final String kind;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    /** Set by the first of success, failure or abort; later outcomes are dropped. */
    private final AtomicBoolean settled = new AtomicBoolean();
    private final Consumer<? super T> callback;
    private final Consumer<? super Throwable> errorCallback;
    /** Stops the work behind this result if it has not started (set by the job, may be null). */
    private volatile Runnable canceller;

    AsyncResult(String kind, Consumer<? super T> callback, Consumer<? super Throwable> errorCallback) {
        this.kind = kind;
        this.callback = callback;
        this.errorCallback = errorCallback;
    }

    void setCanceller(Runnable canceller) {
        this.canceller = canceller;
    }

    // ---------------------------------------------------------------- completion (workers)

    /** Completes with {@code value} after running the callback; false if already settled. */
    boolean succeed(T value) {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        if (callback != null) {
            runCallback(callback, value);
        }
        future.complete(value);
        return true;
    }

    /** Completes with {@code error} after running the error callback; false if already settled. */
    boolean fail(Throwable error) {
        if (!settled.compareAndSet(false, true)) {
            return false;
        }
        if (errorCallback != null) {
            runCallback(errorCallback, error);
        }
        future.completeExceptionally(error);
        return true;
    }

    /** Whether an outcome was chosen (it may not be visible to {@link #ready()} for a moment). */
    boolean settled() {
        return settled.get();
    }

    private static <V> void runCallback(Consumer<? super V> fn, V value) {
        try {
            fn.accept(value);
        } catch (Throwable e) {
            Thread t = Thread.currentThread();
            try {
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            } catch (Throwable ignored) {
                // The handler itself failed: nothing more can be reported without risking the worker.
            }
        }
    }

    // ---------------------------------------------------------------- queries

    /** Whether the outcome is available. Python: {@code ready()}. */
    public boolean ready() {
        return future.isDone();
    }

    /**
     * Whether the work completed without raising. Python: {@code successful()}.
     *
     * @throws IllegalStateException "&lt;repr&gt; not ready" if it is not ready (Python's
     *     {@code ValueError})
     */
    public boolean successful() {
        if (!future.isDone()) {
            throw new IllegalStateException(this + " not ready");
        }
        return !future.isCompletedExceptionally();
    }

    /**
     * Blocks until the outcome is available. Python: {@code wait()}.
     *
     * @throws CompletionException caused by {@link InterruptedException} if interrupted
     */
    public void waitFor() {
        try {
            future.handle((v, e) -> null).get();
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // handle() never fails
        }
    }

    /**
     * Blocks until the outcome is available or {@code timeout} has passed. Python:
     * {@code wait(timeout)}.
     *
     * @return whether the outcome is available (Python returns None: test {@code ready()})
     * @throws CompletionException caused by {@link InterruptedException} if interrupted
     */
    public boolean waitFor(Duration timeout) {
        if (future.isDone()) {
            return true;
        }
        try {
            future.handle((v, e) -> null).get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            throw interrupted(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Blocks until the outcome is available, then returns the value or throws the exception.
     * Python: {@code get()}.
     *
     * @throws RuntimeException the work's exception (a checked one wrapped in
     *     {@link CompletionException}), or {@link BrokenPoolError}
     */
    public T get() {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /**
     * Like {@link #get()}, waiting at most {@code timeout}. Python: {@code get(timeout)}.
     *
     * @throws TimeoutError if the outcome is not available in time (multiprocessing's own
     *     {@code TimeoutError}, not asyncio's)
     */
    public T get(Duration timeout) {
        try {
            return future.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        } catch (TimeoutException e) {
            throw new TimeoutError();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    // ---------------------------------------------------------------- interop

    /**
     * A {@link CompletableFuture} completed with this result's outcome. Cancelling it stops the
     * work if no worker has started it yet (this result then fails with a
     * {@link CancellationException}); work already running finishes. Callable from any thread.
     */
    public CompletableFuture<T> toCompletableFuture() {
        CompletableFuture<T> copy = future.copy();
        copy.whenComplete((v, e) -> {
            if (copy.isCancelled()) {
                Runnable c = canceller;
                if (c != null) {
                    c.run();
                }
            }
        });
        return copy;
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

    static CompletionException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new CompletionException(e);
    }

    /** CPython's default repr: {@code <multiprocessing.pool.ApplyResult object at 0x...>}. */
    @Override
    public String toString() {
        return "<multiprocessing.pool." + kind + " object at 0x"
                + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
