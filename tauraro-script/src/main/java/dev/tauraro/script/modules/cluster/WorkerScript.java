package dev.tauraro.script.modules.cluster;

import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ModuleFork;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.syntax.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * One script pool's state on a worker member: an interpreter that has run the pool's main module
 * as {@code __mp_main__}, and one {@link ModuleFork} of it per slot (at most the member's slots,
 * whichever executor thread runs a task), in which the initializer ran once and the slot's tasks
 * run, as each spawned worker process of CPython has its own copy of the module state.
 *
 * <h2>Which top-level statements run</h2>
 * Spawn re-imports the main module in each child, so a script whose pool is created at top level
 * without an {@code if __name__ == "__main__":} guard fails in CPython under spawn. Here the
 * re-run keeps the definitions (imports, functions, classes, assignments, and {@code if} and
 * {@code try} blocks) and leaves out the script's work (expression statements, {@code with},
 * loops, {@code match}), so the seed's unguarded {@code with multiprocessing.Pool() as pool:}
 * block runs on a cluster as it does with fork. A pool created while the module re-runs is a
 * RuntimeError, as in CPython, so a worker never starts pools of its own.
 *
 * <h2>Modules</h2>
 * The script's own modules come with the job ({@link ScriptJob#modules}) and are found before the
 * caller's path entries they came from ({@link ShippedModules}), so a member needs no copy of the
 * script's files; a module the script imports only after making the pool is imported from the
 * caller's path, which a member on another machine may lack.
 *
 * <h2>Life time</h2>
 * A member outlives pools: it keeps the state of the {@value #KEPT} pools that sent tasks most
 * recently and forgets older ones (and their shipped modules).
 */
final class WorkerScript {
    private static final int KEPT = 8;
    /** By pool id, least recently used first (guarded by itself). */
    private static final Map<UUID, WorkerScript> BY_POOL = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, WorkerScript> eldest) {
            if (size() > KEPT) {
                if (eldest.getValue().shipped != null) {
                    ShippedModules.delete(eldest.getValue().shipped);
                }
                return true;
            }
            return false;
        }
    };
    /** Set while a main module re-runs on this thread: multiprocessing refuses to make a pool then. */
    private static final ThreadLocal<Boolean> BOOTSTRAPPING = new ThreadLocal<>();

    private final ScriptJob job;
    private final Interpreter interp;
    private final ScriptPickle pickle;
    /**
     * The free slots' forks (a slot's module state). A slot is not a thread: Hazelcast runs the
     * executor's tasks on a shared cached pool, at most {@code slots} at a time, so a task takes a
     * free fork, or makes one (running the initializer there), and gives it back when it ends.
     */
    private final Deque<ModuleFork> free = new ConcurrentLinkedDeque<>();

    /** Where this pool's shipped modules were written on this member, or null for none. */
    private final Path shipped;

    private WorkerScript(ScriptJob job) {
        this.job = job;
        this.interp = new Interpreter(System.out, System.err, List.of(job.file()), false);
        this.shipped = job.modules().isEmpty() ? null : ShippedModules.write(job);
        List<String> path = new ArrayList<>();
        for (int i = 0; i < job.path().size(); i++) {
            String entry = job.path().get(i);
            if (shipped != null && Files.isDirectory(shipped.resolve(Integer.toString(i)))) {
                path.add(shipped.resolve(Integer.toString(i)).toString()); // the caller's copy comes first
            }
            path.add(entry.equals(ScriptJob.LIBRARY) ? Interpreter.libraryPathEntry() : entry);
        }
        interp.setSysPath(path);
        this.pickle = new ScriptPickle(interp);
    }

    /** Re-runs the main module; its exception travels to the caller with the worker's traceback. */
    private void bootstrap() {
        BOOTSTRAPPING.set(Boolean.TRUE);
        try {
            interp.runSpawnedMain(new SourceFile(job.file(), job.source()), WorkerScript::definition);
        } catch (RuntimeException e) {
            // a syntax error can only come from a file changed since the caller ran it
            throw new RemoteScriptError(null, "the main module failed on a worker member:\n"
                    + interp.formatTraceback(Interop.toPy(e).value));
        } finally {
            BOOTSTRAPPING.remove();
        }
    }

    /** Whether the calling thread is re-running a main module (see the class javadoc). */
    static boolean bootstrapping() {
        return BOOTSTRAPPING.get() != null;
    }

    /** The state of {@code job}'s pool on this member, made on its first task. */
    static WorkerScript of(ScriptJob job) {
        synchronized (BY_POOL) {
            WorkerScript w = BY_POOL.get(job.id());
            if (w == null) {
                try {
                    w = new WorkerScript(job);
                } catch (RuntimeException e) {
                    throw new RemoteScriptError(null, "the worker member could not start the pool's interpreter: "
                            + Interop.toPy(e).value.message());
                }
                w.bootstrap();
                BY_POOL.put(job.id(), w);
            }
            return w;
        }
    }

    private static boolean definition(Stmt s) {
        return s instanceof Stmt.Import || s instanceof Stmt.ImportFrom || s instanceof Stmt.FunctionDef
                || s instanceof Stmt.ClassDef || s instanceof Stmt.Assign || s instanceof Stmt.AnnAssign
                || s instanceof Stmt.AugAssign || s instanceof Stmt.If || s instanceof Stmt.Try
                || s instanceof Stmt.Global || s instanceof Stmt.Pass;
    }

    /** {@code fn(item)} (or {@code fn(*item)}), everything pickled; runs in this thread's slot. */
    byte[] map(byte[] fn, boolean star, byte[] item) {
        ModuleFork f = enter();
        try {
            Object func = ModuleFork.transfer(pickle.loads(fn), interp, f);
            Object arg = ModuleFork.transfer(pickle.loads(item), interp, f);
            Object r = star ? Ops.callKw(func, Ops.toList(arg).toArray(), null) : Ops.call(func, arg);
            return pickle.dumps(ModuleFork.transfer(r, interp, null));
        } catch (RuntimeException e) {
            throw failure(e);
        } finally {
            free.push(f);
        }
    }

    /** {@code func(*args, **kwds)} from the pickled triple. */
    byte[] apply(byte[] call) {
        ModuleFork f = enter();
        try {
            List<Object> triple = Ops.toList(ModuleFork.transfer(pickle.loads(call), interp, f));
            List<Object> values = new ArrayList<>(Ops.toList(triple.get(1)));
            List<String> names = new ArrayList<>();
            if (triple.get(2) instanceof PyDict kwds) {
                kwds.forEach((k, v) -> {
                    names.add(Ops.str(k));
                    values.add(v);
                });
            }
            Object r = Ops.callKw(triple.get(0), values.toArray(), names.isEmpty() ? null : names.toArray(new String[0]));
            return pickle.dumps(ModuleFork.transfer(r, interp, null));
        } catch (RuntimeException e) {
            throw failure(e);
        } finally {
            free.push(f);
        }
    }

    /**
     * Takes a free slot's fork and enters it in this thread, or makes a new slot (running the
     * initializer there); the caller gives it back to {@link #free} when its task ends.
     */
    private ModuleFork enter() {
        ModuleFork f = free.poll();
        if (f == null) {
            f = ModuleFork.fork(interp, null);
            f.enter();
            if (job.initializer() != null) {
                try {
                    List<Object> init = Ops.toList(ModuleFork.transfer(pickle.loads(job.initializer()), interp, f));
                    Ops.callKw(init.get(0), Ops.toList(init.get(1)).toArray(), null);
                } catch (RuntimeException e) {
                    throw failure(e); // no slot is made: the next task runs the initializer again
                }
            }
        }
        f.enter();
        return f;
    }

    /** The task's exception pickled for the caller, or its traceback when it cannot be pickled. */
    private RemoteScriptError failure(RuntimeException e) {
        if (e instanceof RemoteScriptError r) {
            return r;
        }
        PyBaseException v = Interop.toPy(e).value;
        String text = interp.formatTraceback(v);
        try {
            return new RemoteScriptError(pickle.dumps(ModuleFork.transfer(v, interp, null)), text);
        } catch (RuntimeException unpicklable) {
            return new RemoteScriptError(null, text);
        }
    }

    /** Builds the exception the caller raises for a task's failure: see {@link RemoteScriptError}. */
    static PyException raised(RemoteScriptError e, ScriptPickle pickle) {
        if (e.pickled != null) {
            Object v = pickle.loads(e.pickled);
            if (v instanceof PyBaseException b) {
                b.remoteTraceback = e.getMessage();
                return b.toThrowable();
            }
        }
        return Exceptions.newException(Exceptions.RUNTIME_ERROR, e.getMessage());
    }
}
