package dev.tauraro.websockets;

/**
 * A message is larger than the configured maxSize.
 *
 * <p>Python equivalent: {@code websockets.exceptions.PayloadTooBig}.
 */
public class PayloadTooBig extends WebSocketException {
    private static final long serialVersionUID = 1L;

    /** An error with the given message, which is also its Python {@code str()}. */
    public PayloadTooBig(String message) {
        super(message);
    }

    PayloadTooBig(String message, Throwable cause) {
        super(message, cause);
    }
}
