package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Python's low-level {@code _thread}: Java threads under the interpreter's GIL, locks whose blocking
 * waits release the GIL, and the per-thread attribute storage behind {@code threading.local}.
 * Python equivalent: {@code _thread}. The {@code threading} module is script code over it
 * ({@code lib/threading.py}), as CPython's is Python over its C {@code _thread}.
 *
 * <p>Fairness: the GIL switches every {@code sys.getswitchinterval()} seconds (see
 * {@link dev.tauraro.script.runtime.Gil}); lock waiters are served first come, first served.
 *
 * <p>Differences from CPython: {@code get_native_id()} is the Java thread id (Java 17 has no portable
 * OS thread id), the same number as {@code get_ident()}.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    /** {@code _thread.LockType}: the type of {@code threading.Lock()}, as CPython's; made by allocate_lock only. */
    static final PyClass LOCK = PyClass.builtin("lock", "_thread", (a, k) -> {
        throw Exceptions.typeError("cannot create '_thread.lock' instances");
    }, Map.of(), Types.OBJECT).asFinal();
    /**
     * The type of {@code threading.RLock()}, callable as CPython's; {@code _thread.RLock} is the
     * function making one for the module's interpreter, the type makes one for the calling frame's.
     */
    static final PyClass RLOCK = PyClass.builtin("RLock", "_thread", (a, k) -> {
        dev.tauraro.script.runtime.Frame top = dev.tauraro.script.runtime.CallDepth.current().top;
        if (top == null) {
            throw Exceptions.typeError("cannot create '_thread.RLock' instances outside a script");
        }
        return new ScriptLock(top.module.interp, true);
    }, Map.of(), Types.OBJECT);

    /** CPython's {@code threading.TIMEOUT_MAX} on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** A lock whose blocking acquire releases the GIL; {@code reentrant} gives RLock behaviour. */
    public static final class ScriptLock implements dev.tauraro.script.runtime.NativeValue {
        final Interpreter interp;
        final boolean reentrant;
        final Semaphore permit = new Semaphore(1, true);
        /** The owning thread (RLock), or the last acquirer (lock; any thread may release a lock). */
        volatile Thread owner;
        /** RLock recursion depth; changed only by the owner. */
        int count;

        ScriptLock(Interpreter interp, boolean reentrant) {
            this.interp = interp;
            this.reentrant = reentrant;
        }

        boolean acquire(boolean blocking, double timeout) {
            if (!blocking && timeout != -1) {
                throw Exceptions.valueError("can't specify a timeout for a non-blocking call");
            }
            if (timeout < 0 && timeout != -1) {
                throw Exceptions.valueError("timeout value must be positive");
            }
            if (timeout > TIMEOUT_MAX) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "timeout value is too large");
            }
            Thread me = Thread.currentThread();
            if (reentrant && owner == me) {
                count++;
                return true;
            }
            boolean got = permit.tryAcquire();
            if (!got && blocking) {
                long deadline = System.nanoTime() + (long) (Math.max(timeout, 0) * 1e9);
                got = interp.blockingWait(() -> {
                    if (timeout < 0) {
                        permit.acquire();
                        return true;
                    }
                    return permit.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                }, false); // a stopped process ends the thread here; Ctrl-C raises KeyboardInterrupt
            }
            if (got) {
                owner = me;
                count = 1;
            }
            return got;
        }

        void release() {
            if (reentrant) {
                if (owner != Thread.currentThread()) {
                    throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "cannot release un-acquired lock");
                }
                if (--count > 0) {
                    return;
                }
            } else if (permit.availablePermits() > 0) {
                throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "release unlocked lock");
            }
            owner = null;
            count = 0;
            permit.release();
        }

        boolean locked() {
            return permit.availablePermits() == 0;
        }

        @Override
        public PyClass type() {
            return reentrant ? RLOCK : LOCK;
        }

        @Override
        public Object attr(String name) {
            return lockAttr(this, name);
        }

        /** RLock: whether the calling thread owns it (what Condition checks). */
        boolean isOwned() {
            return owner == Thread.currentThread() && locked();
        }

        @Override
        public String toString() {
            String state = locked() ? "locked" : "unlocked";
            String at = " at 0x" + Ops.hexId(this) + ">";
            if (!reentrant) {
                return "<" + state + " _thread.lock object" + at;
            }
            Thread o = owner;
            return "<" + state + " _thread.RLock object owner=" + (o == null || !locked() ? 0 : o.getId())
                    + " count=" + (locked() ? count : 0) + at;
        }
    }

    /**
     * The attribute storage of a {@code threading.local}: installed as the instance's dict, it keeps
     * one map per thread, so every attribute read and write of the instance sees only the calling
     * thread's attributes. A thread's first access re-runs the subclass {@code __init__} with the
     * constructor's arguments, as CPython's {@code _threading_local} does.
     */
    static final class LocalDict extends PyDict {
        private final transient ThreadLocal<PyDict> maps = new ThreadLocal<>();
        private final transient PyInstance self;
        private final transient Object baseInit;
        private final transient Object[] args;
        private final transient String[] kwnames;

        LocalDict(PyInstance self, Object baseInit, Object[] args, String[] kwnames, Map<Object, Object> initial) {
            this.self = self;
            this.baseInit = baseInit;
            this.args = args;
            this.kwnames = kwnames;
            PyDict mine = new PyDict();
            if (initial != null) {
                mine.putAll(initial);
            }
            maps.set(mine);
        }

        private PyDict current() {
            PyDict m = maps.get();
            if (m == null) {
                m = new PyDict();
                maps.set(m);
                Object init = self.type().lookup("__init__");
                if (init != null && init != baseInit) {
                    Object[] all = new Object[args.length + 1];
                    all[0] = self;
                    System.arraycopy(args, 0, all, 1, args.length);
                    Ops.callKw(init, all, kwnames);
                }
            }
            return m;
        }

        @Override
        public Object get(Object key) {
            return current().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return current().containsKey(key);
        }

        @Override
        public Object put(Object key, Object value) {
            return current().put(key, value);
        }

        @Override
        public Object remove(Object key) {
            return current().remove(key);
        }

        @Override
        public void clear() {
            current().clear();
        }

        @Override
        public int size() {
            return current().size();
        }

        @Override
        public Map.Entry<Object, Object> popLast() {
            return current().popLast();
        }

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            return current().entrySet();
        }

        @Override
        public dev.tauraro.script.runtime.PyIterator iterator(int kind, boolean reversed) {
            return current().iterator(kind, reversed);
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, impl);
    }

    private static double timeoutArg(Object[] a, int i) {
        return a.length > i && a[i] != PyNone.NONE ? Ops.toDouble(a[i]) : -1;
    }

    /** Joins {@code t} with the GIL released; a timeout of zero or less only polls. */
    private static void join(Interpreter interp, Thread t, double timeout) {
        long deadline = System.nanoTime() + (long) Math.min(Math.max(timeout, 0) * 1e9, Long.MAX_VALUE / 4.0);
        interp.blockingWait(() -> {
            long nanos = deadline - System.nanoTime();
            if (timeout < 0) {
                t.join();
            } else if (timeout > 0 && nanos > 0) {
                t.join(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            }
            return null;
        }, null);
        interp.raiseIfStopped();
    }

    static PyModule create(Interpreter interp) {
        interp.enableGil();
        PyModule m = new PyModule("_thread", interp);
        Thread mainThread = Thread.currentThread();
        List<Thread> nonDaemon = new ArrayList<>();
        m.set("allocate_lock", fn("allocate_lock", (a, k) -> new ScriptLock(interp, false)));
        m.set("RLock", fn("RLock", (a, k) -> new ScriptLock(interp, true)));
        m.set("LockType", LOCK);
        m.set("get_ident", fn("get_ident", (a, k) -> Thread.currentThread().getId()));
        m.set("get_native_id", fn("get_native_id", (a, k) -> Thread.currentThread().getId()));
        m.set("main_ident", fn("main_ident", (a, k) -> mainThread.getId()));
        m.set("TIMEOUT_MAX", TIMEOUT_MAX);
        m.set("error", Exceptions.RUNTIME_ERROR);
        // start(bootstrap, name, daemon) -> handle: bootstrap runs in the new thread under the GIL
        m.set("start", fn("start", (a, k) -> {
            Object target = a[0];
            String name = Ops.str(a[1]);
            boolean daemon = Ops.truthy(a[2]);
            Thread t = new dev.tauraro.script.runtime.ScriptThread(() -> {
                interp.gil().lock();
                try {
                    Ops.call(target);
                } catch (PyException e) {
                    printException(interp, name, e.value);
                } catch (RuntimeException e) {
                    printException(interp, name, Interop.toPy(e).value);
                } catch (dev.tauraro.multiprocessing.ProcessExit e) {
                    // os._exit where it cannot end the process (see Interpreter.onProcessExit): the thread ends
                } finally {
                    interp.out().flush();
                    interp.threadEnded(Thread.currentThread());
                    interp.gil().unlock();
                }
            }, name, 256L << 20);
            t.setDaemon(daemon);
            if (!daemon) {
                synchronized (nonDaemon) {
                    nonDaemon.add(t);
                }
            }
            interp.threadStarted(t);
            try {
                t.start();
            } catch (Throwable e) {
                interp.threadEnded(t);
                throw e;
            }
            return t;
        }));
        m.set("ident", fn("ident", (a, k) -> ((Thread) a[0]).getId()));
        m.set("join", fn("join", (a, k) -> {
            join(interp, (Thread) a[0], timeoutArg(a, 1));
            return PyNone.NONE;
        }));
        m.set("alive", fn("alive", (a, k) -> ((Thread) a[0]).isAlive()));
        m.set("print_exception", fn("print_exception", (a, k) -> {
            printException(interp, Ops.str(a[0]), (PyBaseException) a[1]);
            return PyNone.NONE;
        }));
        // make_local(self, base_init, args, kwargs): self's attributes become per thread
        m.set("make_local", fn("make_local", (a, k) -> {
            PyInstance self = (PyInstance) a[0];
            if (!(self.dict instanceof LocalDict)) {
                Object[] args = ((PyTuple) a[2]).toArray();
                PyDict kw = (PyDict) a[3];
                Object[] all = new Object[args.length + kw.size()];
                System.arraycopy(args, 0, all, 0, args.length);
                String[] names = kw.isEmpty() ? null : new String[kw.size()];
                int i = 0;
                for (Map.Entry<Object, Object> e : kw.entrySet()) {
                    all[args.length + i] = e.getValue();
                    names[i++] = (String) e.getKey();
                }
                self.dict = new LocalDict(self, a[1], all, names, self.dict);
            }
            return PyNone.NONE;
        }));
        // threading._register_atexit: called at shutdown, before the non-daemon threads are
        // joined (concurrent.futures wakes its idle workers there, as in CPython)
        List<Object> atexit = new ArrayList<>();
        boolean[] shuttingDown = new boolean[1];
        m.set("_register_atexit", fn("_register_atexit", (a, k) -> {
            synchronized (atexit) {
                if (shuttingDown[0]) {
                    throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "can't register atexit after shutdown");
                }
                Object[] args = java.util.Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length));
                Object[] kw = java.util.Arrays.copyOfRange(a, a.length - (k == null ? 0 : k.length), a.length);
                Object func = a[0];
                atexit.add((Runnable) () -> {
                    Object[] all = new Object[args.length + kw.length];
                    System.arraycopy(args, 0, all, 0, args.length);
                    System.arraycopy(kw, 0, all, args.length, kw.length);
                    Ops.callKw(func, all, k);
                });
            }
            return PyNone.NONE;
        }));
        // CPython's threading._shutdown: the interpreter waits for every non-daemon thread
        interp.onThreadShutdown(() -> {
            List<Object> calls;
            synchronized (atexit) {
                shuttingDown[0] = true;
                calls = List.copyOf(atexit);
            }
            for (int i = calls.size() - 1; i >= 0; i--) { // last registered first, as CPython
                ((Runnable) calls.get(i)).run();
            }
            while (true) {
                Thread next = null;
                synchronized (nonDaemon) {
                    nonDaemon.removeIf(t -> !t.isAlive());
                    for (Thread t : nonDaemon) {
                        if (t != Thread.currentThread()) {
                            next = t;
                            break;
                        }
                    }
                }
                if (next == null) {
                    return;
                }
                try {
                    join(interp, next, -1);
                } catch (PyException e) {
                    // Ctrl-C while waiting for the threads: python3 reports it as unraisable and exits
                    interp.out().flush();
                    interp.err().print("Exception ignored in: "
                            + Ops.repr(interp.modules().getOrDefault("threading", m)) + "\n" + interp.formatTraceback(e.value));
                    interp.err().flush();
                    return;
                }
            }
        });
        return m;
    }

    /** The default {@code threading.excepthook}: CPython's "Exception in thread NAME:" and the traceback. */
    static void printException(Interpreter interp, String name, PyBaseException e) {
        if (e.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
            return; // as CPython: SystemExit ends the thread silently
        }
        interp.out().flush();
        interp.err().print("Exception in thread " + name + ":\n" + interp.formatTraceback(e));
        interp.err().flush();
    }

    static boolean owns(Object o) {
        return o instanceof ScriptLock || o instanceof Thread;
    }

    public static Object lockAttr(Object o, String name) {
        if (!(o instanceof ScriptLock l)) {
            return null;
        }
        return switch (name) {
            case "acquire", "acquire_lock" -> fn(name, (a, k) -> l.acquire(
                    Ops.truthy(Args.arg(a, k, 0, "blocking", true)),
                    Ops.toDouble(Args.arg(a, k, 1, "timeout", -1L))));
            case "release", "release_lock" -> fn(name, (a, k) -> {
                l.release();
                return PyNone.NONE;
            });
            case "locked", "locked_lock" -> l.reentrant ? null : fn(name, (a, k) -> l.locked());
            case "_is_owned" -> l.reentrant ? fn(name, (a, k) -> l.isOwned()) : null;
            case "_release_save" -> l.reentrant ? fn(name, (a, k) -> {
                if (!l.isOwned()) {
                    throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "cannot release un-acquired lock");
                }
                long saved = l.count;
                l.count = 1;
                l.release();
                return saved;
            }) : null;
            case "_acquire_restore" -> l.reentrant ? fn(name, (a, k) -> {
                l.acquire(true, -1);
                l.count = (int) Ops.toLong(a[0]);
                return PyNone.NONE;
            }) : null;
            case "__enter__" -> fn(name, (a, k) -> l.acquire(true, -1));
            case "__exit__" -> fn(name, (a, k) -> {
                l.release();
                return Boolean.FALSE;
            });
            default -> null;
        };
    }

    /** The {@code threading} module: {@code lib/threading.py}, script code over {@code _thread}. */
    static PyModule threading(Interpreter interp) {
        return Modules.fromSource("threading", interp);
    }
}
