package dev.tauraro.httpx;

/**
 * The root of httpx's request and status errors: catch it to handle anything that went wrong with
 * an HTTP exchange.
 *
 * <p>Python equivalent: {@code httpx.HTTPError}. The hierarchy is httpx's:
 * <pre>
 * HTTPError
 *   RequestError
 *     TransportError
 *       TimeoutException: ConnectTimeout, ReadTimeout, WriteTimeout, PoolTimeout
 *       NetworkError: ConnectError, ReadError, WriteError, CloseError
 *       ProtocolError: LocalProtocolError, RemoteProtocolError
 *       ProxyError, UnsupportedProtocol
 *     DecodingError
 *     TooManyRedirects
 *   HTTPStatusError
 * InvalidURL
 * StreamError: StreamConsumed, StreamClosed, ResponseNotRead, RequestNotRead
 * </pre>
 *
 * <p>Differences from httpx: unchecked (a {@link RuntimeException}), so it travels through
 * Reactor pipelines as an error signal.
 */
public class HTTPError extends RuntimeException {
    private final transient Request request;

    public HTTPError(String message, Request request) {
        super(message);
        this.request = request;
    }

    public HTTPError(String message, Request request, Throwable cause) {
        super(message, cause);
        this.request = request;
    }

    /**
     * The request that failed.
     *
     * @throws IllegalStateException when the error was raised without one, as httpx's
     *     {@code RuntimeError}
     */
    public Request request() {
        if (request == null) {
            throw new IllegalStateException("The .request property has not been set.");
        }
        return request;
    }

    /** The request, or null when there is none (never throws). */
    Request requestOrNull() {
        return request;
    }
}
