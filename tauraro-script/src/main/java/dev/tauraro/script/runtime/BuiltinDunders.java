package dev.tauraro.script.runtime;

/**
 * The special methods of the built-in value types as attributes ({@code [].__len__},
 * {@code dict.__setitem__(d, k, v)}, {@code super().__getitem__(k)} in a {@code dict} subclass):
 * each one is the operator of {@link Ops} applied to the built-in value, which keeps one
 * implementation of every operation.
 */
final class BuiltinDunders {
    private BuiltinDunders() {
    }

    /**
     * {@code value.name} for a special method that the type of {@code value} has, bound to it, or
     * null. {@code self} is the object the method is looked up on: the value itself, or the subclass
     * instance holding it (whose {@code __missing__} a dict's {@code __getitem__} calls).
     */
    static Object attr(Object self, Object value, String name) {
        if (!name.startsWith("__") || !has(value, name)) {
            return null;
        }
        if (unhashable(value, name)) {
            return PyNone.NONE;
        }
        return new BuiltinFunction(name, (a, k) -> call(self, value, name, a));
    }

    /** The unbound {@code type.name} of a built-in class: the first argument is the value. */
    static Object unbound(PyClass c, String name) {
        Object sample = sample(c);
        if (sample == null || !has(sample, name)) {
            return null;
        }
        if (unhashable(sample, name)) {
            return PyNone.NONE;
        }
        return new BuiltinFunction(name, (a, k) -> {
            if (a.length == 0 || !Ops.isInstance(a[0], c)) {
                throw Exceptions.typeError("descriptor '" + name + "' for '" + c.name + "' objects doesn't apply to a '"
                        + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
            }
            Object v = PyDerived.unwrap(a[0]);
            return call(a[0], v, name, java.util.Arrays.copyOfRange(a, 1, a.length));
        });
    }

    private static Object sample(PyClass c) {
        if (c == Types.DICT) {
            return new PyDict();
        }
        if (c == Types.LIST) {
            return new PyList();
        }
        if (c == Types.SET || c == Types.FROZENSET) {
            return PySet.of(c == Types.FROZENSET, null);
        }
        if (c == Types.TUPLE) {
            return PyTuple.EMPTY;
        }
        if (c == Types.STR) {
            return "";
        }
        if (c == Types.INT) {
            return 0L;
        }
        if (c == Types.BOOL) {
            return false;
        }
        if (c == Types.FLOAT) {
            return 0.0;
        }
        if (c == Types.BYTES) {
            return new PyBytes(new byte[0]);
        }
        if (c == Types.BYTEARRAY) {
            return new PyByteArray(new byte[0]);
        }
        return null;
    }

    /** {@code __hash__} of a mutable built-in value: None, as in CPython's type dicts ({@code list.__hash__ is None}). */
    private static boolean unhashable(Object v, String name) {
        return name.equals("__hash__") && (v instanceof PyDict || v instanceof PyList || v instanceof PyByteArray
                || v instanceof PySet s && !s.frozen);
    }

    private static boolean has(Object v, String name) {
        boolean mapping = v instanceof PyDict;
        boolean mutableSeq = v instanceof PyList || v instanceof PyByteArray;
        boolean seq = mutableSeq || v instanceof PyTuple || v instanceof String || v instanceof PyBytes;
        boolean set = v instanceof PySet;
        boolean number = Ops.isNumber(v);
        boolean container = mapping || seq || set;
        return switch (name) {
            case "__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__format__" -> container || number;
            case "__len__", "__iter__", "__contains__" -> container;
            case "__getitem__" -> mapping || seq;
            case "__setitem__", "__delitem__" -> mapping && !(v instanceof MappingProxy) || mutableSeq;
            case "__lt__", "__le__", "__gt__", "__ge__" -> seq || set || number;
            case "__add__", "__mul__", "__rmul__" -> seq || number;
            case "__or__", "__and__", "__xor__" -> set || number && !(v instanceof Double) || mapping && name.equals("__or__");
            case "__sub__" -> set || number;
            case "__radd__", "__rsub__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__neg__", "__pos__",
                 "__abs__", "__bool__", "__int__", "__float__" -> number;
            case "__index__", "__invert__", "__lshift__", "__rshift__", "__trunc__", "__floor__", "__ceil__" ->
                    Ops.isInt(v);
            case "__iadd__", "__imul__" -> v instanceof PyByteArray || v instanceof PyList;
            case "__ior__" -> mapping && !(v instanceof MappingProxy) || set && !((PySet) v).frozen;
            case "__iand__", "__isub__", "__ixor__" -> set && !((PySet) v).frozen;
            default -> false;
        };
    }

    private static Object call(Object self, Object v, String name, Object[] a) {
        return switch (name) {
            case "__repr__" -> Ops.repr(v);
            case "__str__" -> Ops.str(v);
            case "__format__" -> Format.format(v, Ops.str(a[0]));
            case "__hash__" -> PyHash.of(v); // the mutable ones have None instead (unhashable)
            case "__eq__" -> Ops.eq(v, PyDerived.unwrap(a[0]));
            case "__ne__" -> !Ops.eq(v, PyDerived.unwrap(a[0]));
            case "__len__" -> Ops.len(v);
            case "__iter__" -> Ops.iter(v);
            case "__contains__" -> Ops.contains(v, a[0]);
            case "__getitem__" -> self instanceof PyDerived d ? Ops.derivedGetItem(d, a[0]) : Ops.getItem(v, a[0]);
            case "__setitem__" -> {
                Ops.setItem(v, a[0], a[1]);
                yield PyNone.NONE;
            }
            case "__delitem__" -> {
                Ops.delItem(v, a[0]);
                yield PyNone.NONE;
            }
            case "__lt__" -> Ops.lt(v, PyDerived.unwrap(a[0]));
            case "__le__" -> Ops.le(v, PyDerived.unwrap(a[0]));
            case "__gt__" -> Ops.gt(v, PyDerived.unwrap(a[0]));
            case "__ge__" -> Ops.ge(v, PyDerived.unwrap(a[0]));
            case "__neg__" -> Ops.neg(v);
            case "__pos__" -> Ops.pos(v);
            case "__abs__" -> Ops.truthy(Ops.lt(v, 0L)) ? Ops.neg(v) : Ops.pos(v);
            case "__bool__" -> Ops.truthy(v);
            case "__int__", "__index__", "__trunc__", "__floor__", "__ceil__" ->
                    Ops.isInt(v) ? Ops.pos(v) : Conversions.toInt(new Object[] {v}, null);
            case "__invert__" -> Ops.invert(v);
            case "__float__" -> Ops.toDouble(v);
            case "__radd__" -> Ops.add(PyDerived.unwrap(a[0]), v);
            case "__rsub__" -> Ops.sub(PyDerived.unwrap(a[0]), v);
            case "__rmul__" -> Ops.mul(PyDerived.unwrap(a[0]), v);
            case "__iadd__" -> Ops.inplace("+", v, PyDerived.unwrap(a[0]));
            case "__imul__" -> Ops.inplace("*", v, PyDerived.unwrap(a[0]));
            case "__ior__", "__iand__", "__isub__", "__ixor__" -> inplaceSet(name, v, PyDerived.unwrap(a[0]));
            default -> Ops.binary(symbol(name), v, PyDerived.unwrap(a[0]));
        };
    }

    /**
     * {@code d.__ior__(x)} and a set's in-place operators called by name: a set's take only sets
     * (NotImplemented otherwise, as CPython's), a dict's take what update() takes.
     */
    private static Object inplaceSet(String name, Object v, Object other) {
        if (v instanceof PySet && !(other instanceof PySet)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        return Ops.inplace(symbol(name.replace("__i", "__")), v, other);
    }

    private static String symbol(String name) {
        return switch (name) {
            case "__add__" -> "+";
            case "__sub__" -> "-";
            case "__mul__" -> "*";
            case "__truediv__" -> "/";
            case "__floordiv__" -> "//";
            case "__mod__" -> "%";
            case "__pow__" -> "**";
            case "__and__" -> "&";
            case "__or__" -> "|";
            case "__lshift__" -> "<<";
            case "__rshift__" -> ">>";
            default -> "^";
        };
    }
}
