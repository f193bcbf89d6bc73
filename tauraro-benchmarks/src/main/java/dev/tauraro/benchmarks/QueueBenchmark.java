package dev.tauraro.benchmarks;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
import reactor.core.publisher.Mono;

/**
 * Workload 2: a {@code Queue(maxsize=1000)} moving {@link #ITEMS} items with one or four
 * producer/consumer pairs. Divide {@link #ITEMS} by the time per operation for items/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class QueueBenchmark {
    /** Items moved per operation. */
    public static final int ITEMS = 1_000_000;

    @Param({"1", "4"})
    public int pairs;

    /**
     * Python: {@code k} producers each doing {@code for i in range(n): await q.put(i)} and
     * {@code k} consumers each doing {@code for _ in range(n): await q.get()}, gathered.
     *
     * <p>Every item goes through an awaited {@code put()} and an awaited {@code get()} Mono, as
     * every Python item goes through {@code await q.put(i)} and {@code await q.get()}: what a
     * Java user of the public API writes. A loop on the loop thread that calls
     * {@code putNowait}/{@code getNowait} while there is room measures the deque, not the
     * awaitable queue, and is not this workload. The loops are {@code Asyncio.forRange}, the
     * library's {@code for i in range(n): await ...}; {@code queue-1x1-repeat} and
     * {@code queue-1x1-concatmap} show the same with plain Reactor loops ({@link Loops}).
     */
    public static Mono<List<Void>> movePairs(int k, int items) {
        return movePairs(k, items, Asyncio::forRange);
    }

    static Mono<List<Void>> movePairs(int k, int items, Looper looper) {
        return Mono.defer(() -> {
            Queue<Integer> q = new Queue<>(1000);
            int per = items / k;
            List<Mono<Void>> workers = new ArrayList<>(2 * k);
            for (int p = 0; p < k; p++) {
                workers.add(looper.loop(per, i -> q.put(i)));
            }
            for (int c = 0; c < k; c++) {
                workers.add(looper.loop(per, i -> q.get()));
            }
            return Asyncio.gather(workers);
        });
    }

    /** How a benchmark writes its loops. */
    interface Looper {
        Mono<Void> loop(int n, IntFunction<? extends Mono<?>> body);
    }

    @Benchmark
    public int queue() {
        return Asyncio.run(movePairs(pairs, ITEMS)).size();
    }

    /** The same with loops written as {@code Mono.defer(...).repeat(n - 1)}. */
    @Benchmark
    public int queueRepeat() {
        return Asyncio.run(movePairs(pairs, ITEMS, Loops::repeatRange)).size();
    }

    /** The same with loops written as {@code Flux.range(0, n).concatMap(...)}. */
    @Benchmark
    public int queueConcatMap() {
        return Asyncio.run(movePairs(pairs, ITEMS, Loops::concatMapRange)).size();
    }
}
