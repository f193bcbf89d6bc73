package dev.tauraro.asyncio;

/**
 * A {@link Barrier} was aborted or reset while a task waited on it, or is broken.
 *
 * <p>Python equivalent: {@code asyncio.BrokenBarrierError}, a {@code RuntimeError}; here an
 * {@link IllegalStateException}, the type this library uses for Python's {@code RuntimeError}.
 */
public class BrokenBarrierError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An error with CPython's message ("Barrier aborted", "Abort or reset of barrier"). */
    public BrokenBarrierError(String message) {
        super(message);
    }

    @Override
    public String toString() {
        return getMessage() == null ? "BrokenBarrierError()" : "BrokenBarrierError('" + getMessage() + "')";
    }
}
