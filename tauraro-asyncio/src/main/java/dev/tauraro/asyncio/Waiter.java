package dev.tauraro.asyncio;

import reactor.core.CoreSubscriber;

/**
 * One task waiting in the {@link WaiterQueue} of a primitive or a queue: the private future of
 * CPython's {@code locks.py} and {@code queues.py} and the subscription that awaits it, in a
 * single object.
 *
 * <p>State machine (CPython's future states):
 * <pre>
 *   PENDING --wake()---------> WOKEN       (fut.set_result: resume on the next iteration)
 *   PENDING --cancelWaiting--> CANCELLED   (fut.cancel: resume with CancelledError)
 *   WOKEN   --waitAgain()----> PENDING     (a queue's getter or putter found nothing to take)
 * </pre>
 * A waiter leaves {@code PENDING} only while queued. A lock-like primitive keeps it queued until
 * it resumes (CPython removes the future after {@code await fut}); a {@link Queue} takes it out
 * of the line when it wakes it (CPython's {@code _wakeup_next} pops it). On resumption it runs
 * the code CPython runs after {@code await fut}: {@link #deliver()} for a normal resumption
 * (which may find the waiter cancelled), {@link #abandon()} when the task must raise a
 * cancellation that arrived after the waiter was woken, {@link #onCancel()} when Reactor
 * unsubscribes. This class does what {@code Event.wait}, {@code Condition.wait} and
 * {@code Queue.join} do (leave the queue, return or raise); {@link Lock}, {@link Semaphore} and
 * {@link Queue}'s getters and putters extend it to take or pass on what they waited for.
 *
 * @param <T> what the await signals
 */
class Waiter<T> extends Await<T> {
    static final byte PENDING = 0;
    static final byte WOKEN = 1;
    static final byte CANCELLED = 2;

    final WaiterQueue queue;
    byte state;
    private String cancelMessage;
    /** Links in {@link #queue}; meaningful while {@link #queued}. */
    Waiter<?> prev;
    Waiter<?> next;
    boolean queued;

    Waiter(EventLoop loop, CoreSubscriber<? super T> actual, WaiterQueue queue) {
        super(loop, actual);
        this.queue = queue;
    }

    /** Joins the back of the queue as what the current task is suspended on. */
    final void enqueue() {
        queue.add(this);
        suspend();
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

    /**
     * Woken, but what it waited for was taken meanwhile: wait again with a new "future" at the
     * back of the queue (CPython's {@code while self.empty(): await getter} loop).
     */
    final void waitAgain() {
        finished = false;
        state = PENDING;
        enqueue();
    }

    /** The error a cancelled waiter raises in its task. */
    final CancelledError cancelledError() {
        return new CancelledError(cancelMessage);
    }

    /** What a woken wait signals: nothing by default ({@code Queue.join()}, a condition's wait). */
    T wokenValue() {
        return null;
    }

    @Override
    void deliver() {
        queue.remove(this);
        if (cancelled()) {
            actual.onError(cancelledError());
        } else {
            complete(wokenValue());
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
