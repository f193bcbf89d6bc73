package dev.tauraro.multiprocessing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the chunks {@code 0..count-1} of a map to the pool's workers, each chunk exactly once,
 * from both ends: workers in even slots take chunks from the front, workers in odd slots from the
 * back, until the two ends meet.
 *
 * <p>Why both ends: a map's results are only returned once every chunk is done, so the order in
 * which chunks run is free, and the time to beat is the last worker's finish. One FIFO queue leaves
 * the last chunk, often a large one, to whichever worker frees up first: CPython's
 * {@code Pool(2).map(cpu_intensive, [1e6, 2e6, 3e6])} runs {@code 1e6 + 3e6} on one worker and
 * {@code 2e6} on the other (4 units instead of 3). Taking from both ends pairs small chunks with
 * large ones whenever sizes grow or shrink along the input ({@code [1, 2, 3]} becomes
 * {@code 1 + 2 | 3}, {@code [1, 2, 3, 1, 2, 3]} becomes {@code 1 + 2 + 3 | 3 + 2 + 1}), and
 * with one worker the order is exactly the input's.
 *
 * <p>Invariant: the state packs {@code front} (chunks taken from the front) in the high 32 bits and
 * {@code back} (taken from the back) in the low 32; {@code front + back <= count} always holds and
 * every claim moves one of them by one in a single compare-and-set, so a chunk is never claimed
 * twice and none is skipped.
 */
final class ChunkClaims {
    private final int count;
    private final AtomicLong state = new AtomicLong();

    ChunkClaims(int count) {
        this.count = count;
    }

    /** Claims a chunk for a worker in {@code slot}: the front one for even slots, the back one for odd. -1 if none is left. */
    int claim(int slot) {
        boolean fromBack = (slot & 1) == 1;
        while (true) {
            long s = state.get();
            int front = (int) (s >>> 32);
            int back = (int) s;
            if (front + back >= count) {
                return -1;
            }
            long next = fromBack ? s + 1 : s + (1L << 32);
            if (state.compareAndSet(s, next)) {
                return fromBack ? count - 1 - back : front;
            }
        }
    }

    /** Whether every chunk has been claimed. */
    boolean exhausted() {
        return remaining() == 0;
    }

    /** How many chunks are not claimed yet. */
    int remaining() {
        long s = state.get();
        return count - (int) (s >>> 32) - (int) s;
    }
}
