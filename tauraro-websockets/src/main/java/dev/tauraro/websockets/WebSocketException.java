package dev.tauraro.websockets;

/**
 * Base class of every websockets error.
 *
 * <p>Python equivalent: {@code websockets.exceptions.WebSocketException}.
 */
public class WebSocketException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with the given message, which is also its Python {@code str()}. */
    public WebSocketException(String message) {
        super(message);
    }

    WebSocketException(String message, Throwable cause) {
        super(message, cause);
    }
}
