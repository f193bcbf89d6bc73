package dev.tauraro.asyncio;

/**
 * A separator was not found within the stream's limit.
 *
 * <p>Python equivalent: {@code asyncio.LimitOverrunError}, raised by
 * {@link StreamReader#readuntil}. The data stays in the stream's buffer, so it can still be read
 * (with {@link StreamReader#read} or {@link StreamReader#readexactly}); {@link #consumed()} says how
 * many bytes can be read before the separator, or how many were searched without finding it.
 * The messages are CPython's: "Separator is not found, and chunk exceed the limit" and
 * "Separator is found, but chunk is longer than limit".
 */
public class LimitOverrunError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int consumed;

    /** An overrun with CPython's message and the number of bytes to be consumed. */
    public LimitOverrunError(String message, int consumed) {
        super(message);
        this.consumed = consumed;
    }

    /** The number of bytes to be consumed. Python: {@code consumed}. */
    public int consumed() {
        return consumed;
    }

    @Override
    public String toString() {
        return "LimitOverrunError('" + getMessage() + "')";
    }
}
