package dev.tauraro.httpx;

/**
 * An error while issuing a request: transport failures, decoding failures, too many redirects.
 *
 * <p>Python equivalent: {@code httpx.RequestError}.
 *
 * <p>Differences from httpx: unchecked, as {@link HTTPError}; otherwise none.
 */
public class RequestError extends HTTPError {
    public RequestError(String message, Request request) {
        super(message, request);
    }

    public RequestError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
