package dev.tauraro.multiprocessing;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The blocking iterator of {@code imap} (results in input order) and {@code imap_unordered}
 * (results in completion order): CPython's {@code IMapIterator} and {@code IMapUnorderedIterator}.
 *
 * <p>A failed chunk surfaces as one exception thrown by {@link #next()} where its results would
 * have been. As in CPython, with chunks of one item iteration may continue after it; with larger
 * chunks (where CPython hands out a generator, which ends when it raises) the iteration ends.
 * After {@code terminate()} or a broken pool, results not yet delivered give way to one
 * {@link BrokenPoolError}, and the iteration ends.
 */
final class IMapIterator<R> implements Iterator<R>, MapOutput {
    /** A failed chunk in the arrival structures. */
    private static final class Failure {
        final Throwable error;

        Failure(Throwable error) {
            this.error = error;
        }
    }

    private final boolean ordered;
    private final boolean endAfterError;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    // Guarded by lock. A chunk is an Object[] of results or a Failure.
    private final HashMap<Integer, Object> byChunk = new HashMap<>();
    private final ArrayDeque<Object> arrived = new ArrayDeque<>();
    /** Chunks taken by the consumer (ordered: also the index of the next one to take). */
    private int taken;
    private int totalChunks = -1;
    private Object[] current;
    private int pos;
    private Throwable pendingError;
    private boolean endAfterPending;
    private Throwable aborted;
    private boolean finished;
    private int waiters;

    IMapIterator(boolean ordered, int chunksize) {
        this.ordered = ordered;
        this.endAfterError = chunksize > 1;
    }

    // ---------------------------------------------------------------- producer side (workers)

    @Override
    public void chunkDone(int chunk, int start, Object[] values) {
        arrive(chunk, values);
    }

    @Override
    public void chunkFailed(int chunk, Throwable error, boolean broken) {
        arrive(chunk, new Failure(error));
    }

    private void arrive(int chunk, Object item) {
        lock.lock();
        try {
            if (ordered) {
                byChunk.put(chunk, item);
            } else {
                arrived.add(item);
            }
            if (waiters > 0) {
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void inputEnded(int chunks) {
        lock.lock();
        try {
            totalChunks = chunks;
            if (waiters > 0) {
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void abort(Throwable error) {
        lock.lock();
        try {
            if (aborted == null) {
                aborted = error;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- consumer side

    /** Blocks until the next result (or exception) has arrived, or the results are exhausted. */
    @Override
    public boolean hasNext() {
        lock.lock();
        try {
            while (true) {
                if (pendingError != null || (current != null && pos < current.length)) {
                    return true;
                }
                current = null;
                if (finished) {
                    return false;
                }
                Object next = ordered ? byChunk.remove(taken) : arrived.poll();
                if (next != null) {
                    taken++;
                    if (next instanceof Failure) {
                        pendingError = ((Failure) next).error;
                        endAfterPending = endAfterError;
                    } else {
                        current = (Object[]) next;
                        pos = 0;
                    }
                    continue;
                }
                if (totalChunks >= 0 && taken >= totalChunks) {
                    finished = true;
                    return false;
                }
                if (aborted != null) {
                    pendingError = aborted;
                    endAfterPending = true;
                    continue;
                }
                waiters++;
                try {
                    changed.await();
                } catch (InterruptedException e) {
                    throw AsyncResult.interrupted(e);
                } finally {
                    waiters--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next result in order (or completion order, unordered).
     *
     * @throws RuntimeException the exception of the chunk at this place (checked ones wrapped in
     *     {@link java.util.concurrent.CompletionException}), or {@link BrokenPoolError}
     * @throws NoSuchElementException when there are no more results
     */
    @Override
    @SuppressWarnings("unchecked")
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        lock.lock();
        try {
            Throwable e = pendingError;
            if (e != null) {
                pendingError = null;
                if (endAfterPending) {
                    finished = true;
                }
                throw AsyncResult.rethrowable(e);
            }
            return (R) current[pos++];
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "<multiprocessing.pool." + (ordered ? "IMapIterator" : "IMapUnorderedIterator")
                + " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
