package dev.tauraro.httpx;

/**
 * The network failed while connecting, reading, writing or closing.
 *
 * <p>Python equivalent: {@code httpx.NetworkError}.
 *
 * <p>Differences from httpx: none; see its subclasses ({@link CloseError} is never raised, as in
 * httpx).
 */
public class NetworkError extends TransportError {
    public NetworkError(String message, Request request) {
        super(message, request);
    }

    public NetworkError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
