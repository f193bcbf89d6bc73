package dev.tauraro.script.modules;

import dev.tauraro.multiprocessing.Pool;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A {@code multiprocessing.Pool} as a script sees it: the Java {@link Pool} that schedules the
 * work, and how script functions, arguments and results reach the workers of one start method
 * (copied into forks of this process, or pickled to the members of a cluster).
 */
public interface ScriptPool {
    /** The Java pool: chunking, ordering, callbacks and life cycle. */
    Pool pool();

    /** {@code fn} as the function the pool's workers apply to each item ({@code star}: unpacking it). */
    Function<Object, Object> worker(Object fn, boolean star);

    /** The iterable's items as the workers receive them, taken now (as pickling them at submission does). */
    List<Object> items(Object iterable);

    /** {@code fn(*args, **kwds)} ({@code kwds}: a dict or None), run on a worker: {@code apply}. */
    Callable<Object> call(Object fn, Object args, Object kwds);

    /** Python's {@code terminate()}. */
    void terminate();
}
