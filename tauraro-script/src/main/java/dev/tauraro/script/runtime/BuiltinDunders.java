package dev.tauraro.script.runtime;

import java.math.RoundingMode;

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
        if (unhashable(value, name)) {
            return PyNone.NONE;
        }
        if (!name.startsWith("__") || !has(value, name)) {
            return null;
        }
        return new BuiltinFunction(name, (a, k) -> call(self, value, name, a, k));
    }

    /** The unbound {@code type.name} of a built-in class: the first argument is the value. */
    static Object unbound(PyClass c, String name) {
        Object sample = sample(c);
        if (sample != null && unhashable(sample, name)) {
            return PyNone.NONE;
        }
        if (sample == null || !has(sample, name)) {
            return null;
        }
        boolean method = methodOwner(sample, name) != null;
        return new BuiltinFunction(name, (a, k) -> {
            if (a.length == 0 || !Ops.isInstance(a[0], c)) {
                throw !method ? Exceptions.wrapperMismatch(name, c.name, a) : a.length == 0
                        ? Exceptions.typeError("unbound method " + c.name + "." + name + "() needs an argument")
                        : Exceptions.descriptorMismatch(name, c.name, a);
            }
            Object v = PyDerived.unwrap(a[0]);
            return call(a[0], v, name, java.util.Arrays.copyOfRange(a, 1, a.length), k);
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
        if (c == Types.SLICE) {
            return new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        if (c == Types.RANGE) {
            return new PyRange(0, 0, 1);
        }
        return null;
    }

    /** {@code __hash__} of an unhashable built-in value: None, as in CPython's type dicts ({@code list.__hash__ is None}). */
    private static boolean unhashable(Object v, String name) {
        return name.equals("__hash__") && PyHash.unhashableBuiltin(v);
    }

    private static boolean has(Object v, String name) {
        if (v instanceof PySlice) { // its repr and comparisons (its __hash__ is None: see unhashable)
            return comparison(name) || name.equals("__repr__") || name.equals("__str__");
        }
        boolean mapping = v instanceof PyDict;
        boolean mutableSeq = v instanceof PyList || v instanceof PyByteArray;
        boolean text = v instanceof String || v instanceof PyBytes || v instanceof PyByteArray;
        boolean seq = mutableSeq || v instanceof PyTuple || text;
        boolean set = v instanceof PySet;
        boolean range = v instanceof PyRange;
        boolean number = Ops.isNumber(v);
        boolean integer = Ops.isInt(v);
        boolean container = mapping || seq || set;
        return switch (name) {
            case "__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__format__", "__init__", "__lt__", "__le__",
                 "__gt__", "__ge__" -> container || number || range;
            case "__len__", "__iter__", "__contains__" -> container || range;
            case "__getitem__" -> mapping || seq || range;
            case "__reversed__" -> v instanceof PyList || mapping || range;
            case "__setitem__", "__delitem__" -> mapping && !(v instanceof MappingProxy) || mutableSeq;
            case "__add__", "__mul__", "__rmul__" -> seq || number;
            case "__mod__", "__rmod__" -> text || number;
            case "__or__", "__ror__" -> set || integer || mapping;
            case "__and__", "__xor__", "__rand__", "__rxor__" -> set || integer;
            case "__sub__", "__rsub__" -> set || number;
            case "__radd__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__pow__", "__rpow__",
                 "__divmod__", "__rdivmod__", "__neg__", "__pos__", "__abs__", "__int__", "__float__", "__round__",
                 "__trunc__", "__floor__", "__ceil__" -> number;
            case "__bool__" -> number || range;
            case "__getnewargs__" -> number || v instanceof String || v instanceof PyBytes || v instanceof PyTuple;
            case "__index__", "__invert__", "__lshift__", "__rshift__", "__rlshift__", "__rrshift__" -> integer;
            case "__iadd__", "__imul__" -> mutableSeq;
            case "__ior__" -> mapping && !(v instanceof MappingProxy) || set && !((PySet) v).frozen;
            case "__iand__", "__isub__", "__ixor__" -> set && !((PySet) v).frozen;
            default -> false;
        };
    }

    /**
     * The type that defines {@code name} as a method of its own, for CPython's message refusing
     * keywords ({@code list.__getitem__() takes no keyword arguments}), or null for a slot wrapper
     * ({@code wrapper __len__() ...}). CPython makes methods of __reversed__, of the numbers' rounding
     * and __getnewargs__, of __format__ (object's for the types without their own) and, with
     * METH_COEXIST, of list's and dict's __getitem__ and of dict's and set's __contains__.
     */
    private static String methodOwner(Object v, String name) {
        String type = Ops.isInt(v) ? "int" : Ops.typeName(v); // bool's are int's
        return switch (name) {
            case "__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__" -> type;
            case "__format__" -> Ops.isNumber(v) || v instanceof String ? type : "object";
            case "__getitem__" -> v instanceof PyList || v instanceof PyDict && !(v instanceof MappingProxy) ? type : null;
            case "__contains__" -> v instanceof PySet || v instanceof PyDict && !(v instanceof MappingProxy) ? type : null;
            default -> null;
        };
    }

    private static Object call(Object self, Object v, String name, Object[] a, String[] k) {
        if (name.equals("__init__")) {   // list.__init__ refills the list, and a subclass instance's its value
            if (self instanceof PyDerived d) {
                d.builtinInit(d.builtinBase(), a, k);
            } else {
                PyDerived.initValue(v, Ops.type(v), a, k);
            }
            return PyNone.NONE;
        }
        if (k != null && k.length > 0) {
            String owner = methodOwner(v, name);
            throw Exceptions.typeError((owner == null ? "wrapper " : owner + ".") + name + "() takes no keyword arguments");
        }
        int arity = arity(name);
        int most = name.equals("__round__") || name.equals("__pow__") || name.equals("__rpow__") ? arity + 1 : arity;
        if (arity >= 0 && (a.length < arity || a.length > most)) {
            throw Exceptions.typeError(most > arity ? name + " expected at most " + most + " argument" + (most == 1 ? "" : "s")
                    + ", got " + a.length : "expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + a.length);
        }
        if (arity == 0 || name.equals("__round__")) {
            return unary(v, name, a);
        }
        Object w = PyDerived.unwrap(a.length > 0 ? a[0] : PyNone.NONE);
        switch (name) {
            case "__format__", "__setitem__", "__getitem__", "__delitem__", "__contains__":
                return item(self, v, name, a);
            default:
                if (!operand(v, w, name)) {
                    return PyNone.NOT_IMPLEMENTED;
                }
        }
        String forward = forward(name);
        Object x = forward != null ? w : v;   // a reflected method computes "other op self"
        Object y = forward != null ? v : w;
        return switch (forward != null ? forward : name) {
            case "__eq__" -> Ops.eq(v, w);
            case "__ne__" -> !Ops.eq(v, w);
            case "__lt__" -> Ops.lt(v, w);
            case "__le__" -> Ops.le(v, w);
            case "__gt__" -> Ops.gt(v, w);
            case "__ge__" -> Ops.ge(v, w);
            case "__divmod__" -> Ops.divmodNumbers(x, y);
            case "__pow__" -> a.length > 1 && a[1] != PyNone.NONE ? Ops.modPow(x, y, a[1]) : Ops.pow(x, y);
            case "__iadd__" -> Ops.inplace("+", v, w);
            case "__imul__" -> Ops.inplace("*", v, w);
            case "__ior__", "__iand__", "__isub__", "__ixor__" -> inplaceSet(name, v, w);
            default -> Ops.binary(symbol(forward != null ? forward : name), x, y);
        };
    }

    /** The operator a reflected special method stands for ({@code __radd__}: {@code __add__}), or null. */
    private static String forward(String name) {
        return switch (name) {
            case "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rdivmod__",
                 "__rpow__", "__rand__", "__ror__", "__rxor__", "__rlshift__", "__rrshift__" -> "__" + name.substring(3);
            default -> null;
        };
    }

    /** The number of arguments a special method takes (the fewest where some are optional), or -1 for any. */
    private static int arity(String name) {
        return switch (name) {
            case "__repr__", "__str__", "__hash__", "__len__", "__iter__", "__neg__", "__pos__", "__abs__", "__bool__",
                 "__int__", "__float__", "__index__", "__invert__", "__trunc__", "__floor__", "__ceil__", "__round__",
                 "__getnewargs__", "__reversed__" -> 0;
            case "__setitem__" -> 2;
            case "__init__" -> -1;
            default -> 1;
        };
    }

    /**
     * Whether {@code v}'s binary special method takes {@code w}: as CPython's slots, a number's only
     * numbers it knows (an int's ints, a float's ints and floats), a set's sets, a dict's dicts, a
     * sequence compared only with its own kind; otherwise NotImplemented, so that the other operand
     * is asked. A sequence's concatenation and repetition raise their own TypeError, as CPython's.
     */
    private static boolean operand(Object v, Object w, String name) {
        if (Ops.isInt(v)) {
            return Ops.isInt(w);
        }
        if (v instanceof Double) {
            return Ops.isInt(w) || w instanceof Double;
        }
        if (v instanceof PySet) {
            return w instanceof PySet || name.startsWith("__i") && !name.equals("__iter__");
        }
        if (v instanceof PyDict || v instanceof PyRange) {   // equal or not, never ordered
            return !ordering(name) && (w instanceof PyDict && v instanceof PyDict || w instanceof PyRange && v instanceof PyRange
                    || !comparison(name) && !name.equals("__or__") && !name.equals("__ror__"));
        }
        if (v instanceof PySlice) {
            return w instanceof PySlice;
        }
        if (name.equals("__rmod__")) {
            return v instanceof String ? w instanceof String : Buffers.bytesOrNull(w) != null;
        }
        if (comparison(name)) {
            return v instanceof String ? w instanceof String : v instanceof PyList ? w instanceof PyList
                    : v instanceof PyTuple ? w instanceof PyTuple : v instanceof PyBytes ? w instanceof PyBytes
                    : Buffers.bytesOrNull(w) != null;   // a bytearray compares with any buffer
        }
        return true;
    }

    private static boolean comparison(String name) {
        return name.equals("__eq__") || name.equals("__ne__") || ordering(name);
    }

    private static boolean ordering(String name) {
        return switch (name) {
            case "__lt__", "__le__", "__gt__", "__ge__" -> true;
            default -> false;
        };
    }

    /** The special methods that take no operand ({@code __round__} an optional one). */
    private static Object unary(Object v, String name, Object[] a) {
        return switch (name) {
            case "__repr__" -> Ops.repr(v);
            case "__str__" -> Ops.str(v);
            case "__hash__" -> PyHash.of(v); // the mutable ones have None instead (unhashable)
            case "__len__" -> Ops.len(v);
            case "__iter__" -> Ops.iter(v);
            case "__reversed__" -> Ops.reversedCall(new Object[] {v}, null);
            case "__neg__" -> Ops.neg(v);
            case "__pos__" -> Ops.pos(v);
            case "__abs__" -> Ops.truthy(Ops.lt(v, 0L)) ? Ops.neg(v) : Ops.pos(v);
            case "__bool__" -> Ops.truthy(v);
            case "__int__", "__index__" -> Ops.isInt(v) ? Ops.pos(v) : Conversions.toInt(new Object[] {v}, null);
            case "__trunc__" -> Ops.isInt(v) ? Ops.pos(v) : BuiltinRound.toInt((Double) v, RoundingMode.DOWN);
            case "__floor__" -> Ops.isInt(v) ? Ops.pos(v) : BuiltinRound.toInt((Double) v, RoundingMode.FLOOR);
            case "__ceil__" -> Ops.isInt(v) ? Ops.pos(v) : BuiltinRound.toInt((Double) v, RoundingMode.CEILING);
            case "__round__" -> BuiltinRound.of(v, a.length == 0 ? PyNone.NONE : PyDerived.unwrap(a[0]));
            case "__invert__" -> Ops.invert(v);
            case "__float__" -> Ops.toDouble(v);
            case "__getnewargs__" -> new PyTuple(new Object[] {Ops.isInt(v) ? Ops.pos(v) : v});
            default -> throw new IllegalStateException(name);
        };
    }

    /** The special methods whose arguments are keys, items or a format rather than an operand. */
    private static Object item(Object self, Object v, String name, Object[] a) {
        return switch (name) {
            case "__format__" -> Format.format(v, Ops.str(a[0]));
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
            default -> throw new IllegalStateException(name);
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
