package dev.tauraro.script.modules;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code _bisect}: lib/bisect.py's binary searches in Java (a search in the script cost ten times
 * CPython's). {@code bisect_left/right(a, x, lo=0, hi=None, *, key=None)} and the {@code insort}s,
 * with CPython's argument checks and messages; items compare with {@code <} only, x on the right
 * for bisect_left and on the left for bisect_right, as CPython's.
 */
final class BisectModule {
    private BisectModule() {
    }

    private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_bisect", interp);
        for (String name : new String[] {"bisect_left", "bisect_right", "insort_left", "insort_right"}) {
            boolean right = name.endsWith("right");
            boolean insert = name.startsWith("insort");
            m.set(name, new BuiltinFunction(name, (a, k) -> {
                Object[] p = parse(name, a, k);
                Object seq = p[0];
                Object key = p[4];
                Object x = insert && key != PyNone.NONE ? Ops.call(key, p[1]) : p[1];
                long at = search(seq, x, p[2], p[3], key, right);
                if (!insert) {
                    return at;
                }
                if (seq.getClass() == PyList.class) {
                    PyList l = (PyList) seq;
                    l.add((int) Math.min(at, l.size()), p[1]);
                } else {
                    Ops.callMethod(seq, "insert", new Object[] {at, p[1]}, null);
                }
                return PyNone.NONE;
            }));
        }
        return m;
    }

    /** The five parameters (lo 0, hi and key None when not given), with CPython's messages for a bad call. */
    private static Object[] parse(String name, Object[] a, String[] k) {
        if (a.length == 5 && (k == null || k.length == 0)) { // key is keyword-only
            throw Exceptions.typeError(name + "() takes at most 4 positional arguments (5 given)");
        }
        Object[] p = Arity.bind(name, a, k, PARAMS, 2);
        p[2] = p[2] == null ? 0L : Ops.index(p[2]);
        if (p[3] != null && p[3] != PyNone.NONE && !Ops.isInt(p[3]) && Ops.type(p[3]).lookup("__index__") == null) {
            throw Exceptions.typeError("argument should be integer or None, not '" + Ops.typeName(p[3]) + "'");
        }
        p[3] = p[3] == null || p[3] == PyNone.NONE ? null : (Object) Ops.index(p[3]);
        p[4] = p[4] == null ? PyNone.NONE : p[4];
        return p;
    }

    private static long search(Object seq, Object x, Object loArg, Object hiArg, Object key, boolean right) {
        long lo = (Long) loArg;
        if (lo < 0) {
            throw Exceptions.valueError("lo must be non-negative");
        }
        long hi = hiArg == null ? Ops.len(seq) : (Long) hiArg;
        PyList list = seq.getClass() == PyList.class ? (PyList) seq : null;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = list != null && mid < list.size() ? list.get((int) mid) : Ops.getItem(seq, mid);
            if (key != PyNone.NONE) {
                item = Ops.call(key, item);
            }
            if (right ? Ops.truthy(Ops.lt(x, item)) : !Ops.truthy(Ops.lt(item, x))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
