package dev.tauraro.httpx;

/**
 * An error while sending the request or receiving the response over the transport.
 *
 * <p>Python equivalent: {@code httpx.TransportError}.
 *
 * <p>Differences from httpx: none.
 */
public class TransportError extends RequestError {
    public TransportError(String message, Request request) {
        super(message, request);
    }

    public TransportError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
