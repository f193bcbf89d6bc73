package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.CallDepth;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code _contextvars}: where the current {@code contextvars.Context} of a thread is kept (a field
 * of the thread's {@link CallDepth}). {@code lib/contextvars.py} builds Context, ContextVar and Token
 * on it; coroutine drivers install a task's Context around each step of the task.
 */
final class ContextvarsModule {
    private ContextvarsModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_contextvars", interp);
        m.set("current", new BuiltinFunction("current", (a, k) -> {
            Object c = CallDepth.current().context;
            // a thread that ran another interpreter's script before (embedding, tests) still holds
            // that interpreter's Context: this interpreter starts its own
            return c == null || !ownContext(interp, c) ? PyNone.NONE : c;
        }));
        m.set("set_current", new BuiltinFunction("set_current", (a, k) -> {
            CallDepth.current().context = a[0] == PyNone.NONE ? null : a[0];
            return PyNone.NONE;
        }));
        return m;
    }

    private static boolean ownContext(Interpreter interp, Object c) {
        PyModule lib = interp.modules().get("contextvars");
        return lib != null && lib.get("Context") instanceof PyClass cls && Ops.type(c).isSubclassOf(cls);
    }
}
