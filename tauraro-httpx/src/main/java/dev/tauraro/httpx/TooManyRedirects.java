package dev.tauraro.httpx;

/**
 * More redirects than the client's {@code maxRedirects} were followed.
 *
 * <p>Python equivalent: {@code httpx.TooManyRedirects}.
 *
 * <p>Differences from httpx: none.
 */
public class TooManyRedirects extends RequestError {
    public TooManyRedirects(String message, Request request) {
        super(message, request);
    }

    public TooManyRedirects(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
