package dev.tauraro.benchmarks;

import dev.tauraro.asyncio.Asyncio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import reactor.core.publisher.Mono;

/**
 * The asyncio workloads of the CPython comparison, run whole-process with a plain {@code main}.
 *
 * <p>Each workload runs on a fresh event loop per run; the first runs warm the JIT up, then the
 * best of the measured runs is printed, one line per workload, in the format the Python side
 * ({@code bench/asyncio/*.py}) prints too:
 *
 * <pre>{@code
 * bench gather-100k 4123456.0 tasks/s median=4000000.0 runs=5
 * }</pre>
 *
 * <p>Arguments select workloads by substring (none: all); {@code --only NAME} runs exactly one
 * and {@code --list} prints the names. Workloads run in one JVM affect each other's JIT
 * profiles (queue-4x4 measured 15% slower after queue-1x1 than alone), so
 * {@code bench/asyncio/compare.sh} starts one JVM per workload, as JMH forks. System properties
 * {@code bench.runs} and {@code bench.warmups} override the number of runs.
 */
public final class AsyncioWorkloads {
    private AsyncioWorkloads() {
    }

    /** One workload: a fresh Mono per run whose value is the measurement. */
    private record Workload(String name, String unit, int warmups, int runs, java.util.function.Supplier<Mono<Double>> run) {
    }

    public static void main(String[] args) {
        List<Workload> all = new ArrayList<>();
        all.add(new Workload("gather-100k", "tasks/s", 10, 5, () -> rate(100_000, GatherBenchmark.gatherSleeps(100_000))));
        all.add(new Workload("gather-1m", "tasks/s", 3, 5, () -> rate(1_000_000, GatherBenchmark.gatherSleeps(1_000_000))));
        int items = QueueBenchmark.ITEMS;
        all.add(new Workload("queue-1x1", "items/s", 5, 5, () -> rate(items, QueueBenchmark.movePairs(1, items))));
        all.add(new Workload("queue-4x4", "items/s", 5, 5, () -> rate(items, QueueBenchmark.movePairs(4, items))));
        // The same pair with each loop written with plain Reactor operators instead of
        // Asyncio.forRange; compared with the same CPython row (compare.sh strips the suffix).
        all.add(new Workload("queue-1x1-repeat", "items/s", 5, 5,
                () -> rate(items, QueueBenchmark.movePairs(1, items, Loops::repeatRange))));
        all.add(new Workload("queue-1x1-concatmap", "items/s", 5, 5,
                () -> rate(items, QueueBenchmark.movePairs(1, items, Loops::concatMapRange))));
        int acquires = LockBenchmark.TASKS * LockBenchmark.ACQUIRES;
        all.add(new Workload("lock", "acquires/s", 5, 5,
                () -> rate(acquires, LockBenchmark.contendLock(LockBenchmark.TASKS, LockBenchmark.ACQUIRES))));
        all.add(new Workload("semaphore", "acquires/s", 5, 5,
                () -> rate(acquires, LockBenchmark.contendSemaphore(LockBenchmark.TASKS, LockBenchmark.ACQUIRES))));
        all.add(new Workload("event-100k", "ms", 10, 5, () -> EventBenchmark.fanOut(100_000)));
        if (args.length == 1 && args[0].equals("--list")) {
            all.forEach(w -> System.out.println(w.name));
            return;
        }
        if (args.length == 2 && args[0].equals("--only")) {
            all.stream().filter(w -> w.name.equals(args[1])).forEach(AsyncioWorkloads::measure);
            return;
        }
        for (Workload w : all) {
            if (args.length == 0 || Arrays.stream(args).anyMatch(w.name::contains)) {
                measure(w);
            }
        }
    }

    /** Times {@code work} on the loop and turns it into events per second ({@link BenchClock}). */
    static Mono<Double> rate(long events, Mono<?> work) {
        return Mono.defer(() -> {
            long t0 = BenchClock.nanos();
            return work.then(Mono.fromCallable(() -> events * 1e9 / (BenchClock.nanos() - t0)));
        });
    }

    private static void measure(Workload w) {
        int warmups = Integer.getInteger("bench.warmups", w.warmups);
        int runs = Integer.getInteger("bench.runs", w.runs);
        double[] values = new double[runs];
        for (int i = 0; i < warmups + runs; i++) {
            System.gc();
            double v = Asyncio.run(w.run.get());
            if (i >= warmups) {
                values[i - warmups] = v;
            }
        }
        Arrays.sort(values);
        boolean higherIsBetter = w.unit.endsWith("/s");
        double best = higherIsBetter ? values[runs - 1] : values[0];
        double median = runs % 2 == 1 ? values[runs / 2] : (values[runs / 2 - 1] + values[runs / 2]) / 2;
        System.out.println(String.format(Locale.ROOT, "bench %s %.1f %s median=%.1f runs=%d",
                w.name, best, w.unit, median, runs));
    }
}
