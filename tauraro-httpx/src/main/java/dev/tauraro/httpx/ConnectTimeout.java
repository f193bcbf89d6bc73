package dev.tauraro.httpx;

/**
 * Timed out while connecting to the host.
 *
 * <p>Python equivalent: {@code httpx.ConnectTimeout}.
 */
public class ConnectTimeout extends TimeoutException {
    public ConnectTimeout(String message, Request request) {
        super(message, request);
    }

    public ConnectTimeout(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
