package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;

/**
 * {@code gc}: the JVM's garbage collector stands behind it, so most of CPython's knobs have nothing
 * to act on. {@code collect()} asks the JVM for a collection ({@code System.gc()}, a request the
 * JVM may ignore) and then runs the callbacks of {@code weakref}s whose objects were collected; it
 * returns 0 (the JVM does not count unreachable objects). {@code enable}, {@code disable},
 * {@code set_threshold}, {@code freeze} only record what they are told: the JVM collects whenever
 * it needs to. {@code get_objects}, {@code get_referrers} and {@code get_referents} are absent.
 */
final class GcModule {
    private GcModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gc", interp);
        boolean[] enabled = {true};
        long[] thresholds = {700, 10, 10};
        m.set("collect", new BuiltinFunction("collect", (a, k) -> {
            System.gc();
            PyModule weakref = interp.modules().get("_weakref");
            if (weakref != null) {
                dev.tauraro.script.runtime.Ops.call(weakref.get("_run_callbacks"));
            }
            return 0L;
        }));
        m.set("enable", new BuiltinFunction("enable", (a, k) -> {
            enabled[0] = true;
            return PyNone.NONE;
        }));
        m.set("disable", new BuiltinFunction("disable", (a, k) -> {
            enabled[0] = false;
            return PyNone.NONE;
        }));
        m.set("isenabled", new BuiltinFunction("isenabled", (a, k) -> enabled[0]));
        m.set("get_threshold", new BuiltinFunction("get_threshold", (a, k) ->
                new PyTuple(new Object[] {thresholds[0], thresholds[1], thresholds[2]})));
        m.set("set_threshold", new BuiltinFunction("set_threshold", (a, k) -> {
            for (int i = 0; i < a.length && i < 3; i++) {
                thresholds[i] = dev.tauraro.script.runtime.Ops.toLong(a[i]);
            }
            return PyNone.NONE;
        }));
        m.set("get_count", new BuiltinFunction("get_count", (a, k) -> new PyTuple(new Object[] {0L, 0L, 0L})));
        m.set("freeze", new BuiltinFunction("freeze", (a, k) -> PyNone.NONE));
        m.set("unfreeze", new BuiltinFunction("unfreeze", (a, k) -> PyNone.NONE));
        m.set("get_freeze_count", new BuiltinFunction("get_freeze_count", (a, k) -> 0L));
        m.set("is_tracked", new BuiltinFunction("is_tracked", (a, k) -> !(a[0] instanceof Long || a[0] instanceof String
                || a[0] instanceof Double || a[0] instanceof Boolean || a[0] == PyNone.NONE)));
        m.set("garbage", new PyList());
        m.set("callbacks", new PyList());
        m.set("DEBUG_STATS", 1L);
        m.set("DEBUG_COLLECTABLE", 2L);
        m.set("DEBUG_UNCOLLECTABLE", 4L);
        m.set("DEBUG_SAVEALL", 32L);
        m.set("DEBUG_LEAK", 38L);
        return m;
    }
}
