package dev.tauraro.httpx;

/**
 * The network failed while closing a connection.
 *
 * <p>Python equivalent: {@code httpx.CloseError}.
 *
 * <p>Differences from httpx: none in practice, because neither raises it. httpx 0.28.1 defines
 * the class but nothing in it or in httpcore 1.0.9 raises it (closing a socket there is a plain
 * {@code close()}, and httpx's transport maps no error to it); Debian's httpx 0.23 does not either.
 * Here Reactor Netty closes connections on its event loop and does not report a failed close to
 * the request, so no request could receive one. The class exists so that code naming it compiles
 * and catches what httpx's would (nothing).
 */
public class CloseError extends NetworkError {
    public CloseError(String message, Request request) {
        super(message, request);
    }

    public CloseError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
