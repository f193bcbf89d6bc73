package dev.tauraro.multiprocessing.hazelcast;

import java.io.NotSerializableException;

/** Builds the {@link PicklingError} for a serializer failure, naming the class at fault. */
final class Pickling {
    /** Hazelcast's message for a value it could not write. */
    private static final java.util.regex.Pattern FAILED = java.util.regex.Pattern.compile("Failed to serialize '([^']+)'");
    private Pickling() {
    }

    /**
     * @param task the task being sent, or null when a result failed on the way back
     * @param what what was being serialized, for the message
     */
    static PicklingError error(ChunkTask task, Throwable e, String what) {
        String culprit = null;
        // a cause chain can loop (a -> b -> a through initCause): each throwable is looked at once
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof NotSerializableException) {
                culprit = t.getMessage();
            }
            java.util.regex.Matcher m = FAILED.matcher(String.valueOf(t.getMessage()));
            if (m.lookingAt() && !m.group(1).startsWith(ChunkBatch.class.getName())) {
                culprit = m.group(1);   // the innermost names the value, the outer ones what held it
            }
        }
        if (culprit == null) {
            return new PicklingError("cannot serialize " + what + " for the cluster: " + e.getMessage(), e);
        }
        String hint = culprit.contains("$$Lambda")
                ? " (a lambda sent to the cluster must be written where a SerializableFunction,"
                        + " SerializableBiFunction or SerializableCallable is expected)"
                : " (it must implement java.io.Serializable, or be a class Hazelcast's compact serialization can write)";
        if (task != null && task.function() != null && task.function().getClass().getName().equals(culprit)) {
            what = "the task";
        }
        return new PicklingError("cannot serialize '" + culprit + "' object in " + what + hint, e);
    }
}
