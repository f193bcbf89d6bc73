package dev.tauraro.httpx;

/**
 * The server violated the HTTP protocol: it closed the connection too early or sent a malformed response.
 *
 * <p>Python equivalent: {@code httpx.RemoteProtocolError}.
 *
 * <p>Differences from httpx: a server that closes early gets httpx's messages ({@code Server
 * disconnected without sending a response.}, {@code peer closed connection without sending
 * complete message body}); a malformed status line, header or chunk carries Netty's decoder
 * message instead of h11's. A server that answers an upload early and then resets it gives this
 * error, where httpx 0.28.1 returns the answer (see {@link WriteError}).
 */
public class RemoteProtocolError extends ProtocolError {
    public RemoteProtocolError(String message, Request request) {
        super(message, request);
    }

    public RemoteProtocolError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
