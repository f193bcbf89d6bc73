package dev.tauraro.multiprocessing;

/**
 * The base of the errors this module raises itself.
 *
 * <p>Python equivalent: {@code multiprocessing.ProcessError}.
 *
 * <p>Differences from CPython: unchecked, so it passes through lambdas and Reactor pipelines.
 */
public class ProcessError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error without a message. */
    public ProcessError() {
        super();
    }

    /** An error with a message. */
    public ProcessError(String message) {
        super(message);
    }

    /** An error with a message and a cause. */
    public ProcessError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Like Python's repr: {@code ProcessError('message')}. */
    @Override
    public String toString() {
        String name = getClass().getSimpleName();
        return getMessage() == null ? name + "()" : name + "('" + getMessage() + "')";
    }
}
