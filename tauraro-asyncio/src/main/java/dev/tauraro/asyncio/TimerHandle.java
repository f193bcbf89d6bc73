package dev.tauraro.asyncio;

/**
 * A callback scheduled for a point in loop time, returned by {@link EventLoop#callLater} and
 * {@link EventLoop#callAt}.
 *
 * <p>Python equivalent: {@code asyncio.TimerHandle}. Timers fire in deadline order; timers with the
 * same deadline fire in the order they were scheduled. A cancelled timer stays in the loop's heap
 * until it reaches the top, unless cancelled timers come to outnumber live ones.
 *
 * <p>Thread-safety: create and cancel it on the loop's thread.
 */
public final class TimerHandle extends Handle {
    /** Deadline in loop nanoseconds. */
    final long deadline;
    /** Tie-breaker: scheduling order. */
    final long seq;
    /** Position in the timer heap, or -1 once it left the heap. */
    int heapIndex = -1;

    TimerHandle(EventLoop loop, Runnable callback, long deadline, long seq) {
        super(loop, callback);
        this.deadline = deadline;
        this.seq = seq;
    }

    boolean before(TimerHandle other) {
        return deadline < other.deadline || (deadline == other.deadline && seq < other.seq);
    }

    /** The deadline in loop time, in seconds, comparable with {@link EventLoop#time()}. */
    public double when() {
        return deadline / 1e9;
    }

    @Override
    String info() {
        return " when=" + when() + super.info();
    }

    @Override
    public void cancel() {
        if (!cancelled()) {
            super.cancel();
            if (heapIndex >= 0) {
                loop.timerCancelled();
            }
        }
    }
}
