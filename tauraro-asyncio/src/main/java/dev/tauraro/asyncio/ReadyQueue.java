package dev.tauraro.asyncio;

/**
 * FIFO of callbacks ready to run, stored in fixed-size chunks.
 *
 * <p>Why chunks: a million ready tasks in one growing array would make that array a G1
 * "humongous" object, whose stores pay slow write barriers and whose growth copies everything.
 * Chunks of {@value #CHUNK} references stay small, and one spent chunk is kept for reuse so a
 * steady-state loop allocates nothing here.
 *
 * <p>Invariant: {@code head} is the chunk being read at index {@code readIndex}; {@code tail} is
 * the chunk being written at index {@code writeIndex}; chunks are linked head to tail.
 * Single-threaded: only the loop thread touches it.
 */
final class ReadyQueue {
    private static final int CHUNK = 1024;

    private static final class Chunk {
        final Runnable[] items = new Runnable[CHUNK];
        Chunk next;
    }

    private Chunk head = new Chunk();
    private Chunk tail = head;
    private Chunk spare;
    private int readIndex;
    private int writeIndex;
    private int size;

    void add(Runnable item) {
        if (writeIndex == CHUNK) {
            Chunk c = spare != null ? spare : new Chunk();
            spare = null;
            tail.next = c;
            tail = c;
            writeIndex = 0;
        }
        tail.items[writeIndex++] = item;
        size++;
    }

    /** Removes and returns the oldest item; the queue must not be empty. */
    Runnable poll() {
        if (readIndex == CHUNK) {
            Chunk done = head;
            head = done.next;
            done.next = null;
            spare = done;
            readIndex = 0;
        }
        Runnable item = head.items[readIndex];
        head.items[readIndex++] = null;
        size--;
        if (size == 0) {
            // Rewind so an emptied queue reuses its current chunk from the start.
            readIndex = 0;
            writeIndex = 0;
            head.next = null;
            tail = head;
        }
        return item;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
