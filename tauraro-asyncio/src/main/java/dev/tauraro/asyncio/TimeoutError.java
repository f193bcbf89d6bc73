package dev.tauraro.asyncio;

/**
 * An operation did not finish before its deadline.
 *
 * <p>Python equivalent: {@code TimeoutError} (which {@code asyncio.TimeoutError} is since 3.11),
 * raised by {@link Asyncio#waitFor}, {@link Asyncio#timeout} and {@link Asyncio#asCompleted}.
 * Like Python's, it usually has no message; its cause is the {@link CancelledError} that stopped
 * the inner work, when there was one.
 *
 * <p>Differences from CPython: unchecked, so it travels through Reactor pipelines and out of
 * {@link Asyncio#run} unwrapped; it is not {@code java.util.concurrent.TimeoutException}, which is
 * checked.
 */
public class TimeoutError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A timeout without a message, as asyncio raises it. */
    public TimeoutError() {
        super();
    }

    /** A timeout with a message. */
    public TimeoutError(String message) {
        super(message);
    }

    /** A timeout caused by {@code cause} (usually the cancellation it made). */
    public TimeoutError(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String toString() {
        return getMessage() == null ? "TimeoutError()" : "TimeoutError('" + getMessage() + "')";
    }
}
