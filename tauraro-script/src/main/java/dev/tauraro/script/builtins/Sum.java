package dev.tauraro.script.builtins;

import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyIterator;

/**
 * The loop of {@code sum(iterable, start)} as CPython 3.11's {@code builtin_sum_impl} runs it: while
 * the total is an exact int and the items are exact ints or bools, the total is kept unboxed (no
 * int made per item) until an item is something else or would overflow 64 bits; then, while the
 * total is an exact float and the items are exact floats or ints that fit 64 bits, it is kept as a
 * double; anything else goes through {@code +}. So an int subclass's {@code __radd__} is not called
 * when it is added to a float total, as in CPython, and the results are CPython's to the bit
 * (3.11 adds floats in order, without the compensated summation of 3.12).
 */
final class Sum {
    private Sum() {
    }

    static Object sum(PyIterator it, Object start) {
        Object acc = start;
        Object v = null;
        if (acc instanceof Long first) {
            long total = first;
            while ((v = it.next()) != null) {
                long x;
                if (v instanceof Long l) {
                    x = l;
                } else if (v instanceof Boolean b) {
                    x = b ? 1L : 0L;
                } else {
                    break;
                }
                long r = total + x;
                if (((total ^ r) & (x ^ r)) < 0) {
                    break; // overflow: this item is added as an object, making the big int
                }
                total = r;
            }
            acc = total;
            if (v == null) {
                return acc;
            }
            acc = Ops.add(acc, v);
        }
        if (acc instanceof Double first) {
            double total = first;
            while ((v = it.next()) != null) {
                Object x = v instanceof PyDerived d && d.value instanceof Long ? d.value : v; // PyLong_Check: subclasses too
                if (x instanceof Double d) {
                    total += d;
                } else if (x instanceof Long l) {
                    total += (double) l;
                } else if (x instanceof Boolean b) {
                    total += b ? 1.0 : 0.0;
                } else {
                    break;
                }
            }
            acc = total;
            if (v == null) {
                return acc;
            }
            acc = Ops.add(acc, v);
        }
        while ((v = it.next()) != null) {
            acc = Ops.add(acc, v);
        }
        return acc;
    }
}
