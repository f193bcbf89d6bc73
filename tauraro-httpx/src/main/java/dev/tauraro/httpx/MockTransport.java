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
 * (for example a {@link ConnectError}) to simulate a failure.
 */
public final class MockTransport implements Transport {
    private final Function<? super Request, Response> handler;

    public MockTransport(Function<? super Request, Response> handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public Mono<Response> handle(Request request) {
        return Mono.fromCallable(() -> {
            Response r = Objects.requireNonNull(handler.apply(request), "the MockTransport handler returned null");
            r.setRequest(request);
            return r;
        });
    }

    @Override
    public String toString() {
        return "<MockTransport>";
    }
}
