package dev.tauraro.asyncio;

import java.util.NoSuchElementException;

/**
 * Thrown by {@link Queue#getNowait()} when the queue has no item.
 *
 * <p>Python equivalent: {@code asyncio.QueueEmpty}.
 *
 * <p>Differences from CPython: it extends {@link NoSuchElementException}, the JDK's exception for
 * "nothing to take" ({@code java.util.Queue.remove()} throws it), and carries no stack trace:
 * like Python's, it is used for control flow ({@code try get_nowait() except QueueEmpty: break}),
 * where filling in a trace would cost more than the queue operation itself.
 */
public class QueueEmpty extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    /** An empty-queue error; like Python's, it has no message. */
    public QueueEmpty() {
        super();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return "QueueEmpty()";
    }
}
