package dev.tauraro.multiprocessing.hazelcast;

import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What travels to a worker member: a function with one chunk of its inputs (a map), or one call
 * (an apply). On the member it runs like a local pool worker's chunk: the first exception stops
 * the chunk and travels back as the task's outcome: a {@link Failure} returned, not thrown. Returned
 * values keep their exact class through Hazelcast's serialization (an exception thrown to a client
 * is rebuilt from its class name, and an unknown class arrives as Hazelcast's own exception), and
 * the caller can tell the task's failure from one of the member or of the way to it, which re-runs
 * the chunk.
 */
final class ChunkTask implements Callable<Object> {

    /** The mapped function, or null for a call. */
    private final Function<Object, Object> fn;
    private final Object[] batch;
    /** The call, or null for a map. */
    private final Callable<?> call;
    /** The pool's initializer, run first in a slot new to the pool; null for none. */
    private final SlotInitializer initializer;

    private ChunkTask(Function<Object, Object> fn, Object[] batch, Callable<?> call, SlotInitializer initializer) {
        this.fn = fn;
        this.batch = batch;
        this.call = call;
        this.initializer = initializer;
    }

    static ChunkTask map(Function<Object, Object> fn, Object[] batch, SlotInitializer initializer) {
        return new ChunkTask(fn, batch, null, initializer);
    }

    static ChunkTask call(Callable<?> call, SlotInitializer initializer) {
        return new ChunkTask(null, null, call, initializer);
    }

    /**
     * What the chunks of one kind share, whose run time predicts theirs: a map's function (one
     * object for all the chunks of a map), or a call's class.
     */
    Object kind() {
        return fn != null ? fn : call.getClass();
    }

    /** The function or callable sent. */
    Object function() {
        return fn != null ? fn : call;
    }

    /** A map's chunk of inputs (its results once run), or null for a call. */
    Object[] batch() {
        return batch;
    }

    SlotInitializer initializer() {
        return initializer;
    }

    /** Runs on the member: the results of the chunk (in place of its inputs), or the call's value. */
    @Override
    public Object call() {
        Object slot = null;
        try {
            if (initializer != null) {
                slot = initializer.enterSlot();
            }
            if (call != null) {
                return call.call();
            }
            for (int i = 0; i < batch.length; i++) {
                batch[i] = fn.apply(batch[i]);
            }
            return batch;
        } catch (Exception | Error e) {
            return new Failure(e);
        } finally {
            if (slot != null) {
                initializer.leaveSlot(slot);
            }
        }
    }

    /** What the task itself raised, as opposed to what befell the member ({@link ChunkBatch.Outcomes} carries it). */
    static final class Failure {
        final Throwable error;

        Failure(Throwable error) {
            this.error = error;
        }
    }
}
