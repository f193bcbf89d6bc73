package dev.tauraro.multiprocessing.hazelcast;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One message to a worker member: several {@link ChunkTask}s, run there one after another on one
 * of its slots. Sending chunks together pays a round trip and the executor's scheduling once for
 * all of them, and Java serialization writes an object they share (the function, a script's
 * job) once per message, not once per chunk.
 */
final class ChunkBatch implements Callable<ChunkBatch.Outcomes>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The size of the message the member's thread runs, while it runs it (diagnostics and tests). */
    private static final ThreadLocal<Integer> RUNNING = new ThreadLocal<>();

    private final List<ChunkTask> chunks;

    ChunkBatch(List<ChunkTask> chunks) {
        this.chunks = chunks;
    }

    int size() {
        return chunks.size();
    }

    /** The first chunk, for error messages about what could not be serialized. */
    ChunkTask first() {
        return chunks.get(0);
    }

    /** Runs on the member: each chunk's outcome (its value or its {@link ChunkTask.Failure}), in order. */
    @Override
    public Outcomes call() {
        long start = System.nanoTime();
        Object[] out = new Object[chunks.size()];
        RUNNING.set(out.length);
        try {
            for (int i = 0; i < out.length; i++) {
                out[i] = chunks.get(i).call();
            }
        } finally {
            RUNNING.remove();
        }
        return new Outcomes(out, System.nanoTime() - start);
    }

    /** On a member, inside a task: how many chunks came in the message it is part of (0 outside one). */
    static int runningSize() {
        Integer n = RUNNING.get();
        return n == null ? 0 : n;
    }

    /** The chunks' outcomes and how long the member took to run them all. */
    record Outcomes(Object[] values, long nanos) implements Serializable {
    }
}
