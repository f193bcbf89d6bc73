package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.List;

/**
 * The item store of {@link Queue} (used as a FIFO) and {@link LifoQueue} (used as a stack): a
 * double-ended queue of items, {@code null} included, kept in a doubly linked list of chunks.
 *
 * <p>Why chunks: a queue holding a million items in one growing array would make that array a G1
 * "humongous" object, and every growth would copy it. Chunks start small, so that an idle queue
 * costs little, and double up to {@value #MAX} references; one spent chunk of that size is kept
 * for reuse, so a queue in steady state (items flowing through, or filled and drained again)
 * allocates nothing here.
 *
 * <p>Invariants: the items are, in order, {@code head.items[headIndex ..]}, the items of every
 * chunk strictly between {@code head} and {@code tail}, and {@code tail.items[.. tailIndex)}; when
 * {@code head == tail} they are {@code head.items[headIndex .. tailIndex)}. Every chunk other
 * than {@code head} holds at least one item, so an empty deque has a single chunk, and then both
 * indexes are rewound to 0. Single-threaded: only the owning queue's loop thread touches it.
 */
final class ItemDeque<T> {
    private static final int FIRST = 16;
    static final int MAX = 1024;

    private static final class Chunk {
        final Object[] items;
        Chunk prev;
        Chunk next;

        Chunk(int capacity) {
            items = new Object[capacity];
        }
    }

    private Chunk head = new Chunk(FIRST);
    private Chunk tail = head;
    /** A spent chunk of {@link #MAX} references, kept for the next growth. */
    private Chunk spare;
    private int headIndex;
    private int tailIndex;
    private int size;

    int size() {
        return size;
    }

    void addLast(T item) {
        Chunk t = tail;
        if (tailIndex == t.items.length) {
            Chunk c = newChunk(Math.min(MAX, t.items.length * 2));
            c.prev = t;
            t.next = c;
            tail = c;
            t = c;
            tailIndex = 0;
        }
        t.items[tailIndex++] = item;
        size++;
    }

    /** Puts an item in front of the others; only used to give back an item that was not delivered. */
    void addFirst(T item) {
        if (size == 0) {
            addLast(item);
            return;
        }
        Chunk h = head;
        if (headIndex == 0) {
            Chunk c = newChunk(h.items.length);
            c.next = h;
            h.prev = c;
            head = c;
            h = c;
            headIndex = c.items.length;
        }
        h.items[--headIndex] = item;
        size++;
    }

    /** Removes and returns the first item; the deque must not be empty. */
    @SuppressWarnings("unchecked")
    T pollFirst() {
        Chunk h = head;
        Object item = h.items[headIndex];
        h.items[headIndex++] = null;
        if (--size == 0) {
            // head == tail here (see the invariants): rewind and keep this chunk, the newest and
            // therefore the largest, so that refilling to the same level needs no new chunk.
            headIndex = 0;
            tailIndex = 0;
        } else if (headIndex == h.items.length) {
            head = h.next;
            head.prev = null;
            h.next = null;
            recycle(h);
            headIndex = 0;
        }
        return (T) item;
    }

    /** Removes and returns the last item; the deque must not be empty. */
    @SuppressWarnings("unchecked")
    T pollLast() {
        Chunk t = tail;
        Object item = t.items[--tailIndex];
        t.items[tailIndex] = null;
        if (--size == 0) {
            headIndex = 0;
            tailIndex = 0;
        } else if (tailIndex == 0) {
            // size > 0 and tail is empty, so tail != head.
            tail = t.prev;
            tail.next = null;
            t.prev = null;
            recycle(t);
            tailIndex = tail.items.length;
        }
        return (T) item;
    }

    /** Removes every item. @return how many there were */
    int clear() {
        int n = size;
        while (size > 0) {
            pollFirst();
        }
        return n;
    }

    /** The items, first to last. */
    List<Object> toList() {
        List<Object> list = new ArrayList<>(size);
        int left = size;
        Chunk c = head;
        int i = headIndex;
        while (left > 0) {
            if (i == c.items.length) {
                c = c.next;
                i = 0;
            }
            list.add(c.items[i++]);
            left--;
        }
        return list;
    }

    private Chunk newChunk(int capacity) {
        Chunk s = spare;
        if (s != null && capacity == MAX) {
            spare = null;
            return s;
        }
        return new Chunk(capacity);
    }

    private void recycle(Chunk c) {
        if (c.items.length == MAX) {
            spare = c;
        }
    }
}
