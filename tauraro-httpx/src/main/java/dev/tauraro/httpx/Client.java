package dev.tauraro.httpx;

import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * A blocking HTTP client: each call waits for the response.
 *
 * <pre>{@code
 * try (Client client = Client.builder().followRedirects(true).build()) {
 *     Response r = client.get("http://127.0.0.1:8000/items");
 *     System.out.println(r.statusCode() + " " + r.json());
 *     try (Response s = client.stream("GET", "http://127.0.0.1:8000/big", RequestOptions.NONE)) {
 *         for (String line : s.iterLines()) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>It shares everything with {@link AsyncClient} (options, defaults, the pool, errors): it is a
 * thin layer that waits. Do not call it from a Netty event-loop thread or an asyncio loop thread;
 * use {@link AsyncClient} there.
 *
 * <p>Python equivalent: {@code httpx.Client}.
 *
 * <p>Differences from httpx: as {@link AsyncClient}.
 */
public final class Client implements AutoCloseable {
    private final AsyncClient core;

    private Client(AsyncClient core) {
        this.core = core;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client with httpx's defaults. */
    public static Client create() {
        return builder().build();
    }

    /** Builds {@link Client}s. */
    public static final class Builder extends ClientBuilder<Client, Builder> {
        Builder() {
        }

        @Override
        public Client build() {
            return new Client(new AsyncClient(this));
        }
    }

    private static Response await(Mono<Response> m) {
        return Objects.requireNonNull(m.block(), "no response");
    }

    public Response get(String url) {
        return request("GET", url, RequestOptions.NONE);
    }

    public Response get(String url, RequestOptions options) {
        return request("GET", url, options);
    }

    public Response options(String url, RequestOptions options) {
        return request("OPTIONS", url, options);
    }

    public Response head(String url, RequestOptions options) {
        return request("HEAD", url, options);
    }

    public Response delete(String url, RequestOptions options) {
        return request("DELETE", url, options);
    }

    public Response post(String url, RequestOptions options) {
        return request("POST", url, options);
    }

    public Response put(String url, RequestOptions options) {
        return request("PUT", url, options);
    }

    public Response patch(String url, RequestOptions options) {
        return request("PATCH", url, options);
    }

    /** Builds and sends a request, reading the whole body. */
    public Response request(String method, String url, RequestOptions options) {
        return await(core.sendRaw(core.buildRequest(method, url, options), options, false));
    }

    /** Sends {@code request}, reading the whole body. */
    public Response send(Request request) {
        return await(core.sendRaw(request, RequestOptions.NONE, false));
    }

    /**
     * Sends a request and returns when the headers arrive, body unread: iterate it and close it
     * (try-with-resources). Python: {@code with client.stream(...) as r:}.
     */
    public Response stream(String method, String url, RequestOptions options) {
        return await(core.sendRaw(core.buildRequest(method, url, options), options, true));
    }

    /** See {@link AsyncClient#buildRequest}. */
    public Request buildRequest(String method, String url, RequestOptions options) {
        return core.buildRequest(method, url, options);
    }

    public Cookies cookies() {
        return core.cookies();
    }

    public Headers headers() {
        return core.headers();
    }

    public Timeout timeout() {
        return core.timeout();
    }

    public PoolStats poolStats() {
        return core.poolStats();
    }

    public boolean isClosed() {
        return core.isClosed();
    }

    @Override
    public void close() {
        core.close();
    }

    @Override
    public String toString() {
        return "<Client " + (isClosed() ? "[closed]" : "[open]") + ">";
    }
}
