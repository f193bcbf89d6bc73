package dev.tauraro.asyncio;

/**
 * When {@link Asyncio#wait(java.util.Collection, java.time.Duration, ReturnWhen)} returns.
 *
 * <p>Python equivalent: the constants {@code asyncio.FIRST_COMPLETED},
 * {@code asyncio.FIRST_EXCEPTION} and {@code asyncio.ALL_COMPLETED}; {@link #toString()} is the
 * same string as the Python constant's value.
 */
public enum ReturnWhen {
    /** Return as soon as any future finishes or is cancelled. */
    FIRST_COMPLETED,
    /**
     * Return when any future finishes by raising an exception (a cancelled future does not count),
     * or when all are done.
     */
    FIRST_EXCEPTION,
    /** Return when every future is done. */
    ALL_COMPLETED
}
