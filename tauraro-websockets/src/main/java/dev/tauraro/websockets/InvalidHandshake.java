package dev.tauraro.websockets;

/**
 * The opening handshake failed.
 *
 * <p>Python equivalent: {@code websockets.exceptions.InvalidHandshake}.
 */
public class InvalidHandshake extends WebSocketException {
    private static final long serialVersionUID = 1L;

    /** An error with the given message, which is also its Python {@code str()}. */
    public InvalidHandshake(String message) {
        super(message);
    }

    InvalidHandshake(String message, Throwable cause) {
        super(message, cause);
    }
}
