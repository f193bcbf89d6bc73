package dev.tauraro.httpx;

import reactor.core.publisher.Mono;

/**
 * The network transport on its own, to mount on a client for some URLs with options of its own:
 * a proxy, TLS settings, limits, HTTP/2. Each one owns a Reactor Netty connection pool.
 *
 * <pre>{@code
 * try (Client c = Client.builder()
 *         .mount("all://internal.example", HTTPTransport.builder().proxy("socks5://127.0.0.1:1080").build())
 *         .build()) { ... }
 * }</pre>
 *
 * <p>Python equivalent: {@code httpx.HTTPTransport(...)} and {@code httpx.AsyncHTTPTransport(...)}.
 *
 * <p>Differences from httpx: socket options are Java's {@link java.net.SocketOption}s (see
 * {@link TransportBuilder#socketOption}); a {@code localAddress} that is not an address is refused
 * when the transport is built rather than at the first connect.
 */
public final class HTTPTransport implements Transport {
    private final NettyTransport network;

    private HTTPTransport(Builder b) {
        this.network = new NettyTransport(b, Timeout.DEFAULT);
    }

    /** A builder with httpx's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link HTTPTransport}s. */
    public static final class Builder extends TransportBuilder<HTTPTransport, Builder> {
        Builder() {
        }

        @Override
        public HTTPTransport build() {
            return new HTTPTransport(this);
        }
    }

    @Override
    public Mono<Response> handle(Request request) {
        return network.handle(request);
    }

    /** The network transport beneath: the client sends through it directly (see {@link NettyTransport#handle(Request, boolean)}). */
    NettyTransport network() {
        return network;
    }

    @Override
    public PoolStats poolStats() {
        return network.poolStats();
    }

    @Override
    public void close() {
        network.close();
    }
}
