package dev.tauraro.script.runtime;

import java.util.Map;

/**
 * The methods every class inherits from {@code object}: {@code object.__setattr__(self, name, v)},
 * {@code super().__repr__()}, {@code obj.__eq__}, ... Each takes {@code self} as first argument,
 * as CPython's slot wrappers do. The interpreter's own dispatch does not go through them (it tests
 * for script-defined dunders and falls back to the same behaviour directly); they are what a script
 * reaches when it names one.
 */
final class ObjectMethods {
    private ObjectMethods() {
    }

    private static final Map<String, BuiltinFunction> METHODS = Map.ofEntries(
            method("__setattr__", 3, a -> {
                Attributes.genericSet(a[0], name(a[1]), a[2]);
                return PyNone.NONE;
            }),
            method("__delattr__", 2, a -> {
                Attributes.genericDelete(a[0], name(a[1]));
                return PyNone.NONE;
            }),
            method("__getattribute__", 2, a -> Attributes.genericGetOrThrow(a[0], name(a[1]))),
            method("__repr__", 1, a -> Ops.defaultRepr(a[0])),
            method("__str__", 1, a -> Ops.repr(a[0])),
            method("__hash__", 1, a -> (long) System.identityHashCode(a[0])),
            method("__eq__", 2, a -> a[0] == a[1] ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED),
            method("__ne__", 2, a -> {
                Object eq = Ops.callMethod(a[0], "__eq__", new Object[] {a[1]}, null);
                return eq == PyNone.NOT_IMPLEMENTED ? eq : !Ops.truthy(eq);
            }),
            method("__lt__", 2, a -> PyNone.NOT_IMPLEMENTED),
            method("__le__", 2, a -> PyNone.NOT_IMPLEMENTED),
            method("__gt__", 2, a -> PyNone.NOT_IMPLEMENTED),
            method("__ge__", 2, a -> PyNone.NOT_IMPLEMENTED),
            Map.entry("__init__", new BuiltinFunction("__init__", ObjectMethods::init)),
            method("__reduce_ex__", 2, a -> ObjectReduction.reduceEx(a[0], a[1])),
            method("__reduce__", 1, a -> ObjectReduction.reduce(a[0])),
            method("__getstate__", 1, a -> ObjectReduction.getState(a[0])),
            method("__format__", 2, a -> {
                if (!(a[1] instanceof String spec)) {
                    throw Exceptions.typeError("__format__() argument must be str, not " + Ops.typeName(a[1]));
                }
                if (!spec.isEmpty()) {
                    throw Exceptions.typeError("unsupported format string passed to " + Ops.typeName(a[0])
                            + ".__format__");
                }
                return Ops.str(a[0]);
            }));

    private static Map.Entry<String, BuiltinFunction> method(String name, int arity,
                                                             java.util.function.Function<Object[], Object> body) {
        return Map.entry(name, new BuiltinFunction(name, (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exceptions.typeError(name + "() takes no keyword arguments");
            }
            if (a.length != arity) {
                throw Exceptions.typeError("expected " + (arity - 1) + " argument" + (arity == 2 ? "" : "s")
                        + ", got " + Math.max(0, a.length - 1));
            }
            return body.apply(a);
        }));
    }

    /**
     * {@code object.__init__(self, *args)}: does nothing, but refuses arguments unless the class
     * overrides {@code __new__} and not {@code __init__}, as CPython's {@code object_init}.
     */
    private static Object init(Object[] a, String[] k) {
        if (a.length == 0) {
            throw Exceptions.typeError("descriptor '__init__' of 'object' object needs an argument");
        }
        if (a.length > 1) {
            PyClass t = Ops.type(a[0]);
            if (t.lookup("__init__") != null) {
                throw Exceptions.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == null) {
                throw Exceptions.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    private static String name(Object n) {
        if (n instanceof String s) {
            return s;
        }
        throw Exceptions.typeError("attribute name must be string, not '" + Ops.typeName(n) + "'");
    }

    /** {@code object.name} (unbound: self is the first argument), or null. */
    static BuiltinFunction get(String name) {
        return METHODS.get(name);
    }
}
