package dev.tauraro.multiprocessing;

/**
 * A blocking wait on a pool result ran out of time.
 *
 * <p>Python equivalent: {@code multiprocessing.TimeoutError}, raised by
 * {@link AsyncResult#get(java.time.Duration)}. As in Python it is this module's own type, a
 * {@link ProcessError}, and not the asyncio {@code TimeoutError} (in CPython
 * {@code except TimeoutError} does not catch {@code multiprocessing.TimeoutError} either).
 *
 * <p>Differences from CPython: unchecked; it is not {@code java.util.concurrent.TimeoutException},
 * which is checked. Code that imports both this package and {@code dev.tauraro.asyncio} should
 * write the qualified name.
 */
public class TimeoutError extends ProcessError {
    private static final long serialVersionUID = 1L;

    /** A timeout without a message, as {@code AsyncResult.get} raises it. */
    public TimeoutError() {
        super();
    }

    /** A timeout with a message. */
    public TimeoutError(String message) {
        super(message);
    }
}
