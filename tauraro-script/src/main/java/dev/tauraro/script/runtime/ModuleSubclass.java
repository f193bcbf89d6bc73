package dev.tauraro.script.runtime;

/**
 * Attribute access on a module whose class is a script subclass of {@code types.ModuleType}
 * ({@code class M(types.ModuleType)}, or {@code mod.__class__ = M} as lazy-loading libraries do):
 * the class's data descriptors (properties) first, then the module's globals, then the class's
 * other attributes (methods bound to the module), then the module's own {@code __getattr__}
 * (PEP 562) and last the class's {@code __getattr__}. Globals stay the module's namespace, so
 * {@code import} and {@code from m import x} see what the script set. A class's {@code __setattr__}
 * and {@code __getattribute__} are not consulted.
 */
final class ModuleSubclass {
    private ModuleSubclass() {
    }

    private static final int DATA = PyClass.DESC_SET | PyClass.DESC_DELETE;

    /** {@code m.name}, or null when missing. */
    static Object get(PyModule m, String name) {
        PyClass t = m.type();
        Object cv = t.lookup(name);
        if (isData(cv)) {
            return Attributes.bind(cv, m, t);
        }
        Object v = m.get(name);
        if (v != null) {
            return v;
        }
        switch (name) {
            case "__dict__":
                return m.dict();
            case "__class__":
                return t;
            default:
                break;
        }
        if (cv != null) {
            return Attributes.bind(cv, m, t);
        }
        Object classHook = t.lookup("__getattr__");
        Object hook = m.get("__getattr__");
        if (hook != null) {
            try {
                return Ops.moduleGetattr(hook, m, name);
            } catch (PyException e) {
                if (classHook == null || !e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        return classHook == null ? null : Ops.callSpecial(classHook, m, name);
    }

    /** {@code m.name = value} when the class decides it (a property, a data descriptor, {@code __class__}); else false. */
    static boolean set(PyModule m, String name, Object value) {
        PyClass t = m.type();
        Object cv = t.lookup(name);
        if (cv instanceof Descriptors.Property p) {
            p.set(m, t, name, value);
            return true;
        }
        if (cv instanceof PyInstance d && d.type().has(DATA)) {
            Object setter = d.type().lookup("__set__");
            if (setter == null) {
                throw Exceptions.attributeError("__set__");
            }
            Ops.callKw(setter, new Object[] {d, m, value}, null);
            return true;
        }
        if (name.equals("__class__")) {
            m.setClass(value);
            return true;
        }
        return false;
    }

    private static boolean isData(Object cv) {
        return cv instanceof Descriptors.Property || cv instanceof PyInstance d && d.type().has(DATA);
    }
}
