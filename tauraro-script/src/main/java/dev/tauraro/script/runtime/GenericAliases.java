package dev.tauraro.script.runtime;

import java.util.Map;

/**
 * The interpreter's side of PEP 585 and PEP 604: {@code list[int]} is a {@code types.GenericAlias}
 * and {@code int | None} a {@code types.UnionType}. Both classes are script code ({@code
 * lib/_generic_alias.py}): they are made where annotations are evaluated, never on a hot path, so
 * they cost nothing until a program subscripts a class or joins two with {@code |}.
 */
public final class GenericAliases {
    private GenericAliases() {
    }

    /**
     * {@code __class_getitem__} of the built-in generic classes (list, dict, tuple, set, frozenset,
     * enumerate, ...): an implicit classmethod, so {@code list.__class_getitem__(int)} and a
     * subclass's {@code L[int]} both receive their class.
     */
    static final Descriptors.ClassMethod CLASS_GETITEM = new Descriptors.ClassMethod(
            new BuiltinFunction("__class_getitem__", (a, k) -> {
                if (a.length != 2 || k != null && k.length > 0) {
                    throw Exceptions.typeError("__class_getitem__() takes exactly one argument (" + (a.length - 1)
                            + " given)");
                }
                return make(a[0], a[1]);
            }));

    /** The class dict entry giving a built-in class {@link #CLASS_GETITEM}. */
    public static final Map<String, Object> GENERIC = Map.of("__class_getitem__", CLASS_GETITEM);

    /** {@code types.GenericAlias(origin, args)}. */
    public static Object make(Object origin, Object args) {
        return Ops.call(module().get("GenericAlias"), origin, args);
    }

    /**
     * {@code a | b} where one side is a class and neither is a script object (whose {@code __or__}
     * or {@code __ror__} the caller has not yet asked): a class's metaclass operator if it has one,
     * else {@code type.__or__}, which joins classes and None into a union and refuses the rest.
     */
    static Object typeOr(Object a, Object b) {
        Object m = Ops.metaSpecial(a, "__or__");
        if (m != null) {
            Object r = Ops.call(m, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        m = Ops.metaSpecial(b, "__ror__");
        if (m != null) {
            Object r = Ops.call(m, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object r = Ops.call(module().get("_type_or"), a, b);
        if (r == PyNone.NOT_IMPLEMENTED) {
            throw Exceptions.typeError("unsupported operand type(s) for |: '" + Ops.typeName(a) + "' and '"
                    + Ops.typeName(b) + "'");
        }
        return r;
    }

    /** The running interpreter's {@code _generic_alias} module (imported on first use). */
    private static PyModule module() {
        Frame top = CallDepth.current().top;
        if (top == null) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "no script frame is running to make a generic alias");
        }
        return top.module.interp.importModule("_generic_alias");
    }
}
