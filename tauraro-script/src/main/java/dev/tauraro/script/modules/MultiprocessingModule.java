package dev.tauraro.script.modules;

import dev.tauraro.multiprocessing.AsyncResult;
import dev.tauraro.multiprocessing.Multiprocessing;
import dev.tauraro.multiprocessing.Pool;
import dev.tauraro.script.modules.cluster.ClusterStart;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ModuleFork;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The binding of Python's {@code multiprocessing} to {@code dev.tauraro.multiprocessing}: one
 * table row per Python name, naming the Java member that implements it.
 *
 * <p>{@code Pool} and {@code current_process} are Java-backed ({@link Pool},
 * {@link dev.tauraro.multiprocessing.Process}); {@code Process} is a script class with Java method
 * bodies ({@link ProcessClass}) over a Java process, so scripts can subclass it and assign
 * {@code name} and {@code daemon}; {@code Queue}, {@code Lock}, {@code RLock},
 * {@code Event}, {@code Semaphore} and {@code BoundedSemaphore} are the script's {@code threading}
 * primitives (a "process" here is a thread, so thread synchronisation is the right thing), written
 * in the script language over {@code _thread} locks and parsed the first time one is made: their
 * table rows name {@link ThreadModule#lockAttr}, the Java side of those locks. The queue raises
 * {@code queue.Empty} and {@code queue.Full}, as CPython's does.
 *
 * <h2>State model</h2>
 * As with CPython's fork start method, each pool worker and each started process runs in its own
 * {@link ModuleFork}: a copy of the script's module globals taken when the {@code Pool} is created
 * (one per worker, made in the caller's thread) or when {@code start()} is called. A worker's
 * {@code global counter; counter += 1} never changes the parent's {@code counter}. Functions given
 * to {@code map}/{@code apply}/... and the initializer are looked up by qualified name in the
 * worker's fork, as unpickling would; arguments and results are deep-copied and classes defined by
 * the script translate to the receiving side's class (so a worker's custom exception is caught by
 * the parent's class). A replacement worker ({@code maxtasksperchild}) forks the pool owner's state
 * as it is when the worker starts, as CPython forks it from the parent then.
 *
 * <h2>Differences from CPython</h2>
 * Workers are threads of this process running in parallel without a GIL (their state is private,
 * so this is safe). Lambdas and nested functions are accepted where pickle would refuse them: they
 * are copied with their closure. Library modules are shared, not forked (see {@link ModuleFork}).
 * A {@code chunksize} below 1 is a ValueError for every method; CPython's {@code map} returns a list
 * of None for 0.
 * {@code terminate()}/{@code kill()} (of a process, or a pool's workers) cannot kill a thread:
 * they stop its fork, interrupt it and ask the interpreter to end it, so its threads leave a lock,
 * queue, join or sleep wait, or a busy loop at its next iteration or call, with {@code SystemExit}
 * ({@code finally} blocks run, which a real signal would skip); a process's exit code reports the
 * signal ({@code -15}/{@code -9}).
 * {@code current_process()} in a child is the Java process (name, pid, daemon, exitcode), not the
 * script object.
 */
public final class MultiprocessingModule {
    private MultiprocessingModule() {
    }

    static final PyClass POOL = PyClass.builtin("Pool", "multiprocessing.pool", null, Map.of(), Types.OBJECT);
    static final PyClass ASYNC_RESULT = PyClass.builtin("AsyncResult", "multiprocessing.pool", null, Map.of(),
            Types.OBJECT);
    static final PyClass PROCESS = PyClass.builtin("Process", "multiprocessing.context", null, Map.of(),
            Types.OBJECT);
    static final PyClass PROCESS_ERROR = PyClass.builtin("ProcessError", "multiprocessing.context", null, Map.of(),
            Exceptions.EXCEPTION);
    /** What {@code AsyncResult.get(timeout)} raises: not the builtin TimeoutError, as in CPython. */
    static final PyClass TIMEOUT_ERROR = PyClass.builtin("TimeoutError", "multiprocessing.context", null, Map.of(),
            PROCESS_ERROR);
    /** The names made by the synchronisation source, parsed on first use. */
    private static final List<String> SYNCHRONIZED = List.of("Queue", "Lock", "RLock", "Event", "Semaphore",
            "BoundedSemaphore");

    /** The binding table: Python name, Java type and member, value. */
    public static List<AsyncioModule.Binding> bindings(Interpreter interp) {
        List<AsyncioModule.Binding> t = new ArrayList<>();
        t.add(new AsyncioModule.Binding("Pool", Pool.class, "builder",
                new BuiltinFunction("Pool", (a, k) -> newPool(interp, startMethod(), null, a, k))));
        t.add(new AsyncioModule.Binding("get_context", dev.tauraro.multiprocessing.hazelcast.ClusterPool.class,
                "builder", new BuiltinFunction("get_context", (a, k) -> context(interp,
                        Args.arg(a, k, 0, "method", PyNone.NONE),
                        Args.kwarg(a, k, "cluster", PyNone.NONE)))));
        t.add(new AsyncioModule.Binding("get_start_method", dev.tauraro.multiprocessing.hazelcast.ClusterPool.class,
                "builder", new BuiltinFunction("get_start_method", (a, k) -> startMethodName(startMethod()))));
        t.add(new AsyncioModule.Binding("Process", dev.tauraro.multiprocessing.Process.class, "start",
                ProcessClass.create(interp, processHandles(interp))));
        t.add(new AsyncioModule.Binding("_cluster_bootstrap", dev.tauraro.multiprocessing.Process.class, "run",
                fn("_cluster_bootstrap", (a, k) -> bootstrapRemote(interp, a))));
        t.add(new AsyncioModule.Binding("ProcessError", dev.tauraro.multiprocessing.ProcessError.class, "new",
                PROCESS_ERROR));
        t.add(new AsyncioModule.Binding("TimeoutError", dev.tauraro.multiprocessing.TimeoutError.class, "new",
                TIMEOUT_ERROR));
        t.add(new AsyncioModule.Binding("current_process", Multiprocessing.class, "currentProcess",
                fn("current_process", (a, k) -> Multiprocessing.currentProcess())));
        t.add(new AsyncioModule.Binding("parent_process", Multiprocessing.class, "parentProcess",
                fn("parent_process", (a, k) -> {
                    Object p = Multiprocessing.parentProcess();
                    return p == null ? PyNone.NONE : p;
                })));
        t.add(new AsyncioModule.Binding("active_children", Multiprocessing.class, "activeChildren",
                fn("active_children", (a, k) -> new PyList(new ArrayList<>(Multiprocessing.activeChildren())))));
        PyModule[] sync = new PyModule[1];
        for (String name : SYNCHRONIZED) {
            t.add(new AsyncioModule.Binding(name, ThreadModule.class, "lockAttr", new BuiltinFunction(name, (a, k) -> {
                PyModule m;
                synchronized (sync) {
                    if (sync[0] == null) {
                        sync[0] = synchronize(interp);
                    }
                    m = sync[0];
                }
                return Ops.callKw(m.get(name), a, k);
            })));
        }
        t.add(new AsyncioModule.Binding("cpu_count", Multiprocessing.class, "cpuCount",
                new BuiltinFunction("cpu_count", (a, k) -> (long) Multiprocessing.cpuCount())));
        return t;
    }

    /** The start methods a context can be had for; all but "cluster" run pools on this process's threads. */
    private static final List<String> METHODS = List.of("fork", "spawn", "forkserver", ClusterStart.METHOD);

    /** The start method chosen by {@code TAURARO_START_METHOD}, or null for the default. */
    private static String startMethod() {
        String m = System.getenv("TAURARO_START_METHOD");
        return m == null || m.isEmpty() ? null : m;
    }

    private static String startMethodName(String method) {
        if (method != null && !METHODS.contains(method)) {
            throw Exceptions.valueError("cannot find context for '" + method + "' (TAURARO_START_METHOD)");
        }
        return method == null ? "fork" : method;
    }

    /**
     * {@code get_context(method=None)}: the module's names with {@code Pool} bound to
     * {@code method}; {@code cluster=} (ours, for the cluster method) names the members instead of
     * {@code TAURARO_CLUSTER}.
     */
    private static PyModule context(Interpreter interp, Object method, Object cluster) {
        String name = method == PyNone.NONE ? startMethodName(startMethod()) : Ops.str(method);
        if (!METHODS.contains(name)) {
            throw Exceptions.valueError("cannot find context for '" + name + "'");
        }
        String members = cluster == PyNone.NONE ? null : Ops.str(cluster);
        PyModule ctx = new PyModule("multiprocessing.context", interp);
        for (AsyncioModule.Binding b : bindings(interp)) {
            ctx.set(b.pythonName(), b.value());
        }
        ctx.set("Pool", new BuiltinFunction("Pool", (a, k) -> newPool(interp, name, members, a, k)));
        ctx.set("get_start_method", new BuiltinFunction("get_start_method", (a, k) -> name));
        if (ClusterStart.METHOD.equals(name)) {
            MultiprocessingModule.RemoteRun remote = ClusterStart.processes(interp, members);
            ctx.set("Process", ProcessClass.create(interp, n -> new Process(interp, n, remote)));
        }
        return ctx;
    }

    /**
     * {@code multiprocessing.context}, where CPython defines {@code Process} and the module's
     * exceptions: the same objects as {@code multiprocessing}'s, so that pickle finds
     * {@code multiprocessing.context.Process} by reference.
     */
    static PyModule contextModule(Interpreter interp) {
        PyModule parent = interp.importModule("multiprocessing");
        PyModule m = new PyModule("multiprocessing.context", interp);
        for (String name : List.of("Process", "ProcessError", "BufferTooShort", "TimeoutError", "AuthenticationError")) {
            Object v = parent.get(name);
            if (v != null) {
                m.set(name, v);
            }
        }
        parent.set("context", m);
        return m;
    }

    static PyModule create(Interpreter interp) {
        // A thread of a stopped process or terminated pool worker ends with SystemExit at its next poll.
        interp.onStopCheck(() -> {
            ModuleFork f = ModuleFork.current(interp);
            int signal = f == null ? 0 : f.stopSignal();
            return signal == 0 ? null : Exceptions.newException(Exceptions.SYSTEM_EXIT, (long) -signal);
        });
        PyModule m = new PyModule("multiprocessing", interp);
        for (AsyncioModule.Binding b : bindings(interp)) {
            m.set(b.pythonName(), b.value());
        }
        return m;
    }

    public static boolean owns(Object o) {
        return o instanceof ScriptPool || o instanceof AsyncResult || o instanceof dev.tauraro.multiprocessing.Process;
    }

    public static PyClass typeOf(Object o) {
        return o instanceof ScriptPool ? POOL : o instanceof AsyncResult ? ASYNC_RESULT
                : o instanceof dev.tauraro.multiprocessing.Process ? PROCESS : null;
    }

    /** Python source of the synchronisation names, built on {@code threading} (itself on {@code _thread}). */
    private static final String SYNCHRONIZE = String.join("\n",
            "import time",
            "def Lock():",
            "    import threading",
            "    return threading.Lock()",
            "def RLock():",
            "    import threading",
            "    return threading.RLock()",
            "def Event():",
            "    import threading",
            "    return threading.Event()",
            "def Semaphore(value=1):",
            "    import threading",
            "    return threading.Semaphore(value)",
            "_bounded = None",
            "def BoundedSemaphore(value=1):",
            "    global _bounded",
            "    if _bounded is None:",
            "        import threading",
            "        class BoundedSemaphore(threading.BoundedSemaphore):",
            "            def release(self, n=1):",
            "                with self._cond:",
            "                    if self._value + n > self._initial_value:",
            "                        raise ValueError('semaphore or lock released too many times')",
            "                    self._value += n",
            "                    self._cond.notify(n)",
            "        _bounded = BoundedSemaphore",
            "    return _bounded(value)",
            "_transfer = None",
            "def _raise(name):",
            "    import queue",
            "    raise getattr(queue, name)",
            "class Queue:",
            "    def __init__(self, maxsize=0):",
            "        self._maxsize = maxsize",
            "        self._items = []",
            "        import threading",
            "        self._cond = threading.Condition(threading.Lock())",
            "    def _wait(self, ready, block, timeout, error):",
            "        if ready():",
            "            return",
            "        if not block:",
            "            _raise(error)",
            "        if timeout is None:",
            "            while not ready():",
            "                self._cond.wait()",
            "            return",
            "        if timeout < 0:",
            "            raise ValueError(\"'timeout' must be a non-negative number\")",
            "        deadline = time.monotonic() + timeout",
            "        while not ready():",
            "            left = deadline - time.monotonic()",
            "            if left <= 0:",
            "                _raise(error)",
            "            self._cond.wait(left)",
            "    def put(self, obj, block=True, timeout=None):",
            "        with self._cond:",
            "            self._wait(lambda: self._maxsize <= 0 or len(self._items) < self._maxsize, block, timeout, 'Full')",
            "            self._items.append(_transfer(obj))",
            "            self._cond.notify_all()",
            "    def get(self, block=True, timeout=None):",
            "        with self._cond:",
            "            self._wait(lambda: len(self._items) > 0, block, timeout, 'Empty')",
            "            obj = self._items.pop(0)",
            "            self._cond.notify_all()",
            "            return _transfer(obj)",
            "    def put_nowait(self, obj):",
            "        return self.put(obj, False)",
            "    def get_nowait(self):",
            "        return self.get(False)",
            "    def qsize(self):",
            "        return len(self._items)",
            "    def empty(self):",
            "        return len(self._items) == 0",
            "    def full(self):",
            "        return self._maxsize > 0 and len(self._items) >= self._maxsize",
            "    def close(self):",
            "        pass",
            "    def join_thread(self):",
            "        pass",
            "");

    /**
     * Runs the synchronisation source as {@code multiprocessing.synchronize}, the first time a
     * primitive is made. It imports {@code threading} only then, so a script using only
     * {@code Pool} never parses it nor creates the GIL.
     */
    private static PyModule synchronize(Interpreter interp) {
        PyModule m = interp.runModuleSource(new dev.tauraro.script.syntax.SourceFile(
                "<frozen multiprocessing.synchronize>", SYNCHRONIZE), "multiprocessing.synchronize");
        // The same transfer at both ends: put() snapshots the object in the sender's state, get()
        // copies it into the receiver's (each side's current fork).
        m.set("_transfer", new BuiltinFunction("_transfer", (a, k) -> ModuleFork.transfer(a[0], interp,
                ModuleFork.current(interp))));
        return m;
    }

    // ---------------------------------------------------------------- Pool

    /**
     * {@code Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None)} of the start
     * method {@code method}: {@code "cluster"} runs it on the worker members of a cluster
     * ({@link dev.tauraro.script.modules.cluster.ClusterStart}), any other on this process's threads.
     */
    static ScriptPool newPool(Interpreter interp, String method, String cluster, Object[] a, String[] k) {
        Object processes = Args.arg(a, k, 0, "processes", PyNone.NONE);
        startMethodName(method);
        if (ClusterStart.METHOD.equals(method)) {
            Object max = Args.arg(a, k, 3, "maxtasksperchild", PyNone.NONE);
            return ClusterStart.newPool(interp, cluster,
                    processes == PyNone.NONE ? null : (int) Ops.toLong(processes),
                    Args.arg(a, k, 1, "initializer", PyNone.NONE),
                    Args.arg(a, k, 2, "initargs", PyTuple.EMPTY),
                    max == PyNone.NONE ? null : (int) Ops.toLong(max));
        }
        Pool.Builder b = Pool.builder();
        int n = Multiprocessing.cpuCount();
        if (processes != PyNone.NONE) {
            n = (int) Ops.toLong(processes);
            b.processes(n);
        }
        Object max = Args.arg(a, k, 3, "maxtasksperchild", PyNone.NONE);
        if (max != PyNone.NONE) {
            b.maxTasksPerChild((int) Ops.toLong(max));
        }
        ModuleFork owner = ModuleFork.current(interp);
        Object init = Args.arg(a, k, 1, "initializer", PyNone.NONE);
        Object initargs = ModuleFork.transfer(Args.arg(a, k, 2, "initargs", PyTuple.EMPTY), interp, owner);
        // The workers' forks are made here, in the caller's thread: they see the globals as they are
        // now, not as the caller changes them while the worker threads start.
        java.util.concurrent.ConcurrentLinkedQueue<ModuleFork> forks = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < n; i++) {
            forks.add(ModuleFork.fork(interp, owner));
        }
        List<ModuleFork> all = new java.util.concurrent.CopyOnWriteArrayList<>(forks);
        b.initializer(() -> {
            ModuleFork f = forks.poll();
            if (f == null) {
                f = ModuleFork.fork(interp, owner); // a replacement worker (maxtasksperchild)
                all.add(f);
            }
            f.enter();
            if (init != PyNone.NONE) {
                Ops.callKw(ModuleFork.transfer(init, interp, f),
                        Ops.toList(ModuleFork.transfer(initargs, interp, f)).toArray(), null);
            }
        });
        ForkPool pool = new ForkPool(b.build(), interp, owner, all);
        interp.onClose(pool::terminate); // an embedding program's close() stops the workers the script left
        return pool;
    }

    /**
     * A pool of this process's threads as the script sees it: the Java pool, plus the side
     * ({@code owner}: a fork, or null for the interpreter's own state) that results and exceptions
     * are copied back to, and the forks its workers run in.
     */
    record ForkPool(Pool pool, Interpreter interp, ModuleFork owner, List<ModuleFork> workerForks)
            implements ScriptPool {
        /**
         * CPython's {@code terminate()} kills the workers; here their forks are stopped (a task
         * ends with SystemExit at its next loop iteration, call or wait, see
         * {@link Interpreter#beginStop()}) and the Java pool is terminated. The stop stays counted
         * until the workers have exited, so {@code join()} returns even if a task was a busy loop.
         */
        @Override
        public void terminate() {
            // A callback that terminates the pool runs on a worker but stands in for CPython's
            // result-handler thread of the parent, which terminate() never stops: its own fork is spared.
            ModuleFork caller = ModuleFork.current(interp);
            for (ModuleFork f : workerForks) {
                if (f != caller) {
                    f.stop(15);
                }
            }
            interp.beginStop();
            pool.terminate();
            Thread watcher = new Thread(() -> {
                try {
                    pool.join();
                } finally {
                    interp.endStop();
                }
            }, "tauraro-pool-terminate");
            watcher.setDaemon(true);
            watcher.start();
        }

        /** Runs a task body in the worker's fork; its result or exception is copied to the owner. */
        Object inWorker(Function<ModuleFork, Object> body) {
            ModuleFork w = ModuleFork.current(interp);
            Object r;
            try {
                r = body.apply(w);
            } catch (PyException e) {
                throw new PyException((PyBaseException) ModuleFork.transfer(e.value, interp, owner));
            }
            return ModuleFork.transfer(r, interp, owner);
        }

        /** A script function as a worker function: copied into the worker's fork with its argument. */
        @Override
        public Function<Object, Object> worker(Object fn, boolean star) {
            // the function as each worker's fork has it, looked up once per worker and call
            java.util.concurrent.ConcurrentHashMap<ModuleFork, Object> translated =
                    new java.util.concurrent.ConcurrentHashMap<>();
            return arg -> inWorker(w -> {
                Object f = w == null ? fn : translated.computeIfAbsent(w, x -> ModuleFork.transfer(fn, interp, x));
                Object in = ModuleFork.transfer(arg, interp, w);
                return star ? Ops.callKw(f, Ops.toList(in).toArray(), null) : Ops.call(f, in);
            });
        }

        /** The iterable's items, snapshotted now (as pickling them at submission does). */
        @Override
        public List<Object> items(Object iterable) {
            return Ops.toList(ModuleFork.transfer(new PyList(Ops.toList(iterable)), interp, owner));
        }

        /** {@code func(*args, **kwds)} on a worker, with copied arguments and result. */
        @Override
        public java.util.concurrent.Callable<Object> call(Object fn, Object fnArgs, Object fnKwds) {
            Object args = ModuleFork.transfer(fnArgs, interp, owner);
            Object kwds = ModuleFork.transfer(fnKwds, interp, owner);
            return () -> inWorker(w -> {
                List<Object> values = new ArrayList<>(Ops.toList(ModuleFork.transfer(args, interp, w)));
                List<String> names = new ArrayList<>();
                if (kwds != PyNone.NONE) {
                    ((PyDict) ModuleFork.transfer(kwds, interp, w)).forEach((key, v) -> {
                        names.add(Ops.str(key));
                        values.add(v);
                    });
                }
                return Ops.callKw(ModuleFork.transfer(fn, interp, w), values.toArray(),
                        names.isEmpty() ? null : names.toArray(new String[0]));
            });
        }

        @Override
        public String toString() {
            return pool.toString();
        }
    }

    // ---------------------------------------------------------------- Process

    /**
     * The Java side of a script {@code multiprocessing.Process} ({@link ProcessClass}): runs the
     * object's {@code run()} in a fork of the state at {@code start()}. Named {@code Process}
     * because the Java repr shows the class's simple name, as CPython does.
     */
    static final class Process extends dev.tauraro.multiprocessing.Process {
        private final Interpreter interp;
        /** Where the process runs when not in this interpreter (the cluster start method); null here. */
        private final RemoteRun remote;
        /** Set by {@link #fork} in the parent at start(): the child's state and its copy of the object. */
        private ModuleFork fork;
        /** The child's copy of the object, or what the remote run was prepared as. */
        private Object childSelf;
        private volatile Thread thread;
        /** The signal terminate()/kill() sent (15, 9), or 0: the exit code is then its negation. */
        volatile int signal;
        /**
         * RUNNING, then STOPPING once a signal was counted with {@link Interpreter#beginStop()},
         * then ENDED: the count is given back exactly once, by whichever of run() and signal() is last.
         */
        private final java.util.concurrent.atomic.AtomicInteger stop = new java.util.concurrent.atomic.AtomicInteger();
        private static final int RUNNING = 0;
        private static final int STOPPING = 1;
        private static final int ENDED = 2;
        volatile boolean closed;

        Process(Interpreter interp, String name) {
            this(interp, name, null);
        }

        Process(Interpreter interp, String name, RemoteRun remote) {
            super(null, name);
            this.interp = interp;
            this.remote = remote;
        }

        /**
         * What CPython's start() does before the child runs: fork copies the state as it is now;
         * a remote run takes the object as spawn pickles it, so that an error raises from start().
         */
        void fork(Object self) {
            if (remote != null) {
                childSelf = remote.prepare(self);
                return;
            }
            fork = ModuleFork.fork(interp, ModuleFork.current(interp));
            childSelf = ModuleFork.transfer(self, interp, fork);
        }

        @Override
        public void run() {
            thread = Thread.currentThread();
            if (fork != null) {
                fork.enter();
            }
            try {
                if (signal == 0 && remote != null) {
                    remote.run(childSelf);
                } else if (signal == 0) {
                    Ops.callKw(Ops.getAttr(childSelf, "run"), Ops.NO_ARGS, null);
                }
            } catch (PyException e) {
                if (signal == 0) {
                    throw new ScriptFailure(interp, e.value);
                }
            } catch (RuntimeException e) {
                if (signal == 0) {
                    throw new ScriptFailure(interp, Interop.toPy(e).value);
                }
            } finally {
                if (stop.getAndSet(ENDED) == STOPPING) {
                    interp.endStop();
                }
                interp.out().flush();
            }
        }

        /**
         * terminate() / kill(): CPython sends the signal; here the thread is interrupted and the
         * interpreter polls for the stop (see the class javadoc), and the exit code reports the signal.
         */
        void signal(int sig) {
            if (pid() == null || exitcode() != null) {
                return;
            }
            signal = sig;
            if (fork != null) {
                fork.stop(sig); // a remote run is not stopped on its member: only waiting for it is
            }
            if (stop.compareAndSet(RUNNING, STOPPING)) {
                interp.beginStop();
            }
            Thread t = thread;
            if (t != null) {
                t.interrupt();
            }
        }

        Object exitCode() {
            Integer code = exitcode();
            return code == null ? PyNone.NONE : signal != 0 ? (Object) (long) -signal : (Object) (long) code;
        }

        @Override
        public String toString() {
            String r = super.toString();
            if (closed) {
                return r.substring(0, r.indexOf(" parent=")).replaceFirst(" pid=\\d+", "")
                        + r.substring(r.indexOf(" parent="))
                        .replaceFirst(" (stopped|started|initial)( exitcode=[^ >]+)?", " closed");
            }
            return signal != 0 ? r.replace("exitcode=0", "exitcode=" + (signal == 9 ? "-SIGKILL" : "-SIGTERM")) : r;
        }
    }

    /**
     * The handles of {@code multiprocessing.Process}: in this interpreter, or on the cluster's
     * members when {@code TAURARO_START_METHOD} is {@code cluster} (read when each process is made,
     * as CPython's default context is consulted at start).
     */
    private static java.util.function.Function<String, Process> processHandles(Interpreter interp) {
        return n -> ClusterStart.METHOD.equals(startMethodName(startMethod()))
                ? new Process(interp, n, ClusterStart.processes(interp, null))
                : new Process(interp, n);
    }

    /**
     * How a process of the cluster start method runs on a worker member: {@code prepare} takes the
     * object at {@code start()} (as spawn pickles it), {@code run} runs its {@code run()} there and
     * returns when it has ended, raising what it raised.
     */
    public interface RemoteRun {
        Object prepare(Object self);

        void run(Object prepared);
    }

    /**
     * On a worker member: {@code cls}'s object with {@code state} for attributes and a handle named
     * {@code name}, whose {@code run()} runs here (the other side of {@link RemoteRun}).
     */
    private static Object bootstrapRemote(Interpreter interp, Object[] a) {
        if (!(a[0] instanceof PyClass cls) || !(a[1] instanceof PyDict state)) {
            throw Exceptions.typeError("_cluster_bootstrap(cls, state, name)");
        }
        Object self = Ops.call(Ops.getAttr(Types.OBJECT, "__new__"), cls);
        state.forEach((k, v) -> ((PyInstance) self).setOwn(Ops.str(k), v));
        ((PyInstance) self).setOwn("_handle", new Process(interp, Ops.str(a[2])));
        Ops.callKw(Ops.getAttr(self, "run"), Ops.NO_ARGS, null);
        return PyNone.NONE;
    }

    /**
     * The exception leaving a failed script target: the Java process prints "Process NAME:" and then
     * calls {@link #printStackTrace()}, which here prints the script's traceback as CPython does.
     */
    private static final class ScriptFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Interpreter interp;
        private final transient PyBaseException value;

        ScriptFailure(Interpreter interp, PyBaseException value) {
            super(null, null, false, false);
            this.interp = interp;
            this.value = value;
        }

        @Override
        public void printStackTrace() {
            System.err.flush();
            // a cluster process's exception: the traceback its member formatted, frames and all
            interp.err().print(value.remoteTraceback != null ? value.remoteTraceback : interp.formatTraceback(value));
            interp.err().flush();
        }
    }

    private static BuiltinFunction fn(String name, dev.tauraro.script.runtime.PyCallable impl) {
        return new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
            } catch (IllegalStateException e) {
                // CPython raises ValueError for work given to a closed pool ("Pool not running")
                // and for join() on a pool neither closed nor terminated ("Pool is still running").
                if ("Pool not running".equals(e.getMessage()) || "Pool is still running".equals(e.getMessage())) {
                    throw Exceptions.newException(Exceptions.VALUE_ERROR, e.getMessage());
                }
                throw Interop.toPy(e);
            } catch (RuntimeException e) {
                throw Interop.toPy(e);
            }
        });
    }

    public static Object attr(Object o, String name) {
        if (o instanceof ScriptPool sp) {
            Pool p = sp.pool();
            return switch (name) {
                case "map" -> fn(name, (a, k) -> new PyList(p.mapAsync(sp.worker(a[0], false), sp.items(a[1]),
                        chunksize(a, k, 0), null, null).get()));
                case "starmap" -> fn(name, (a, k) -> new PyList(p.mapAsync(sp.worker(a[0], true), sp.items(a[1]),
                        chunksize(a, k, 0), null, null).get()));
                case "imap" -> fn(name, (a, k) -> iterator(p.imap(sp.worker(a[0], false), sp.items(a[1]),
                        chunksize(a, k, 1))));
                case "imap_unordered" -> fn(name, (a, k) -> iterator(p.imapUnordered(sp.worker(a[0], false),
                        sp.items(a[1]), chunksize(a, k, 1))));
                case "apply" -> fn(name, (a, k) -> p.apply(applied(sp, a, k)));
                case "apply_async" -> fn(name, (a, k) -> p.applyAsync(applied(sp, a, k),
                        callback(Args.arg(a, k, 3, "callback", PyNone.NONE)),
                        errorCallback(Args.arg(a, k, 4, "error_callback", PyNone.NONE))));
                case "map_async", "starmap_async" -> fn(name, (a, k) -> p.mapAsync(
                        sp.worker(a[0], name.equals("starmap_async")), sp.items(a[1]), chunksize(a, k, 0),
                        callback(Args.arg(a, k, 3, "callback", PyNone.NONE)),
                        errorCallback(Args.arg(a, k, 4, "error_callback", PyNone.NONE))));
                case "close" -> fn(name, (a, k) -> {
                    p.close();
                    return PyNone.NONE;
                });
                case "terminate" -> fn(name, (a, k) -> {
                    sp.terminate();
                    return PyNone.NONE;
                });
                case "join" -> fn(name, (a, k) -> {
                    p.join();
                    return PyNone.NONE;
                });
                case "__enter__" -> fn(name, (a, k) -> sp);
                case "__exit__" -> fn(name, (a, k) -> {
                    sp.terminate();
                    return Boolean.FALSE;
                });
                default -> null;
            };
        }
        if (o instanceof dev.tauraro.multiprocessing.Process p) {
            // current_process() in a child or worker: the Java process, not the script object
            return switch (name) {
                case "name" -> p.getName();
                case "daemon" -> p.isDaemon();
                case "exitcode" -> p instanceof Process sp ? sp.exitCode()
                        : p.exitcode() == null ? PyNone.NONE : (Object) (long) p.exitcode();
                case "pid", "ident" -> p.pid() == null ? PyNone.NONE : (Object) p.pid();
                case "is_alive" -> fn(name, (a, k) -> p.isAlive());
                default -> null;
            };
        }
        if (o instanceof AsyncResult<?> r) {
            return switch (name) {
                case "get" -> fn(name, (a, k) -> {
                    Object timeout = Args.arg(a, k, 0, "timeout", PyNone.NONE);
                    try {
                        Object v = timeout == PyNone.NONE ? r.get()
                                : r.get(Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)));
                        return scriptResult(v);
                    } catch (dev.tauraro.multiprocessing.TimeoutError e) {
                        throw Exceptions.newException(TIMEOUT_ERROR);
                    }
                });
                case "ready" -> fn(name, (a, k) -> r.ready());
                case "successful" -> fn(name, (a, k) -> r.successful());
                case "wait" -> fn(name, (a, k) -> {
                    r.waitFor();
                    return PyNone.NONE;
                });
                default -> null;
            };
        }
        return null;
    }

    /** {@code apply(func, args=(), kwds={})}'s task. */
    private static java.util.concurrent.Callable<Object> applied(ScriptPool sp, Object[] a, String[] k) {
        return sp.call(a[0], Args.arg(a, k, 1, "args", PyTuple.EMPTY),
                Args.arg(a, k, 2, "kwds", PyNone.NONE));
    }

    /**
     * The {@code chunksize} argument (third): {@code ifNone} when absent or None (0 is the Java
     * API's "default"); below 1 it is CPython's {@code imap} error for every method (CPython's
     * {@code map} quietly returns a list of None for 0).
     */
    private static int chunksize(Object[] a, String[] k, int ifNone) {
        Object cs = Args.arg(a, k, 2, "chunksize", PyNone.NONE);
        if (cs == PyNone.NONE) {
            return ifNone;
        }
        long n = Ops.toLong(cs);
        if (n < 1) {
            throw Exceptions.valueError("Chunksize must be 1+, not " + n);
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** A script callback for a result (see {@link #scriptResult}). */
    private static <R> java.util.function.Consumer<R> callback(Object fn) {
        return fn == PyNone.NONE ? null : v -> Ops.call(fn, scriptResult(v));
    }

    /**
     * An async result as the script sees it: the Java list of a {@code map_async} becomes a script
     * list; anything else is already the transferred script value and keeps its type (a tuple is a
     * {@link List} too, and must stay a tuple).
     */
    private static Object scriptResult(Object v) {
        return v instanceof List<?> l && !(v instanceof PyList) && !(v instanceof PyTuple) ? new PyList(l) : v;
    }

    private static java.util.function.Consumer<Throwable> errorCallback(Object fn) {
        return fn == PyNone.NONE ? null : e -> Ops.call(fn, Interop.toPy(e).value);
    }

    private static PyIterator iterator(Iterator<?> it) {
        return new PyIterator() {
            @Override
            public Object next() {
                try {
                    return it.hasNext() ? it.next() : null;
                } catch (RuntimeException e) {
                    throw Interop.toPy(e);
                }
            }
        };
    }
}
