package dev.tauraro.multiprocessing;

/**
 * Work submitted to a {@link Pool}: one apply, or a map split into chunks.
 *
 * <p>A job stays at the head of the pool's queue until every chunk has been claimed; workers claim
 * chunks from it directly (an atomic increment for a map over a list), so handing a task to a
 * busy worker costs no lock and no thread wake-up. Jobs are served FIFO: no chunk of a later job
 * is claimed while an earlier job still has unclaimed chunks.
 *
 * <p>Every job reports each claimed chunk exactly once: done, failed with the task's exception, or
 * broken because its worker died. {@link #abort} fails everything not yet reported and stops
 * further claims.
 */
abstract class Job {
    final Pool pool;

    Job(Pool pool) {
        this.pool = pool;
    }

    /**
     * Claims the next chunk and runs it on the calling worker, reporting its outcome.
     * An {@link Error} thrown by the task propagates (the worker dies) after
     * {@link Worker#running} has recorded the chunk, so the worker can report it as broken.
     *
     * @return false when nothing was left to claim
     */
    abstract boolean runOne(Worker w);

    /** Whether no chunk is left to claim (the job can leave the queue). */
    abstract boolean exhausted();

    /** How many workers this job could keep busy now (used to wake idle workers). */
    abstract int width();

    /** The worker running {@code chunk} died of {@code error}. */
    abstract void chunkBroken(int chunk, Throwable error);

    /** Fails every outcome not yet reported with {@code error} and stops further claims. */
    abstract void abort(Throwable error);

    /** Called once the job's outcome is final: it no longer needs aborting on terminate. */
    final void finished() {
        pool.jobFinished(this);
    }

    static BrokenPoolError brokenBy(Throwable error) {
        return new BrokenPoolError("A pool worker died abruptly while running this task: " + error, error);
    }
}
