package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The item store of {@link PriorityQueue}: a binary min-heap with exactly the algorithm of
 * Python's {@code heapq} (its C implementation, {@code _heapqmodule.c}), so that items of equal
 * priority come out in the same order as from CPython's {@code asyncio.PriorityQueue}.
 *
 * <p>As in {@code heapq}, items are only ever compared with "less than"
 * ({@code compare(a, b) < 0}), and sifting moves items by swapping them, so that a comparison
 * that throws leaves the heap a permutation of its items (the exception propagates, as Python's
 * {@code TypeError} does).
 *
 * <p>Storage: a two-level array. Position {@code i} lives in {@code chunks[i >>> SHIFT][i & MASK]};
 * the first chunk grows by doubling up to {@value #CHUNK} references and later chunks have that
 * size, so a large heap never becomes one huge array. Single-threaded.
 */
final class ItemHeap<T> {
    private static final int SHIFT = 10;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private final Comparator<? super T> comparator;
    private Object[][] chunks = {new Object[16]};
    private int size;

    /** A heap ordered by {@code comparator}, or by natural ordering when it is null. */
    ItemHeap(Comparator<? super T> comparator) {
        this.comparator = comparator;
    }

    int size() {
        return size;
    }

    /** Python: {@code heapq.heappush(heap, item)}. */
    void push(T item) {
        int pos = size;
        ensureCapacity(pos + 1);
        set(pos, item);
        size = pos + 1;
        siftDown(0, pos);
    }

    /** Python: {@code heapq.heappop(heap)}; the heap must not be empty. */
    @SuppressWarnings("unchecked")
    T pop() {
        int last = --size;
        Object lastItem = get(last);
        set(last, null);
        if (last == 0) {
            return (T) lastItem;
        }
        Object top = get(0);
        set(0, lastItem);
        siftUp(0);
        return (T) top;
    }

    /** Removes every item. @return how many there were */
    int clear() {
        int n = size;
        chunks = new Object[][] {new Object[16]};
        size = 0;
        return n;
    }

    /** The items in heap (array) order, as Python shows a heap list. */
    List<Object> toList() {
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(get(i));
        }
        return list;
    }

    /** {@code _siftdown}: moves the item at {@code pos} up towards {@code start} while it is smaller. */
    private void siftDown(int start, int pos) {
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object item = get(pos);
            Object parent = get(parentPos);
            if (!less(item, parent)) {
                break;
            }
            set(parentPos, item);
            set(pos, parent);
            pos = parentPos;
        }
    }

    /**
     * {@code _siftup}: bubbles the smaller child up from {@code pos} down to a leaf, then sifts the
     * item that was at {@code pos} back up from there (heapq's "bottom-up" variant, which costs
     * fewer comparisons and determines the order of ties).
     */
    private void siftUp(int pos) {
        int end = size;
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int childPos = 2 * pos + 1;
            if (childPos + 1 < end && !less(get(childPos), get(childPos + 1))) {
                childPos++;
            }
            Object child = get(childPos);
            set(childPos, get(pos));
            set(pos, child);
            pos = childPos;
        }
        siftDown(start, pos);
    }

    @SuppressWarnings("unchecked")
    private boolean less(Object a, Object b) {
        Comparator<? super T> c = comparator;
        if (c != null) {
            return c.compare((T) a, (T) b) < 0;
        }
        return ((Comparable<Object>) a).compareTo(b) < 0;
    }

    private Object get(int i) {
        return chunks[i >>> SHIFT][i & MASK];
    }

    private void set(int i, Object item) {
        chunks[i >>> SHIFT][i & MASK] = item;
    }

    private void ensureCapacity(int n) {
        Object[] first = chunks[0];
        if (n <= CHUNK) {
            if (n > first.length) {
                chunks[0] = java.util.Arrays.copyOf(first, Math.min(CHUNK, first.length * 2));
            }
            return;
        }
        int chunkIndex = (n - 1) >>> SHIFT;
        if (chunkIndex >= chunks.length) {
            chunks = java.util.Arrays.copyOf(chunks, Math.max(chunkIndex + 1, chunks.length * 2));
        }
        if (chunks[chunkIndex] == null) {
            chunks[chunkIndex] = new Object[CHUNK];
        }
    }
}
