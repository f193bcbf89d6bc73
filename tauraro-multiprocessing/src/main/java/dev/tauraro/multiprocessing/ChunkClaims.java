package dev.tauraro.multiprocessing;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Hands out the chunks {@code 0..count-1} of a map to the pool's workers, each chunk exactly once.
 *
 * <p>Worker slot {@code s} (of {@code slots}) first claims its own share, chunks
 * {@code s, s + slots, s + 2 * slots, ...}, in order; once its share is gone it helps with the
 * other slots' remaining chunks, so no chunk is stranded while any worker lives. Compared with
 * one shared FIFO counter this balances uneven chunks better (greedy FIFO leaves the last large
 * chunk to one worker: {@code [1, 2, 3, 1, 2, 3]} on two workers takes 7 units instead of 6) and
 * the workers' counters sit on separate cache lines, so claiming costs one uncontended atomic
 * increment.
 *
 * <p>Invariant: {@code taken[v]} counts claims made on slot {@code v}'s share; claims numbered at
 * or beyond the share's size fail, so a counter may overshoot but a chunk is never claimed twice.
 */
final class ChunkClaims {
    /** Ints per 64-byte cache line: each slot's counter gets a line of its own. */
    private static final int PAD = 16;

    private final int count;
    private final int slots;
    private final AtomicIntegerArray taken;

    ChunkClaims(int count, int slots) {
        this.count = count;
        this.slots = Math.max(1, Math.min(slots, count));
        this.taken = new AtomicIntegerArray(this.slots * PAD);
    }

    /** The number of chunks in slot {@code v}'s share. */
    private int share(int v) {
        return (count - v + slots - 1) / slots;
    }

    /** Claims a chunk for a worker in {@code slot}: its own next one, else another slot's. -1 if none is left. */
    int claim(int slot) {
        int s = slot % slots;
        for (int i = 0; i < slots; i++) {
            int v = s + i < slots ? s + i : s + i - slots;
            int share = share(v);
            if (taken.get(v * PAD) < share) {
                int k = taken.getAndIncrement(v * PAD);
                if (k < share) {
                    return v + k * slots;
                }
            }
        }
        return -1;
    }

    /** Whether every chunk has been claimed. */
    boolean exhausted() {
        for (int v = 0; v < slots; v++) {
            if (taken.get(v * PAD) < share(v)) {
                return false;
            }
        }
        return true;
    }

    /** How many chunks are not claimed yet. */
    int remaining() {
        int n = 0;
        for (int v = 0; v < slots; v++) {
            n += Math.max(0, share(v) - taken.get(v * PAD));
        }
        return n;
    }
}
