package dev.tauraro.asyncio;

import reactor.core.CoreSubscriber;

/**
 * One task waiting on a synchronisation primitive: the private future of CPython's
 * {@code locks.py} and the subscription that awaits it, in a single object.
 *
 * <p>State machine (CPython's future states):
 * <pre>
 *   PENDING --wake()---------> WOKEN       (fut.set_result: resume on the next iteration)
 *   PENDING --cancelWaiting--> CANCELLED   (fut.cancel: resume with CancelledError)
 * </pre>
 * A waiter is in its primitive's {@link WaiterQueue} from subscription until it resumes (or is
 * unsubscribed); it leaves {@code PENDING} only while queued. On resumption it runs the code
 * CPython runs after {@code await fut}: {@link #deliver()} for a normal resumption (which may find
 * the waiter cancelled), {@link #abandon()} when the task must raise a cancellation that arrived
 * after the waiter was woken, {@link #onCancel()} when Reactor unsubscribes. This class does what
 * {@code Event.wait} and {@code Condition.wait} do (leave the queue, return True or raise);
 * {@link Lock} and {@link Semaphore} extend it to take or pass on the lock.
 */
class Waiter extends Await<Boolean> {
    static final byte PENDING = 0;
    static final byte WOKEN = 1;
    static final byte CANCELLED = 2;

    final WaiterQueue queue;
    byte state;
    private String cancelMessage;
    /** Links in {@link #queue}; meaningful while {@link #queued}. */
    Waiter prev;
    Waiter next;
    boolean queued;

    Waiter(EventLoop loop, CoreSubscriber<? super Boolean> actual, WaiterQueue queue) {
        super(loop, actual);
        this.queue = queue;
    }

    /** Whether it was woken or cancelled: CPython's {@code fut.done()}. */
    final boolean done() {
        return state != PENDING;
    }

    /** CPython's {@code fut.cancelled()}. */
    final boolean cancelled() {
        return state == CANCELLED;
    }

    /** Wakes it: the task resumes on the next iteration. Python: {@code fut.set_result(...)}. */
    final void wake() {
        state = WOKEN;
        loop.schedule(this);
    }

    /** The task was cancelled while waiting here. Python: {@code fut.cancel(msg)}. */
    @Override
    public final boolean cancelWaiting(String msg) {
        if (state != PENDING) {
            return false; // already woken: the task raises the cancellation when it resumes
        }
        state = CANCELLED;
        cancelMessage = msg;
        if (queued) {
            queue.cancelled++;
        }
        loop.schedule(this);
        return true;
    }

    /** The error a cancelled waiter raises in its task. */
    final CancelledError cancelledError() {
        return new CancelledError(cancelMessage);
    }

    @Override
    void deliver() {
        queue.remove(this);
        if (cancelled()) {
            actual.onError(cancelledError());
        } else {
            complete(Boolean.TRUE);
        }
    }

    @Override
    void abandon() {
        queue.remove(this);
    }

    @Override
    void onCancel() {
        queue.remove(this);
    }
}
