package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.util.Arrays;
import java.util.Map;

/**
 * The combinatoric iterators: {@code product}, {@code permutations}, {@code combinations} and
 * {@code combinations_with_replacement}. Each reads its iterables into tuples at the call (as
 * CPython's do) and then steps an array of indices into them, giving the tuples in the
 * documented (lexicographic) order.
 */
final class Combinatorics {
    private Combinatorics() {
    }

    static final PyClass PRODUCT = Tool.type("product", Combinatorics::product, true, Map.of());
    static final PyClass PERMUTATIONS = Tool.type("permutations", Combinatorics::permutations, true, Map.of());
    static final PyClass COMBINATIONS = Tool.type("combinations", Combinatorics::combinations, true, Map.of());
    static final PyClass COMBINATIONS_WITH_REPLACEMENT = Tool.type("combinations_with_replacement",
            Combinatorics::combinationsWithReplacement, true, Map.of());

    /** The longest tuple product and combinations_with_replacement make (their length is no pool's size). */
    private static final long MAX_WIDTH = 1 << 26;

    private static Object[] pool(Object iterable) {
        return iterable instanceof PyTuple t ? t.items : Ops.toList(iterable).toArray();
    }

    private static PyTuple pick(Object[] pool, int[] indices, int r) {
        Object[] t = new Object[r];
        for (int i = 0; i < r; i++) {
            t[i] = pool[indices[i]];
        }
        return new PyTuple(t);
    }

    /** An indices-stepping iterator: {@link #advance} moves to the next pick, false when there is none. */
    private abstract static class Picks extends Tool {
        final Object[] pool;
        final int[] indices;
        /** The length of a pick. */
        final int width;
        /** Whether the first pick was given; whether there are no more. */
        boolean started;
        boolean done;

        Picks(PyClass type, Object[] pool, int[] indices, int width, boolean empty) {
            super(type);
            this.pool = pool;
            this.indices = indices;
            this.width = width;
            this.done = empty;
        }

        abstract boolean advance();

        /** The tuple the indices stand for. */
        PyTuple current() {
            return pick(pool, indices, width);
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
            } else if (!advance()) {
                done = true;
                return null;
            }
            return current();
        }
    }

    /** {@code product(*iterables, repeat=1)}: an odometer over the pools, the last turning fastest. */
    private static Object product(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        long repeat = 1;
        for (int i = 0; i < nk; i++) {
            if (!k[i].equals("repeat")) {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for product()");
            }
            repeat = Ops.toLong(a[a.length - nk + i]);
        }
        if (repeat < 0) {
            throw Exceptions.valueError("repeat argument cannot be negative");
        }
        int nargs = a.length - nk;
        if (repeat > 0 && nargs > Long.MAX_VALUE / repeat) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "repeat argument too large");
        }
        if (nargs * repeat > MAX_WIDTH) {
            throw Exceptions.newException(Exceptions.MEMORY_ERROR);
        }
        Object[][] pools = new Object[(int) (nargs * repeat)][];
        for (int i = 0; i < nargs && repeat > 0; i++) {
            pools[i] = pool(a[i]); // with repeat=0 the iterables are not read at all, as CPython's
        }
        for (int i = nargs; i < pools.length; i++) {
            pools[i] = pools[i % nargs];
        }
        boolean empty = false;
        for (Object[] p : pools) {
            empty |= p.length == 0;
        }
        int n = pools.length;
        return new Picks(PRODUCT, null, new int[n], n, empty) {
            @Override
            boolean advance() {
                for (int i = n - 1; i >= 0; i--) {
                    if (++indices[i] < pools[i].length) {
                        return true;
                    }
                    indices[i] = 0;
                }
                return false;
            }

            @Override
            PyTuple current() {
                Object[] t = new Object[n]; // an index into each pool
                for (int i = 0; i < n; i++) {
                    t[i] = pools[i][indices[i]];
                }
                return new PyTuple(t);
            }
        };
    }

    /** {@code permutations(iterable, r=None)}: r must be an int itself (not any index), as CPython's. */
    private static Object permutations(Object[] a, String[] k) {
        Object[] p = Arity.bind("permutations", a, k, new String[] {"iterable", "r"}, 1);
        Object[] pool = pool(p[0]);
        int n = pool.length;
        long r = n;
        if (p[1] != null && p[1] != PyNone.NONE) {
            if (!Ops.isInt(PyDerived.unwrap(p[1]))) {
                throw Exceptions.typeError("Expected int as r");
            }
            r = Ops.toLong(p[1]);
        }
        if (r < 0) {
            throw Exceptions.valueError("r must be non-negative");
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        int rr = (int) Math.min(r, n + 1L);
        // cycles[i]: how many more values position i takes before it turns over
        int[] cycles = new int[Math.min(rr, n)];
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = n - i;
        }
        return new Picks(PERMUTATIONS, pool, indices, rr, r > n) {
            @Override
            boolean advance() {
                for (int i = width - 1; i >= 0; i--) {
                    if (--cycles[i] == 0) {
                        // position i has taken every value: rotate indices[i:] left by one
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = n - cycles[i];
                        int t = indices[i];
                        indices[i] = indices[j];
                        indices[j] = t;
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** The r argument of combinations(): an index (checked before the iterable is read), not negative (after). */
    private static Object combinations(Object[] a, String[] k) {
        Object[] p = Arity.bind("combinations", a, k, new String[] {"iterable", "r"}, 2);
        long r = Ops.toLong(p[1]);
        Object[] pool = pool(p[0]);
        if (r < 0) {
            throw Exceptions.valueError("r must be non-negative");
        }
        int n = pool.length;
        int rr = (int) Math.min(r, n + 1L);
        int[] indices = new int[rr];
        for (int i = 0; i < rr; i++) {
            indices[i] = i;
        }
        return new Picks(COMBINATIONS, pool, indices, rr, r > n) {
            @Override
            boolean advance() {
                // the rightmost index that has not reached its last value moves on; those after follow it
                int i = width - 1;
                while (i >= 0 && indices[i] == i + n - width) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                indices[i]++;
                for (int j = i + 1; j < width; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
                return true;
            }
        };
    }

    private static Object combinationsWithReplacement(Object[] a, String[] k) {
        Object[] p = Arity.bind("combinations_with_replacement", a, k, new String[] {"iterable", "r"}, 2);
        long r = Ops.toLong(p[1]);
        Object[] pool = pool(p[0]);
        if (r < 0) {
            throw Exceptions.valueError("r must be non-negative");
        }
        int n = pool.length;
        if (n > 0 && r > MAX_WIDTH) {
            throw Exceptions.newException(Exceptions.MEMORY_ERROR); // as CPython, which cannot make its r indices
        }
        int rr = n == 0 && r > 0 ? 0 : (int) r;
        return new Picks(COMBINATIONS_WITH_REPLACEMENT, pool, new int[rr], rr, n == 0 && r > 0) {
            @Override
            boolean advance() {
                int i = width - 1;
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    return false;
                }
                Arrays.fill(indices, i, width, indices[i] + 1);
                return true;
            }
        };
    }
}
