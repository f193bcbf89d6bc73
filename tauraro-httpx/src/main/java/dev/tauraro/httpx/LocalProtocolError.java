package dev.tauraro.httpx;

/**
 * The request violates the HTTP protocol (a client-side mistake).
 *
 * <p>Python equivalent: {@code httpx.LocalProtocolError}.
 *
 * <p>Differences from httpx: raised here only for request headers h11 would refuse (names that are
 * not tokens, values with line breaks, NUL or surrounding white space), with h11's messages; h11
 * raises it for other local mistakes too, such as a body that does not match a Content-Length set
 * by the caller, which are not checked here.
 */
public class LocalProtocolError extends ProtocolError {
    public LocalProtocolError(String message, Request request) {
        super(message, request);
    }

    public LocalProtocolError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
