package dev.tauraro.benchmarks;

import dev.tauraro.asyncio.Asyncio;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Workloads 1 and 5: gather N tasks that each {@code await asyncio.sleep(0)}, and the same work
 * done by a raw Reactor {@code Flux.merge} on one thread.
 *
 * <p>Each operation runs a whole gather on a fresh loop; divide {@code n} by the time per
 * operation for tasks/s. Run with {@code -prof gc} to see the allocation per task
 * ({@code gc.alloc.rate.norm / n}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms4g", "-Xmx4g"})
public class GatherBenchmark {
    /** Sizes at which plain Reactor can keep up: {@code Flux.merge} is quadratic in its concurrency. */
    @State(Scope.Benchmark)
    public static class Small {
        @Param({"1000", "10000"})
        public int n;
    }

    /** The sizes of the CPython comparison. */
    @State(Scope.Benchmark)
    public static class Large {
        @Param({"100000", "1000000"})
        public int n;
    }

    /** Python: {@code await asyncio.gather(*[worker() for _ in range(n)])}. */
    public static Mono<List<Void>> gatherSleeps(int n) {
        return Mono.defer(() -> {
            List<Mono<Void>> children = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                children.add(Asyncio.sleep(Duration.ZERO));
            }
            return Asyncio.gather(children);
        });
    }

    @Benchmark
    public int gather(Small size) {
        return Asyncio.run(gatherSleeps(size.n)).size();
    }

    @Benchmark
    public int gatherLarge(Large size) {
        return Asyncio.run(gatherSleeps(size.n)).size();
    }

    /**
     * The same work in plain Reactor: every child is started on the one-thread executor (a task's
     * first step), hops through it once more (the {@code sleep(0)}), and is merged with all the
     * others subscribed at once (maxConcurrency = n, like gather). Each inner completion makes
     * Reactor's merge scan all n inner subscribers, so this grows as n squared: measured here,
     * 2 ms at n=1,000 but 0.57 s at 10,000 and over 40 s at 100,000.
     */
    @Benchmark
    public int fluxMerge(Small size) {
        int n = size.n;
        OneThreadExecutor executor = new OneThreadExecutor();
        Scheduler loop = Schedulers.fromExecutor(executor);
        @SuppressWarnings("unchecked")
        Mono<Integer>[] children = new Mono[n];
        for (int i = 0; i < n; i++) {
            children[i] = Mono.just(i).subscribeOn(loop).publishOn(loop);
        }
        AtomicReference<List<Integer>> out = new AtomicReference<>();
        Flux.merge(32, children).collectList().subscribe(out::set);
        executor.runUntil(() -> out.get() != null);
        loop.dispose();
        return out.get().size();
    }
}
