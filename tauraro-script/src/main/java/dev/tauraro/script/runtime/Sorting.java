package dev.tauraro.script.runtime;

import java.util.List;

/** {@code sorted()} / {@code list.sort()}: stable, with optional key and reverse. */
public final class Sorting {
    private Sorting() {
    }

    public static void sort(List<Object> l, Object key, boolean reverse) {
        int n = l.size();
        Object[] keys = new Object[n];
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key == PyNone.NONE ? l.get(i) : Ops.call(key, l.get(i));
            idx[i] = i;
        }
        java.util.Comparator<Integer> cmp = (x, y) -> {
            Object a = keys[x];
            Object b = keys[y];
            if (Ops.truthy(Ops.lt(a, b))) {
                return -1;
            }
            if (Ops.truthy(Ops.lt(b, a))) {
                return 1;
            }
            return 0;
        };
        if (reverse) {
            // reverse keeps stability: equal elements keep their original order
            java.util.Arrays.sort(idx, (x, y) -> cmp.compare(y, x));
        } else {
            java.util.Arrays.sort(idx, cmp);
        }
        Object[] values = l.toArray();
        for (int i = 0; i < n; i++) {
            l.set(i, values[idx[i]]);
        }
    }
}
