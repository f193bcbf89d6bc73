package dev.tauraro.multiprocessing;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A function applied to every item of an input, in chunks: Python's {@code map_async},
 * {@code imap} and {@code imap_unordered}.
 *
 * <p>The input is either an array captured by the caller (map: its length fixes the chunks, which
 * {@link ChunkClaims} shares out among the workers) or an iterator pulled lazily by the workers under this job's
 * lock (imap: the input may be long or endless, and is read only as fast as workers take chunks).
 * If pulling raises, as in CPython's {@code _guarded_task_generation} the items pulled for that
 * chunk are dropped, the exception takes that chunk's place and the input ends there.
 *
 * <p>Any {@link Exception} the function raises (a checked one thrown sneakily too) fails its
 * chunk; an {@link Error} propagates and kills the worker, which reports the chunk as broken.
 */
final class MapJob<T, R> extends Job {
    private final Function<? super T, ? extends R> fn;
    private final int chunksize;
    private final MapOutput out;

    /** The input of an eager job, or null. */
    private final Object[] items;
    private final int chunkCount;
    private final ChunkClaims claims;

    /** The input of a lazy job (guarded by {@code this}), or null. */
    private final Iterator<? extends T> source;
    private int pulledChunks;
    private volatile boolean sourceDone;

    /** The chunk being pulled from {@link #source} (guarded by {@code this}), or -1. */
    private int pulling = -1;

    /** Set by abort: no more claims. */
    private volatile boolean stopped;
    /** Chunks reported so far, and their total once known (-1 before). */
    private final AtomicInteger reported = new AtomicInteger();
    private volatile int total = -1;

    private MapJob(Pool pool, Function<? super T, ? extends R> fn, int chunksize, MapOutput out,
            Object[] items, Iterator<? extends T> source) {
        super(pool);
        this.fn = fn;
        this.chunksize = chunksize;
        this.out = out;
        this.items = items;
        this.source = source;
        this.chunkCount = items == null ? -1 : (items.length + chunksize - 1) / chunksize;
        this.claims = items == null ? null : new ChunkClaims(chunkCount);
    }

    /** A job over an array whose chunk count is known now (reported to {@code out} at once). */
    static <T, R> MapJob<T, R> eager(Pool pool, Function<? super T, ? extends R> fn, Object[] items,
            int chunksize, MapOutput out) {
        MapJob<T, R> job = new MapJob<>(pool, fn, chunksize, out, items, null);
        job.ended(job.chunkCount);
        return job;
    }

    /** A job pulling its input from {@code source} as workers claim chunks. */
    static <T, R> MapJob<T, R> lazy(Pool pool, Function<? super T, ? extends R> fn,
            Iterator<? extends T> source, int chunksize, MapOutput out) {
        return new MapJob<>(pool, fn, chunksize, out, null, source);
    }

    @Override
    boolean runOne(Worker w) {
        if (stopped) {
            return false;
        }
        return items != null ? runEager(w) : runLazy(w);
    }

    private boolean runEager(Worker w) {
        int c = claims.claim(w.slot);
        if (c < 0) {
            return false;
        }
        int start = c * chunksize;
        int end = Math.min(start + chunksize, items.length);
        w.running(this, c);
        return runBatch(w, c, start, Arrays.copyOfRange(items, start, end));
    }

    private boolean runLazy(Worker w) {
        Object[] batch;
        int c;
        int start;
        synchronized (this) {
            if (sourceDone || stopped) {
                return false;
            }
            if (out.abandoned()) {
                sourceDone = true;
                ended(pulledChunks);
                return false;
            }
            c = pulledChunks++;
            start = c * chunksize;
            w.running(this, c);
            Object[] buf = new Object[chunksize];
            int n = 0;
            pulling = c;
            try {
                while (n < chunksize && source.hasNext()) {
                    buf[n++] = source.next();
                }
            } catch (Exception e) {
                pulling = -1;
                sourceDone = true;
                w.idle();
                failed(c, e, false);
                ended(c + 1);
                return true;
            }
            pulling = -1;
            if (n < chunksize) {
                sourceDone = true;
                if (n == 0) {
                    pulledChunks--;
                    w.idle();
                    ended(c);
                    return false;
                }
                ended(c + 1);
                Object[] exact = new Object[n];
                System.arraycopy(buf, 0, exact, 0, n);
                buf = exact;
            }
            batch = buf;
        }
        return runBatch(w, c, start, batch);
    }

    /** Runs a claimed chunk through the pool's runner (in place) and reports it. */
    @SuppressWarnings("unchecked")
    private boolean runBatch(Worker w, int c, int start, Object[] batch) {
        try {
            pool.runner.map((Function<Object, Object>) fn, batch);
        } catch (Exception e) {
            w.idle();
            failed(c, e, e instanceof BrokenPoolError);
            return true;
        }
        w.idle();
        done(c, start, batch);
        return true;
    }

    @Override
    boolean exhausted() {
        if (stopped) {
            return true;
        }
        if (items != null) {
            return claims.exhausted();
        }
        return sourceDone;
    }

    @Override
    int width() {
        if (items != null) {
            return claims.remaining();
        }
        return Integer.MAX_VALUE;
    }

    @Override
    void chunkBroken(int chunk, Throwable error) {
        if (items != null) {
            failed(chunk, brokenBy(error), true);
            return;
        }
        synchronized (this) {
            if (pulling == chunk) {
                // The worker died pulling the input (an Error from the iterator): it ends there.
                pulling = -1;
                sourceDone = true;
                failed(chunk, brokenBy(error), true);
                ended(chunk + 1);
                return;
            }
        }
        failed(chunk, brokenBy(error), true);
    }

    @Override
    void abort(Throwable error) {
        stopped = true;
        out.abort(error);
        finished();
    }

    private void done(int chunk, int start, Object[] values) {
        out.chunkDone(chunk, start, values);
        countReport();
    }

    private void failed(int chunk, Throwable error, boolean broken) {
        out.chunkFailed(chunk, error, broken);
        countReport();
    }

    private void countReport() {
        if (reported.incrementAndGet() == total) {
            finished();
        }
    }

    /** The input has {@code chunks} chunks; the job is finished once all are reported. */
    private void ended(int chunks) {
        out.inputEnded(chunks);
        total = chunks;
        if (reported.get() == chunks) {
            finished();
        }
    }

    /** Stops claiming chunks (the consumer is gone); chunks already running still report. */
    void stop() {
        stopped = true;
    }
}
