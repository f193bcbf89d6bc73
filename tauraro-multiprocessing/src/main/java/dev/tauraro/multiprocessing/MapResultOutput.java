package dev.tauraro.multiprocessing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects a map's chunks into one list: CPython's {@code MapResult}.
 *
 * <p>As in CPython, the result is ready only once every chunk has reported, even after a failure;
 * it then fails with the first exception reported, except that a {@link BrokenPoolError} (a dead
 * worker) outranks ordinary task exceptions.
 */
final class MapResultOutput<R> implements MapOutput {
    final AsyncResult<List<R>> result;
    private final Object[] values;
    private final AtomicInteger reported = new AtomicInteger();
    private volatile int chunks = -1;
    /** The exception to fail with (guarded by {@code this}), and whether it is a broken-pool one. */
    private Throwable failure;
    private boolean failureBroken;

    MapResultOutput(AsyncResult<List<R>> result, int length) {
        this.result = result;
        this.values = new Object[length];
    }

    @Override
    public void chunkDone(int chunk, int start, Object[] chunkValues) {
        System.arraycopy(chunkValues, 0, values, start, chunkValues.length);
        count();
    }

    @Override
    public void chunkFailed(int chunk, Throwable error, boolean broken) {
        synchronized (this) {
            if (failure == null || (broken && !failureBroken)) {
                failure = error;
                failureBroken = broken;
            }
        }
        count();
    }

    @Override
    public void inputEnded(int n) {
        chunks = n;
        if (reported.get() == n) {
            settle();
        }
    }

    private void count() {
        if (reported.incrementAndGet() == chunks) {
            settle();
        }
    }

    /** All chunks reported (the atomic counter orders every chunk's writes before this read). */
    @SuppressWarnings("unchecked")
    private void settle() {
        Throwable e;
        synchronized (this) {
            e = failure;
        }
        if (e != null) {
            result.fail(e);
        } else {
            result.succeed(new ArrayList<>((List<R>) Arrays.asList(values)));
        }
    }

    @Override
    public void abort(Throwable error) {
        result.fail(error);
    }
}
