package dev.tauraro.httpx;

/**
 * The network failed while sending data.
 *
 * <p>Python equivalent: {@code httpx.WriteError}.
 */
public class WriteError extends NetworkError {
    public WriteError(String message, Request request) {
        super(message, request);
    }

    public WriteError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
