package dev.tauraro.httpx;

/**
 * The request violates the HTTP protocol (a client-side mistake).
 *
 * <p>Python equivalent: {@code httpx.LocalProtocolError}.
 */
public class LocalProtocolError extends ProtocolError {
    public LocalProtocolError(String message, Request request) {
        super(message, request);
    }

    public LocalProtocolError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
