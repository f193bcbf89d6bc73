package dev.tauraro.httpx;

/**
 * The HTTP protocol was violated.
 *
 * <p>Python equivalent: {@code httpx.ProtocolError}.
 *
 * <p>Differences from httpx: none.
 */
public class ProtocolError extends TransportError {
    public ProtocolError(String message, Request request) {
        super(message, request);
    }

    public ProtocolError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
