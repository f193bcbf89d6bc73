package dev.tauraro.benchmarks;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.Lock;
import dev.tauraro.asyncio.Semaphore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import reactor.core.publisher.Mono;

/**
 * Workload 3: {@link #TASKS} tasks each entering {@code async with lock:} {@link #ACQUIRES} times
 * with {@code await asyncio.sleep(0)} inside, for a Lock and a Semaphore(10). Divide
 * {@code TASKS * ACQUIRES} by the time per operation for acquires/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class LockBenchmark {
    public static final int TASKS = 1_000;
    public static final int ACQUIRES = 1_000;

    /** Python: {@code for _ in range(acquires): async with lock: await asyncio.sleep(0)}, gathered. */
    public static Mono<List<Void>> contendLock(int tasks, int acquires) {
        return Mono.defer(() -> {
            Lock lock = new Lock();
            return contend(tasks, acquires, () -> lock.withLock(() -> Asyncio.sleep(Duration.ZERO)));
        });
    }

    /** The same with {@code Semaphore(10)}. */
    public static Mono<List<Void>> contendSemaphore(int tasks, int acquires) {
        return Mono.defer(() -> {
            Semaphore sem = new Semaphore(10);
            return contend(tasks, acquires, () -> sem.withLock(() -> Asyncio.sleep(Duration.ZERO)));
        });
    }

    private static Mono<List<Void>> contend(int tasks, int acquires, Supplier<Mono<Void>> critical) {
        List<Mono<Void>> workers = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            workers.add(Asyncio.forRange(acquires, i -> critical.get()));
        }
        return Asyncio.gather(workers);
    }

    @Benchmark
    public int lock() {
        return Asyncio.run(contendLock(TASKS, ACQUIRES)).size();
    }

    @Benchmark
    public int semaphore() {
        return Asyncio.run(contendSemaphore(TASKS, ACQUIRES)).size();
    }
}
