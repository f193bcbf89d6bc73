package dev.tauraro.multiprocessing;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The performance targets of the multiprocessing issue, measured against CPython in the same run
 * (a main, not a test: timings never go into assertions).
 *
 * <pre>
 * java -cp ... dev.tauraro.multiprocessing.PoolBenchmark [repeat] [python]
 * </pre>
 *
 * Workloads: {@code Pool(2).map(cpu_intensive, [1e6, 2e6, 3e6] * 2)} against the serial loop, and
 * a map of 100,000 trivial tasks with {@code chunksize=1} and with the default chunksize.
 */
public final class PoolBenchmark {
    private PoolBenchmark() {
    }

    /** {@code sum(i * i for i in range(n))} in long arithmetic, as the documentation's example. */
    static long cpuIntensive(int n) {
        long result = 0;
        for (long i = 0; i < n; i++) {
            result += i * i;
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        int repeat = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String python = args.length > 1 ? args[1] : "/usr/bin/python3";
        Map<String, Double> java = runJava(repeat);
        Map<String, Double> cpython = runPython(python, Math.max(3, repeat / 2));
        System.out.printf("%-30s %14s %14s %8s%n", "metric", "java", "cpython", "ratio");
        for (String k : java.keySet()) {
            double j = java.get(k);
            Double c = cpython.get(k);
            String ratio = "";
            if (c != null) {
                ratio = String.format("%.2fx", k.endsWith("tasks_per_s") ? j / c : c / j);
            }
            System.out.printf("%-30s %14.4f %14s %8s%n", k, j, c == null ? "-" : String.format("%.4f", c), ratio);
        }
        double speedup = java.get("cpu_serial_s") / java.get("cpu_pool2_s");
        System.out.printf("java x10 Pool(2).map speedup over serial: %.2fx%n",
                java.get("cpu_x10_serial_s") / java.get("cpu_x10_pool2_s"));
        System.out.printf("java Pool(2).map speedup over serial: %.2fx (cpython %.2fx)%n", speedup,
                cpython.getOrDefault("cpu_serial_s", Double.NaN) / cpython.getOrDefault("cpu_pool2_s", Double.NaN));
    }

    static Map<String, Double> runJava(int repeat) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<Integer> data = List.of(1_000_000, 2_000_000, 3_000_000, 1_000_000, 2_000_000, 3_000_000);
        List<Integer> items = IntStream.range(0, 100_000).boxed().collect(Collectors.toList());
        try (Pool pool = new Pool(2)) {
            // Warm-up: let HotSpot compile the loop and the pool paths before timing.
            for (int i = 0; i < 5; i++) {
                serial(data);
                pool.map(PoolBenchmark::cpuIntensive, data);
                pool.map(x -> x, items, 1);
                pool.map(x -> x, items);
            }
            out.put("cpu_serial_s", best(repeat, () -> serial(data)));
            out.put("cpu_pool2_s", best(repeat, () -> pool.map(PoolBenchmark::cpuIntensive, data)));
            // Load-independent view of the same map: the CPU time each worker spent in tasks. On a
            // machine shared with other work, wall-clock speedup only shows when two cores are free;
            // serial CPU time over the busiest worker's CPU time is the speedup the split allows.
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            double bestBalance = 0;
            for (int i = 0; i < repeat; i++) {
                Map<String, Long> perWorker = new ConcurrentHashMap<>();
                pool.map(n -> {
                    long t0 = mx.getCurrentThreadCpuTime();
                    long r = cpuIntensive(n);
                    perWorker.merge(Thread.currentThread().getName(), mx.getCurrentThreadCpuTime() - t0, Long::sum);
                    return r;
                }, data);
                long total = perWorker.values().stream().mapToLong(Long::longValue).sum();
                long busiest = perWorker.values().stream().mapToLong(Long::longValue).max().orElse(1);
                bestBalance = Math.max(bestBalance, (double) total / busiest);
            }
            out.put("cpu_pool2_cpu_time_balance", bestBalance);
            // Context only (not a target): the same shape with ten times the work per task, where
            // the wake-up and hand-off costs of a map weigh less.
            List<Integer> big = List.of(10_000_000, 20_000_000, 30_000_000, 10_000_000, 20_000_000, 30_000_000);
            out.put("cpu_x10_serial_s", best(repeat, () -> serial(big)));
            out.put("cpu_x10_pool2_s", best(repeat, () -> pool.map(PoolBenchmark::cpuIntensive, big)));
            out.put("trivial_cs1_tasks_per_s", 100_000 / best(repeat, () -> pool.map(x -> x, items, 1)));
            out.put("trivial_default_tasks_per_s", 100_000 / best(repeat, () -> pool.map(x -> x, items)));
        }
        return out;
    }

    private static List<Long> serial(List<Integer> data) {
        List<Long> r = new ArrayList<>();
        for (int n : data) {
            r.add(cpuIntensive(n));
        }
        return r;
    }

    static volatile Object sink;

    private static double best(int repeat, Supplier<Object> fn) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            sink = fn.get();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    static Map<String, Double> runPython(String python, int repeat) throws Exception {
        Path script = Files.createTempFile("pool_bench", ".py");
        try (var in = PoolBenchmark.class.getResourceAsStream("/pool_bench.py")) {
            Files.write(script, in.readAllBytes());
        }
        java.lang.Process p = new ProcessBuilder(python, script.toString(), String.valueOf(repeat))
                .redirectErrorStream(true).start();
        Map<String, Double> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    try {
                        out.put(parts[0], Double.parseDouble(parts[1]));
                        continue;
                    } catch (NumberFormatException ignored) {
                        // not a result line
                    }
                }
                System.out.println("python: " + line);
            }
        }
        p.waitFor();
        Files.deleteIfExists(script);
        return out;
    }
}
