package dev.tauraro.asyncio;

import java.util.Comparator;
import java.util.List;

/**
 * A queue that hands out its smallest item first, for coordinating producer and consumer tasks.
 *
 * <p>Python equivalent: {@code asyncio.PriorityQueue}. It is a {@link Queue} in every respect
 * (waiting, fairness, cancellation, {@code join()}, shutdown, thread-safety) except that
 * {@code get()} returns the smallest item, by the given {@link Comparator} or by natural
 * ordering.
 *
 * <pre>{@code
 * record Job(int priority, String name) {}
 * PriorityQueue<Job> jobs = new PriorityQueue<>(Comparator.comparingInt(Job::priority));
 * jobs.putNowait(new Job(2, "later"));
 * jobs.putNowait(new Job(1, "first"));
 * jobs.getNowait(); // Job[priority=1, name=first]
 * }</pre>
 *
 * <h2>Order of equal items</h2>
 * The items live in a binary heap sifted exactly as Python's {@code heapq} sifts: items that
 * compare equal are not handed out first-in first-out, but in the same order as CPython's
 * {@code PriorityQueue} hands them out for the same sequence of operations. Add a sequence number
 * to the priority when ties must be FIFO. {@code toString()} shows the heap in array order, as
 * Python shows its list.
 *
 * <h2>Differences from CPython</h2>
 * Python raises {@code TypeError} for items that cannot be compared; here the comparator's
 * exception propagates ({@link ClassCastException} for items that are not {@link Comparable},
 * {@link NullPointerException} for {@code null} under natural ordering). As with {@code heapq},
 * an item whose comparison fails while being put stays in the heap without counting as a task.
 * {@code shutdown(true)} discards the items without comparing them.
 *
 * @param <T> the type of the items
 */
public class PriorityQueue<T> extends Queue<T> {
    private final ItemHeap<T> heap;

    /** An unbounded queue ordered by the items' natural ordering. */
    public PriorityQueue() {
        this(0, null);
    }

    /** A queue of at most {@code maxsize} items (unbounded when {@code <= 0}), natural ordering. */
    public PriorityQueue(int maxsize) {
        this(maxsize, null);
    }

    /** An unbounded queue ordered by {@code comparator} (natural ordering when null). */
    public PriorityQueue(Comparator<? super T> comparator) {
        this(0, comparator);
    }

    /**
     * A queue of at most {@code maxsize} items (unbounded when {@code <= 0}) ordered by
     * {@code comparator} (natural ordering when null).
     */
    public PriorityQueue(int maxsize, Comparator<? super T> comparator) {
        super(maxsize, false);
        this.heap = new ItemHeap<>(comparator);
    }

    @Override
    int storeSize() {
        return heap.size();
    }

    @Override
    void storePut(T item) {
        heap.push(item);
    }

    @Override
    T storeGet() {
        return heap.pop();
    }

    @Override
    void storeUnget(T item) {
        heap.push(item);
    }

    @Override
    int storeClear() {
        return heap.clear();
    }

    @Override
    List<Object> storeList() {
        return heap.toList();
    }
}
