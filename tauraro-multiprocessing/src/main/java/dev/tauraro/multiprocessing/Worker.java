package dev.tauraro.multiprocessing;

/**
 * A pool worker: a daemon {@link Process} named {@code ForkPoolWorker-N} that runs the pool's
 * worker loop ({@link Pool#work}).
 *
 * <p>It records the chunk it is running so that, if an {@link Error} kills it mid-task, the pool
 * can fail that chunk with a {@link BrokenPoolError} instead of leaving its caller waiting. The
 * record is written and read only by this worker's own thread.
 */
final class Worker extends Process {
    private final Pool pool;
    /** Which end of each map this worker takes chunks from (see {@link ChunkClaims}); kept by its replacement. */
    final int slot;
    /** The job whose chunk is running now, or null between chunks. */
    Job job;
    int chunk;
    /**
     * When the worker claimed several chunks at once ({@link TaskRunner#chunksPerClaim}): the claim's
     * own array, whose first {@link #chunkCount} entries are the chunks not yet reported; else null.
     */
    private int[] chunks;
    private int chunkCount;
    private boolean started;

    /**
     * {@code counted}: a worker of one of the pool's processes, numbered as CPython numbers them; the
     * extra threads a runner asks for ({@link TaskRunner#workersPerProcess}), and the workers of a
     * pool that stands for no processes ({@link TaskRunner#workersAreProcesses}), take no number.
     */
    Worker(Pool pool, Process owner, int slot, boolean counted) {
        super(null, counted ? null : "ForkPoolWorker-claim-" + slot, "ForkPoolWorker-", owner, counted);
        this.pool = pool;
        this.slot = slot;
        setDaemon(true);
    }

    void running(Job j, int c) {
        job = j;
        chunk = c;
        chunks = null;
    }

    /** Running the first {@code n} chunks of {@code cs} of {@code j} at once; the worker keeps {@code cs}. */
    void running(Job j, int[] cs, int n) {
        job = j;
        chunks = cs;
        chunkCount = n;
    }

    /** Chunk {@code c} of the ones running at once has reported: the worker no longer answers for it. */
    void reported(int c) {
        for (int i = 0; i < chunkCount; i++) {
            if (chunks[i] == c) {
                chunks[i] = chunks[--chunkCount];
                return;
            }
        }
    }

    /** The chunks this worker answers for now: the one it runs, or the unreported ones of its claim. */
    int[] runningChunks() {
        return chunks != null ? java.util.Arrays.copyOf(chunks, chunkCount) : new int[] {chunk};
    }

    void idle() {
        job = null;
        chunks = null;
    }

    /** Runs the worker loop; only once, and only in this worker's own thread. */
    @Override
    public void run() {
        if (started || !isCurrentThread()) {
            throw new IllegalStateException("a pool worker runs only its own loop");
        }
        started = true;
        pool.work(this);
    }

    /** CPython shows pool workers as {@code ForkProcess} (the fork start method on Linux). */
    @Override
    String typeName() {
        return "ForkProcess";
    }
}
