package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.hazelcast.SerializableFunction;

/**
 * A script function of a {@code map} as it travels to the worker members: the function pickled
 * (by reference, so it must be importable there: a module-level function of the main module or
 * of a module on the path), applied to each item (pickled) on the member, returning the pickled
 * result.
 */
record ScriptTask(ScriptJob job, byte[] fn, boolean star) implements SerializableFunction<Object, Object> {
    @Override
    public Object apply(Object item) {
        return WorkerScript.of(job).map(fn, star, (byte[]) item);
    }
}
