package dev.tauraro.multiprocessing.hazelcast;

import java.io.NotSerializableException;

/** Builds the {@link PicklingError} for a serializer failure, naming the class at fault. */
final class Pickling {
    private Pickling() {
    }

    /**
     * @param task the task being sent, or null when a result failed on the way back
     * @param what what was being serialized, for the message
     */
    static PicklingError error(ChunkTask task, Throwable e, String what) {
        String culprit = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof NotSerializableException) {
                culprit = t.getMessage();
            }
        }
        if (culprit == null) {
            return new PicklingError("cannot serialize " + what + " for the cluster: " + e.getMessage(), e);
        }
        String hint = culprit.contains("$$Lambda")
                ? " (a lambda sent to the cluster must be written where a SerializableFunction,"
                        + " SerializableBiFunction or SerializableCallable is expected)"
                : " (it must implement java.io.Serializable)";
        if (task != null && task.function() != null && task.function().getClass().getName().equals(culprit)) {
            what = "the task";
        }
        return new PicklingError("cannot serialize '" + culprit + "' object in " + what + hint, e);
    }
}
