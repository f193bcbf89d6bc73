package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.BrokenPoolError;
import dev.tauraro.multiprocessing.hazelcast.ClusterPool;
import dev.tauraro.script.modules.MultiprocessingModule;
import dev.tauraro.script.modules.ScriptPool;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code "cluster"} start method of the script's {@code multiprocessing}: a {@code Pool} whose
 * workers are the members of a tauraro cluster (Hazelcast), started with
 * {@code tauraro --worker --cluster host:port,...}.
 *
 * <p>Where the cluster is: the {@code cluster=} argument of {@code get_context("cluster", ...)},
 * else {@code TAURARO_CLUSTER} (comma-separated {@code host:port}), else {@code 127.0.0.1:5701}
 * (where a worker listens by default); {@code TAURARO_CLUSTER_NAME} names the Hazelcast cluster
 * when its members were started with another name than the default. {@code TAURARO_CLUSTER_TIMEOUT} (seconds, default 10)
 * bounds both the wait to connect and find a worker member and how long a pool waits for a
 * member when none is left; a pool never hangs.
 *
 * <p>Tasks travel as spawn's do: the function and its arguments pickled (functions and classes by
 * reference), the main module re-run on each member as {@code __mp_main__} (see
 * {@link WorkerScript}), results and exceptions pickled back.
 */
public final class ClusterStart {
    /** The start method's name. */
    public static final String METHOD = "cluster";
    private static final String DEFAULT_CLUSTER = "127.0.0.1:5701";

    private ClusterStart() {
    }

    /** The Hazelcast cluster name {@code TAURARO_CLUSTER_NAME} gives, or null for the members' default ("tauraro"). */
    static String clusterName() {
        String name = System.getenv("TAURARO_CLUSTER_NAME");
        return name == null || name.isBlank() ? null : name.strip();
    }

    /**
     * {@code Pool(processes, initializer, initargs, maxtasksperchild)} on the cluster at
     * {@code cluster} (null: {@code TAURARO_CLUSTER}); null {@code processes}: the members' slots.
     */
    public static ScriptPool newPool(Interpreter interp, String cluster, Integer processes, Object initializer,
            Object initargs, Integer maxTasksPerChild) {
        return newPool(interp, cluster, processes, initializer, initargs, maxTasksPerChild, true);
    }

    /** {@code forScript}: false for the pool that carries {@link #processes}' work (its workers are no processes). */
    private static ScriptPool newPool(Interpreter interp, String cluster, Integer processes, Object initializer,
            Object initargs, Integer maxTasksPerChild, boolean forScript) {
        if (WorkerScript.bootstrapping()) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "An attempt has been made to start a new pool"
                    + " while a worker member re-runs the main module; create pools under"
                    + " 'if __name__ == \"__main__\":' or in a with block at top level");
        }
        String source = cluster != null ? cluster : System.getenv("TAURARO_CLUSTER");
        String what = cluster != null ? "cluster=" : "TAURARO_CLUSTER";
        List<String> members = members(source == null || source.isBlank() ? DEFAULT_CLUSTER : source, what);
        Duration timeout = timeout(System.getenv("TAURARO_CLUSTER_TIMEOUT"));
        ScriptPickle pickle = new ScriptPickle(interp);
        ScriptJob job = job(interp, pickle, initializer, initargs);
        ClusterPool.Builder b = ClusterPool.builder().cluster(members.toArray(new String[0]))
                .startTimeout(timeout).memberLossTimeout(timeout)
                .around(r -> new ScriptRunner(r, pickle, forScript));
        String name = clusterName();
        if (name != null) {
            b.clusterName(name);
        }
        // how to start a member this pool can reach, for the errors below
        String worker = (name == null ? "" : "TAURARO_CLUSTER_NAME=" + name + " ")
                + "tauraro --worker --cluster " + String.join(",", members);
        if (processes != null) {
            b.processes(processes);
        }
        if (maxTasksPerChild != null) {
            b.maxTasksPerChild(maxTasksPerChild);
        }
        ClusterPool pool;
        try {
            pool = b.build();
        } catch (BrokenPoolError e) {
            throw Exceptions.newException(Exceptions.BROKEN_PROCESS_POOL, "no worker member joined the cluster at "
                    + String.join(",", members) + " within " + seconds(timeout) + " (start one with: " + worker + ")");
        } catch (IllegalArgumentException e) {
            throw Exceptions.valueError(e.getMessage());
        } catch (RuntimeException e) {
            throw Exceptions.newException(Exceptions.CONNECTION_ERROR, "cannot reach the cluster "
                    + (name == null ? "" : "named '" + name + "' (TAURARO_CLUSTER_NAME) ") + "at "
                    + String.join(",", members) + " (" + what + ") within " + seconds(timeout)
                    + "; start a worker with: " + worker);
        }
        interp.aliasMainForChildren();
        ScriptPool sp = new ClusterScriptPool(pool, job, pickle);
        interp.onClose(sp::terminate);
        return sp;
    }

    /**
     * How processes of the cluster start method run: each {@code start()} sends the object to a
     * worker member through one pool per interpreter and cluster, made at the first start (the
     * members' slots are its processes; closed with the interpreter). The object travels as spawn
     * pickles it: its class by reference and its attributes but the Java handle, and the member
     * runs {@code run()} on a copy with a handle of the same name.
     */
    public static MultiprocessingModule.RemoteRun processes(Interpreter interp, String cluster) {
        return new MultiprocessingModule.RemoteRun() {
            /** The interpreter's carrier pool for {@code cluster}: every context naming it shares one client. */
            private ScriptPool pool() {
                Map<String, ScriptPool> pools = interp.extension(ProcessCarriers.class, ProcessCarriers::new).pools;
                synchronized (pools) {
                    return pools.computeIfAbsent(cluster == null ? "" : cluster,
                            c -> newPool(interp, cluster, null, PyNone.NONE, PyTuple.EMPTY, null, false));
                }
            }

            @Override
            public Object prepare(Object self) {
                PyInstance inst = (PyInstance) self;
                PyDict state = new PyDict();
                Object name = Ops.getAttr(self, "name");
                ((PyDict) Ops.getAttr(self, "__dict__")).forEach((k, v) -> {
                    if (!"_handle".equals(k)) {
                        state.put(k, v);
                    }
                });
                Object bootstrap = interp.importModule("multiprocessing").get("_cluster_bootstrap");
                return pool().call(bootstrap, new PyTuple(new Object[] {inst.type(), state, name}), PyNone.NONE);
            }

            @Override
            @SuppressWarnings("unchecked")
            public void run(Object prepared) {
                pool().pool().apply((java.util.concurrent.Callable<Object>) prepared);
            }
        };
    }

    /** Per interpreter: the pools that carry processes, by the cluster named ("" for TAURARO_CLUSTER). */
    private static final class ProcessCarriers {
        final Map<String, ScriptPool> pools = new java.util.HashMap<>();
    }

    /** What every task of the pool carries: the main module, the path and the initializer. */
    private static ScriptJob job(Interpreter interp, ScriptPickle pickle, Object initializer, Object initargs) {
        PyModule main = interp.modules().get("__main__");
        String file = main != null && main.get("__file__") instanceof String f ? f : "<string>";
        String source = "";
        try {
            if (Files.isRegularFile(Path.of(file))) {
                source = Files.readString(Path.of(file));
            }
        } catch (Exception e) {
            // no file to re-run (-c, standard input): the members only know what they import
        }
        List<String> path = new ArrayList<>();
        for (Object p : interp.searchPath()) {
            // the bundled library is where each member's own installation has it
            String entry = String.valueOf(p);
            path.add(entry.equals(Interpreter.libraryPathEntry()) ? ScriptJob.LIBRARY : entry);
        }
        byte[] init = initializer == PyNone.NONE ? null
                : pickle.dumps(new PyTuple(new Object[] {initializer, initargs}));
        return new ScriptJob(UUID.randomUUID(), file, source, List.copyOf(path), ownModules(interp, main, path), init);
    }

    /**
     * The sources of the script's own modules imported so far: every module whose {@code .py}
     * file lies below an entry of {@code path} other than the bundled library (the main module
     * travels as the job's source). A file that cannot be read is left to the members' path.
     */
    private static List<ScriptJob.Module> ownModules(Interpreter interp, PyModule main, List<String> path) {
        List<ScriptJob.Module> own = new ArrayList<>();
        for (PyModule m : interp.modules().values()) {
            if (m == main || !(m.get("__file__") instanceof String f) || !f.endsWith(".py")) {
                continue;
            }
            Path file = Path.of(f).toAbsolutePath().normalize();
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i).equals(ScriptJob.LIBRARY)) {
                    continue;
                }
                Path root = Path.of(path.get(i).isEmpty() ? "." : path.get(i)).toAbsolutePath().normalize();
                if (file.startsWith(root)) {
                    try {
                        own.add(new ScriptJob.Module(i, root.relativize(file).toString(), Files.readString(file)));
                    } catch (Exception unreadable) {
                        // the members import it from their own path, as before
                    }
                    break;
                }
            }
        }
        return List.copyOf(own);
    }

    /** The member addresses in {@code spec} ({@code host:port,...}); ValueError naming {@code what} otherwise. */
    static List<String> members(String spec, String what) {
        List<String> r = new ArrayList<>();
        for (String part : spec.split(",")) {
            String m = part.strip();
            int colon = m.lastIndexOf(':');
            boolean ok = colon > 0 && colon < m.length() - 1;
            if (ok) {
                try {
                    int port = Integer.parseInt(m.substring(colon + 1));
                    ok = port >= 1 && port <= 65535;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw Exceptions.valueError(what + ": expected host:port[,host:port...], got '" + spec + "'");
            }
            r.add(m);
        }
        return r;
    }

    private static Duration timeout(String spec) {
        if (spec == null || spec.isBlank()) {
            return Duration.ofSeconds(10);
        }
        double s;
        try {
            s = Double.parseDouble(spec.strip());
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (!(s > 0 && s <= 3600)) {
            throw Exceptions.valueError("TAURARO_CLUSTER_TIMEOUT: expected seconds between 0 and 3600, got '"
                    + spec + "'");
        }
        return Duration.ofMillis((long) (s * 1000));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
