package dev.tauraro.httpx;

/**
 * Timed out while connecting to the host.
 *
 * <p>Python equivalent: {@code httpx.ConnectTimeout}.
 *
 * <p>Differences from httpx: the connect timeout bounds the TCP connection only; httpx's bounds
 * the TLS handshake too, which here is bounded by Reactor Netty's own handshake timeout (10 s by
 * default), and a handshake that runs out is a {@link ConnectError}.
 */
public class ConnectTimeout extends TimeoutException {
    public ConnectTimeout(String message, Request request) {
        super(message, request);
    }

    public ConnectTimeout(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
