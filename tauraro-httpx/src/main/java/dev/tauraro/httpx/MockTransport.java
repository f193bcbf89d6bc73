package dev.tauraro.httpx;

import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A transport that answers each request with a function instead of the network: for tests of code
 * that uses a client.
 *
 * <pre>{@code
 * Transport mock = new MockTransport(request ->
 *         Response.builder(200).json(Map.of("path", request.url().path())).build());
 * try (Client client = Client.builder().transport(mock).build()) {
 *     client.get("http://test/items").json();   // {path=/items}
 * }
 * }</pre>
 *
 * <p>Python equivalent: {@code httpx.MockTransport}. The handler may throw an httpx exception
 * (for example a {@link ConnectError}) to simulate a failure. {@link #reactive} takes a handler
 * that answers later, as httpx's {@code async def} handlers for an {@code AsyncClient} do.
 *
 * <p>Differences from httpx: httpx tells a plain handler from an {@code async def} one by calling
 * it; here they are two factories ({@code new MockTransport(handler)} and {@link #reactive}).
 */
public final class MockTransport implements Transport {
    private final Function<? super Request, ? extends Mono<Response>> handler;

    public MockTransport(Function<? super Request, Response> handler) {
        Objects.requireNonNull(handler, "handler");
        this.handler = request -> Mono.fromCallable(() -> handler.apply(request));
    }

    /** @param answersLater marks this constructor apart from the public one (same erasure) */
    private MockTransport(Function<? super Request, ? extends Mono<Response>> handler, boolean answersLater) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * A mock whose handler answers with a {@link Mono}, subscribed once per request: a response
     * that takes time, or that comes from other asynchronous code. Python: an {@code async def}
     * handler given to {@code httpx.MockTransport}.
     */
    public static MockTransport reactive(Function<? super Request, ? extends Mono<Response>> handler) {
        return new MockTransport(handler, true);
    }

    @Override
    public Mono<Response> handle(Request request) {
        return Mono.defer(() -> Objects.requireNonNull(handler.apply(request), "the MockTransport handler returned null"))
                .switchIfEmpty(Mono.error(() -> new NullPointerException("the MockTransport handler returned null")))
                .map(r -> {
                    r.setRequest(request);
                    return r;
                });
    }

    @Override
    public String toString() {
        return "<MockTransport>";
    }
}
