package dev.tauraro.script.runtime;

import java.util.List;

/**
 * {@code sorted()} / {@code list.sort()}: stable, with optional key and reverse, asking only
 * {@code <} of the keys, once per comparison, as CPython's sort does.
 *
 * <p>Why not {@code Arrays.sort} with a comparator: a comparator must answer "less, equal or
 * greater", which takes two {@code <} calls whenever the first says no, and it throws
 * "Comparison method violates its general contract" on keys whose {@code <} is not a total order
 * (NaN among floats, sets, user classes), where Python just returns some order. So this is a
 * merge sort over {@code <} alone: insertion sort for short runs, halves already in order are not
 * merged (sorted input costs n comparisons). Like CPython's pre-check of key types, keys that are
 * all ints, all floats or all strs are compared directly instead of through the operator dispatch.
 */
public final class Sorting {
    private Sorting() {
    }

    /**
     * The keys' kind, chosen once per sort: all ints, all floats, all strs, tuples whose first
     * items are all ints, all floats or all strs (TUPLES + that kind), or anything. A switch
     * in one static method rather than a lambda per kind, so the comparison inlines into the merge
     * loops: a lambda call site that has seen three kinds in one program is megamorphic.
     */
    private static final int LONGS = 0;
    private static final int DOUBLES = 1;
    private static final int STRS = 2;
    private static final int ANY = 3;
    /**
     * All strs without a UTF-16 unit at or above 0xD800 (surrogates and the characters after them):
     * then UTF-16 order is code point order, and String.compareTo's vectorised compare is Python's.
     */
    private static final int BMP_STRS = 4;
    private static final int TUPLES = 5;

    /** {@code a < b} for keys of the given kind. */
    private static boolean less(int kind, Object a, Object b) {
        return switch (kind) {
            case LONGS -> (Long) a < (Long) b;
            case DOUBLES -> (Double) a < (Double) b; // Java's < is Python's for floats, NaN included
            case STRS -> CodePoints.compare((String) a, (String) b) < 0;
            case BMP_STRS -> ((String) a).compareTo((String) b) < 0;
            case ANY -> Ops.truthy(Ops.lt(a, b));
            default -> tupleLess(kind - TUPLES, (PyTuple) a, (PyTuple) b);
        };
    }

    /**
     * Tuples as CPython's unsafe_tuple_compare takes them: first items that differ decide; equal
     * ones (or NaNs, neither less) leave it to the whole tuples' {@code <}.
     */
    private static boolean tupleLess(int firstKind, PyTuple a, PyTuple b) {
        Object x = a.get(0);
        Object y = b.get(0);
        if (less(firstKind, x, y)) {
            return true;
        }
        return !less(firstKind, y, x) && Ops.truthy(Ops.lt(a, b));
    }

    private static final int INSERTION = 12;

    public static void sort(List<Object> l, Object key, boolean reverse) {
        Object[] values = l.toArray();
        int n = values.length;
        Object[] keys = values;
        if (key != PyNone.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Ops.call(key, values[i]);
            }
        }
        if (reverse) {
            // as CPython: reverse, sort stably, reverse, so equal keys keep their original order
            reverse(keys);
            if (keys != values) {
                reverse(values);
            }
        }
        int kind = kindOf(keys);
        long[] bits = kind == LONGS || kind == DOUBLES ? sortableBits(keys, kind) : null;
        if (bits != null) {
            mergeSort(bits, values, new long[n], new Object[n], 0, n);
        } else {
            Object[] tempKeys = new Object[n];
            Object[] tempValues = keys == values ? null : new Object[n];
            mergeSort(keys, keys == values ? null : values, tempKeys, tempValues, 0, n, kind);
        }
        if (reverse) {
            reverse(keys);
            if (keys != values) {
                reverse(values);
            }
        }
        for (int i = 0; i < n; i++) {
            l.set(i, values[i]);
        }
    }

    private static int kindOf(Object[] keys) {
        Class<?> kind = keys.length == 0 ? null : keys[0].getClass();
        for (Object k : keys) {
            if (k.getClass() != kind) {
                return ANY;
            }
        }
        if (kind == PyTuple.class) {
            Object[] firsts = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                PyTuple t = (PyTuple) keys[i];
                if (t.isEmpty()) {
                    return ANY;
                }
                firsts[i] = t.get(0);
            }
            int first = kindOf(firsts);
            return first != ANY ? TUPLES + first : ANY;
        }
        if (kind == String.class) {
            for (Object k : keys) {
                String s = (String) k;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) >= 0xD800) {
                        return STRS;
                    }
                }
            }
            return BMP_STRS;
        }
        return kind == Long.class ? LONGS : kind == Double.class ? DOUBLES : ANY;
    }

    /**
     * Int or float keys as longs in the same {@code <} order, so that the sort compares a primitive
     * array instead of reading a boxed number for every comparison. A float's bits order as the
     * float does once a negative one's bits other than the sign are flipped; -0.0 takes 0.0's bits,
     * being equal to it. With a NaN among the keys (no order) it returns null and the general sort
     * decides, as before.
     */
    private static long[] sortableBits(Object[] keys, int kind) {
        long[] bits = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (kind == LONGS) {
                bits[i] = (Long) keys[i];
                continue;
            }
            double d = (Double) keys[i];
            if (d != d) {
                return null;
            }
            long b = Double.doubleToRawLongBits(d == 0.0 ? 0.0 : d);
            bits[i] = b < 0 ? b ^ Long.MAX_VALUE : b;
        }
        return bits;
    }

    /** {@link #mergeSort(Object[], Object[], Object[], Object[], int, int, int)} over primitive keys. */
    private static void mergeSort(long[] keys, Object[] values, long[] tk, Object[] tv, int lo, int hi) {
        if (hi - lo <= INSERTION) {
            for (int i = lo + 1; i < hi; i++) {
                long k = keys[i];
                Object v = values[i];
                int j = i;
                while (j > lo && k < keys[j - 1]) {
                    keys[j] = keys[j - 1];
                    values[j] = values[j - 1];
                    j--;
                }
                keys[j] = k;
                values[j] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(keys, values, tk, tv, lo, mid);
        mergeSort(keys, values, tk, tv, mid, hi);
        if (keys[mid] >= keys[mid - 1]) {
            return;
        }
        System.arraycopy(keys, lo, tk, lo, mid - lo);
        System.arraycopy(values, lo, tv, lo, mid - lo);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (keys[j] < tk[i]) {
                keys[o] = keys[j];
                values[o++] = values[j++];
            } else {
                keys[o] = tk[i];
                values[o++] = tv[i++];
            }
        }
        System.arraycopy(tk, i, keys, o, mid - i);
        System.arraycopy(tv, i, values, o, mid - i);
    }

    /** Sorts {@code keys[lo, hi)} stably, moving {@code values} (null: the keys are the values) alike. */
    private static void mergeSort(Object[] keys, Object[] values, Object[] tk, Object[] tv, int lo, int hi, int kind) {
        if (hi - lo <= INSERTION) {
            for (int i = lo + 1; i < hi; i++) {
                Object k = keys[i];
                Object v = values == null ? null : values[i];
                int j = i;
                while (j > lo && less(kind, k, keys[j - 1])) {
                    keys[j] = keys[j - 1];
                    if (values != null) {
                        values[j] = values[j - 1];
                    }
                    j--;
                }
                keys[j] = k;
                if (values != null) {
                    values[j] = v;
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(keys, values, tk, tv, lo, mid, kind);
        mergeSort(keys, values, tk, tv, mid, hi, kind);
        if (!less(kind, keys[mid], keys[mid - 1])) {
            return; // the halves are already in order
        }
        System.arraycopy(keys, lo, tk, lo, mid - lo);
        if (values != null) {
            System.arraycopy(values, lo, tv, lo, mid - lo);
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            // take from the right only when strictly less: equal keys keep their order
            if (less(kind, keys[j], tk[i])) {
                keys[o] = keys[j];
                if (values != null) {
                    values[o] = values[j];
                }
                j++;
            } else {
                keys[o] = tk[i];
                if (values != null) {
                    values[o] = tv[i];
                }
                i++;
            }
            o++;
        }
        while (i < mid) {
            keys[o] = tk[i];
            if (values != null) {
                values[o] = tv[i];
            }
            i++;
            o++;
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
