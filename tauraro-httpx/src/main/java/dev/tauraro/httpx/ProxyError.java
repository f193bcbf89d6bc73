package dev.tauraro.httpx;

/**
 * A proxy could not be used.
 *
 * <p>Python equivalent: {@code httpx.ProxyError}.
 *
 * <p>Differences from httpx: a refused {@code CONNECT} and the SOCKS5 refusals are worded as
 * httpcore words them; other proxy failures carry Netty's message.
 */
public class ProxyError extends TransportError {
    public ProxyError(String message, Request request) {
        super(message, request);
    }

    public ProxyError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
