package dev.tauraro.asyncio;

/**
 * An operation is not allowed in a future's current state, for example reading the result of a
 * pending future or setting it twice. Python equivalent: {@code asyncio.InvalidStateError}.
 */
public class InvalidStateError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** An error with the given message. */
    public InvalidStateError(String message) {
        super(message);
    }
}
