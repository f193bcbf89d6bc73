package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyNone;
import java.util.Map;

/**
 * The tools that pass on some of one iterator's items: {@code compress}, {@code dropwhile},
 * {@code takewhile}, {@code filterfalse} and {@code islice}. Each takes an item from its source only
 * when asked for its next one, and no more than it needs to decide, as CPython's do.
 */
final class Filters {
    private Filters() {
    }

    static final PyClass COMPRESS = Tool.type("compress", Filters::compress, true, Map.of());
    static final PyClass DROPWHILE = Tool.type("dropwhile", Filters::dropwhile, true, Map.of());
    static final PyClass TAKEWHILE = Tool.type("takewhile", Filters::takewhile, true, Map.of());
    static final PyClass FILTERFALSE = Tool.type("filterfalse", Filters::filterfalse, true, Map.of());
    static final PyClass ISLICE = Tool.type("islice", Filters::islice, true, Map.of());

    /** {@code compress(data, selectors)}: a datum is taken before its selector, and stops the tool when missing. */
    private static Object compress(Object[] a, String[] k) {
        Object[] p = Arity.bind("compress", a, k, new String[] {"data", "selectors"}, 2);
        PyIterator data = Ops.iter(p[0]);
        PyIterator selectors = Ops.iter(p[1]);
        return new Tool(COMPRESS) {
            @Override
            public Object next() {
                for (;;) {
                    Object d = data.next();
                    if (d == null) {
                        return null;
                    }
                    Object s = selectors.next();
                    if (s == null) {
                        return null;
                    }
                    if (Ops.truthy(s)) {
                        return d;
                    }
                }
            }
        };
    }

    private static Object dropwhile(Object[] a, String[] k) {
        Arity.positional("dropwhile", a, k, 2, 2);
        Object predicate = a[0];
        PyIterator it = Ops.iter(a[1]);
        return new Tool(DROPWHILE) {
            boolean dropping = true;

            @Override
            public Object next() {
                for (;;) {
                    Object v = it.next();
                    if (v == null || !dropping) {
                        return v;
                    }
                    if (!Ops.truthy(Ops.call(predicate, v))) {
                        dropping = false;
                        return v;
                    }
                }
            }
        };
    }

    /** {@code takewhile(predicate, iterable)}: the first item failing the predicate is taken and dropped, and ends it. */
    private static Object takewhile(Object[] a, String[] k) {
        Arity.positional("takewhile", a, k, 2, 2);
        Object predicate = a[0];
        PyIterator it = Ops.iter(a[1]);
        return new Tool(TAKEWHILE) {
            boolean stopped;

            @Override
            public Object next() {
                if (stopped) {
                    return null;
                }
                Object v = it.next();
                if (v == null || Ops.truthy(Ops.call(predicate, v))) {
                    return v;
                }
                stopped = true;
                return null;
            }
        };
    }

    /** {@code filterfalse(function, iterable)}; a function None (or bool) tests the items themselves. */
    private static Object filterfalse(Object[] a, String[] k) {
        Arity.positional("filterfalse", a, k, 2, 2);
        Object f = a[0] == dev.tauraro.script.runtime.Types.BOOL ? PyNone.NONE : a[0];
        PyIterator it = Ops.iter(a[1]);
        return new Tool(FILTERFALSE) {
            @Override
            public Object next() {
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (!(f == PyNone.NONE ? Ops.truthy(v) : Ops.truthy(Ops.call(f, v)))) {
                        return v;
                    }
                }
                return null;
            }
        };
    }

    private static final String STOP_ERROR =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /**
     * {@code islice(iterable, stop)} or {@code islice(iterable, start, stop[, step])}. The arguments
     * are checked in CPython's order, before the iterable is iterated: a stop that is no index
     * (or -1) is a bad "Stop argument", a start that is none or any other negative value bad
     * "Indices", a step below 1 (or no index) a bad "Step".
     */
    private static Object islice(Object[] a, String[] k) {
        Arity.positional("islice", a, k, 2, 4);
        long start = 0;
        long stop = -1; // none
        long step = 1;
        if (a.length == 2) {
            if (a[1] != PyNone.NONE && (stop = ssize(a[1])) == -1) {
                throw Exceptions.valueError(STOP_ERROR);
            }
        } else {
            if (a[1] != PyNone.NONE) {
                start = ssize(a[1]);
            }
            if (a[2] != PyNone.NONE && (stop = ssize(a[2])) == -1) {
                throw Exceptions.valueError(STOP_ERROR);
            }
        }
        if (start < 0 || stop < -1) {
            throw Exceptions.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        if (a.length == 4 && a[3] != PyNone.NONE) {
            step = ssize(a[3]);
        }
        if (step < 1) {
            throw Exceptions.valueError("Step for islice() must be a positive integer or None.");
        }
        return new Islice(Ops.iter(a[0]), start, stop, step);
    }

    /** An index as a long, or -1 when the value is no index or beyond a long (CPython clears the error). */
    private static long ssize(Object v) {
        try {
            return Ops.toLong(v);
        } catch (PyException e) {
            return -1;
        }
    }

    private static final class Islice extends Tool {
        /** The source, null once it ran out or the slice ended: no item is taken after that. */
        PyIterator it;
        final long stop;
        final long step;
        /** How many items were taken from the source, and the position of the next one to pass on. */
        long taken;
        long wanted;

        Islice(PyIterator it, long start, long stop, long step) {
            super(ISLICE);
            this.it = it;
            this.stop = stop;
            this.step = step;
            this.wanted = start;
        }

        @Override
        public Object next() {
            PyIterator source = it;
            if (source == null) {
                return null;
            }
            // the items before the wanted one are taken even when the slice turns out empty
            for (; taken < wanted; taken++) {
                if (source.next() == null) {
                    it = null;
                    return null;
                }
            }
            if (stop != -1 && taken >= stop) {
                it = null;
                return null;
            }
            Object v = source.next();
            if (v == null) {
                it = null;
                return null;
            }
            taken++;
            long next = wanted + step;
            // past stop (or past a long), the next call takes the items up to stop and ends there
            wanted = next < wanted || stop != -1 && next > stop ? stop : next;
            return v;
        }
    }
}
