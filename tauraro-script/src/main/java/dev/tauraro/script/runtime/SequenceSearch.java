package dev.tauraro.script.runtime;

import java.util.List;

/**
 * {@code index} and {@code count} of list and tuple, one code for both as CPython's
 * {@code list_index_impl} and {@code tupleindex} are alike: start and stop as a slice's bounds
 * (negative from the end, clamped, CPython's message for a bound that is not an integer), and the
 * two types' own wordings.
 */
final class SequenceSearch {
    private SequenceSearch() {
    }

    /** {@code seq.index(x[, start[, stop]])}; {@code type} is "list" or "tuple". */
    static Object index(List<Object> seq, String type, Object[] a, String[] k) {
        BuiltinArgs.range(type + ".index", "index", a, k, 1, 3);
        int n = seq.size();
        int start = a.length > 1 ? clamp(Slices.indexBound(a[1]), n) : 0;
        int stop = a.length > 2 ? clamp(Slices.indexBound(a[2]), n) : n;
        for (int i = start; i < stop && i < seq.size(); i++) { // an item's __eq__ may shrink the list
            if (Ops.sameOrEq(seq.get(i), a[0])) {
                return (long) i;
            }
        }
        throw Exceptions.valueError(type.equals("list") ? Ops.repr(a[0]) + " is not in list"
                : "tuple.index(x): x not in tuple");
    }

    private static int clamp(long i, int n) {
        if (i < 0) {
            i += n;
        }
        return (int) Math.max(0, Math.min(i, n));
    }

    static Object count(List<Object> seq, String type, Object[] a, String[] k) {
        BuiltinArgs.one(type + ".count", a, k);
        long c = 0;
        for (int i = 0; i < seq.size(); i++) {
            if (Ops.sameOrEq(seq.get(i), a[0])) {
                c++;
            }
        }
        return c;
    }
}
