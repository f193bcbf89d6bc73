package dev.tauraro.asyncio;

/**
 * Thrown by a queue's put and get operations once the queue is shut down.
 *
 * <p>Python equivalent: {@code asyncio.QueueShutDown} (added in Python 3.13). After
 * {@link Queue#shutdown()} every put fails with it, and gets fail with it once the queue is empty;
 * after {@code shutdown(true)} gets fail at once, because the queue was emptied.
 *
 * <p>Differences from CPython: it extends {@link IllegalStateException} and carries no stack
 * trace: a shutdown wakes every blocked caller with one, and the trace would only show the loop.
 */
public class QueueShutDown extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** A shut-down error; like Python's, it has no message. */
    public QueueShutDown() {
        super();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return "QueueShutDown()";
    }
}
