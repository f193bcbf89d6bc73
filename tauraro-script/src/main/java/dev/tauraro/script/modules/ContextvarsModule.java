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
        // this interpreter's Context class once seen: every ContextVar.get asks for the current
        // context, and finding the class through the module table each time cost more than the rest
        PyClass[] own = new PyClass[1];
        m.set("current", new BuiltinFunction("current", (a, k) -> {
            Object c = CallDepth.current().context;
            if (c == null) {
                return PyNone.NONE;
            }
            PyClass type = Ops.type(c);
            if (type == own[0]) {
                return c;
            }
            // a thread that ran another interpreter's script before (embedding, tests) still holds
            // that interpreter's Context: this interpreter starts its own
            PyClass cls = contextClass(interp);
            if (cls == null || !type.isSubclassOf(cls)) {
                return PyNone.NONE;
            }
            if (type == cls) {
                own[0] = cls;
            }
            return c;
        }));
        m.set("set_current", new BuiltinFunction("set_current", (a, k) -> {
            CallDepth.current().context = a[0] == PyNone.NONE ? null : a[0];
            return PyNone.NONE;
        }));
        return m;
    }

    /** contextvars.Context of this interpreter, null before lib/contextvars.py is imported. */
    private static PyClass contextClass(Interpreter interp) {
        PyModule lib = interp.modules().get("contextvars");
        return lib != null && lib.get("Context") instanceof PyClass cls ? cls : null;
    }
}
