package dev.tauraro.httpx;

/**
 * The response body could not be decoded with its {@code Content-Encoding}.
 *
 * <p>Python equivalent: {@code httpx.DecodingError}.
 */
public class DecodingError extends RequestError {
    public DecodingError(String message, Request request) {
        super(message, request);
    }

    public DecodingError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
