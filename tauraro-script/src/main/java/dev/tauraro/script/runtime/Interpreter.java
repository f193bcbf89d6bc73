package dev.tauraro.script.runtime;

import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.builtins.Builtins;
import dev.tauraro.script.compile.Compiler;
import dev.tauraro.script.modules.Modules;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One isolated interpreter: its modules, builtins namespace, standard streams and options. All
 * runtime state hangs off an instance, never off static fields, so several interpreters can run
 * in one process (one per thread, or one per multiprocessing worker).
 */
public final class Interpreter {
    private final java.io.InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> argv;
    private final boolean virtualTime;
    private final Map<String, PyModule> modules = new HashMap<>();
    /**
     * {@code sys.modules}: every module imported, kept in step with {@link #modules}. Import looks
     * here first, so a module a script puts here is what import finds, and a deleted entry is
     * imported again, as in CPython; {@link #modules} is the Java side's view (forks, bindings).
     */
    private final PyDict moduleDict = new PyDict();
    private final BuiltinNamespace builtins;
    /**
     * The global interpreter lock, created when the script imports {@code threading}: script threads
     * hold it while they run and release it while they block (sleep, join, lock waits), which gives
     * them CPython's shared-state guarantees. Null while the script has a single thread.
     */
    private volatile Gil gil;
    /**
     * Set by a thread that has waited a whole switch interval for the GIL; the holder polls it at
     * loop back-edges and calls ({@link #switchGil()}). Stays false while the script has one thread,
     * so single-threaded code pays one read of a field that never changes.
     */
    public volatile boolean switchRequested;
    /**
     * {@code sys.getrecursionlimit()}: how many script frames a thread may run, the module's
     * included (see {@link CallDepth}). A plain field: it is read on every call and set rarely.
     */
    public int recursionLimit = 1000;
    /** {@code sys.get_int_max_str_digits()}: see {@link IntDigits}; 0 for no limit. */
    public int intMaxStrDigits = IntDigits.DEFAULT;
    /** {@code sys.setswitchinterval}, in nanoseconds. */
    private volatile long switchIntervalNanos = 5_000_000L;
    /** Joins the script's non-daemon threads at exit (set by {@code _thread}), or null. */
    private volatile Runnable threadShutdown;
    /**
     * How many stopped processes (multiprocessing's {@code terminate()}/{@code kill()}) may still
     * run script code; while it is above zero {@link #switchRequested} stays set, so every thread
     * passes through {@link #switchGil()} and a stopped one leaves even a busy loop.
     */
    private final java.util.concurrent.atomic.AtomicInteger stopping = new java.util.concurrent.atomic.AtomicInteger();
    /** The exception that ends the calling thread if its process was stopped, else null (set by multiprocessing). */
    private volatile java.util.function.Supplier<RuntimeException> stopCheck;
    /** The thread that made the interpreter: the one running the main script ({@code threading.main_thread()}). */
    private final Thread mainThread = Thread.currentThread();
    /**
     * Script threads ({@code threading}) started and not yet ended: while there are any, an asyncio
     * loop on a virtual clock keeps real time, since they may call into it at any moment.
     */
    private final java.util.concurrent.atomic.AtomicInteger runningThreads = new java.util.concurrent.atomic.AtomicInteger();

    public Interpreter(PrintStream out, PrintStream err, List<String> argv, boolean virtualTime) {
        this(System.in, out, err, argv, virtualTime);
    }

    /** An interpreter whose descriptor 0 ({@code sys.stdin}, {@code input()}) reads {@code in}. */
    public Interpreter(java.io.InputStream in, PrintStream out, PrintStream err, List<String> argv,
                       boolean virtualTime) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.argv = List.copyOf(argv);
        this.virtualTime = virtualTime;
        this.builtins = Builtins.create(this);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    private final Map<Class<?>, Object> extensions = new HashMap<>();

    /** What descriptor 0 of the script's descriptor table reads (the process's standard input for the command). */
    public java.io.InputStream in() {
        return in;
    }

    /**
     * The per-interpreter state a module binding keeps beside its module object (open file
     * descriptors, the working directory, ...), made by {@code make} on first use. Keyed by class,
     * so each binding owns its entry; keeps bindings free of static mutable state.
     */
    public <T> T extension(Class<T> key, java.util.function.Supplier<T> make) {
        synchronized (extensions) {
            Object v = extensions.get(key);
            if (v == null) {
                v = make.get();
                extensions.put(key, v);
            }
            return key.cast(v);
        }
    }

    public List<String> argv() {
        return argv;
    }

    /** Whether asyncio.run uses a virtual-time loop (tests: sleeps take no real time). */
    public boolean virtualTime() {
        return virtualTime;
    }

    public BuiltinNamespace builtins() {
        return builtins;
    }

    /** Creates the GIL (held by the calling thread) unless it exists. */
    public synchronized void enableGil() {
        if (gil == null) {
            Gil lock = new Gil(this);
            lock.lock();
            gil = lock;
        }
    }

    public Gil gil() {
        return gil;
    }

    /**
     * What the loop back-edges and calls run when {@link #switchRequested} is set: ends the calling
     * thread if its process was stopped, then hands the GIL to the threads waiting for it.
     */
    public void switchGil() {
        if (stopping.get() > 0) {
            raiseIfStopped();
        }
        if (!pendingSignals.isEmpty() && Thread.currentThread() == mainThread) {
            runPendingSignals();
        }
        Gil g = gil;
        if (g != null) {
            g.yieldToWaiters();
        }
        if (stopping.get() > 0 || !pendingSignals.isEmpty()) {
            switchRequested = true; // keep polling until every stopped process has ended / the main thread runs handlers
        } else if (g == null) {
            switchRequested = false;
        }
    }

    private final java.util.concurrent.ConcurrentLinkedQueue<Integer> pendingSignals =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile java.util.function.IntConsumer signalRunner;

    /** What runs a signal's script handler (installed by the signal module). */
    public void onSignal(java.util.function.IntConsumer runner) {
        signalRunner = runner;
    }

    /**
     * A signal arrived (on the JVM's signal thread): its handler runs in the main thread at the next
     * switch poll (loop back-edge or call), as CPython runs handlers between bytecodes of the main thread.
     */
    public void deliverSignal(int signum) {
        synchronized (pendingSignals) {
            pendingSignals.add(signum);
            switchRequested = true;
            if (mainWaiting) {
                mainInterrupted = true;
                mainThread.interrupt(); // cut a blocking call short, as a signal gives EINTR in CPython
            }
        }
    }

    /** Whether the main thread is in {@link #blockingWait} (guarded by {@link #pendingSignals}). */
    private boolean mainWaiting;
    /** Whether {@link #deliverSignal} interrupted the main thread in its current wait (guarded likewise). */
    private boolean mainInterrupted;

    /** A blocking call that an interrupt cuts short. */
    @FunctionalInterface
    public interface Wait<T> {
        T run() throws InterruptedException;
    }

    /**
     * Runs a blocking call ({@code sleep}, a lock or queue wait, a join, a child's exit) with the GIL
     * released. In the main thread a signal arriving meanwhile interrupts it, its handler runs here
     * (KeyboardInterrupt propagates from the call) and, if the handler returns, the call starts
     * again, as CPython retries an interrupted system call (PEP 475): a call with a timeout computes
     * what is left from its own deadline. An interrupt that is not a signal (a stopped process, a
     * closed interpreter) ends the call: {@link #raiseIfStopped()}, else {@code interrupted} is
     * returned with the thread's interrupt flag set again.
     */
    public <T> T blockingWait(Wait<T> wait, T interrupted) {
        boolean main = Thread.currentThread() == mainThread;
        while (true) {
            if (main) {
                synchronized (pendingSignals) {
                    mainWaiting = true;
                }
                if (!pendingSignals.isEmpty()) {
                    endMainWait();
                    runPendingSignals();
                    continue;
                }
            }
            boolean[] cut = new boolean[1];
            T result;
            try {
                result = releasingGil(() -> {
                    try {
                        return wait.run();
                    } catch (InterruptedException e) {
                        cut[0] = true;
                        return null;
                    }
                });
            } finally {
                if (main) {
                    endMainWait();
                }
            }
            if (!cut[0]) {
                return result;
            }
            raiseIfStopped();
            if (main && !pendingSignals.isEmpty()) {
                continue; // the handlers run at the top of the loop, then the call is retried
            }
            Thread.currentThread().interrupt();
            return interrupted;
        }
    }

    /** The main thread leaves a wait: an interrupt {@link #deliverSignal} sent and nobody took is cleared. */
    private void endMainWait() {
        synchronized (pendingSignals) {
            mainWaiting = false;
            if (mainInterrupted) {
                mainInterrupted = false;
                Thread.interrupted();
            }
        }
    }

    /** Runs the handlers of the signals that arrived, in order; a handler's exception propagates. */
    public void runPendingSignals() {
        for (Integer signum = pendingSignals.poll(); signum != null; signum = pendingSignals.poll()) {
            java.util.function.IntConsumer runner = signalRunner;
            if (runner != null) {
                runner.accept(signum);
            }
        }
    }

    /** Installs the check that tells whether the calling thread's process was stopped. */
    public void onStopCheck(java.util.function.Supplier<RuntimeException> check) {
        stopCheck = check;
    }

    /** A process was stopped: from now on running threads poll {@link #raiseIfStopped()}. */
    public void beginStop() {
        stopping.incrementAndGet();
        switchRequested = true;
    }

    /** A stopped process has ended (pairs with {@link #beginStop()}). */
    public void endStop() {
        stopping.decrementAndGet();
    }

    /**
     * Throws the exception that ends the calling thread if its process was stopped: called by the
     * switch poll and by blocking calls (lock waits, sleeps) that were interrupted.
     */
    public void raiseIfStopped() {
        if (closed && Thread.currentThread() != closer) {
            throw Exceptions.newException(Exceptions.SYSTEM_EXIT);
        }
        java.util.function.Supplier<RuntimeException> check = stopCheck;
        RuntimeException e = check == null ? null : check.get();
        if (e != null) {
            throw e;
        }
    }

    /** Whether the calling thread is the one running the main script. */
    public boolean inMainThread() {
        return Thread.currentThread() == mainThread;
    }

    /** A script thread is about to start (pairs with {@link #threadEnded()}). */
    public void threadStarted(Thread t) {
        runningThreads.incrementAndGet();
        liveThreads.add(t);
    }

    /** The calling script thread has ended (or the one that failed to start; pairs with {@link #threadStarted}). */
    public void threadEnded(Thread t) {
        runningThreads.decrementAndGet();
        liveThreads.remove(t);
    }

    /** The script threads started and not yet ended: what {@link #close()} stops. */
    private final java.util.Set<Thread> liveThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Whether script threads other than the main one are running. */
    public boolean otherThreadsRunning() {
        return runningThreads.get() > 0;
    }

    /** {@code sys.getswitchinterval()}: how long a thread waits for the GIL before asking for it, in seconds. */
    public double switchInterval() {
        return switchIntervalNanos / 1e9;
    }

    /** {@code sys.setswitchinterval(seconds)}; the caller checks that {@code seconds > 0}. */
    public void setSwitchInterval(double seconds) {
        switchIntervalNanos = Math.max(1L, Math.round(seconds * 1e9));
    }

    long switchIntervalNanos() {
        return switchIntervalNanos;
    }

    /** What {@link #joinThreads()} runs after the script (CPython's {@code threading._shutdown}). */
    public void onThreadShutdown(Runnable action) {
        threadShutdown = action;
    }

    /** Runs a blocking action with the GIL released (if there is one and this thread holds it). */
    public <T> T releasingGil(java.util.function.Supplier<T> action) {
        Gil g = gil;
        if (g == null || !g.isHeldByCurrentThread()) {
            return action.get();
        }
        int holds = g.getHoldCount();
        for (int i = 0; i < holds; i++) {
            g.unlock();
        }
        try {
            return action.get();
        } finally {
            for (int i = 0; i < holds; i++) {
                g.lock();
            }
        }
    }

    /**
     * Parses, compiles and runs {@code src} as {@code __main__}, then waits for the non-daemon
     * threads it started. @throws ScriptSyntaxError, PyException
     */
    public PyModule runMain(SourceFile src) {
        try {
            return runScript(src);
        } finally {
            joinThreads();
        }
    }

    /**
     * Parses, compiles and runs {@code src} as {@code __main__} without waiting for its threads:
     * the command reports the script's exception first and then calls {@link #joinThreads()}, in
     * CPython's order. @throws ScriptSyntaxError, PyException
     */
    public PyModule runScript(SourceFile src) {
        if (!importer.pathSet()) {
            // as python3 FILE: the script's directory comes first on the search path
            Path dir = Path.of(src.name()).toAbsolutePath().getParent();
            importer.path().add(0, dir == null ? "" : dir.toString());
        }
        return run(src, "__main__", m -> {
            m.set("__package__", PyNone.NONE);
            m.set("__spec__", PyNone.NONE);
        });
    }

    /**
     * Finds what {@code -m name} runs (importing its parent packages, not the module).
     * @throws PyException ImportError with the message python3 prints for {@code -m}
     */
    public ModuleSource findMainModule(String name) {
        return importer.mainSource(name);
    }

    /** Runs a module found by {@link #findMainModule} as {@code __main__}. @throws ScriptSyntaxError, PyException */
    public PyModule runMainModule(ModuleSource module) {
        registerSource(module.src());
        return run(module.src(), "__main__", m -> {
            m.set("__package__", module.pkg());
            // as python3 -m: the spec names the module run, not __main__
            m.set("__spec__", Ops.call(importModule("importlib.util").get("_main_spec"), module.name(), module.src().name()));
        });
    }

    /**
     * Runs already parsed statements in the namespace of {@code module} (the interactive prompt's
     * {@code __main__}: each input adds to the same globals). @throws ScriptSyntaxError, PyException
     */
    public void execIn(PyModule module, SourceFile src, List<Stmt> ast) {
        registerSource(src);
        exec(Compiler.compileModule(src, ast, module), module);
    }

    /** Waits for the script's non-daemon threads, as CPython's {@code threading._shutdown} does at exit, then runs the {@code atexit} callbacks. */
    public void joinThreads() {
        Runnable shutdown = threadShutdown;
        if (shutdown != null) {
            shutdown.run();
        }
        Runnable exit = exitHook;
        exitHook = null;   // once, even if the command and runMain both end the script
        if (exit != null) {
            exit.run();
        }
    }

    private Runnable exitHook;

    /** What runs once the script and its threads are done ({@code atexit}'s callbacks). */
    public void onExit(Runnable action) {
        exitHook = action;
    }

    /**
     * Runs the main module again in a process of its own, as multiprocessing's spawn start method
     * does in a child: named {@code __mp_main__}, so its {@code if __name__ == "__main__":} block
     * does not run, and also found as {@code __main__}, so what was pickled by reference from the
     * parent's {@code __main__} is found in it. Only the top-level statements {@code keep} accepts
     * run. @throws ScriptSyntaxError, PyException
     */
    public PyModule runSpawnedMain(SourceFile src, java.util.function.Predicate<Stmt> keep) {
        registerSource(src);
        List<Stmt> ast = parsing(() -> dev.tauraro.script.syntax.AstCache.parse(src, "__mp_main__")).stream()
                .filter(keep).toList();
        PyModule module = new PyModule("__mp_main__", this);
        module.set("__file__", src.name());
        setBuiltins(module);
        addModule("__mp_main__", module);
        addModule("__main__", module);
        exec(Compiler.compileModule(src, ast, module), module);
        return module;
    }

    /**
     * Makes {@code __mp_main__} another name of {@code __main__}, as CPython's multiprocessing does
     * in a parent, so that values a spawned child pickles by its main module's name are found here.
     */
    public void aliasMainForChildren() {
        PyModule main = modules.get("__main__");
        if (main != null && !modules.containsKey("__mp_main__")) {
            addModule("__mp_main__", main);
        }
    }

    /** Runs a module written in the script language (such as {@code threading}). */
    public PyModule runModuleSource(SourceFile src, String name) {
        registerSource(src);
        return run(src, name);
    }

    private PyModule run(SourceFile src, String name) {
        return run(src, name, m -> { });
    }

    private PyModule run(SourceFile src, String name, java.util.function.Consumer<PyModule> setup) {
        List<Stmt> ast = parsing(() -> dev.tauraro.script.syntax.AstCache.parse(src, name));
        PyModule module = new PyModule(name, this);
        module.set("__file__", src.name());
        setBuiltins(module);
        setup.accept(module);
        addModule(name, module);
        exec(Compiler.compileModule(src, ast, module), module);
        return module;
    }

    /**
     * A module's {@code __builtins__}, as CPython's code running in it finds: the builtins module in
     * {@code __main__}, its dict elsewhere. (Built-in names are looked up in this interpreter's
     * builtins whatever it holds.)
     */
    private void setBuiltins(PyModule module) {
        PyModule builtins = importModule("builtins");
        module.set("__builtins__", module.name.equals("__main__") ? builtins : builtins.dict());
    }

    /**
     * {@code parse} run as this interpreter's: a decimal literal meets this interpreter's int/str
     * digit limit even when no frame of it is running yet (see {@link IntDigits#limit}).
     */
    public <T> T parsing(java.util.function.Supplier<T> parse) {
        CallDepth d = CallDepth.current();
        Interpreter outer = d.parsing;
        d.parsing = this;
        try {
            return parse.get();
        } finally {
            d.parsing = outer;
        }
    }

    private final Importer importer = new Importer(this);

    /** {@code import name} (an absolute dotted name): the module, found on the search path and run unless already imported. */
    public PyModule importModule(String name) {
        return importer.importModule(name);
    }

    /**
     * Where {@code import name} would find the module, without running it ({@code importlib.util.find_spec}):
     * None, or a tuple of the module (a library module, imported as it is found; or one the parent
     * package's body imported), the file to run and the package's search locations (a list, or None
     * for a plain module). A dotted name's parent package is imported first, as CPython's.
     */
    public Object locateModule(String name) {
        return located(importer.locate(name));
    }

    /** {@link #locateModule} in the directories {@code entries} only ({@code importlib.machinery.PathFinder}). */
    public Object locateModule(String name, List<?> entries) {
        return located(importer.locateIn(name, entries));
    }

    private static Object located(Importer.Location at) {
        if (at == null) {
            return PyNone.NONE;
        }
        List<Path> dirs = at.searchLocations();
        PyList locations = null;
        if (dirs != null) {
            locations = new PyList();
            for (Path dir : dirs) {
                locations.add(dir.toString());
            }
        }
        return new PyTuple(new Object[] {at.library() == null ? PyNone.NONE : at.library(),
                at.path() == null ? PyNone.NONE : at.path().toString(),
                locations == null ? PyNone.NONE : locations});
    }

    /**
     * {@code from ..name import x} in {@code importer}: the absolute name {@code level} packages up
     * from its {@code __package__}. @throws PyException ImportError when there is no parent package
     */
    public String resolveRelative(String name, int level, PyModule importer) {
        return Importer.resolveRelative(name, level, importer);
    }

    /** {@link #resolveRelative(String, int, PyModule)} from a package name ({@code importlib.import_module}'s). */
    public String resolveRelative(String name, int level, String pkg) {
        return Importer.resolveRelative(name, level, pkg);
    }

    /** {@code sys.path}: the live list the import system searches (scripts may change it). */
    public PyList searchPath() {
        return importer.path();
    }

    /**
     * Sets {@code sys.path} whole: entries in order, {@link #libraryPathEntry()} standing for the
     * bundled library (left out, only the modules CPython builds in remain). What the command does.
     */
    public void setSysPath(List<String> entries) {
        importer.setPath(entries, true);
    }

    /**
     * Sets the directories searched after the main script's own directory and before the bundled
     * library (the embedding API's module path, as {@code PYTHONPATH}).
     */
    public void setSearchPath(List<Path> dirs) {
        List<String> entries = new java.util.ArrayList<>();
        dirs.forEach(d -> entries.add(d.toAbsolutePath().toString()));
        entries.add(Importer.LIBRARY);
        importer.setPath(entries, false);
    }

    /** The {@code sys.path} entry of the bundled library (the jar it is read from). */
    public static String libraryPathEntry() {
        return Importer.LIBRARY;
    }

    /** {@code -X importtime}: report each import's time to {@code to}. */
    public void reportImportTimes(PrintStream to) {
        importer.reportImportTimes(to);
    }

    PyModule loadedModule(String name) {
        return modules.get(name);
    }

    void addModule(String name, PyModule m) {
        modules.put(name, m);
        moduleDict.put(name, m);
    }

    /**
     * Runs a module's source as {@code name} of package {@code pkg} ("" for none), a package when
     * {@code pkgPath} is its {@code __path__}; a module whose body fails is forgotten, as in CPython.
     */
    PyModule runModule(SourceFile src, String name, String pkg, PyList pkgPath) {
        try {
            return run(src, name, m -> {
                m.set("__package__", pkg);
                if (pkgPath != null) {
                    m.set("__path__", pkgPath);
                }
            });
        } catch (RuntimeException | Error e) {
            modules.remove(name);
            moduleDict.remove(name);
            throw e;
        }
    }

    /**
     * The {@code __main__} module code given to {@link #exec} runs in when it was not run from a
     * file (the embedding API): made on first use and then what {@code import __main__} finds.
     */
    public synchronized PyModule mainModule() {
        PyModule m = modules.get("__main__");
        if (m == null) {
            m = new PyModule("__main__", this);
            m.set("__spec__", PyNone.NONE);
            setBuiltins(m);
            modules.put("__main__", m);
            moduleDict.put("__main__", m);
        }
        return m;
    }

    /**
     * Runs module-level code compiled for {@code module} (see {@link Compiler#compileModuleWithValue})
     * and returns its frame's result: the value of a final expression statement, or null.
     * @throws PyException what the code raised, with the module frame in its traceback
     */
    public Object exec(Code code, PyModule module) {
        Frame f = new Frame(code.frameSize(), null, module);
        CallDepth depth = CallDepth.current();
        depth.push(f);
        try {
            code.body.exec(f);
            return f.ret;
        } catch (PyException e) {
            e.leaveFrame(code.filename, "<module>");
            throw e;
        } catch (StackOverflowError e) {
            PyException p = CallDepth.exceeded("");
            p.leaveFrame(code.filename, "<module>");
            throw p;
        } finally {
            depth.pop(f);
        }
    }

    private final List<Runnable> closers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile Thread closer;

    /** Registers what {@link #close()} stops (a pool, an executor); run once, in registration order. */
    public void onClose(Runnable action) {
        closers.add(action);
    }

    /** What {@code os._exit(code)} does outside a child process, or null (see {@link #onProcessExit}). */
    private volatile java.util.function.IntConsumer processExit;

    /**
     * Sets what {@code os._exit(code)} does when called outside a multiprocessing child or pool
     * worker: a program that owns the process (the tauraro command) ends it there. Without it, as
     * in an embedding program, {@code os._exit} throws {@link dev.tauraro.multiprocessing.ProcessExit}
     * through the script (no {@code except} or {@code finally} of the script sees it) to whoever
     * runs the script.
     */
    public void onProcessExit(java.util.function.IntConsumer exit) {
        processExit = exit;
    }

    /** The action set by {@link #onProcessExit}, or null. */
    public java.util.function.IntConsumer processExit() {
        return processExit;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Stops what the interpreter runs: its script threads end with {@code SystemExit} at their next
     * loop iteration, call or wait (as a terminated process's do) and are waited for up to
     * {@code grace}; then the {@code atexit} callbacks run and the registered pools and executors
     * are stopped. Idempotent. The caller holds the GIL, if there is one.
     */
    public void close(java.time.Duration grace) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closer = Thread.currentThread();
            closed = true;
        }
        beginStop();
        try {
            for (Thread t : liveThreads) {
                t.interrupt();
            }
            long deadline = System.nanoTime() + grace.toNanos();
            for (Thread t : liveThreads) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || t == closer) {
                    continue;
                }
                try {
                    releasingGil(() -> {
                        try {
                            t.join(Math.max(1, left / 1_000_000));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    });
                } catch (RuntimeException ignored) {
                    // a thread that does not end in time is left; it is a daemon or ends at its next poll
                }
            }
            Runnable exit = exitHook;   // atexit's callbacks, as at the end of a script
            exitHook = null;
            if (exit != null) {
                try {
                    exit.run();
                } catch (RuntimeException ignored) {
                    // atexit reports its callbacks' errors itself
                }
            }
            for (Runnable r : closers) {
                try {
                    r.run();
                } catch (RuntimeException ignored) {
                    // one closer failing must not keep the others from running
                }
            }
        } finally {
            // the stop stays counted: a thread that outlived the grace ends at its next poll
            out.flush();
            err.flush();
        }
    }

    /** Whether {@code m} is this interpreter's {@code builtins} module, whose attributes are the builtin names. */
    public boolean isBuiltinsModule(PyModule m) {
        return m.name.equals("builtins") && modules.get("builtins") == m;
    }

    /** {@code sys.modules}: the imported modules as a script dict (see {@link #moduleDict}). */
    public PyDict moduleDict() {
        return moduleDict;
    }

    /** The imported modules by name (read-only view): what a fork copies the script's modules from. */
    public Map<String, PyModule> modules() {
        return java.util.Collections.unmodifiableMap(modules);
    }

    /** Renders an uncaught exception as CPython's display does (see {@link TracebackPrinter}), "Did you mean" included. */
    public String formatTraceback(PyBaseException e) {
        return TracebackPrinter.format(e, this::rawSourceLine, this);
    }

    /** The same text without "Did you mean", as CPython 3.11's {@code traceback} module writes it. */
    public String formatTracebackPlain(PyBaseException e) {
        return TracebackPrinter.format(e, this::rawSourceLine, null);
    }

    /**
     * The marker line ({@code ^^^^}, four spaces in) under the source line of traceback object
     * {@code tb}, as the display draws it; null when there is none.
     */
    public String tracebackMarkers(Object tb) {
        if (!(tb instanceof PyTraceback t)) {
            return null;
        }
        PyBaseException.TraceEntry entry = t.entry();
        return Carets.under(rawSourceLine(entry.file(), entry.line()), entry.position(), "    ");
    }

    private final Map<String, SourceFile> sourceCache = new HashMap<>();

    /** Lets tracebacks show source lines of code that did not come from a file. */
    public void registerSource(SourceFile src) {
        sourceCache.put(src.name(), src);
    }

    /** Line {@code line} of {@code file} (a file, or a registered source such as a frozen library module), stripped; "" if none. */
    public String sourceLine(String file, int line) {
        return rawSourceLine(file, line).strip();
    }

    /** Line {@code line} of {@code file} with its indentation (what markers are placed against); "" if none. */
    public String rawSourceLine(String file, int line) {
        if (file.equals("<string>") || file.equals("<stdin>")) {
            return ""; // as python3: code from -c or standard input has no file to show lines from
        }
        SourceFile sf = sourceCache.get(file);
        if (sf == null) {
            try {
                Path p = Path.of(file);
                if (!Files.isRegularFile(p)) {
                    return "";
                }
                sf = new SourceFile(file, Files.readString(p));
                sourceCache.put(file, sf);
            } catch (Exception ex) {
                return "";
            }
        }
        return sf.lineText(line);
    }
}
