package dev.tauraro.httpx;

import reactor.core.publisher.Mono;

/**
 * What sends one request and produces its response: the network by default, a
 * {@link MockTransport} in tests.
 *
 * <p>A transport sends exactly the request it is given (no redirects, cookies or auth: the client
 * does those) and emits the response as soon as its headers are known; the body may still be
 * streaming. Errors are the httpx exceptions ({@link ConnectError}, {@link ReadTimeout}, ...).
 *
 * <p>Python equivalent: {@code httpx.AsyncBaseTransport} / {@code httpx.BaseTransport}.
 *
 * <p>Differences from httpx: one interface serves both clients: {@link #handle} returns a {@code
 * Mono} (httpx has {@code BaseTransport.handle_request} and {@code
 * AsyncBaseTransport.handle_async_request}), and a transport reports its {@link #poolStats}.
 */
public interface Transport extends AutoCloseable {
    /** Sends {@code request}; cold. */
    Mono<Response> handle(Request request);

    /** The pool's counts; a transport without a pool reports zeros. */
    default PoolStats poolStats() {
        return new PoolStats(0, 0, 0);
    }

    /** Releases the transport's connections. */
    @Override
    default void close() {
    }
}
