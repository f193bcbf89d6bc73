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
        return o instanceof Pool || o instanceof AsyncResult;
    }

    public static PyClass typeOf(Object o) {
        return o instanceof Pool ? POOL : o instanceof AsyncResult ? ASYNC_RESULT : null;
    }

    private static BuiltinFunction fn(String name, dev.tauraro.script.runtime.PyCallable impl) {
        return new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
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
                case "map" -> fn(name, (a, k) -> new PyList(p.map(worker(a[0], false), Ops.toList(a[1]))));
                case "starmap" -> fn(name, (a, k) -> new PyList(p.map(worker(a[0], true), Ops.toList(a[1]))));
                case "imap" -> fn(name, (a, k) -> iterator(p.imap(worker(a[0], false), Ops.toList(a[1]))));
                case "imap_unordered" -> fn(name, (a, k) ->
                        iterator(p.imapUnordered(worker(a[0], false), Ops.toList(a[1]))));
                case "apply" -> fn(name, (a, k) -> p.apply(() -> callWith(a, k)));
                case "apply_async" -> fn(name, (a, k) -> p.applyAsync(() -> callWith(a, k)));
                case "map_async" -> fn(name, (a, k) -> p.mapAsync(worker(a[0], false), Ops.toList(a[1])));
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

    private static Object callWith(Object[] a, String[] k) {
        Object args = AsyncioModule.arg(a, k, 1, "args", PyTuple.EMPTY);
        return copy(Ops.callKw(a[0], Ops.toList(copy(args)).toArray(), null));
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
        if (v instanceof PyInstance inst && inst.dict != null) {
            PyInstance r = new PyInstance(inst.type());
            inst.dict.forEach((key, x) -> r.setOwn(key, copy(x)));
            return r;
        }
        return v;
    }

    static RuntimeException unsupported(String what) {
        return Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR, what);
    }
}
