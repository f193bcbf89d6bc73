package dev.tauraro.httpx;

/**
 * The network failed while closing a connection.
 *
 * <p>Python equivalent: {@code httpx.CloseError}.
 */
public class CloseError extends NetworkError {
    public CloseError(String message, Request request) {
        super(message, request);
    }

    public CloseError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
