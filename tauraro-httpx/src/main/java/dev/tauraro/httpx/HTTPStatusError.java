package dev.tauraro.httpx;

/**
 * A response had a 4xx or 5xx status (or a redirect status that was not followed) and
 * {@link Response#raiseForStatus()} was called.
 *
 * <p>Python equivalent: {@code httpx.HTTPStatusError}, with its message:
 * <pre>
 * Client error '404 Not Found' for url 'http://127.0.0.1:8000/x'
 * For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/404
 * </pre>
 *
 * <p>Differences from httpx: none.
 */
public class HTTPStatusError extends HTTPError {
    private final transient Response response;

    public HTTPStatusError(String message, Request request, Response response) {
        super(message, request);
        this.response = response;
    }

    /** The response whose status caused the error. */
    public Response response() {
        return response;
    }
}
