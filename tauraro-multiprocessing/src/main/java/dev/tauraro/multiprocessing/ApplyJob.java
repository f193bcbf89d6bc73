package dev.tauraro.multiprocessing;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/** One call of a function on a worker: Python's {@code apply_async}. */
final class ApplyJob<R> extends Job {
    private static final int PENDING = 0;
    private static final int CLAIMED = 1;
    private static final int DROPPED = 2;

    private final Callable<? extends R> fn;
    final AsyncResult<R> result;
    /** PENDING until a worker claims it (CLAIMED) or it is cancelled or aborted first (DROPPED). */
    private final AtomicInteger state = new AtomicInteger();

    ApplyJob(Pool pool, Callable<? extends R> fn, AsyncResult<R> result) {
        super(pool);
        this.fn = fn;
        this.result = result;
        result.setCanceller(() -> {
            if (state.compareAndSet(PENDING, DROPPED)) {
                result.fail(new CancellationException("task cancelled before it started"));
                finished();
            }
        });
    }

    @Override
    boolean runOne(Worker w) {
        if (state.get() != PENDING || !state.compareAndSet(PENDING, CLAIMED)) {
            return false;
        }
        w.running(this, 0);
        R value;
        try {
            @SuppressWarnings("unchecked")
            R v = (R) pool.runner.call(fn);
            value = v;
        } catch (Exception e) {
            w.idle();
            result.fail(e);
            finished();
            return true;
        }
        w.idle();
        result.succeed(value);
        finished();
        return true;
    }

    @Override
    boolean exhausted() {
        return state.get() != PENDING;
    }

    @Override
    int width() {
        return 1;
    }

    @Override
    void chunkBroken(int chunk, Throwable error) {
        result.fail(brokenBy(error));
        finished();
    }

    @Override
    void abort(Throwable error) {
        state.set(DROPPED);
        result.fail(error);
        finished();
    }
}
