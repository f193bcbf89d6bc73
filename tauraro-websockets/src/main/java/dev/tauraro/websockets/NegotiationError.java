package dev.tauraro.websockets;

/**
 * Negotiating an extension or a subprotocol failed.
 *
 * <p>Python equivalent: {@code websockets.exceptions.NegotiationError}.
 */
public class NegotiationError extends InvalidHandshake {
    private static final long serialVersionUID = 1L;

    /** An error with the given message, which is also its Python {@code str()}. */
    public NegotiationError(String message) {
        super(message);
    }

    NegotiationError(String message, Throwable cause) {
        super(message, cause);
    }
}
