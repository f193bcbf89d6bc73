package dev.tauraro.script.runtime;

/**
 * An instance of a script class that extends a built-in value type ({@code class D(dict)},
 * {@code class S(str)}, ...): the built-in value it is, plus the class and attribute dict every
 * instance has, as CPython lays such objects out.
 *
 * <p>Special methods the script class defines win, as for any instance; every operation it does
 * not define falls through to {@link #value} ({@link #unwrap}), so the instance behaves as its
 * built-in base in every built-in operation. Immutable values are fixed by {@code __new__}; mutable
 * containers start empty and are filled in place by {@code __init__}, so methods of the base and
 * {@code super().__setitem__} all act on the one container.
 */
public final class PyDerived extends PyInstance {
    /** The built-in value: a {@link PyDict}, {@link PyList}, {@link PySet}, {@link PyTuple}, str, int, ... */
    public final Object value;

    PyDerived(PyClass type, Object value) {
        super(type);
        this.value = value;
    }

    /** The built-in value behind {@code o}, or {@code o} itself. */
    public static Object unwrap(Object o) {
        return o instanceof PyDerived d ? d.value : o;
    }

    /** The built-in types a script class may extend, with the first that {@code cls} extends, or null. */
    static PyClass derivableBase(PyClass builtin) {
        if (builtin == Types.DICT || builtin == Types.LIST || builtin == Types.SET || builtin == Types.FROZENSET
                || builtin == Types.STR || builtin == Types.INT || builtin == Types.FLOAT || builtin == Types.TUPLE
                || builtin == Types.BYTES || builtin == Types.BYTEARRAY || builtin == Types.PROPERTY || builtin == Types.CLASSMETHOD
                || builtin == Types.STATICMETHOD || builtin.subclassable() || builtin.derivable()) {
            return builtin;
        }
        return null;
    }

    /**
     * The built-in descriptor a subclass instance of {@code property}, {@code classmethod} or
     * {@code staticmethod} holds, when its class does not define {@code __get__} itself: it binds
     * as its base does. Otherwise {@code o}.
     */
    static Object descriptor(Object o) {
        if (o instanceof PyDerived d && (d.value instanceof Descriptors.Property
                || d.value instanceof Descriptors.ClassMethod || d.value instanceof Descriptors.StaticMethod)
                && !d.type().has(PyClass.DESC_GET)) {
            return d.value;
        }
        return o;
    }

    /**
     * An instance of {@code cls}, a script class extending a built-in, holding {@code value}: for the
     * built-in's alternative constructors, which make a subclass instance without calling
     * {@code __new__} or {@code __init__} ({@code chain.from_iterable} called on a subclass).
     */
    public static PyDerived of(PyClass cls, Object value) {
        return new PyDerived(cls, value);
    }

    /** {@code base.__new__(cls, *args)}: an empty container, or the immutable value the base makes of args. */
    static PyDerived allocate(PyClass cls, PyClass base, Object[] args, String[] kwnames) {
        Object v;
        if (base == Types.DICT) {
            v = new PyDict();
        } else if (base == Types.LIST) {
            v = new PyList();
        } else if (base == Types.SET) {
            v = PySet.of(false, null);
        } else if (base == Types.BYTEARRAY) {
            v = new PyByteArray(new byte[0]);
        } else if (base.subclassable()) {
            v = base.construct(Ops.NO_ARGS, null); // empty; the base's __init__ fills it

        } else {
            v = unwrap(base.construct(args, kwnames));
        }
        return new PyDerived(cls, v);
    }

    /** {@code dict.__init__} / {@code list.__init__} / {@code set.__init__} on this container; others ignore it. */
    void builtinInit(PyClass base, Object[] args, String[] kwnames) {
        if (args.length == 0 && emptyContainer()) {
            return; // what __init__() does to an empty one (deltablue's OrderedCollection(list)() in loops)
        }
        int positional = args.length - (kwnames == null ? 0 : kwnames.length);
        if (value instanceof PySet && positional > 1) { // set's __init__ names the subclass, list's and dict's their base
            throw Exceptions.typeError(type().name + " expected at most 1 argument, got " + positional);
        }
        initValue(value, base, args, kwnames);
    }

    /**
     * {@code base.__init__(value, *args, **kw)} for a built-in value: a list, set or bytearray
     * takes the items of the argument in place of its own, a dict adds them, a subclassable value
     * runs its own; the immutable values were made by their constructor and ignore it.
     */
    static void initValue(Object value, PyClass base, Object[] args, String[] kwnames) {
        if (value instanceof PyDict d) {
            d.putAll((PyDict) base.construct(args, kwnames));
        } else if (value instanceof PyList l) {
            PyList fresh = (PyList) base.construct(args, kwnames);
            l.clear();
            l.addAll(fresh);
        } else if (value instanceof SubclassableValue n) {
            n.init(args, kwnames);
        } else if (value instanceof PyByteArray b) {
            PyByteArray fresh = (PyByteArray) base.construct(args, kwnames);
            b.setItem(new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE), fresh);
        } else if (value instanceof PySet s && !s.frozen) {
            PySet fresh = (PySet) base.construct(args, kwnames);
            s.clear();
            s.addAll(fresh);
        }
    }

    /** Whether the value is an empty dict, list or (non-frozen) set, which {@code __init__()} leaves so. */
    private boolean emptyContainer() {
        return value instanceof PyList l ? l.isEmpty() : value instanceof PyDict d ? d.isEmpty()
                : value instanceof PySet s && !s.frozen && s.isEmpty();
    }

    /** The built-in class whose value this instance holds. */
    PyClass builtinBase() {
        for (PyClass c : type().mro) {
            if (c.isBuiltin() && derivableBase(c) != null) {
                return c;
            }
        }
        return Types.OBJECT;
    }
}
