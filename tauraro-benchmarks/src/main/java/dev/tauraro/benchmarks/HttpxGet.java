package dev.tauraro.benchmarks;

import dev.tauraro.httpx.AsyncClient;
import dev.tauraro.httpx.Client;
import dev.tauraro.httpx.Response;
import java.time.Duration;
import java.util.Arrays;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * Whole-process HTTP GET benchmark against a local server: the "64 concurrent keep-alive
 * GETs of a 13-byte JSON body".
 *
 * <pre>
 * HttpxGet server [seconds]                      a Reactor Netty server on 127.0.0.1, prints its port
 * HttpxGet client IMPL URL CONCURRENCY REQUESTS  prints: bench IMPL REQ/S best=.. runs=..
 * </pre>
 * IMPL: {@code tauraro-async} (AsyncClient, CONCURRENCY in flight), {@code reactor-netty} (raw
 * HttpClient, same), {@code tauraro-blocking} and {@code reactor-netty-blocking} (one request after
 * another, CONCURRENCY ignored). Each client warms up with one full run, then reports the best of
 * three.
 */
public final class HttpxGet {
    static final String BODY = "{\"hello\":\"w\"}";  // 13 bytes
    private static final Duration WAIT = Duration.ofMinutes(5);

    private HttpxGet() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args[0].equals("server")) {
            DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                    .route(r -> r.get("/json", (req, res) -> res.header("Content-Type", "application/json")
                                    .sendString(Mono.just(BODY)))
                            // The seed scraper's pages (bench/httpx/scraper.sh): /page0, /page1, ...
                            .route(req -> req.uri().startsWith("/page"), (req, res) -> res
                                    .header("Content-Type", "text/html; charset=utf-8")
                                    .sendString(Mono.just("<html><body>" + req.uri().substring(1) + "</body></html>"))))
                    .bindNow();
            System.out.println(server.port());
            System.out.flush();
            Thread.sleep(1000L * (args.length > 1 ? Long.parseLong(args[1]) : 600));
            server.disposeNow();
            return;
        }
        String impl = args[1];
        String url = args[2];
        int concurrency = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        Runnable run;
        Runnable close;
        switch (impl) {
            case "tauraro-async" -> {
                AsyncClient c = AsyncClient.create();
                run = () -> Flux.range(0, requests).flatMap(i -> c.get(url).map(Response::statusCode), concurrency)
                        .then().block(WAIT);
                close = c::close;
            }
            case "tauraro-blocking" -> {
                Client c = Client.create();
                run = () -> {
                    for (int i = 0; i < requests; i++) {
                        c.get(url).content();
                    }
                };
                close = c::close;
            }
            case "reactor-netty", "reactor-netty-blocking" -> {
                ConnectionProvider p = ConnectionProvider.builder("bench").maxConnections(100).build();
                HttpClient c = HttpClient.create(p).keepAlive(true);
                Mono<byte[]> one = c.get().uri(url).responseSingle((r, b) -> b.asByteArray());
                run = impl.equals("reactor-netty")
                        ? () -> Flux.range(0, requests).flatMap(i -> one, concurrency).then().block(WAIT)
                        : () -> {
                            for (int i = 0; i < requests; i++) {
                                one.block(WAIT);
                            }
                        };
                close = p::dispose;
            }
            default -> throw new IllegalArgumentException("unknown implementation " + impl);
        }
        run.run();  // warm-up
        double[] rates = new double[3];
        for (int i = 0; i < rates.length; i++) {
            long t0 = System.nanoTime();
            run.run();
            rates[i] = requests / ((System.nanoTime() - t0) / 1e9);
        }
        close.run();
        double best = Arrays.stream(rates).max().orElse(0);
        System.out.printf("bench %s %.0f req/s runs=%s%n", impl, best, Arrays.toString(
                Arrays.stream(rates).mapToLong(Math::round).toArray()));
    }
}
