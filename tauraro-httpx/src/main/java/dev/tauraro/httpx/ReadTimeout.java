package dev.tauraro.httpx;

/**
 * Timed out while receiving data from the host: no bytes arrived within the read timeout.
 *
 * <p>Python equivalent: {@code httpx.ReadTimeout}.
 */
public class ReadTimeout extends TimeoutException {
    public ReadTimeout(String message, Request request) {
        super(message, request);
    }

    public ReadTimeout(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
