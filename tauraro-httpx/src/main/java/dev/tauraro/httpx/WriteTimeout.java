package dev.tauraro.httpx;

/**
 * Timed out while sending data to the host.
 *
 * <p>Python equivalent: {@code httpx.WriteTimeout}.
 *
 * <p>Differences from httpx: none: the write timeout bounds each write of the request, as httpx's
 * per-send timeout does.
 */
public class WriteTimeout extends TimeoutException {
    public WriteTimeout(String message, Request request) {
        super(message, request);
    }

    public WriteTimeout(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
