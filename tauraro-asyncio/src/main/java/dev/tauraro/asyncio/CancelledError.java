package dev.tauraro.asyncio;

import java.util.concurrent.CancellationException;

/**
 * Raised in a task at its current await when the task is cancelled.
 *
 * <p>Python equivalent: {@code asyncio.CancelledError}. As in Python, a task may catch it (for
 * example with {@code onErrorResume(CancelledError.class, ...)}) to clean up, and should let it
 * propagate afterwards. The optional message is the one passed to {@link Task#cancel(String)}.
 *
 * <p>Differences from CPython: Python's {@code CancelledError} is a {@code BaseException}, so a
 * plain {@code except Exception} does not catch it. In Java it extends
 * {@link CancellationException} (a {@code RuntimeException}), the JDK's own type for cancellation,
 * so {@code CompletableFuture} interop stays natural; catch-all handlers written for
 * {@code RuntimeException} should rethrow it. It carries no stack trace: it is created on every
 * cancellation and a trace would only show the loop.
 */
public class CancelledError extends CancellationException {
    private static final long serialVersionUID = 1L;
    private final String msg;

    /** A cancellation without a message. */
    public CancelledError() {
        this(null);
    }

    /** A cancellation carrying {@code msg} (may be null). */
    public CancelledError(String msg) {
        super(msg);
        this.msg = msg;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The message passed to {@code cancel}, or null. */
    public String cancelMessage() {
        return msg;
    }

    @Override
    public String toString() {
        return msg == null ? "CancelledError()" : "CancelledError('" + msg + "')";
    }
}
