package dev.tauraro.multiprocessing;

/**
 * The pool could not finish a task: the worker running it died, the pool was terminated before
 * the task finished, or a worker initializer failed.
 *
 * <p>Python equivalent: none in {@code multiprocessing}; it plays the part of
 * {@code concurrent.futures.process.BrokenProcessPool}. CPython's {@code Pool} simply hangs in
 * these cases (a {@code get()} after {@code terminate()} or after a worker was killed never
 * returns); this library fails the affected results with this error instead, so a caller never
 * waits forever.
 *
 * <p>When a worker died, {@link #getCause()} is the {@link Error} (say a
 * {@link StackOverflowError} or {@link OutOfMemoryError}) that escaped the task on the worker.
 */
public class BrokenPoolError extends ProcessError {
    private static final long serialVersionUID = 1L;

    /** An error with a message. */
    public BrokenPoolError(String message) {
        super(message);
    }

    /** An error with a message and the worker-side cause. */
    public BrokenPoolError(String message, Throwable cause) {
        super(message, cause);
    }
}
