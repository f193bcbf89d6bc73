package dev.tauraro.multiprocessing;

/**
 * Where a {@link MapJob} delivers its chunks: a list result, an iterator, or a Flux.
 *
 * <p>Each chunk is reported exactly once, from the worker that ran it, in any order and
 * possibly concurrently. Implementations are thread-safe.
 */
interface MapOutput {
    /** Chunk {@code chunk} succeeded; {@code values[i]} is the result for item {@code start + i}. */
    void chunkDone(int chunk, int start, Object[] values);

    /**
     * Chunk {@code chunk} raised {@code error} (the rest of the chunk was not computed, as in
     * CPython's {@code mapstar}). {@code broken} marks a {@link BrokenPoolError} for a dead worker,
     * which outranks ordinary task exceptions.
     */
    void chunkFailed(int chunk, Throwable error, boolean broken);

    /** The input had {@code chunks} chunks in all (called once, when that becomes known). */
    void inputEnded(int chunks);

    /** The pool gave up (terminate, broken pool): fail whatever is not delivered yet. */
    void abort(Throwable error);

    /** Whether the consumer went away (a cancelled Flux): the job may stop claiming. */
    default boolean abandoned() {
        return false;
    }
}
