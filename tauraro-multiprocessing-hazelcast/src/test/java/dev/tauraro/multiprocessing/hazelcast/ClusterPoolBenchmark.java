package dev.tauraro.multiprocessing.hazelcast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The cluster pool's benchmark (a main, not a test: timings never go into assertions), run by
 * {@code bench/multiprocessing/cluster.sh}. Worker members are JVMs of their own on 127.0.0.1.
 *
 * <pre>
 * java -cp &lt;test class path&gt; dev.tauraro.multiprocessing.hazelcast.ClusterPoolBenchmark [repeat] [python]
 * </pre>
 *
 * Prints: trivial tasks per second with {@code chunksize=1} across two one-slot members against
 * CPython's local {@code Pool(2)}; {@code cpu_intensive} on two members against one; and the
 * inputs of the scaling model: the chunks per second one caller sustains when many are in flight,
 * and the bytes a one-item chunk and its result take in Hazelcast's serialization, alone and in a
 * message of 64 (where the function they share is written once).
 */
public final class ClusterPoolBenchmark {
    private static final int TRIVIAL = 20_000;
    private static final List<Integer> CPU_DATA = List.of(1_000_000, 2_000_000, 3_000_000, 1_000_000, 2_000_000, 3_000_000);

    private ClusterPoolBenchmark() {
    }

    /** The documentation's {@code cpu_intensive(n)}: {@code sum(i * i for i in range(n))}. */
    static long cpuIntensive(int n) {
        return LongStream.range(0, n).map(i -> i * i).sum();
    }

    public static void main(String[] args) throws Exception {
        int repeat = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String python = args.length > 1 ? args[1] : "/usr/bin/python3";
        List<Integer> items = IntStream.range(0, TRIVIAL).boxed().collect(Collectors.toList());
        // The documentation's sizes take a millisecond or so once compiled: ten times them, ten times
        // over, keeps the CPU work well above the cost of a round trip.
        List<Integer> cpuWork = IntStream.range(0, 10).boxed().flatMap(i -> CPU_DATA.stream().map(n -> n * 10)).toList();
        try (WorkerJvms workers = new WorkerJvms(2, false)) {
            workers.start(1);
            double oneMember;
            try (ClusterPool pool = build(workers, 2)) {
                for (int i = 0; i < 3; i++) {
                    pool.map(ClusterPoolBenchmark::cpuIntensive, cpuWork, 1); // warm-up: compiled before timing
                }
                oneMember = best(repeat, () -> pool.map(ClusterPoolBenchmark::cpuIntensive, cpuWork, 1));
                ended(pool);
            }
            workers.start(1);
            try (ClusterPool pool = build(workers, 2); ClusterPool wide = build(workers, 64)) {
                for (int i = 0; i < 3; i++) {
                    pool.map(ClusterPoolBenchmark::cpuIntensive, cpuWork, 1);
                    pool.map((Integer x) -> x, items, 1);
                    wide.map((Integer x) -> x, items, 1);
                }
                double twoMembers = best(repeat, () -> pool.map(ClusterPoolBenchmark::cpuIntensive, cpuWork, 1));
                double trivial = TRIVIAL / best(repeat, () -> pool.map((Integer x) -> x, items, 1));
                double claims = TRIVIAL / best(repeat, () -> wide.map((Integer x) -> x, items, 1));
                double cpython = python(python, repeat);
                System.out.printf("trivial tasks, chunksize=1, 2 members x 1 slot, processes=2: %.0f tasks/s%n", trivial);
                System.out.printf("CPython local Pool(2), same map:                         %.0f tasks/s (ratio %.2fx)%n",
                        cpython, trivial / cpython);
                System.out.printf("cpu_intensive x60 (sizes x10) on 1 member: %.3f s, on 2 members: %.3f s, speed-up %.2fx%n",
                        oneMember, twoMembers, oneMember / twoMembers);
                System.out.printf("model: chunks/s one caller sustains with 64 processes (%d chunks claimed ahead): %.0f%n",
                        64 * ClusterRunner.claimsPerProcess(64), claims);
                SerializableFunction<Object, Object> identity = x -> x;
                List<ChunkTask> many = IntStream.range(0, 64).mapToObj(k -> ChunkTask.map(identity, new Object[] {k}, null)).toList();
                System.out.printf("model: bytes (Hazelcast serialization) of a message of one one-item chunk: %d, per chunk in a message of 64: %d, of a one-item result: %d%n",
                        serializedSize(new ChunkBatch(List.of(many.get(0)))), serializedSize(new ChunkBatch(many)) / 64,
                        serializedSize(new ChunkBatch.Outcomes(new Object[] {new Object[] {1}}, new boolean[] {true}, 0)));
                ended(pool, wide);
            }
        }
    }

    /**
     * Terminates the pools and waits until their clients have shut down: members killed while a
     * client still talks to them make it log its executor's rejections.
     */
    private static void ended(ClusterPool... pools) {
        for (ClusterPool p : pools) {
            p.terminate();
            p.join();
        }
    }

    private static ClusterPool build(WorkerJvms workers, int processes) {
        return ClusterPool.builder().clusterName(workers.clusterName).cluster(workers.addresses())
                .processes(processes).startTimeout(Duration.ofSeconds(60)).build();
    }

    private static double best(int repeat, Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    /** The bytes Hazelcast's serialization makes of {@code o}, as it travels in a message. */
    private static int serializedSize(Object o) {
        return new com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder().build().toData(o).totalSize();
    }

    /** CPython's local {@code Pool(2).map(f, range(N), chunksize=1)} in tasks per second (best of {@code repeat}). */
    private static double python(String python, int repeat) throws IOException, InterruptedException {
        String code = String.join("\n",
                "import multiprocessing, time",
                "def f(x): return x",
                "if __name__ == '__main__':",
                "    with multiprocessing.Pool(2) as p:",
                "        p.map(f, range(1000), chunksize=1)",
                "        best = min((lambda t: (p.map(f, range(" + TRIVIAL + "), chunksize=1), time.perf_counter() - t)[1])(time.perf_counter()) for _ in range(" + repeat + "))",
                "    print(" + TRIVIAL + " / best)");
        Process p = new ProcessBuilder(python, "-c", code).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("python failed: " + out);
        }
        return Double.parseDouble(out);
    }
}
