package dev.tauraro.asyncio;

import java.util.Arrays;

/**
 * Binary min-heap of timers ordered by deadline, then by scheduling order.
 *
 * <p>Cancelled timers stay in the heap until they reach the top (as in CPython), unless they come to
 * outnumber the live ones, when the heap is rebuilt without them. Single-threaded.
 */
final class TimerQueue {
    private TimerHandle[] heap = new TimerHandle[64];
    private int size;
    private int cancelled;

    void add(TimerHandle t) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            TimerHandle p = heap[parent];
            if (!t.before(p)) {
                break;
            }
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = t;
        t.heapIndex = i;
    }

    TimerHandle peek() {
        return size == 0 ? null : heap[0];
    }

    TimerHandle poll() {
        TimerHandle top = heap[0];
        TimerHandle last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
        }
        top.heapIndex = -1;
        if (top.cancelled()) {
            cancelled--;
        }
        return top;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Records that a timer in the heap was cancelled; compacts when most entries are dead. */
    void noteCancelled() {
        cancelled++;
        if (size > 100 && cancelled * 2 > size) {
            compact();
        }
    }

    private void compact() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            TimerHandle t = heap[i];
            if (t.cancelled()) {
                t.heapIndex = -1;
            } else {
                heap[n++] = t;
            }
        }
        Arrays.fill(heap, n, size, null);
        size = n;
        cancelled = 0;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, heap[i]);
        }
        for (int i = 0; i < size; i++) {
            heap[i].heapIndex = i;
        }
    }

    private void siftDown(int i, TimerHandle t) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            TimerHandle c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(c)) {
                child = right;
                c = heap[child];
            }
            if (!c.before(t)) {
                break;
            }
            heap[i] = c;
            c.heapIndex = i;
            i = child;
        }
        heap[i] = t;
        t.heapIndex = i;
    }
}
