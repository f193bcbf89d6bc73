package dev.tauraro.benchmarks;

import dev.tauraro.httpx.AsyncClient;
import dev.tauraro.httpx.Client;
import dev.tauraro.httpx.Limits;
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
 * HttpxGet pair URL CHUNK ROUNDS [CONCURRENCY]   ours against raw, interleaved (see {@link #pair})
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
        if (args[0].equals("pair")) {
            pair(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 1);
            return;
        }
        String impl = args[1];
        String url = args[2];
        int concurrency = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        Runnable[] made = make(impl, url, concurrency, requests);
        Runnable run = made[0];
        Runnable close = made[1];
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

    /** {run, close} for {@code impl}: one run sends {@code requests} requests. */
    private static Runnable[] make(String impl, String url, int concurrency, int requests) {
        Runnable run;
        Runnable close;
        switch (impl) {
            case "tauraro-async" -> {
                // The limits bench_get.py gives Python's httpx, and raw's pool has: with httpx's
                // default keep-alive bound (20) the 64 in flight churn connections, and the pair
                // measured 47-50% of raw that way against 79-81% with these.
                AsyncClient c = AsyncClient.builder().limits(new Limits(100, 100, Duration.ofSeconds(5))).build();
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
        return new Runnable[] {run, close};
    }

    /**
     * Ours against raw Reactor Netty in one JVM: with {@code concurrency} 1 the blocking
     * {@code Client} and raw one request at a time, above it the {@code AsyncClient} and raw with
     * that many requests in flight. {@code rounds} rounds of {@code chunk} requests each, the two
     * alternating (which goes first flips every round), so both see the same moments of a loaded
     * machine, where separate best-of-three runs swing by half. Prints each one's
     * median and best rate, the median and quartiles of the per-round ratio, and per request the
     * voluntary context switches of the whole process (hand-offs between threads) and its CPU time;
     * then how many connections each opened. Prints lines starting with {@code pair}.
     */
    private static void pair(String url, int chunk, int rounds, int concurrency) {
        String[] impls = concurrency > 1 ? new String[] {"tauraro-async", "reactor-netty"}
                : new String[] {"tauraro-blocking", "reactor-netty-blocking"};
        int port = Integer.parseInt(url.replaceAll("^.*:(\\d+)/.*$", "$1"));
        Runnable[][] made = new Runnable[2][];
        long[] connections = new long[2];
        for (int k = 0; k < 2; k++) {
            long before = ProcessStats.connectionsTo(port);
            made[k] = make(impls[k], url, concurrency, chunk);
            for (int w = 0; w < 10; w++) {
                made[k][0].run();
            }
            connections[k] = ProcessStats.connectionsTo(port) - before;
        }
        double[][] rates = new double[2][rounds];
        long[] switches = new long[2];
        long[] cpu = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 2; i++) {
                int k = r % 2 == 0 ? i : 1 - i;
                long s0 = ProcessStats.voluntarySwitches();
                long c0 = ProcessStats.cpuNanos();
                long t0 = System.nanoTime();
                made[k][0].run();
                rates[k][r] = chunk / ((System.nanoTime() - t0) / 1e9);
                cpu[k] += ProcessStats.cpuNanos() - c0;
                switches[k] += ProcessStats.voluntarySwitches() - s0;
            }
        }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ratio[r] = rates[0][r] / rates[1][r];
        }
        Arrays.sort(ratio);
        double n = (double) chunk * rounds;
        for (int k = 0; k < 2; k++) {
            double[] sorted = rates[k].clone();
            Arrays.sort(sorted);
            System.out.printf("pair %s median %.0f req/s, best %.0f; per request %.2f voluntary switches, %.0f us CPU;"
                    + " connections opened %d%n", impls[k], sorted[rounds / 2], sorted[rounds - 1], switches[k] / n,
                    cpu[k] / n / 1000, connections[k]);
            made[k][1].run();
        }
        System.out.printf("pair ratio median %.0f%% (quartiles %.0f%%..%.0f%%) over %d rounds of %d requests%n",
                100 * ratio[rounds / 2], 100 * ratio[rounds / 4], 100 * ratio[3 * rounds / 4], rounds, chunk);
    }
}
