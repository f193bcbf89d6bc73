package dev.tauraro.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The clock the whole-process workloads ({@link AsyncioWorkloads}) read: wall-clock time, or with
 * {@code BENCH_CLOCK=cpu} (or {@code -Dbench.clock=cpu}) the process's CPU time, which the Python
 * side ({@code bench/asyncio/_common.py}) reads under the same setting. On a machine shared with
 * other work the wall clock measures the share of the cores each side got; CPU time measures the
 * work each did (the JVM's compiler and collector threads included).
 *
 * <p>Why {@code /proc/self/task/*}{@code /schedstat}: the JDK's process CPU time
 * ({@code OperatingSystemMXBean.getProcessCpuTime}) counts in clock ticks of 10 ms on Linux, as
 * long as a whole queue run here; the scheduler's per-thread figures are in nanoseconds. Reading
 * them costs about a tenth of a millisecond, outside the timed work but inside the interval.
 */
final class BenchClock {
    /** Whether {@link #nanos()} reads CPU time. */
    static final boolean CPU = "cpu".equals(System.getProperty("bench.clock",
            System.getenv().getOrDefault("BENCH_CLOCK", "wall")));

    private static final Path TASKS = Path.of("/proc/self/task");

    private BenchClock() {
    }

    /** Nanoseconds from an arbitrary origin. */
    static long nanos() {
        return CPU ? processCpuNanos() : System.nanoTime();
    }

    /** The CPU time of the threads alive now, summed. */
    private static long processCpuNanos() {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String line = Files.readString(task.resolve("schedstat"));
                    sum += Long.parseLong(line.substring(0, line.indexOf(' ')));
                } catch (IOException e) {
                    // The thread ended while the directory was read: its time is gone with it.
                }
            }
            return sum;
        } catch (IOException e) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }
}
