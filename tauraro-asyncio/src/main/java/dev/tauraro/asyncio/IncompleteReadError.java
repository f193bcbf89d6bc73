package dev.tauraro.asyncio;

import java.io.EOFException;

/**
 * The stream ended before a read got all the bytes it asked for.
 *
 * <p>Python equivalent: {@code asyncio.IncompleteReadError}, raised by
 * {@link StreamReader#readexactly} and {@link StreamReader#readuntil} at end of stream. The bytes
 * read before the end are in {@link #partial()}; they have been taken from the stream's buffer.
 * The message is CPython's: {@code "3 bytes read on a total of 10 expected bytes"}
 * ({@code undefined} when no count was expected, as for {@code readuntil}).
 *
 * <p>Differences from CPython: Python's class extends {@code EOFError}. Java's
 * {@link EOFException} is checked, so this is a {@link RuntimeException} (it leaves
 * {@link Asyncio#run} unwrapped) whose cause is an {@link EOFException}.
 */
public class IncompleteReadError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final byte[] partial;
    private final Integer expected;

    /**
     * @param partial the bytes read before the end of the stream
     * @param expected how many bytes were expected, or null when the read had no length
     */
    public IncompleteReadError(byte[] partial, Integer expected) {
        super(partial.length + " bytes read on a total of " + (expected == null ? "undefined" : expected)
                + " expected bytes", new EOFException());
        this.partial = partial.clone();
        this.expected = expected;
    }

    /** The bytes read before the stream ended (a copy). Python: {@code partial}. */
    public byte[] partial() {
        return partial.clone();
    }

    /** The number of bytes the read expected, or null. Python: {@code expected}. */
    public Integer expected() {
        return expected;
    }

    @Override
    public String toString() {
        return "IncompleteReadError('" + getMessage() + "')";
    }
}
