package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.TaskRunner;
import dev.tauraro.multiprocessing.hazelcast.PicklingError;
import java.util.concurrent.Callable;
import java.util.function.Function;

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
        } catch (RemoteScriptError e) {
            throw WorkerScript.raised(e, pickle);
        } catch (PicklingError e) {
            throw pickle.picklingError(e.getMessage());
        }
        for (int i = 0; i < batch.length; i++) {
            batch[i] = pickle.loads((byte[]) batch[i]);
        }
    }

    @Override
    public Object call(Callable<?> fn) throws Exception {
        try {
            return pickle.loads((byte[]) members.call(fn));
        } catch (RemoteScriptError e) {
            throw WorkerScript.raised(e, pickle);
        } catch (PicklingError e) {
            throw pickle.picklingError(e.getMessage());
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
