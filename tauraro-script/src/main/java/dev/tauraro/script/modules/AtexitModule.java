package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code atexit}: callbacks run, last registered first, once the script and its non-daemon threads
 * are done (also after an uncaught exception or {@code sys.exit()}), through
 * {@link Interpreter#onExit}. A callback's exception is reported on stderr as CPython's
 * "Exception ignored in atexit callback" and the others still run.
 */
final class AtexitModule {
    private AtexitModule() {
    }

    private record Callback(Object function, Object[] args, String[] kwnames) {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("atexit", interp);
        List<Callback> callbacks = new ArrayList<>();
        Runnable run = () -> {
            List<Callback> todo;
            synchronized (callbacks) {
                todo = new ArrayList<>(callbacks);
                callbacks.clear();
            }
            for (int i = todo.size() - 1; i >= 0; i--) {
                Callback c = todo.get(i);
                try {
                    Ops.callKw(c.function(), c.args(), c.kwnames());
                } catch (PyException e) {
                    if (e.value.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
                        continue;   // as CPython: a SystemExit in a callback is ignored silently
                    }
                    interp.err().print("Exception ignored in atexit callback: " + Ops.repr(c.function()) + "\n"
                            + interp.formatTraceback(e.value));
                }
            }
            interp.err().flush();
        };
        interp.onExit(run);
        m.set("register", new BuiltinFunction("register", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (a.length - nk < 1) {
                throw Exceptions.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!(a[0] instanceof dev.tauraro.script.runtime.PyCallable
                    || a[0] instanceof dev.tauraro.script.runtime.PyInstance i && i.type().lookup("__call__") != null)) {
                throw Exceptions.typeError("the first argument must be callable");
            }
            synchronized (callbacks) {
                callbacks.add(new Callback(a[0], Arrays.copyOfRange(a, 1, a.length), k));
            }
            return a[0];
        }));
        m.set("unregister", new BuiltinFunction("unregister", (a, k) -> {
            synchronized (callbacks) {
                callbacks.removeIf(c -> Ops.eq(c.function(), a[0]));
            }
            return PyNone.NONE;
        }));
        m.set("_run_exitfuncs", new BuiltinFunction("_run_exitfuncs", (a, k) -> {
            run.run();
            return PyNone.NONE;
        }));
        m.set("_clear", new BuiltinFunction("_clear", (a, k) -> {
            synchronized (callbacks) {
                callbacks.clear();
            }
            return PyNone.NONE;
        }));
        m.set("_ncallbacks", new BuiltinFunction("_ncallbacks", (a, k) -> {
            synchronized (callbacks) {
                return (long) callbacks.size();
            }
        }));
        return m;
    }
}
