package dev.tauraro.script.runtime;

/**
 * One attribute site of compiled code ({@code obj.name}, {@code obj.name = v}, {@code obj.name(...)}).
 * It keeps what the class lookup gave for the last type of instance seen there, valid while that
 * class's {@link PyClass#version} is unchanged, so that a repeated access skips the walk over the
 * MRO's dicts (CPython's specialising {@code LOAD_ATTR} caches the same way). The instance dict and
 * the hooks are still consulted on every access, so the result is always what a fresh lookup gives.
 */
public final class AttrSite {
    /** Immutable, so that threads sharing a site (pool workers run without the GIL) see whole entries. */
    private record Entry(PyClass type, int version, Object classAttr) {
    }

    final String name;
    private Entry last;

    public AttrSite(String name) {
        this.name = name.intern(); // instance dicts then usually find their key by identity
    }

    public String name() {
        return name;
    }

    /** {@code type.lookup(name)}, from the cache when the type and its version match. */
    Object classAttr(PyClass type) {
        Entry e = last;
        if (e == null || e.type != type || e.version != type.version) {
            e = new Entry(type, type.version, type.lookup(name));
            last = e;
        }
        return e.classAttr;
    }

    /** {@code obj.name}. */
    public Object get(Object obj) {
        return obj instanceof PyInstance inst ? Attributes.get(inst, this) : Ops.getAttr(obj, name);
    }

    /** {@code obj.name = value}. */
    public void set(Object obj, Object value) {
        if (obj instanceof PyInstance inst) {
            Attributes.set(inst, this, value);
        } else {
            Ops.setAttr(obj, name, value);
        }
    }

    /**
     * The callee of {@code obj.name(...)}, found before the arguments are evaluated, as CPython's
     * {@code LOAD_METHOD} finds it: so a missing attribute (or a property or {@code __getattr__}
     * with effects) acts before any argument is computed. Null where the lookup cannot fail or have
     * effects and {@link #call} does it faster: a plain method of a script class, a method of a
     * list, str or dict, or one of a {@link NativeMethods} value.
     */
    public Object method(Object obj) {
        if (obj instanceof PyInstance inst) {
            return plainMethod(inst) != null ? null : Attributes.get(inst, this);
        }
        if (nativeMethod(obj)) {
            return null;
        }
        if (obj instanceof PyList || obj instanceof String || obj instanceof PyDict) {
            Class<?> c = obj.getClass();
            if (c == builtinWithMethod) {
                return null;
            }
            Object m = Ops.getAttr(obj, name);   // raises AttributeError for a name the type lacks
            builtinWithMethod = c;
            return m;
        }
        return Ops.getAttr(obj, name);
    }

    /**
     * The function {@code inst.name} is found as when it is a plain function of the class that
     * nothing can intercept (no {@code __getattribute__}, no instance attribute of that name), else
     * null. Calling it with {@code inst} first is what {@code inst.name(...)} does, without making a
     * bound method; a call node that found it before evaluating the arguments calls it even if an
     * argument rebinds the name, as CPython's {@code LOAD_METHOD} does.
     */
    public PyFunction plainMethod(PyInstance inst) {
        PyClass type = inst.type();
        return !type.has(PyClass.GETATTRIBUTE) && classAttr(type) instanceof PyFunction fn
                && (inst.dict == null || !inst.dict.containsKey(name)) ? fn : null;
    }

    /** The builtin type last seen here that has this method (lookups on it are pure). */
    private volatile Class<?> builtinWithMethod;
    /** The {@link NativeMethods} class last found to have this site's method (a set lookup saved per call). */
    private volatile Class<?> nativeWithMethod;

    private boolean nativeMethod(Object obj) {
        if (!(obj instanceof NativeMethods n)) {
            return false;
        }
        Class<?> c = obj.getClass();
        if (c == nativeWithMethod) {
            return true;
        }
        if (n.hasMethod(name)) {
            nativeWithMethod = c;
            return true;
        }
        return false;
    }

    /** {@code obj.name(*args)}: a method of a script class is called without making a bound method. */
    public Object call(Object obj, Object[] args, String[] kwnames) {
        if (obj instanceof PyInstance inst) {
            PyFunction fn = plainMethod(inst);
            if (fn != null) {
                return fn.callWithSelf(inst, args, kwnames);
            }
        }
        if (obj instanceof String s && kwnames == null) {
            StrMethods.Method m = strMethod;
            if (m == null) {
                m = BuiltinMethods.strMethod(name);
                strMethod = m = m == null ? NOT_STR : m;
            }
            if (m != NOT_STR) {
                return m.call(s, name, StrMethods.plain(name, args), null);
            }
        }
        if (obj instanceof PyList l) {
            ListMethods.Method m = listMethod;
            if (m == null) {
                m = ListMethods.method(name);
                listMethod = m = m == null ? NOT_LIST : m;
            }
            if (m != NOT_LIST) {
                return m.call(l, args, kwnames);
            }
        } else if (obj != null && obj.getClass() == PyDict.class) { // not a mappingproxy, which has fewer
            DictMethods.Method m = dictMethod;
            if (m == null) {
                m = DictMethods.method(name);
                dictMethod = m = m == null ? NOT_DICT : m;
            }
            if (m != NOT_DICT) {
                return m.call((PyDict) obj, args, kwnames);
            }
        }
        if (nativeMethod(obj)) {
            return ((NativeMethods) obj).callMethod(name, args, kwnames);
        }
        return Ops.callMethod(obj, name, args, kwnames);
    }

    /**
     * str's method of this site's name, found on the first call on a str here and kept, so that later
     * calls go straight to it (no name switch per call); {@link #NOT_STR} when str has none.
     * Its values are stateless, so threads racing on it only repeat the lookup.
     */
    private StrMethods.Method strMethod;
    private static final StrMethods.Method NOT_STR = (s, n, a, k) -> null;

    /** list's and dict's methods of this site's name, kept as {@link #strMethod} is. */
    private ListMethods.Method listMethod;
    private static final ListMethods.Method NOT_LIST = (l, a, k) -> null;
    private DictMethods.Method dictMethod;
    private static final DictMethods.Method NOT_DICT = (d, a, k) -> null;
}
