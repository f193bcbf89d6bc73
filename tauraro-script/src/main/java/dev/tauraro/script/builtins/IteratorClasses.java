package dev.tauraro.script.builtins;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.util.Map;

/**
 * {@code enumerate}, {@code zip}, {@code map} and {@code filter}: classes, as in CPython, whose
 * instances are the lazy iterators they make ({@code type(zip()) is zip}, {@code isinstance(e,
 * enumerate)}).
 */
final class IteratorClasses {
    private IteratorClasses() {
    }

    static final PyClass ENUMERATE = PyClass.builtin("enumerate", "builtins",
            Arity.checked("enumerate", Make.ENUMERATE), dev.tauraro.script.runtime.GenericAliases.GENERIC,
            Types.OBJECT);
    static final PyClass ZIP = iteratorClass("zip", Make.ZIP);
    static final PyClass MAP = iteratorClass("map", Make.MAP);
    static final PyClass FILTER = iteratorClass("filter", Make.FILTER);

    /** The four constructors, through one switch rather than a method reference each (see Builtins.Fn). */
    private enum Make implements dev.tauraro.script.runtime.PyCallable {
        ENUMERATE, ZIP, MAP, FILTER;

        @Override
        public Object call(Object[] a, String[] k) {
            return switch (this) {
                case ENUMERATE -> enumerate(a, k);
                case ZIP -> zip(a, k);
                case MAP -> map(a, k);
                case FILTER -> filter(a, k);
            };
        }
    }

    private static PyClass iteratorClass(String name, dev.tauraro.script.runtime.PyCallable make) {
        return PyClass.builtin(name, "builtins", Arity.checked(name, make), Map.of(), Types.OBJECT);
    }

    private static Object enumerate(Object[] a, String[] k) {
        Object[] p = Arity.bind("enumerate", a, k, new String[] {"iterable", "start"}, 1);
        PyIterator it = Ops.iter(p[0]);
        Object big = p[1] == null ? null : dev.tauraro.script.runtime.PyDerived.unwrap(p[1]);
        if (big instanceof java.math.BigInteger || big instanceof dev.tauraro.script.runtime.Int128) {
            Object start = big; // beyond a long: CPython counts on in its ints
            return new PyIterator(ENUMERATE) {
                Object i = start;

                @Override
                public Object next() {
                    Object v = it.next();
                    if (v == null) {
                        return null;
                    }
                    Object t = new PyTuple(new Object[] {i, v});
                    i = Ops.add(i, 1L);
                    return t;
                }
            };
        }
        return new dev.tauraro.script.runtime.EnumerateIterator(ENUMERATE, it, p[1] == null ? 0 : Ops.toLong(p[1]));
    }

    private static Object zip(Object[] a, String[] k) {
        for (int i = 0; k != null && i < k.length; i++) {
            if (!k[i].equals("strict")) {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for zip()");
            }
        }
        boolean strict = Ops.truthy(Builtins.kw(a, k, "strict", false));
        int n = a.length - (k == null ? 0 : k.length);
        PyIterator[] its = new PyIterator[n];
        for (int i = 0; i < n; i++) {
            its[i] = Ops.iter(a[i]);
        }
        return new PyIterator(ZIP) {
            @Override
            public Object next() {
                if (its.length == 0) {
                    return null;
                }
                Object[] t = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    t[i] = its[i].next();
                    if (t[i] == null) {
                        if (strict) {
                            if (i > 0) {
                                throw Exceptions.valueError("zip() argument " + (i + 1)
                                        + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                            }
                            for (int j = 1; j < its.length; j++) {
                                if (its[j].next() != null) {
                                    throw Exceptions.valueError("zip() argument " + (j + 1)
                                            + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return null;
                    }
                }
                return new PyTuple(t);
            }
        };
    }

    private static Object map(Object[] a, String[] k) {
        Object f = a[0];
        PyIterator[] its = new PyIterator[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = Ops.iter(a[i]);
        }
        return new PyIterator(MAP) {
            @Override
            public Object next() {
                Object[] args = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    args[i] = its[i].next();
                    if (args[i] == null) {
                        return null;
                    }
                }
                return Ops.callKw(f, args, null);
            }
        };
    }

    private static Object filter(Object[] a, String[] k) {
        Object f = a[0];
        PyIterator it = Ops.iter(a[1]);
        return new PyIterator(FILTER) {
            @Override
            public Object next() {
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (f == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(f, v))) {
                        return v;
                    }
                }
                return null;
            }
        };
    }
}
