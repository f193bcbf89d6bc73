package dev.tauraro.script.modules;

import dev.tauraro.multiprocessing.AsyncResult;
import dev.tauraro.multiprocessing.Multiprocessing;
import dev.tauraro.multiprocessing.Pool;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PySet;
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
 * <p>{@code Process} and {@code current_process} are Java-backed ({@link
 * dev.tauraro.multiprocessing.Process}); {@code Queue}, {@code Lock}, {@code RLock}, {@code Event},
 * {@code Semaphore} and {@code BoundedSemaphore} are the script's {@code threading} primitives (a
 * "process" here is a thread, so thread synchronisation is the right thing), written in the script
 * language over {@code _thread} locks: their table rows name {@link ThreadModule#lockAttr}, the Java
 * side of those locks.
 *
 * <p>Differences from CPython: workers are threads of this process running the script's functions
 * in parallel (no GIL). Arguments and results are deep-copied across the boundary, as pickling
 * would, so a worker never mutates the caller's objects; module globals are shared rather than
 * copied, which only matters to functions that mutate them.
 */
public final class MultiprocessingModule {
    private MultiprocessingModule() {
    }

    static final PyClass POOL = PyClass.builtin("Pool", "multiprocessing.pool", null, Map.of(), Types.OBJECT);
    static final PyClass ASYNC_RESULT = PyClass.builtin("AsyncResult", "multiprocessing.pool", null, Map.of(),
            Types.OBJECT);

    /** The binding table: Python name, Java type and member, value. */
    public static List<AsyncioModule.Binding> bindings(Interpreter interp) {
        List<AsyncioModule.Binding> t = new ArrayList<>();
        t.add(new AsyncioModule.Binding("Pool", Pool.class, "builder", new BuiltinFunction("Pool", (a, k) -> {
            Object processes = AsyncioModule.arg(a, k, 0, "processes", PyNone.NONE);
            Pool.Builder b = Pool.builder();
            if (processes != PyNone.NONE) {
                b.processes((int) Ops.toLong(processes));
            }
            Object init = AsyncioModule.arg(a, k, 1, "initializer", PyNone.NONE);
            if (init != PyNone.NONE) {
                Object initargs = AsyncioModule.arg(a, k, 2, "initargs", PyTuple.EMPTY);
                b.initializer(() -> Ops.callKw(init, Ops.toList(copy(initargs)).toArray(), null));
            }
            Object max = AsyncioModule.arg(a, k, 3, "maxtasksperchild", PyNone.NONE);
            if (max != PyNone.NONE) {
                b.maxTasksPerChild((int) Ops.toLong(max));
            }
            return b.build();
        })));
        t.add(new AsyncioModule.Binding("Process", dev.tauraro.multiprocessing.Process.class, "start",
                new BuiltinFunction("Process", (a, k) -> newProcess(interp, a, k))));
        t.add(new AsyncioModule.Binding("current_process", Multiprocessing.class, "currentProcess",
                fn("current_process", (a, k) -> Multiprocessing.currentProcess())));
        t.add(new AsyncioModule.Binding("parent_process", Multiprocessing.class, "parentProcess",
                fn("parent_process", (a, k) -> {
                    Object p = Multiprocessing.parentProcess();
                    return p == null ? PyNone.NONE : p;
                })));
        t.add(new AsyncioModule.Binding("active_children", Multiprocessing.class, "activeChildren",
                fn("active_children", (a, k) -> new PyList(new ArrayList<>(Multiprocessing.activeChildren())))));
        PyModule sync = synchronize(interp);
        for (String name : List.of("Queue", "Empty", "Full", "Lock", "RLock", "Event", "Semaphore",
                "BoundedSemaphore")) {
            t.add(new AsyncioModule.Binding(name, ThreadModule.class, "lockAttr", sync.get(name)));
        }
        t.add(new AsyncioModule.Binding("cpu_count", Multiprocessing.class, "cpuCount",
                new BuiltinFunction("cpu_count", (a, k) -> (long) Multiprocessing.cpuCount())));
        return t;
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("multiprocessing", interp);
        for (AsyncioModule.Binding b : bindings(interp)) {
            m.set(b.pythonName(), b.value());
        }
        return m;
    }

    public static boolean owns(Object o) {
        return o instanceof Pool || o instanceof AsyncResult || o instanceof dev.tauraro.multiprocessing.Process;
    }

    public static PyClass typeOf(Object o) {
        return o instanceof Pool ? POOL : o instanceof AsyncResult ? ASYNC_RESULT
                : o instanceof dev.tauraro.multiprocessing.Process ? PROCESS : null;
    }

    static final PyClass PROCESS = PyClass.builtin("Process", "multiprocessing.context", null, Map.of(),
            Types.OBJECT);

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
            "                    if self._value + n > self._initial:",
            "                        raise ValueError('semaphore or lock released too many times')",
            "                    self._value += n",
            "                    self._cond.notify(n)",
            "        _bounded = BoundedSemaphore",
            "    return _bounded(value)",
            "class Empty(Exception):",
            "    pass",
            "class Full(Exception):",
            "    pass",
            "_copy = None",
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
            "            raise error",
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
            "                raise error",
            "            self._cond.wait(left)",
            "    def put(self, obj, block=True, timeout=None):",
            "        with self._cond:",
            "            self._wait(lambda: self._maxsize <= 0 or len(self._items) < self._maxsize, block, timeout, Full)",
            "            self._items.append(_copy(obj))",
            "            self._cond.notify_all()",
            "    def get(self, block=True, timeout=None):",
            "        with self._cond:",
            "            self._wait(lambda: len(self._items) > 0, block, timeout, Empty)",
            "            obj = self._items.pop(0)",
            "            self._cond.notify_all()",
            "            return obj",
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
     * Runs the synchronisation source as {@code multiprocessing.synchronize}. It imports
     * {@code threading} only when a primitive is first made, so a script using only {@code Pool}
     * never creates the GIL.
     */
    private static PyModule synchronize(Interpreter interp) {
        PyModule m = interp.runModuleSource(new dev.tauraro.script.syntax.SourceFile(
                "<frozen multiprocessing.synchronize>", SYNCHRONIZE), "multiprocessing.synchronize");
        m.set("_copy", new BuiltinFunction("_copy", (a, k) -> copy(a[0])));
        return m;
    }

    /** {@code Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)}. */
    private static Object newProcess(Interpreter interp, Object[] a, String[] k) {
        Object target = AsyncioModule.arg(a, k, 1, "target", PyNone.NONE);
        Object name = AsyncioModule.arg(a, k, 2, "name", PyNone.NONE);
        Object args = AsyncioModule.arg(a, k, 3, "args", PyTuple.EMPTY);
        Object kwargs = AsyncioModule.arg(a, k, 4, "kwargs", PyNone.NONE);
        Object daemon = AsyncioModule.kwarg(a, k, "daemon", PyNone.NONE);
        // The child sees the state at start() as a copy, as a forked child would.
        List<Object> values = new ArrayList<>(Ops.toList(copy(args)));
        List<String> names = new ArrayList<>();
        if (kwargs != PyNone.NONE) {
            ((PyDict) copy(kwargs)).forEach((key, v) -> {
                names.add(Ops.str(key));
                values.add(v);
            });
        }
        Process p = new Process(interp, target, values.toArray(), names.toArray(new String[0]),
                name == PyNone.NONE ? null : Ops.str(name));
        if (daemon != PyNone.NONE) {
            p.setDaemon(Ops.truthy(daemon));
        }
        return p;
    }

    /**
     * A process running a script target under the interpreter's GIL (when the script has one).
     * Named {@code Process} because the Java repr shows the class's simple name, as CPython does.
     */
    static final class Process extends dev.tauraro.multiprocessing.Process {
        private final Interpreter interp;
        private final Object target;
        private final Object[] args;
        private final String[] kwnames;

        Process(Interpreter interp, Object target, Object[] args, String[] kwnames, String name) {
            super(null, name);
            this.interp = interp;
            this.target = target;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public void run() {
            if (target == PyNone.NONE) {
                return;
            }
            java.util.concurrent.locks.ReentrantLock gil = interp.gil();
            if (gil != null) {
                gil.lock();
            }
            try {
                Ops.callKw(target, args, kwnames);
            } catch (PyException e) {
                throw new ScriptFailure(interp, e.value);
            } catch (RuntimeException e) {
                throw new ScriptFailure(interp, Interop.toPy(e).value);
            } finally {
                interp.out().flush();
                if (gil != null && gil.isHeldByCurrentThread()) {
                    gil.unlock();
                }
            }
        }
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
            interp.err().print(interp.formatTraceback(value));
            interp.err().flush();
        }
    }

    private static BuiltinFunction fn(String name, dev.tauraro.script.runtime.PyCallable impl) {
        return new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
            } catch (IllegalStateException e) {
                // CPython raises ValueError("Pool not running") for work given to a closed pool.
                if ("Pool not running".equals(e.getMessage())) {
                    throw Exceptions.newException(Exceptions.VALUE_ERROR, e.getMessage());
                }
                throw Interop.toPy(e);
            } catch (RuntimeException e) {
                throw Interop.toPy(e);
            }
        });
    }

    /** A script function as a worker function: copies in, runs, copies out. */
    private static Function<Object, Object> worker(Object fn, boolean star) {
        return arg -> {
            Object in = copy(arg);
            Object r = star ? Ops.callKw(fn, Ops.toList(in).toArray(), null) : Ops.call(fn, in);
            return copy(r);
        };
    }

    public static Object attr(Object o, String name) {
        if (o instanceof Pool p) {
            return switch (name) {
                case "map" -> fn(name, (a, k) -> new PyList(p.mapAsync(worker(a[0], false), Ops.toList(a[1]),
                        chunksize(a, k), null, null).get()));
                case "starmap" -> fn(name, (a, k) -> new PyList(p.mapAsync(worker(a[0], true), Ops.toList(a[1]),
                        chunksize(a, k), null, null).get()));
                case "imap" -> fn(name, (a, k) -> iterator(p.imap(worker(a[0], false), Ops.toList(a[1]),
                        Math.max(1, chunksize(a, k)))));
                case "imap_unordered" -> fn(name, (a, k) -> iterator(p.imapUnordered(worker(a[0], false),
                        Ops.toList(a[1]), Math.max(1, chunksize(a, k)))));
                case "apply" -> fn(name, (a, k) -> p.apply(() -> callWith(a, k)));
                case "apply_async" -> fn(name, (a, k) -> p.applyAsync(() -> callWith(a, k),
                        callback(AsyncioModule.arg(a, k, 3, "callback", PyNone.NONE)),
                        errorCallback(AsyncioModule.arg(a, k, 4, "error_callback", PyNone.NONE))));
                case "map_async", "starmap_async" -> fn(name, (a, k) -> p.mapAsync(
                        worker(a[0], name.equals("starmap_async")), Ops.toList(a[1]), chunksize(a, k),
                        callback(AsyncioModule.arg(a, k, 3, "callback", PyNone.NONE)),
                        errorCallback(AsyncioModule.arg(a, k, 4, "error_callback", PyNone.NONE))));
                case "close" -> fn(name, (a, k) -> {
                    p.close();
                    return PyNone.NONE;
                });
                case "terminate" -> fn(name, (a, k) -> {
                    p.terminate();
                    return PyNone.NONE;
                });
                case "join" -> fn(name, (a, k) -> {
                    p.join();
                    return PyNone.NONE;
                });
                case "__enter__" -> fn(name, (a, k) -> p);
                case "__exit__" -> fn(name, (a, k) -> {
                    p.terminate();
                    return Boolean.FALSE;
                });
                default -> null;
            };
        }
        if (o instanceof dev.tauraro.multiprocessing.Process p) {
            return switch (name) {
                case "name" -> p.getName();
                case "daemon" -> p.isDaemon();
                case "exitcode" -> p.exitcode() == null ? PyNone.NONE : (Object) (long) p.exitcode();
                case "pid", "ident" -> p.pid() == null ? PyNone.NONE : (Object) p.pid();
                case "start" -> fn(name, (a, k) -> {
                    p.start();
                    return PyNone.NONE;
                });
                case "join" -> fn(name, (a, k) -> {
                    Object timeout = AsyncioModule.arg(a, k, 0, "timeout", PyNone.NONE);
                    Interpreter interp = p instanceof Process sp ? sp.interp : null;
                    Runnable join = timeout == PyNone.NONE ? p::join
                            : () -> p.join(Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)));
                    if (interp == null) {
                        join.run();
                    } else {
                        interp.releasingGil(() -> {
                            join.run();
                            return null;
                        });
                    }
                    return PyNone.NONE;
                });
                case "is_alive" -> fn(name, (a, k) -> p.isAlive());
                default -> null;
            };
        }
        if (o instanceof AsyncResult<?> r) {
            return switch (name) {
                case "get" -> fn(name, (a, k) -> {
                    Object timeout = AsyncioModule.arg(a, k, 0, "timeout", PyNone.NONE);
                    Object v = timeout == PyNone.NONE ? r.get()
                            : r.get(Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)));
                    return v instanceof List<?> l && !(v instanceof PyList) ? new PyList(l) : v;
                });
                case "ready" -> fn(name, (a, k) -> r.ready());
                case "successful" -> fn(name, (a, k) -> r.successful());
                case "wait" -> fn(name, (a, k) -> {
                    r.await();
                    return PyNone.NONE;
                });
                default -> null;
            };
        }
        return null;
    }

    /** {@code func(*args, **kwds)} on a worker, with copied arguments and result. */
    private static Object callWith(Object[] a, String[] k) {
        Object args = AsyncioModule.arg(a, k, 1, "args", PyTuple.EMPTY);
        Object kwds = AsyncioModule.arg(a, k, 2, "kwds", PyNone.NONE);
        List<Object> values = new ArrayList<>(Ops.toList(copy(args)));
        List<String> names = new ArrayList<>();
        if (kwds != PyNone.NONE) {
            ((PyDict) copy(kwds)).forEach((key, v) -> {
                names.add(Ops.str(key));
                values.add(v);
            });
        }
        return copy(Ops.callKw(a[0], values.toArray(), names.isEmpty() ? null : names.toArray(new String[0])));
    }

    /** The {@code chunksize} argument (third), 0 for None: the Java API's "default". */
    private static int chunksize(Object[] a, String[] k) {
        Object cs = AsyncioModule.arg(a, k, 2, "chunksize", PyNone.NONE);
        return cs == PyNone.NONE ? 0 : (int) Ops.toLong(cs);
    }

    /** A script callback for a result; Java lists (map results) arrive as script lists. */
    private static <R> java.util.function.Consumer<R> callback(Object fn) {
        return fn == PyNone.NONE ? null : v -> Ops.call(fn, v instanceof List<?> l && !(v instanceof PyList)
                ? new PyList(l) : v);
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

    /** A deep copy of plain data, as pickling to a worker and back would make. */
    static Object copy(Object v) {
        if (v instanceof PyList l) {
            PyList r = new PyList(l.size());
            for (Object x : l) {
                r.add(copy(x));
            }
            return r;
        }
        if (v instanceof PyTuple t) {
            Object[] items = new Object[t.items.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = copy(t.items[i]);
            }
            return new PyTuple(items);
        }
        if (v instanceof PyDict d) {
            PyDict r = new PyDict();
            d.forEach((key, x) -> r.put(copy(key), copy(x)));
            return r;
        }
        if (v instanceof PySet s) {
            PySet r = new PySet(s.frozen);
            for (Object x : s) {
                r.add(copy(x));
            }
            return r;
        }
        if (v instanceof PyBaseException) {
            return v;
        }
        if (v instanceof PyInstance inst && isShared(inst.type())) {
            return v;
        }
        if (v instanceof PyInstance inst && inst.dict != null) {
            PyInstance r = new PyInstance(inst.type());
            inst.dict.forEach((key, x) -> r.setOwn(key, copy(x)));
            return r;
        }
        return v;
    }

    /**
     * Whether instances are shared rather than copied: queues and synchronisation primitives, which
     * CPython passes to a child as handles onto the same OS object, not as copies.
     */
    private static boolean isShared(PyClass type) {
        return "threading".equals(type.module) || "multiprocessing.synchronize".equals(type.module);
    }

    static RuntimeException unsupported(String what) {
        return Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR, what);
    }
}
