package dev.tauraro.httpx;

/**
 * The network failed while receiving data.
 *
 * <p>Python equivalent: {@code httpx.ReadError}.
 */
public class ReadError extends NetworkError {
    public ReadError(String message, Request request) {
        super(message, request);
    }

    public ReadError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
