package dev.tauraro.httpx;

/**
 * Timed out waiting for a connection from the client's pool (every connection was busy).
 *
 * <p>Python equivalent: {@code httpx.PoolTimeout}.
 *
 * <p>Differences from httpx: none.
 */
public class PoolTimeout extends TimeoutException {
    public PoolTimeout(String message, Request request) {
        super(message, request);
    }

    public PoolTimeout(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
