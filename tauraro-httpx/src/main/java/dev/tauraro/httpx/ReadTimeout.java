package dev.tauraro.httpx;

/**
 * Timed out while receiving data from the host: no bytes arrived within the read timeout.
 *
 * <p>Python equivalent: {@code httpx.ReadTimeout}.
 *
 * <p>Differences from httpx: none: the read timeout bounds each wait for data, from the request's
 * end to the response's last byte, as httpx's per-read timeout does.
 */
public class ReadTimeout extends TimeoutException {
    public ReadTimeout(String message, Request request) {
        super(message, request);
    }

    public ReadTimeout(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
