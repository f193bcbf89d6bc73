package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.TaskRunner;
import dev.tauraro.multiprocessing.hazelcast.PicklingError;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * Wraps the runner that sends chunks to the members: in the caller's pool thread that claimed the
 * chunk, unpickles its results, and raises a task's exception as the script exception it was, so
 * that every way a script sees results (lists, iterators, callbacks, async results) gets script
 * values. A value Hazelcast could not serialize (a result too big for it, say) is pickle's
 * PicklingError.
 */
final class ScriptRunner implements TaskRunner {
    private final TaskRunner members;
    private final ScriptPickle pickle;
    /** False for the pool that carries the cluster start method's processes (see {@link #workersAreProcesses}). */
    private final boolean workersAreProcesses;

    ScriptRunner(TaskRunner members, ScriptPickle pickle, boolean workersAreProcesses) {
        this.members = members;
        this.pickle = pickle;
        this.workersAreProcesses = workersAreProcesses;
    }

    @Override
    public boolean workersAreProcesses() {
        return workersAreProcesses;
    }

    @Override
    public void map(Function<Object, Object> fn, Object[] batch) throws Exception {
        try {
            members.map(fn, batch);
        } catch (RemoteScriptError | PicklingError e) {
            throw scriptError(e);
        }
        unpickle(batch);
    }

    @Override
    public int chunksPerClaim() {
        return members.chunksPerClaim();
    }

    @Override
    public void mapChunks(Function<Object, Object> fn, Object[][] batches, ObjIntConsumer<Exception> outcome) {
        members.mapChunks(fn, batches, (failed, i) -> {
            if (failed == null) {
                try {
                    unpickle(batches[i]);
                } catch (RuntimeException e) {
                    failed = e;
                }
            }
            outcome.accept(failed == null ? null : scriptError(failed), i);
        });
    }

    private void unpickle(Object[] batch) {
        for (int i = 0; i < batch.length; i++) {
            batch[i] = pickle.loads((byte[]) batch[i]);
        }
    }

    /** A task's exception as the script exception it was, an unserializable value as pickle's PicklingError. */
    private Exception scriptError(Exception e) {
        if (e instanceof RemoteScriptError r) {
            return WorkerScript.raised(r, pickle);
        }
        if (e instanceof PicklingError) {
            return pickle.picklingError(e.getMessage());
        }
        return e;
    }

    @Override
    public Object call(Callable<?> fn) throws Exception {
        try {
            return pickle.loads((byte[]) members.call(fn));
        } catch (RemoteScriptError | PicklingError e) {
            throw scriptError(e);
        }
    }

    @Override
    public int workersPerProcess() {
        return members.workersPerProcess();
    }

    @Override
    public void close() {
        members.close();
    }
}
