package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Descriptors;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.util.Map;

/**
 * The tools that join iterators or combine an iterator's items: {@code chain} (with
 * {@code chain.from_iterable}), {@code zip_longest}, {@code pairwise}, {@code starmap} and
 * {@code accumulate}.
 */
final class Combining {
    private Combining() {
    }

    static final PyClass CHAIN = Tool.type("chain", Combining::chain, true, Map.of(),
            Map.of("from_iterable", new Descriptors.ClassMethod(new BuiltinFunction("from_iterable",
                    Combining::fromIterable))));
    static final PyClass ZIP_LONGEST = Tool.type("zip_longest", Combining::zipLongest, true, Map.of());
    static final PyClass PAIRWISE = Tool.type("pairwise", Combining::pairwise, true, Map.of());
    static final PyClass STARMAP = Tool.type("starmap", Combining::starmap, true, Map.of());
    static final PyClass ACCUMULATE = Tool.type("accumulate", Combining::accumulate, true, Map.of());

    /** {@code chain(*iterables)}: each iterable is iterated only when the chain reaches it. */
    private static Object chain(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("chain() takes no keyword arguments");
        }
        return new Chain(PyIterator.of(dev.tauraro.script.runtime.Types.TUPLE_ITERATOR, a.clone(), a.length));
    }

    /** {@code chain.from_iterable(iterable)}, called with the class (a subclass makes an instance of itself). */
    private static Object fromIterable(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("chain.from_iterable() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Exceptions.typeError("chain.from_iterable() takes exactly one argument (" + (a.length - 1)
                    + " given)");
        }
        Chain c = new Chain(Ops.iter(a[1]));
        return a[0] == CHAIN ? c : PyDerived.of((PyClass) a[0], c);
    }

    private static final class Chain extends Tool {
        /** The iterables still to come; null once they ran out (or one was not iterable). */
        PyIterator source;
        /** The iterator of the current iterable, or null between two. */
        PyIterator active;

        Chain(PyIterator source) {
            super(CHAIN);
            this.source = source;
        }

        @Override
        public Object next() {
            while (source != null) {
                if (active == null) {
                    Object iterable = source.next();
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    try {
                        active = Ops.iter(iterable);
                    } catch (PyException e) {
                        source = null;
                        throw e;
                    }
                }
                Object v = active.next();
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    /**
     * {@code zip_longest(*iterables, fillvalue=None)}: runs until every iterator ran out, those that
     * did giving the fill value; the last to run out ends it at once, before the iterators after it
     * are asked, as CPython's.
     */
    private static Object zipLongest(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        Object fill = PyNone.NONE;
        if (nk > 0) {
            if (nk != 1 || !k[0].equals("fillvalue")) {
                throw Exceptions.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = a[a.length - 1];
        }
        PyIterator[] its = new PyIterator[a.length - nk];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(a[i]);
        }
        Object fillvalue = fill;
        return new Tool(ZIP_LONGEST) {
            int active = its.length;

            @Override
            public Object next() {
                if (active == 0) {
                    return null;
                }
                Object[] t = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    if (its[i] == null) {
                        t[i] = fillvalue;
                        continue;
                    }
                    Object v;
                    try {
                        v = its[i].next();
                    } catch (PyException e) {
                        active = 0;
                        throw e;
                    }
                    if (v == null) {
                        if (--active == 0) {
                            return null;
                        }
                        its[i] = null;
                        v = fillvalue;
                    }
                    t[i] = v;
                }
                return new PyTuple(t);
            }
        };
    }

    /** {@code pairwise(iterable)}: once the source ran out it is never asked again. */
    private static Object pairwise(Object[] a, String[] k) {
        Arity.positional("pairwise", a, k, 1, 1);
        PyIterator source = Ops.iter(a[0]);
        return new Tool(PAIRWISE) {
            PyIterator it = source;
            Object old;

            @Override
            public Object next() {
                if (it == null) {
                    return null;
                }
                if (old == null && (old = it.next()) == null) {
                    it = null;
                    return null;
                }
                Object v = it.next();
                if (v == null) {
                    it = null;
                    old = null;
                    return null;
                }
                Object pair = new PyTuple(new Object[] {old, v});
                old = v;
                return pair;
            }
        };
    }

    /** {@code starmap(function, iterable)}: each item (any iterable) is the arguments of a call. */
    private static Object starmap(Object[] a, String[] k) {
        Arity.positional("starmap", a, k, 2, 2);
        Object f = a[0];
        PyIterator it = Ops.iter(a[1]);
        return new Tool(STARMAP) {
            @Override
            public Object next() {
                Object args = it.next();
                if (args == null) {
                    return null;
                }
                Object[] arr = args instanceof PyTuple t ? t.items : Ops.toList(args).toArray();
                return Ops.callKw(f, arr, null);
            }
        };
    }

    /** {@code accumulate(iterable, func=None, *, initial=None)}: running sums, or running func(total, item). */
    private static Object accumulate(Object[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos > 2) {
            throw Exceptions.typeError("accumulate() takes at most 2 positional arguments (" + npos + " given)");
        }
        Object[] p = Arity.bind("accumulate", a, k, new String[] {"iterable", "func", "initial"}, 1);
        PyIterator it = Ops.iter(p[0]);
        Object func = p[1] == null || p[1] == PyNone.NONE ? null : p[1];
        Object initial = p[2] == null || p[2] == PyNone.NONE ? null : p[2];
        return new Tool(ACCUMULATE) {
            Object total;
            Object first = initial;

            @Override
            public Object next() {
                if (first != null) {
                    total = first;
                    first = null;
                    return total;
                }
                Object v = it.next();
                if (v == null) {
                    return null;
                }
                total = total == null ? v : func == null ? Ops.add(total, v) : Ops.call(func, total, v);
                return total;
            }
        };
    }
}
