package dev.tauraro.websockets;

/**
 * The peer broke the WebSocket protocol (RFC 6455).
 *
 * <p>Python equivalent: {@code websockets.exceptions.ProtocolError}.
 */
public class ProtocolError extends WebSocketException {
    private static final long serialVersionUID = 1L;

    /** An error with the given message, which is also its Python {@code str()}. */
    public ProtocolError(String message) {
        super(message);
    }

    ProtocolError(String message, Throwable cause) {
        super(message, cause);
    }
}
