package dev.tauraro.multiprocessing.hazelcast;

import dev.tauraro.multiprocessing.ProcessError;

/**
 * A task, one of its arguments or one of its results could not be serialized to travel between
 * the caller and a cluster member. The message names the class at fault.
 *
 * <p>Python equivalent: {@code pickle.PicklingError} (and the {@code TypeError: cannot pickle
 * 'X' object} that {@code multiprocessing} raises for an unpicklable argument).
 */
public class PicklingError extends ProcessError {
    private static final long serialVersionUID = 1L;

    /** An error with a message and the serializer's exception as cause. */
    public PicklingError(String message, Throwable cause) {
        super(message, cause);
    }
}
