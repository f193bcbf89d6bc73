package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.hazelcast.SerializableCallable;

/** {@code apply(func, args, kwds)} as it travels to a worker member: the triple pickled, the result pickled back. */
record ScriptCall(ScriptJob job, byte[] pickled) implements SerializableCallable<Object> {
    @Override
    public Object call() {
        return WorkerScript.of(job).apply(pickled);
    }
}
