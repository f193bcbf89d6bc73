package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.Types;
import dev.tauraro.script.syntax.SourceFile;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Python's low-level {@code _thread} (Java threads under the interpreter's GIL) and the
 * {@code threading} module, which is written in the script language on top of it, as CPython's is.
 *
 * <p>Differences from CPython: a thread holds the GIL until it blocks (sleep, join, lock, event or
 * condition waits); there is no periodic switch every 5 ms, so CPU-bound threads run one after the
 * other. Daemon threads do not keep the process alive, as in CPython.
 */
public final class ThreadModule {
    private ThreadModule() {
    }

    static final PyClass LOCK = PyClass.builtin("lock", "_thread", null, Map.of(), Types.OBJECT);

    /** A lock whose blocking acquire releases the GIL; {@code reentrant} gives RLock behaviour. */
    public static final class ScriptLock {
        final Interpreter interp;
        final boolean reentrant;
        final Semaphore permit = new Semaphore(1, true);
        volatile Thread owner;
        int count;

        ScriptLock(Interpreter interp, boolean reentrant) {
            this.interp = interp;
            this.reentrant = reentrant;
        }

        boolean acquire(boolean blocking, double timeout) {
            if (reentrant && owner == Thread.currentThread()) {
                count++;
                return true;
            }
            boolean got = permit.tryAcquire();
            if (!got && blocking) {
                got = interp.releasingGil(() -> {
                    try {
                        if (timeout < 0) {
                            permit.acquire();
                            return true;
                        }
                        return permit.tryAcquire((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                });
            }
            if (got) {
                owner = Thread.currentThread();
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
            permit.release();
        }

        @Override
        public String toString() {
            boolean locked = permit.availablePermits() == 0;
            return "<" + (locked ? "locked" : "unlocked") + " _thread." + (reentrant ? "RLock" : "lock")
                    + " object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
        }
    }

    private static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, impl);
    }

    static PyModule create(Interpreter interp) {
        interp.enableGil();
        PyModule m = new PyModule("_thread", interp);
        AtomicInteger counter = new AtomicInteger();
        m.set("allocate_lock", fn("allocate_lock", (a, k) -> new ScriptLock(interp, false)));
        m.set("RLock", fn("RLock", (a, k) -> new ScriptLock(interp, true)));
        m.set("next_name", fn("next_name", (a, k) -> "Thread-" + counter.incrementAndGet()));
        m.set("get_ident", fn("get_ident", (a, k) -> Thread.currentThread().getId()));
        m.set("start", fn("start", (a, k) -> {
            Object target = a[0];
            String name = Ops.str(a[1]);
            boolean daemon = a.length > 2 && Ops.truthy(a[2]);
            Thread t = new Thread(null, () -> {
                interp.gil().lock();
                try {
                    Ops.call(target);
                } catch (PyException e) {
                    interp.out().flush();
                    interp.err().print("Exception in thread " + name + ":\n" + interp.formatTraceback(e.value));
                } catch (RuntimeException e) {
                    interp.err().print("Exception in thread " + name + ":\n"
                            + interp.formatTraceback(Interop.toPy(e).value));
                } finally {
                    interp.gil().unlock();
                }
            }, name, 256L << 20);
            t.setDaemon(daemon);
            t.start();
            return t;
        }));
        m.set("join", fn("join", (a, k) -> {
            Thread t = (Thread) a[0];
            double timeout = a.length > 1 && a[1] != PyNone.NONE ? Ops.toDouble(a[1]) : -1;
            interp.releasingGil(() -> {
                try {
                    if (timeout < 0) {
                        t.join();
                    } else {
                        t.join((long) (timeout * 1000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            return PyNone.NONE;
        }));
        m.set("alive", fn("alive", (a, k) -> ((Thread) a[0]).isAlive()));
        m.set("current_name", fn("current_name", (a, k) -> {
            String n = Thread.currentThread().getName();
            return n.equals("tauraro-main") || n.equals("main") ? "MainThread" : n;
        }));
        m.set("active_count", fn("active_count", (a, k) -> (long) Thread.activeCount()));
        return m;
    }

    static boolean owns(Object o) {
        return o instanceof ScriptLock || o instanceof Thread;
    }

    public static Object lockAttr(Object o, String name) {
        if (!(o instanceof ScriptLock l)) {
            return null;
        }
        return switch (name) {
            case "acquire" -> fn(name, (a, k) -> l.acquire(
                    !(AsyncioModule.arg(a, k, 0, "blocking", true) instanceof Boolean b) || b,
                    Ops.toDouble(AsyncioModule.arg(a, k, 1, "timeout", -1L))));
            case "release" -> fn(name, (a, k) -> {
                l.release();
                return PyNone.NONE;
            });
            case "locked" -> fn(name, (a, k) -> l.permit.availablePermits() == 0);
            case "__enter__" -> fn(name, (a, k) -> l.acquire(true, -1));
            case "__exit__" -> fn(name, (a, k) -> {
                l.release();
                return Boolean.FALSE;
            });
            default -> null;
        };
    }

    /** Python source of the {@code threading} module, built on {@code _thread}. */
    private static final String THREADING = String.join("\n",
            "import _thread",
            "Lock = _thread.allocate_lock",
            "RLock = _thread.RLock",
            "get_ident = _thread.get_ident",
            "class Condition:",
            "    def __init__(self, lock=None):",
            "        self._lock = lock if lock is not None else RLock()",
            "        self._waiters = []",
            "    def acquire(self, blocking=True, timeout=-1):",
            "        return self._lock.acquire(blocking, timeout)",
            "    def release(self):",
            "        self._lock.release()",
            "    def __enter__(self):",
            "        return self._lock.__enter__()",
            "    def __exit__(self, *args):",
            "        return self._lock.__exit__(*args)",
            "    def wait(self, timeout=None):",
            "        waiter = _thread.allocate_lock()",
            "        waiter.acquire()",
            "        self._waiters.append(waiter)",
            "        self._lock.release()",
            "        try:",
            "            return waiter.acquire(True, -1 if timeout is None else timeout)",
            "        finally:",
            "            self._lock.acquire()",
            "            if waiter in self._waiters:",
            "                self._waiters.remove(waiter)",
            "    def wait_for(self, predicate, timeout=None):",
            "        result = predicate()",
            "        while not result:",
            "            self.wait(timeout)",
            "            result = predicate()",
            "        return result",
            "    def notify(self, n=1):",
            "        for waiter in self._waiters[:n]:",
            "            self._waiters.remove(waiter)",
            "            waiter.release()",
            "    def notify_all(self):",
            "        self.notify(len(self._waiters))",
            "class Event:",
            "    def __init__(self):",
            "        self._cond = Condition(Lock())",
            "        self._flag = False",
            "    def is_set(self):",
            "        return self._flag",
            "    def set(self):",
            "        with self._cond:",
            "            self._flag = True",
            "            self._cond.notify_all()",
            "    def clear(self):",
            "        with self._cond:",
            "            self._flag = False",
            "    def wait(self, timeout=None):",
            "        with self._cond:",
            "            if not self._flag:",
            "                self._cond.wait(timeout)",
            "            return self._flag",
            "class Semaphore:",
            "    def __init__(self, value=1):",
            "        if value < 0:",
            "            raise ValueError('semaphore initial value must be >= 0')",
            "        self._cond = Condition(Lock())",
            "        self._value = value",
            "    def acquire(self, blocking=True, timeout=None):",
            "        with self._cond:",
            "            while self._value == 0:",
            "                if not blocking:",
            "                    return False",
            "                self._cond.wait(timeout)",
            "            self._value -= 1",
            "            return True",
            "    def release(self, n=1):",
            "        with self._cond:",
            "            self._value += n",
            "            self._cond.notify(n)",
            "    def __enter__(self):",
            "        return self.acquire()",
            "    def __exit__(self, *args):",
            "        self.release()",
            "class BoundedSemaphore(Semaphore):",
            "    def __init__(self, value=1):",
            "        super().__init__(value)",
            "        self._initial = value",
            "    def release(self, n=1):",
            "        with self._cond:",
            "            if self._value + n > self._initial:",
            "                raise ValueError('Semaphore released too many times')",
            "            self._value += n",
            "            self._cond.notify(n)",
            "class Thread:",
            "    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):",
            "        self._target = target",
            "        self._args = args",
            "        self._kwargs = kwargs if kwargs is not None else {}",
            "        self._started = False",
            "        self._handle = None",
            "        self.name = name if name is not None else _thread.next_name() + (",
            "            ' (' + target.__name__ + ')' if target is not None and hasattr(target, '__name__') else '')",
            "        self.daemon = bool(daemon)",
            "    def start(self):",
            "        if self._started:",
            "            raise RuntimeError('threads can only be started once')",
            "        self._started = True",
            "        self._handle = _thread.start(self._bootstrap, self.name, self.daemon)",
            "    def _bootstrap(self):",
            "        _current[_thread.get_ident()] = self",
            "        self.run()",
            "    def run(self):",
            "        if self._target is not None:",
            "            self._target(*self._args, **self._kwargs)",
            "    def join(self, timeout=None):",
            "        if not self._started:",
            "            raise RuntimeError('cannot join thread before it is started')",
            "        _thread.join(self._handle, timeout)",
            "    def is_alive(self):",
            "        return self._handle is not None and _thread.alive(self._handle)",
            "    def getName(self):",
            "        return self.name",
            "    def __repr__(self):",
            "        state = 'started' if self._started else 'initial'",
            "        return '<Thread(' + self.name + ', ' + state + ')>'",
            "class _MainThread(Thread):",
            "    def __init__(self):",
            "        super().__init__(name='MainThread')",
            "        self._started = True",
            "    def is_alive(self):",
            "        return True",
            "_current = {}",
            "_main = _MainThread()",
            "_current[_thread.get_ident()] = _main",
            "def current_thread():",
            "    return _current.get(_thread.get_ident(), _main)",
            "def main_thread():",
            "    return _main",
            "def active_count():",
            "    return sum(1 for t in _current.values() if t.is_alive())",
            "");

    static PyModule threading(Interpreter interp) {
        return interp.runModuleSource(new SourceFile("<frozen threading>", THREADING), "threading");
    }
}
