package dev.tauraro.asyncio;

/**
 * A callback scheduled on an {@link EventLoop}, returned by {@link EventLoop#callSoon}.
 *
 * <p>Python equivalent: {@code asyncio.Handle}. {@link #cancel()} stops the callback from running
 * if it has not run yet; cancelling twice, or after it ran, does nothing.
 *
 * <p>Thread-safety: cancel it from the loop's thread.
 *
 * <p>Differences from CPython: the repr shows the callback's {@code toString} rather than a
 * function name and source position.
 */
public class Handle implements Runnable {
    final Runnable callback;
    final EventLoop loop;
    private boolean cancelled;

    Handle(EventLoop loop, Runnable callback) {
        this.loop = loop;
        this.callback = callback;
    }

    /** Cancels the callback. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** Runs the callback unless cancelled; called by the loop. */
    @Override
    public void run() {
        if (!cancelled) {
            callback.run();
        }
    }

    /** As CPython's repr: the callback, or just "cancelled" once cancelled (CPython drops the callback then). */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + (cancelled ? " cancelled" : "") + info() + ">";
    }

    String info() {
        return cancelled ? "" : " " + callback;
    }
}
