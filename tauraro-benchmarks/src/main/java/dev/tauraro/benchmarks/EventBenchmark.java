package dev.tauraro.benchmarks;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.Event;
import dev.tauraro.asyncio.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Workload 4: an {@code Event} with many waiting tasks. The whole-process comparison reports the
 * milliseconds from {@code set()} to the last waiter resumed ({@link #fanOut}); JMH times the
 * whole operation (create the waiters, let them block, set, gather), which is dominated by the
 * same wake-up path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class EventBenchmark {
    @Param({"100000"})
    public int waiters;

    /**
     * Python: {@code waiters} tasks each doing {@code await event.wait(); last = perf_counter()};
     * once they all wait, {@code t0 = perf_counter(); event.set(); await gather(*tasks)}.
     * Signals {@code last - t0} in milliseconds. Timed with the CPU clock ({@link BenchClock}),
     * it runs to the gather's end instead: a CPU-clock read per waiter would cost more than the
     * wake-ups measured.
     */
    public static Mono<Double> fanOut(int waiters) {
        return Mono.defer(() -> {
            Event event = new Event();
            long[] last = {0};
            List<Task<Boolean>> tasks = new ArrayList<>(waiters);
            for (int i = 0; i < waiters; i++) {
                tasks.add(Asyncio.createTask(event.await().doOnNext(v -> {
                    if (!BenchClock.CPU) {
                        last[0] = BenchClock.nanos();
                    }
                })));
            }
            long[] t0 = {0};
            return Asyncio.sleep(Duration.ZERO) // every waiter now blocks in event.await()
                    .then(Mono.defer(() -> {
                        t0[0] = BenchClock.nanos();
                        event.set();
                        return Asyncio.gather(tasks);
                    }))
                    .map(results -> ((BenchClock.CPU ? BenchClock.nanos() : last[0]) - t0[0]) / 1e6);
        });
    }

    @Benchmark
    public double event() {
        return Asyncio.run(fanOut(waiters));
    }
}
