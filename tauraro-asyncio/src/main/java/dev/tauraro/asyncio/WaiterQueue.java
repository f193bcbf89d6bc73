package dev.tauraro.asyncio;

/**
 * The FIFO of {@link Waiter}s of one primitive or queue line: CPython's {@code _waiters} (or a
 * queue's {@code _getters}, {@code _putters}) deque, intrusively linked so that a waiter removes
 * itself in O(1) wherever it stands.
 *
 * <p>Invariants: {@code size} counts the queued waiters, {@code cancelled} how many of them are
 * {@link Waiter#CANCELLED} (cancelled but not yet resumed, so still queued as in CPython).
 * Loop thread only.
 */
final class WaiterQueue {
    Waiter<?> head;
    private Waiter<?> tail;
    private int size;
    int cancelled;

    void add(Waiter<?> w) {
        w.queued = true;
        w.next = null;
        w.prev = tail;
        if (tail == null) {
            head = w;
        } else {
            tail.next = w;
        }
        tail = w;
        size++;
    }

    /** Removes {@code w} if it is queued. Python: {@code self._waiters.remove(fut)}. */
    void remove(Waiter<?> w) {
        if (!w.queued) {
            return;
        }
        w.queued = false;
        Waiter<?> p = w.prev;
        Waiter<?> n = w.next;
        if (p == null) {
            head = n;
        } else {
            p.next = n;
        }
        if (n == null) {
            tail = p;
        } else {
            n.prev = p;
        }
        w.prev = null;
        w.next = null;
        size--;
        if (w.state == Waiter.CANCELLED) {
            cancelled--;
        }
    }

    /** Removes and returns the first waiter, or null. Python: {@code self._getters.popleft()}. */
    Waiter<?> poll() {
        Waiter<?> w = head;
        if (w != null) {
            remove(w);
        }
        return w;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Python: {@code all(w.cancelled() for w in waiters)} (true when empty). */
    boolean allCancelled() {
        return cancelled == size;
    }

    /** The first waiter that is neither woken nor cancelled, or null. */
    Waiter<?> firstPending() {
        for (Waiter<?> w = head; w != null; w = w.next) {
            if (!w.done()) {
                return w;
            }
        }
        return null;
    }

    /** A repr suffix as CPython's: {@code ", waiters:N"} when there are any. */
    String reprSuffix() {
        return size == 0 ? "" : ", waiters:" + size;
    }
}
