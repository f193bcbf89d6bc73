package dev.tauraro.httpx;

/**
 * Could not connect to the host (refused, unreachable, unknown name).
 *
 * <p>Python equivalent: {@code httpx.ConnectError}.
 */
public class ConnectError extends NetworkError {
    public ConnectError(String message, Request request) {
        super(message, request);
    }

    public ConnectError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
