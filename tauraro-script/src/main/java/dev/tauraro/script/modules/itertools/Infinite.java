package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyComplex;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyIterator;
import java.util.ArrayList;
import java.util.Map;

/** The infinite iterators: {@code count}, {@code cycle} and {@code repeat}. */
final class Infinite {
    private Infinite() {
    }

    static final PyClass COUNT = Tool.type("count", Infinite::count, true, Map.of(
            "__repr__", (self, tool, a, k) -> ((Count) tool).repr(Ops.type(self).name)));
    static final PyClass CYCLE = Tool.type("cycle", Infinite::cycle, true, Map.of());
    static final PyClass REPEAT = Tool.type("repeat", Infinite::repeat, true, Map.of(
            "__repr__", (self, tool, a, k) -> ((Repeat) tool).repr(Ops.type(self).name),
            "__length_hint__", (self, tool, a, k) -> ((Repeat) tool).remaining()));

    /**
     * {@code count(start=0, step=1)}. As CPython's, it counts in a machine integer while it can (an
     * int start, a step of 1) and otherwise adds the step to the last value, whatever numbers they are.
     */
    private static Object count(Object[] a, String[] k) {
        Object[] p = Arity.bind("count", a, k, new String[] {"start", "step"}, 0);
        Object start = p[0] == null ? 0L : p[0];
        Object step = p[1] == null ? 1L : p[1];
        if (!isNumber(start) || !isNumber(step)) {
            throw Exceptions.typeError("a number is required");
        }
        Object s = PyDerived.unwrap(start);
        if ((s instanceof Long || s instanceof Boolean) && isOne(step)) {
            return new Count(Ops.toLong(s), null, null);
        }
        return new Count(0, start, step);
    }

    /** CPython's PyNumber_Check: an int, float or complex, or an object with __index__, __int__ or __float__. */
    private static boolean isNumber(Object o) {
        Object v = PyDerived.unwrap(o);
        if (Ops.isInt(v) || v instanceof Double || v instanceof PyComplex) {
            return true;
        }
        return o instanceof PyInstance inst && (inst.type().lookup("__index__") != null
                || inst.type().lookup("__int__") != null || inst.type().lookup("__float__") != null);
    }

    /** Whether {@code step} is the int 1 (True too), the step count's repr leaves out. */
    private static boolean isOne(Object step) {
        Object v = PyDerived.unwrap(step);
        return Ops.isInt(v) && Ops.eq(v, 1L);
    }

    private static final class Count extends Tool {
        /** The next value while counting in a long (cnt null). */
        long n;
        /** The next value once counting by addition; null while counting in {@link #n}. */
        Object cnt;
        Object step;

        Count(long n, Object cnt, Object step) {
            super(COUNT);
            this.n = n;
            this.cnt = cnt;
            this.step = step;
        }

        @Override
        public Object next() {
            if (cnt == null) {
                if (n != Long.MAX_VALUE) {
                    return n++;
                }
                cnt = n; // beyond a long: on in Python ints
                step = 1L;
            }
            Object v = cnt;
            cnt = Ops.add(v, step);
            return v;
        }

        String repr(String typeName) {
            if (cnt == null) {
                return typeName + "(" + n + ")";
            }
            return typeName + "(" + Ops.repr(cnt) + (isOne(step) ? "" : ", " + Ops.repr(step)) + ")";
        }

        @Override
        public String toString() {
            return repr("count");
        }
    }

    /** {@code cycle(iterable)}: the items once as they come, saved, then the saved ones over and over. */
    private static Object cycle(Object[] a, String[] k) {
        Arity.positional("cycle", a, k, 1, 1);
        PyIterator it = Ops.iter(a[0]);
        return new Tool(CYCLE) {
            PyIterator source = it;
            final ArrayList<Object> saved = new ArrayList<>();
            int index;

            @Override
            public Object next() {
                if (source != null) {
                    Object v = source.next();
                    if (v != null) {
                        saved.add(v);
                        return v;
                    }
                    source = null;
                }
                if (saved.isEmpty()) {
                    return null;
                }
                Object v = saved.get(index);
                index = index + 1 == saved.size() ? 0 : index + 1;
                return v;
            }
        };
    }

    /** {@code repeat(object[, times])}: a negative count repeats nothing. */
    private static Object repeat(Object[] a, String[] k) {
        Object[] p = Arity.bind("repeat", a, k, new String[] {"object", "times"}, 1);
        long times = p[1] == null ? -1 : Math.max(0, Ops.toLong(p[1]));
        return new Repeat(p[0], times);
    }

    private static final class Repeat extends Tool {
        final Object object;
        /** The repetitions left; -1: for ever. */
        long left;

        Repeat(Object object, long left) {
            super(REPEAT);
            this.object = object;
            this.left = left;
        }

        @Override
        public Object next() {
            if (left == 0) {
                return null;
            }
            if (left > 0) {
                left--;
            }
            return object;
        }

        Object remaining() {
            if (left < 0) {
                throw Exceptions.typeError("len() of unsized object");
            }
            return left;
        }

        String repr(String typeName) {
            return typeName + "(" + Ops.repr(object) + (left < 0 ? "" : ", " + left) + ")";
        }

        @Override
        public String toString() {
            return repr("repeat");
        }
    }
}
