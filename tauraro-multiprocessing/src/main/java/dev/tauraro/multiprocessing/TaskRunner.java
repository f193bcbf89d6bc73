package dev.tauraro.multiprocessing;

import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * Where a {@link Pool}'s workers run the work they claim: in the worker thread itself (the
 * default), or somewhere else, such as the member of a cluster
 * ({@code tauraro-multiprocessing-hazelcast}).
 *
 * <p>The pool keeps everything else: queueing, chunk claims, result order, callbacks,
 * {@code maxtasksperchild}, shutdown and terminate. A runner only turns one chunk of inputs into
 * outputs, or one call into its value, on behalf of the worker that claimed it; it is called from
 * that worker's thread, by as many workers at once as the pool has.
 *
 * <p>Failures: an exception thrown by {@link #map} or {@link #call} fails that chunk or call with
 * that very exception, as if the function had raised it; a {@link BrokenPoolError} is ranked as
 * the pool's own failure (it outranks task exceptions in a map). A runner must not wait forever:
 * when the work cannot be run anywhere it throws {@link BrokenPoolError}. {@link Pool#terminate()}
 * interrupts the workers, so a runner that waits should wait interruptibly.
 */
public interface TaskRunner {
    /**
     * Replaces every element of {@code batch} with {@code fn} applied to it, in order; the first
     * exception stops the chunk and is thrown (the remaining elements are not computed).
     */
    void map(Function<Object, Object> fn, Object[] batch) throws Exception;

    /** Runs {@code fn} once and returns its value. */
    Object call(Callable<?> fn) throws Exception;

    /**
     * How many chunks of a map a worker claims at once and hands to {@link #mapChunks} (default
     * 1: one at a time, through {@link #map}). A runner that sends chunks elsewhere asks for more,
     * so that its waiting worker is woken once for the outcomes that arrive together rather than
     * once for each; {@code maxtasksperchild} then counts each claim as one task.
     */
    default int chunksPerClaim() {
        return 1;
    }

    /**
     * Runs several chunks of one map, each as {@link #map} runs one (in place), and tells
     * {@code outcome} of each as soon as it has one, in the calling worker's thread: the exception
     * that failed it, or null, and its index in {@code batches}. Returns once every chunk has had
     * its outcome. The default runs them one after another through {@link #map}.
     * {@link Pool#terminate()} interrupts the worker: a runner that waits then gives the chunks it
     * has not finished the {@link InterruptedException}. {@code outcome} hands the results to
     * their consumer and may block a moment on the consumer's lock: a runner that waits with
     * {@link java.util.concurrent.locks.LockSupport#park} must not count on a permit that was left
     * while it called {@code outcome}, as that block may have taken it.
     */
    default void mapChunks(Function<Object, Object> fn, Object[][] batches, ObjIntConsumer<Exception> outcome) {
        for (int i = 0; i < batches.length; i++) {
            Exception failed = null;
            try {
                map(fn, batches[i]);
            } catch (Exception e) {
                failed = e;
            }
            outcome.accept(failed, i);
        }
    }

    /**
     * How many worker threads the pool runs per process (default 1). A runner that sends chunks
     * elsewhere and waits for them asks for more, so that more chunks are claimed than run at
     * once and wait in the runner, which can send several in one message. {@link Pool#processes()},
     * the default chunksize and the repr still count processes; {@code maxtasksperchild} and the
     * initializer apply to each worker thread.
     */
    default int workersPerProcess() {
        return 1;
    }

    /**
     * Whether the pool's workers stand for processes, numbered from the counter that names
     * processes as CPython's pool workers are (default true). A runner behind a pool that only
     * carries other processes' work (as the cluster start method's {@code Process} does) says false,
     * so that the processes a script makes are numbered as CPython would number them.
     */
    default boolean workersAreProcesses() {
        return true;
    }

    /**
     * The pool has stopped (shut down or terminated) and its last worker has exited: release what
     * the runner holds. Called once, from that worker's thread. The default does nothing.
     */
    default void close() {
    }
}
