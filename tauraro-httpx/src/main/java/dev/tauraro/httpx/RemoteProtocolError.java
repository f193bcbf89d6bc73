package dev.tauraro.httpx;

/**
 * The server violated the HTTP protocol: it closed the connection too early or sent a malformed response.
 *
 * <p>Python equivalent: {@code httpx.RemoteProtocolError}.
 */
public class RemoteProtocolError extends ProtocolError {
    public RemoteProtocolError(String message, Request request) {
        super(message, request);
    }

    public RemoteProtocolError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
