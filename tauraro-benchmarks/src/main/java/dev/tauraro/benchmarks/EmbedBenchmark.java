package dev.tauraro.benchmarks;

import dev.tauraro.script.Tauraro;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The embedding API's costs (issue 13): {@code eval("1 + 1")} on a warm interpreter (goal: under
 * 10 µs), and a fresh interpreter in a warm JVM, made and closed (goal: under 5 ms), also with its
 * first {@code eval}, which parses and compiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EmbedBenchmark {
    private Tauraro warm;

    @Setup
    public void setUp() {
        warm = Tauraro.create();
    }

    @TearDown
    public void tearDown() {
        warm.close();
    }

    @Benchmark
    public Object evalOnWarmInterpreter() {
        return warm.eval("1 + 1");
    }

    @Benchmark
    public Object newInterpreter() {
        Tauraro t = Tauraro.create();
        t.close();
        return t;
    }

    @Benchmark
    public Object newInterpreterWithFirstEval() {
        try (Tauraro t = Tauraro.create()) {
            return t.eval("1 + 1");
        }
    }
}
