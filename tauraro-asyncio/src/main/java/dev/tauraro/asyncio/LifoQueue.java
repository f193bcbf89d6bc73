package dev.tauraro.asyncio;

/**
 * A last-in, first-out queue (a stack) for coordinating producer and consumer tasks.
 *
 * <p>Python equivalent: {@code asyncio.LifoQueue}. It is a {@link Queue} in every respect (waiting,
 * fairness, cancellation, {@code join()}, shutdown, thread-safety) except that {@code get()}
 * returns the most recently added item.
 *
 * <pre>{@code
 * LifoQueue<Integer> stack = new LifoQueue<>();
 * stack.putNowait(1);
 * stack.putNowait(2);
 * stack.getNowait(); // 2
 * }</pre>
 *
 * <p>{@code toString()} lists the items bottom to top, as Python shows its list:
 * {@code <LifoQueue maxsize=0 _queue=[1, 2] tasks=2>}.
 *
 * @param <T> the type of the items
 */
public class LifoQueue<T> extends Queue<T> {
    /** An unbounded stack. */
    public LifoQueue() {
        this(0);
    }

    /** A stack holding at most {@code maxsize} items; unbounded when {@code maxsize <= 0}. */
    public LifoQueue(int maxsize) {
        super(maxsize, true);
    }

    @Override
    T storeGet() {
        return itemDeque().pollLast();
    }

    @Override
    void storeUnget(T item) {
        itemDeque().addLast(item);
    }
}
