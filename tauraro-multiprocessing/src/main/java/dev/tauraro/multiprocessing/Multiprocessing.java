package dev.tauraro.multiprocessing;

import java.util.List;

/**
 * Python's {@code multiprocessing} module functions as static methods.
 *
 * <pre>{@code
 * try (Pool pool = new Pool(Multiprocessing.cpuCount())) {
 *     System.out.println(pool.map(n -> n * n, List.of(1, 2, 3)));
 * }
 * }</pre>
 *
 * <p>This class only delegates; see {@link Pool}, {@link Process} and {@link AsyncResult}.
 *
 * <p>Differences from CPython: processes are threads of this JVM (see {@link Process}).
 */
public final class Multiprocessing {
    private Multiprocessing() {
    }

    /**
     * The number of processors available to the JVM. Python: {@code cpu_count()} (which counts
     * every CPU of the machine; this respects the JVM's affinity and container limits).
     */
    public static int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The process the calling thread belongs to: a {@link Process} started here, a pool worker
     * ({@code ForkPoolWorker-N}), or the {@code MainProcess}. Python: {@code current_process()}.
     */
    public static Process currentProcess() {
        return Process.current();
    }

    /** The process that started the current one, or null in the MainProcess. Python: {@code parent_process()}. */
    public static Process parentProcess() {
        return Process.current().parent();
    }

    /**
     * The live children of the current process, including pool workers. Python:
     * {@code active_children()}.
     */
    public static List<Process> activeChildren() {
        return Process.current().activeChildren();
    }
}
