package dev.tauraro.httpx;

import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One-off requests, each through a fresh client that is closed afterwards: httpx's module
 * functions. Every call here is cold and delegates to {@link AsyncClient}; for many requests,
 * share one client instead (connections are pooled per client).
 *
 * <pre>{@code
 * Response r = Httpx.get("http://127.0.0.1:8000/items").block();
 * }</pre>
 *
 * <p>Python equivalent: {@code httpx.get}, {@code httpx.post}, ..., {@code httpx.request},
 * {@code httpx.stream}.
 *
 * <p>Differences from httpx: the functions return Monos (httpx's module functions block); call
 * {@code block()} outside event loops for the blocking form.
 */
public final class Httpx {
    private Httpx() {
    }

    public static Mono<Response> get(String url) {
        return request("GET", url, RequestOptions.NONE);
    }

    public static Mono<Response> get(String url, RequestOptions options) {
        return request("GET", url, options);
    }

    public static Mono<Response> options(String url, RequestOptions options) {
        return request("OPTIONS", url, options);
    }

    public static Mono<Response> head(String url, RequestOptions options) {
        return request("HEAD", url, options);
    }

    public static Mono<Response> delete(String url, RequestOptions options) {
        return request("DELETE", url, options);
    }

    public static Mono<Response> post(String url, RequestOptions options) {
        return request("POST", url, options);
    }

    public static Mono<Response> put(String url, RequestOptions options) {
        return request("PUT", url, options);
    }

    public static Mono<Response> patch(String url, RequestOptions options) {
        return request("PATCH", url, options);
    }

    /** One request through a fresh client, closed when the Mono terminates or is cancelled. */
    public static Mono<Response> request(String method, String url, RequestOptions options) {
        return Mono.usingWhen(Mono.fromSupplier(AsyncClient::create), c -> c.request(method, url, options),
                AsyncClient::aclose);
    }

    /** A streamed request through a fresh client; both are closed when {@code body}'s publisher ends. */
    public static <T> Flux<T> stream(String method, String url, RequestOptions options,
            Function<? super Response, ? extends Publisher<T>> body) {
        return Flux.usingWhen(Mono.fromSupplier(AsyncClient::create), c -> c.stream(method, url, options, body),
                AsyncClient::aclose);
    }
}
