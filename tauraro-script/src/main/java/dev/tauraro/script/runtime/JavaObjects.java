package dev.tauraro.script.runtime;

import dev.tauraro.script.modules.AsyncioModule;

/**
 * Script access to Java objects returned by bound modules (tasks, futures, locks, queues...):
 * their type objects and attributes come from the owning module's binding table.
 */
final class JavaObjects {
    private JavaObjects() {
    }

    static PyClass typeOf(Object o) {
        if (AsyncioModule.owns(o)) {
            return AsyncioModule.typeOf(o);
        }
        if (dev.tauraro.script.modules.MultiprocessingModule.owns(o)) {
            return dev.tauraro.script.modules.MultiprocessingModule.typeOf(o);
        }
        return null;
    }

    static Object attr(Object o, String name) {
        if (o instanceof NativeValue n) {
            return n.attr(name);
        }
        if (AsyncioModule.owns(o)) {
            return AsyncioModule.attr(o, name);
        }
        if (dev.tauraro.script.modules.MultiprocessingModule.owns(o)) {
            return dev.tauraro.script.modules.MultiprocessingModule.attr(o, name);
        }
        return null;
    }

    /** The repr of a Java object whose module shows it as CPython would, or null for its toString. */
    static String repr(Object o) {
        return AsyncioModule.owns(o) ? AsyncioModule.repr(o) : null;
    }

    static Iterable<?> iterable(Object o) {
        if (AsyncioModule.owns(o) || dev.tauraro.script.modules.MultiprocessingModule.owns(o)
                || o instanceof Thread || o instanceof dev.tauraro.script.modules.ThreadModule.ScriptLock) {
            return null;
        }
        return o instanceof Iterable<?> it && !(o instanceof PyInstance) ? it : null;
    }
}
