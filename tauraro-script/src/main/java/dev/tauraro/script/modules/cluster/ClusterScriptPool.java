package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.Pool;
import dev.tauraro.multiprocessing.hazelcast.ClusterPool;
import dev.tauraro.script.modules.ScriptPool;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A script pool on the worker members of a cluster: functions, items and calls are pickled in
 * the caller's thread when the work is submitted (a snapshot, as CPython pickles at submission),
 * run on the members ({@link ScriptTask}, {@link ScriptCall}), and their results unpickled on the
 * caller's pool threads ({@link ScriptRunner}).
 */
record ClusterScriptPool(ClusterPool cluster, ScriptJob job, ScriptPickle pickle) implements ScriptPool {
    @Override
    public Pool pool() {
        return cluster.asPool();
    }

    @Override
    public Function<Object, Object> worker(Object fn, boolean star) {
        return new ScriptTask(job, pickle.dumps(fn), star);
    }

    @Override
    public List<Object> items(Object iterable) {
        List<Object> pickled = new ArrayList<>();
        for (Object item : Ops.toList(iterable)) {
            pickled.add(pickle.dumps(item));
        }
        return pickled;
    }

    @Override
    public Callable<Object> call(Object fn, Object args, Object kwds) {
        return new ScriptCall(job, pickle.dumps(new PyTuple(new Object[] {fn, args, kwds})));
    }

    @Override
    public void terminate() {
        cluster.terminate();
    }

    @Override
    public String toString() {
        return cluster.asPool().toString();
    }
}
