package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * 10,000 requests in flight through one client at once (the memory test, not a timing
 * test): the server holds every answer until the test releases them, so all 10,000 are
 * outstanding together, 100 on connections (the default {@link Limits}) and 9,900 waiting for one.
 * Then all complete. Heap and resident memory at the peak are printed for the README.
 */
class InFlightMemoryTest {
    @Test
    void tenThousandRequestsInFlightThroughOneClient() {
        Sinks.Empty<Void> release = Sinks.empty();
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                .route(r -> r.get("/held", (req, res) -> res.sendString(release.asMono().then(Mono.just("{\"ok\":true}")))))
                .bindNow();
        // No timeouts: the pool timeout (the client's) would fail the 9,900 waiting requests after 5 s.
        try (AsyncClient c = AsyncClient.builder().timeout((Double) null).build()) {
            String url = "http://127.0.0.1:" + server.port() + "/held";
            Mono<Long> all = Flux.range(0, 10_000).flatMap(i -> c.get(url), 10_000)
                    .filter(r -> r.statusCode() == 200).count().cache();
            all.subscribe();
            awaitStats(c, new PoolStats(0, 100, 9_900));
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heapMiB = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.println("10,000 requests in flight: heap used " + heapMiB + " MiB of " + (rt.maxMemory() >> 20)
                    + " MiB max, resident " + residentMiB() + " MiB");
            release.tryEmitEmpty();
            assertThat(all.block(Duration.ofMinutes(5))).isEqualTo(10_000L);
            PoolAssert.noneActive(c::poolStats);
        } finally {
            server.disposeNow(Duration.ofSeconds(10));
        }
    }

    /** Waits (bounded by a minute: a liveness bound, not a timing assertion) for {@code expected}. */
    private static void awaitStats(AsyncClient c, PoolStats expected) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!c.poolStats().equals(expected) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        assertThat(c.poolStats()).isEqualTo(expected);
    }

    private static String residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.toString(Long.parseLong(line.replaceAll("\\D", "")) >> 10);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return "?";
    }
}
