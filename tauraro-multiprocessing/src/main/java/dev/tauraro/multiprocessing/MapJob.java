package dev.tauraro.multiprocessing;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

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
        if (pool.chunksPerClaim > 1) {
            return runGroup(w, pool.chunksPerClaim);
        }
        if (items != null) {   // no object per chunk here: a map of trivial tasks claims millions a second
            int c = claimEager(w, null, 0);
            if (c < 0) {
                return false;
            }
            runBatch(w, c, c * chunksize, itemsOf(c));
            return true;
        }
        Claimed claimed = claimLazy(w, null, 0);
        if (claimed == null) {
            return false;
        }
        if (claimed != Claimed.REPORTED) {
            runBatch(w, claimed.chunk, claimed.start, claimed.batch);
        }
        return true;
    }

    /** A claimed chunk: its number, the index of its first item, and its items (replaced by the results). */
    private record Claimed(int chunk, int start, Object[] batch) {
        /** A chunk claimed and already reported as failed (pulling its items raised). */
        static final Claimed REPORTED = new Claimed(-1, -1, null);
    }

    /**
     * Claims the next chunk of an eager job, recorded on {@code w} (as the {@code n}th of
     * {@code group} when that is not null): its number, or -1 when none is left.
     */
    private int claimEager(Worker w, int[] group, int n) {
        int c = claims.claim(w.slot);
        if (c >= 0) {
            record(w, c, group, n);
        }
        return c;
    }

    /** A copy of the items of eager chunk {@code c}, which its results replace. */
    private Object[] itemsOf(int c) {
        int start = c * chunksize;
        return Arrays.copyOfRange(items, start, Math.min(start + chunksize, items.length));
    }

    /** Records on {@code w} that it runs chunk {@code c} (the {@code n}th of {@code group} when not null). */
    private void record(Worker w, int c, int[] group, int n) {
        if (group == null) {
            w.running(this, c);
        } else {
            group[n] = c;
            w.running(this, group, n + 1);
        }
    }

    /** Takes back {@link #record}: the {@code n}th chunk of {@code group} (or the chunk) is not running. */
    private void unrecord(Worker w, int[] group, int n) {
        if (group == null || n == 0) {
            w.idle();
        } else {
            w.running(this, group, n);
        }
    }

    /**
     * Claims the next chunk of a lazy job, pulling its items from the source; null when none is left;
     * {@link Claimed#REPORTED} when pulling raised (the chunk has failed with that exception and
     * the input ends there).
     */
    private Claimed claimLazy(Worker w, int[] group, int n) {
        synchronized (this) {
            if (sourceDone || stopped) {
                return null;
            }
            if (out.abandoned()) {
                sourceDone = true;
                ended(pulledChunks);
                return null;
            }
            int c = pulledChunks++;
            int start = c * chunksize;
            record(w, c, group, n);
            Object[] buf = new Object[chunksize];
            int got = 0;
            pulling = c;
            try {
                while (got < chunksize && source.hasNext()) {
                    buf[got++] = source.next();
                }
            } catch (Exception e) {
                pulling = -1;
                sourceDone = true;
                unrecord(w, group, n);
                failed(c, e, false);
                ended(c + 1);
                return Claimed.REPORTED;
            }
            pulling = -1;
            if (got < chunksize) {
                sourceDone = true;
                if (got == 0) {
                    pulledChunks--;
                    unrecord(w, group, n);
                    ended(c);
                    return null;
                }
                ended(c + 1);
                buf = Arrays.copyOf(buf, got);
            }
            return new Claimed(c, start, buf);
        }
    }

    /** Runs a claimed chunk through the pool's runner (in place) and reports it. */
    @SuppressWarnings("unchecked")
    private void runBatch(Worker w, int c, int start, Object[] batch) {
        try {
            pool.runner.map((Function<Object, Object>) fn, batch);
        } catch (Exception e) {
            w.idle();
            failed(c, e, e instanceof BrokenPoolError);
            return;
        }
        w.idle();
        done(c, start, batch);
    }

    /**
     * Claims up to {@code k} chunks and runs them together through the runner's
     * {@link TaskRunner#mapChunks}, reporting each; false when nothing was left to claim.
     */
    @SuppressWarnings("unchecked")
    private boolean runGroup(Worker w, int k) {
        int[] group = new int[k];
        Claimed[] claimed = new Claimed[k];
        int n = 0;
        boolean reported = false;
        while (n < k && !stopped) {
            Claimed c;
            if (items != null) {
                int e = claimEager(w, group, n);
                c = e < 0 ? null : new Claimed(e, e * chunksize, itemsOf(e));
            } else {
                c = claimLazy(w, group, n);
            }
            if (c == null) {
                break;
            }
            if (c == Claimed.REPORTED) {
                reported = true;   // the input ended there
                break;
            }
            claimed[n++] = c;
        }
        if (n == 0) {
            w.idle();
            return reported;
        }
        Object[][] batches = new Object[n][];
        for (int i = 0; i < n; i++) {
            batches[i] = claimed[i].batch;
        }
        boolean[] reportedChunks = new boolean[n];
        ObjIntConsumer<Exception> outcome = (e, i) -> {
            if (reportedChunks[i]) {
                return;
            }
            reportedChunks[i] = true;
            w.reported(claimed[i].chunk);
            if (e == null) {
                done(claimed[i].chunk, claimed[i].start, claimed[i].batch);
            } else {
                failed(claimed[i].chunk, e, e instanceof BrokenPoolError);
            }
        };
        try {
            pool.runner.mapChunks((Function<Object, Object>) fn, batches, outcome);
        } catch (RuntimeException e) {
            for (int i = 0; i < n; i++) {
                outcome.accept(e, i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!reportedChunks[i]) {   // a runner that returned early: no chunk may go unreported
                outcome.accept(new IllegalStateException("the pool's runner gave this chunk no outcome"), i);
            }
        }
        w.idle();
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
