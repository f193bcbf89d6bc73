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

    /** {@code a < b} for the keys of one sort. */
    private interface Less {
        boolean less(Object a, Object b);
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
        Object[] tempKeys = new Object[n];
        Object[] tempValues = keys == values ? null : new Object[n];
        mergeSort(keys, keys == values ? null : values, tempKeys, tempValues, 0, n, lessFor(keys));
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

    private static Less lessFor(Object[] keys) {
        Class<?> kind = keys.length == 0 ? null : keys[0].getClass();
        for (Object k : keys) {
            if (k.getClass() != kind) {
                return (a, b) -> Ops.truthy(Ops.lt(a, b));
            }
        }
        if (kind == Long.class) {
            return (a, b) -> (Long) a < (Long) b;
        }
        if (kind == Double.class) {
            return (a, b) -> (Double) a < (Double) b; // Java's < is Python's for floats, NaN included
        }
        if (kind == String.class) {
            return (a, b) -> CodePoints.compare((String) a, (String) b) < 0;
        }
        return (a, b) -> Ops.truthy(Ops.lt(a, b));
    }

    /** Sorts {@code keys[lo, hi)} stably, moving {@code values} (null: the keys are the values) alike. */
    private static void mergeSort(Object[] keys, Object[] values, Object[] tk, Object[] tv, int lo, int hi, Less less) {
        if (hi - lo <= INSERTION) {
            for (int i = lo + 1; i < hi; i++) {
                Object k = keys[i];
                Object v = values == null ? null : values[i];
                int j = i;
                while (j > lo && less.less(k, keys[j - 1])) {
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
        mergeSort(keys, values, tk, tv, lo, mid, less);
        mergeSort(keys, values, tk, tv, mid, hi, less);
        if (!less.less(keys[mid], keys[mid - 1])) {
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
            if (less.less(keys[j], tk[i])) {
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
