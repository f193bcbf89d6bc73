package dev.tauraro.httpx;

/**
 * The network failed while sending data.
 *
 * <p>Raised for an I/O failure while the request is being sent, before any response, that Reactor
 * Netty reports as such. A server that closes or resets the connection while a request body is
 * being sent is reported by Reactor Netty as a premature close instead, and gives
 * {@link RemoteProtocolError} ("Server disconnected without sending a response."), as httpx 0.28.1
 * does (its HTTP/1.1 layer ignores the failed write and reads the response, which is not there);
 * Debian's httpx 0.23 gave {@code WriteError("[Errno 104] Connection reset by peer")} there.
 *
 * <p>Python equivalent: {@code httpx.WriteError}.
 *
 * <p>Differences from httpx: a server that answers early (say 413) before resetting an upload:
 * httpx 0.28.1 returns that response; here the request fails with {@link RemoteProtocolError}
 * (Reactor Netty reports a connection closed before any response, though the answer arrived
 * while the request body was still being sent).
 */
public class WriteError extends NetworkError {
    public WriteError(String message, Request request) {
        super(message, request);
    }

    public WriteError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
