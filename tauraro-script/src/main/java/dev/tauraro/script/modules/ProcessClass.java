package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Descriptors;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * The script class {@code multiprocessing.Process}: an ordinary (subclassable) class whose methods
 * are implemented in Java over a {@link MultiprocessingModule.Process} handle kept in the
 * instance's {@code _handle} attribute.
 *
 * <p>Python equivalent: {@code multiprocessing.Process} ({@code multiprocessing.context.Process}).
 * Its methods are functions with a Java body (see {@link JavaBodied}), so they bind,
 * override and work with {@code super()} like methods written in the script: {@code class
 * P(multiprocessing.Process): def run(self): ...} runs the subclass's {@code run} in the child.
 */
final class ProcessClass {
    private ProcessClass() {
    }

    private static final String FILE = "<frozen multiprocessing.process>";

    /** Makes the class for one interpreter, whose instances' handles {@code handles} makes from a name (or null). */
    static PyClass create(Interpreter interp, Function<String, MultiprocessingModule.Process> handles) {
        PyModule home = new PyModule("multiprocessing.context", interp);
        HashMap<String, Object> dict = new HashMap<>();
        dict.put("__module__", "multiprocessing.context");
        HashMap<String, Object> daemonDefault = new HashMap<>();
        daemonDefault.put("daemon", PyNone.NONE);
        dict.put("__init__", method(home, "__init__", new String[] {"self", "group", "target", "name", "args",
            "kwargs", "daemon"}, 6, 1, new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyTuple.EMPTY,
            PyNone.NONE}, daemonDefault, s -> init(handles, s)));
        dict.put("run", method(home, "run", new String[] {"self"}, 1, 0, null, null, s -> {
            PyInstance self = (PyInstance) s[0];
            Object target = self.getOwn("_target");
            if (target != null && target != PyNone.NONE) {
                call(target, self.getOwn("_args"), self.getOwn("_kwargs"));
            }
            return PyNone.NONE;
        }));
        dict.put("start", method(home, "start", new String[] {"self"}, 1, 0, null, null, s -> {
            MultiprocessingModule.Process h = handle(s[0]);
            if (h.exitcode() != null || h.pid() != null) {
                throw Exceptions.newException(Exceptions.ASSERTION_ERROR, "cannot start a process twice");
            }
            h.fork(s[0]);
            h.start();
            return PyNone.NONE;
        }));
        dict.put("join", method(home, "join", new String[] {"self", "timeout"}, 2, 0, new Object[] {PyNone.NONE},
                null, s -> {
                MultiprocessingModule.Process h = handle(s[0]);
                if (h.pid() == null) {
                    throw Exceptions.newException(Exceptions.ASSERTION_ERROR, "can only join a started process");
                }
                Object timeout = s[1];
                interp.releasingGil(() -> {
                    if (timeout == PyNone.NONE) {
                        h.join();
                    } else {
                        h.join(Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)));
                    }
                    return null;
                });
                return PyNone.NONE;
            }));
        dict.put("is_alive", method(home, "is_alive", new String[] {"self"}, 1, 0, null, null,
                s -> handle(s[0]).isAlive()));
        dict.put("terminate", method(home, "terminate", new String[] {"self"}, 1, 0, null, null, s -> {
            handle(s[0]).signal(15);
            return PyNone.NONE;
        }));
        dict.put("kill", method(home, "kill", new String[] {"self"}, 1, 0, null, null, s -> {
            handle(s[0]).signal(9);
            return PyNone.NONE;
        }));
        dict.put("close", method(home, "close", new String[] {"self"}, 1, 0, null, null, s -> {
            MultiprocessingModule.Process h = handleOrClosed(s[0]);
            if (h.isAlive()) {
                throw Exceptions.newException(Exceptions.VALUE_ERROR, "Cannot close a process while it is still "
                        + "running. You should first call join() or terminate().");
            }
            h.closed = true;
            return PyNone.NONE;
        }));
        dict.put("name", new Descriptors.Property(
                method(home, "name", new String[] {"self"}, 1, 0, null, null, s -> handleOrClosed(s[0]).getName()),
                method(home, "name", new String[] {"self", "name"}, 2, 0, null, null, s -> {
                    if (!(s[1] instanceof String n)) {
                        throw Exceptions.newException(Exceptions.ASSERTION_ERROR, "name must be a string");
                    }
                    handleOrClosed(s[0]).setName(n);
                    return PyNone.NONE;
                })));
        dict.put("daemon", new Descriptors.Property(
                method(home, "daemon", new String[] {"self"}, 1, 0, null, null, s -> handleOrClosed(s[0]).isDaemon()),
                method(home, "daemon", new String[] {"self", "daemonic"}, 2, 0, null, null, s -> {
                    MultiprocessingModule.Process h = handleOrClosed(s[0]);
                    if (h.pid() != null) {
                        throw Exceptions.newException(Exceptions.ASSERTION_ERROR, "process has already started");
                    }
                    h.setDaemon(Ops.truthy(s[1]));
                    return PyNone.NONE;
                })));
        Function<Object[], Object> pid = s -> {
            Long p = handle(s[0]).pid();
            return p == null ? PyNone.NONE : p;
        };
        dict.put("pid", new Descriptors.Property(method(home, "pid", new String[] {"self"}, 1, 0, null, null, pid),
                null));
        dict.put("ident", new Descriptors.Property(method(home, "ident", new String[] {"self"}, 1, 0, null, null,
                pid), null));
        dict.put("exitcode", new Descriptors.Property(method(home, "exitcode", new String[] {"self"}, 1, 0, null,
                null, s -> handle(s[0]).exitCode()), null));
        dict.put("__repr__", method(home, "__repr__", new String[] {"self"}, 1, 0, null, null, s -> {
            String r = handleOrClosed(s[0]).toString();
            return "<" + Ops.type(s[0]).name + r.substring(r.indexOf(' '));
        }));
        return PyClass.user("Process", "multiprocessing.context", new PyClass[] {Types.OBJECT}, dict);
    }

    /** {@code __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)}. */
    private static Object init(Function<String, MultiprocessingModule.Process> handles, Object[] s) {
        PyInstance self = (PyInstance) s[0];
        if (s[1] != PyNone.NONE) {
            throw Exceptions.newException(Exceptions.ASSERTION_ERROR, "group argument must be None for now");
        }
        self.setOwn("_target", s[2]);
        self.setOwn("_args", new PyTuple(Ops.toList(s[4]).toArray()));
        PyDict kwargs = new PyDict();
        if (s[5] != PyNone.NONE) {
            ((PyDict) s[5]).forEach(kwargs::put);
        }
        self.setOwn("_kwargs", kwargs);
        MultiprocessingModule.Process h = handles.apply(s[3] == PyNone.NONE ? null : Ops.str(s[3]));
        PyClass type = self.type();
        if (s[3] == PyNone.NONE && !type.name.equals("Process")) {
            // CPython names an instance of a subclass after it: P-1, not Process-1.
            h.setName(type.name + h.getName().substring(h.getName().lastIndexOf('-')));
        }
        if (s[6] != PyNone.NONE) {
            h.setDaemon(Ops.truthy(s[6]));
        }
        self.setOwn("_handle", h);
        return PyNone.NONE;
    }

    private static void call(Object fn, Object args, Object kwargs) {
        List<Object> values = new ArrayList<>(Ops.toList(args));
        List<String> names = new ArrayList<>();
        if (kwargs instanceof PyDict d) {
            d.forEach((key, v) -> {
                names.add(Ops.str(key));
                values.add(v);
            });
        }
        Ops.callKw(fn, values.toArray(), names.isEmpty() ? null : names.toArray(new String[0]));
    }

    /** The handle, refusing a closed process as CPython's {@code _check_closed} does. */
    private static MultiprocessingModule.Process handle(Object self) {
        MultiprocessingModule.Process h = handleOrClosed(self);
        if (h.closed) {
            throw Exceptions.newException(Exceptions.VALUE_ERROR, "process object is closed");
        }
        return h;
    }

    private static MultiprocessingModule.Process handleOrClosed(Object self) {
        if (self instanceof PyInstance inst && inst.getOwn("_handle") instanceof MultiprocessingModule.Process h) {
            return h;
        }
        throw Exceptions.attributeError("'" + Ops.type(self).name + "' object has no attribute '_handle'");
    }

    /** A function whose body is Java: binds, overrides and supports {@code super()} like a script method. */
    private static PyFunction method(PyModule home, String name, String[] params, int argCount, int kwOnly,
                                     Object[] defaults, HashMap<String, Object> kwDefaults,
                                     Function<Object[], Object> impl) {
        return JavaBodied.function(home, "BaseProcess." + name, FILE, params, argCount, kwOnly, defaults, kwDefaults,
                impl);
    }
}
