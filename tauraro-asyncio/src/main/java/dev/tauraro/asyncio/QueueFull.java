package dev.tauraro.asyncio;

/**
 * Thrown by {@link Queue#putNowait(Object)} when the queue already holds {@code maxsize} items.
 *
 * <p>Python equivalent: {@code asyncio.QueueFull}.
 *
 * <p>Differences from CPython: it extends {@link IllegalStateException}, which the JDK's
 * {@code java.util.Queue.add} throws for a full queue, and carries no stack trace, because it is
 * used for control flow.
 */
public class QueueFull extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** A full-queue error; like Python's, it has no message. */
    public QueueFull() {
        super();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return "QueueFull()";
    }
}
