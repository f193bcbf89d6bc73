package dev.tauraro.httpx;

/**
 * A proxy could not be used.
 *
 * <p>Python equivalent: {@code httpx.ProxyError}.
 */
public class ProxyError extends TransportError {
    public ProxyError(String message, Request request) {
        super(message, request);
    }

    public ProxyError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
