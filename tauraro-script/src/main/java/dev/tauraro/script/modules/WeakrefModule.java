package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _weakref}: Java weak references for {@code lib/weakref.py}. {@code ref(obj)} makes a
 * handle, {@code get(handle)} reads it (None once the object was collected). A handle given to
 * {@code watch(handle, wr)} calls {@code wr._collected()} after its object is collected: at the
 * next {@code gc.collect()}, or at the next {@code ref}/{@code get} after the JVM reported it.
 *
 * <p>Differences from CPython: objects are collected when the JVM's collector runs, not when their
 * last reference goes away; {@code gc.collect()} asks for a collection, which a JVM normally does
 * at once but may decline.
 */
final class WeakrefModule {
    private WeakrefModule() {
    }

    /** The weak reference a handle is: opaque to scripts. */
    static final class Handle extends WeakReference<Object> {
        Handle(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
        }

        @Override
        public String toString() {
            return "<weak handle>";
        }
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_weakref", interp);
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Map<Handle, Object> watched = new LinkedHashMap<>();
        Runnable run = () -> runCallbacks(queue, watched, false);
        m.set("ref", new BuiltinFunction("ref", (a, k) -> {
            Object o = a[0];
            if (o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof Boolean
                    || o instanceof String || o instanceof PyTuple || o instanceof PyList || o instanceof PyDict
                    || o instanceof PyBytes || o == PyNone.NONE) {
                throw Exceptions.typeError("cannot create weak reference to '" + Ops.typeName(o) + "' object");
            }
            run.run();
            return new Handle(o, queue);
        }));
        m.set("get", new BuiltinFunction("get", (a, k) -> {
            Object o = ((Handle) a[0]).get();
            return o == null ? PyNone.NONE : o;
        }));
        m.set("watch", new BuiltinFunction("watch", (a, k) -> {
            watched.put((Handle) a[0], a[1]);
            return PyNone.NONE;
        }));
        m.set("unwatch", new BuiltinFunction("unwatch", (a, k) -> {
            watched.remove((Handle) a[0]);
            return PyNone.NONE;
        }));
        m.set("_run_callbacks", new BuiltinFunction("_run_callbacks", (a, k) -> {
            runCallbacks(queue, watched, true);
            return PyNone.NONE;
        }));
        return m;
    }

    /** Calls {@code _collected()} of the watched references whose objects are gone (all checked when {@code full}). */
    private static void runCallbacks(ReferenceQueue<Object> queue, Map<Handle, Object> watched, boolean full) {
        boolean any = full;
        while (queue.poll() != null) {
            any = true;
        }
        if (!any) {
            return;
        }
        List<Object> due = new ArrayList<>();
        watched.entrySet().removeIf(e -> {
            if (e.getKey().get() == null) {
                due.add(e.getValue());
                return true;
            }
            return false;
        });
        for (Object wr : due) {
            Ops.call(Ops.getAttr(wr, "_collected"));
        }
    }
}
