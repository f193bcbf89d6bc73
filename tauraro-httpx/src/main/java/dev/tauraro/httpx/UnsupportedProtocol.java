package dev.tauraro.httpx;

/**
 * The URL's scheme is missing or is not {@code http} / {@code https}.
 *
 * <p>Python equivalent: {@code httpx.UnsupportedProtocol}.
 *
 * <p>Differences from httpx: none.
 */
public class UnsupportedProtocol extends TransportError {
    public UnsupportedProtocol(String message, Request request) {
        super(message, request);
    }

    public UnsupportedProtocol(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
