package dev.tauraro.script.runtime;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** Slice arithmetic for sequences, as CPython's {@code PySlice_AdjustIndices}. */
final class Slices {
    private Slices() {
    }

    /** {start, stop, step, length} for a sequence of length n. */
    static long[] indices(PySlice s, long n) {
        long step = step(s.step());
        long start = adjust(start(s.start(), step), step, n);
        long stop = adjust(stop(s.stop(), step), step, n);
        return new long[] {start, stop, step, length(start, stop, step)};
    }

    /*
     * The steps of CPython's PySlice_Unpack (step, start, stop: each bound as a long, None as the
     * end its step starts or stops at) and PySlice_AdjustIndices (clamped to a length), one value
     * each, so that a slice taken straight from its bounds ({@link #list(List, Object, Object, Object)})
     * allocates nothing but its result.
     */

    static long step(Object step) {
        // As CPython, a step below -MAX is -MAX, so that -step exists.
        long st = step == PyNone.NONE ? 1 : Math.max(bound(step), -Long.MAX_VALUE);
        if (st == 0) {
            throw Exceptions.valueError("slice step cannot be zero");
        }
        return st;
    }

    static long start(Object start, long step) {
        return start == PyNone.NONE ? (step < 0 ? Long.MAX_VALUE : 0) : bound(start);
    }

    static long stop(Object stop, long step) {
        return stop == PyNone.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : bound(stop);
    }

    static long adjust(long i, long step, long n) {
        if (i < 0) {
            i += n;
            return i < 0 ? (step < 0 ? -1 : 0) : i;
        }
        return i >= n ? (step < 0 ? n - 1 : n) : i;
    }

    static long length(long start, long stop, long step) {
        if (step == 1 || step == -1) { // l[a:b], l[k::-1]: no division
            return Math.max((stop - start) * step, 0);
        } else if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0; // no overflow with a huge step
        }
        return stop < start ? (start - stop - 1) / -step + 1 : 0;
    }

    /**
     * {start, stop, step} for a sequence of length n of any size (a range beyond longs), each bound
     * clamped as {@link #indices(PySlice, long)} clamps, without its clamping of huge bounds to a long.
     */
    static BigInteger[] indices(PySlice s, BigInteger n) {
        BigInteger step = s.step() == PyNone.NONE ? BigInteger.ONE : bigBound(s.step());
        if (step.signum() == 0) {
            throw Exceptions.valueError("slice step cannot be zero");
        }
        BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = step.signum() < 0 ? n.subtract(BigInteger.ONE) : n;
        BigInteger start = s.start() == PyNone.NONE ? (step.signum() < 0 ? upper : lower)
                : clamp(bigBound(s.start()), n, lower, upper);
        BigInteger stop = s.stop() == PyNone.NONE ? (step.signum() < 0 ? lower : upper)
                : clamp(bigBound(s.stop()), n, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger clamp(BigInteger i, BigInteger n, BigInteger lower, BigInteger upper) {
        return i.signum() < 0 ? i.add(n).max(lower) : i.min(upper);
    }

    private static BigInteger bigBound(Object o) {
        Object v = PyDerived.unwrap(o);
        if (Ops.isInt(v) || v instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            return Ops.big(Ops.indexInt(o));
        }
        throw Exceptions.typeError("slice indices must be integers or None or have an __index__ method");
    }

    /**
     * A slice bound as a long: any integer (or object with {@code __index__}), one too large for
     * a long clamped to its sign's end, as CPython clamps to {@code Py_ssize_t}.
     */
    private static long bound(Object o) {
        return bound(o, "slice indices must be integers or None or have an __index__ method");
    }

    /** A start or stop of {@code list.index} and {@code tuple.index}: as a slice bound, but never None. */
    static long indexBound(Object o) {
        return bound(o, "slice indices must be integers or have an __index__ method");
    }

    private static long bound(Object o, String notIndex) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Int128 i) {
            o = i.toBigInteger();
        }
        if (o instanceof java.math.BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (Ops.isInt(o) || o instanceof PyDerived d && Ops.isInt(d.value)
                || o instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            return Ops.index(o);
        }
        throw Exceptions.typeError(notIndex);
    }

    static PyList list(List<Object> l, PySlice s) {
        return list(l, s.start(), s.stop(), s.step());
    }

    /**
     * {@code l[lo:hi:step]} from the slice's bounds, as CPython's list_subscript: the bounds made
     * longs first (an {@code __index__} may change the list), then clamped to the length it has.
     */
    static PyList list(List<Object> l, Object lo, Object hi, Object st) {
        long step = step(st);
        long a = start(lo, step);
        long b = stop(hi, step);
        int n = l.size();
        long start = adjust(a, step, n);
        long len = length(start, adjust(b, step, n), step);
        if (step == 1) {
            if (len == n && l instanceof PyList whole) {
                return whole.copy();
            }
            // one bulk copy (toArray + arraycopy) instead of an add per element
            return len == 0 ? new PyList() : new PyList(l.subList((int) start, (int) (start + len)));
        }
        PyList r = new PyList((int) len);
        for (long i = 0, k = start; i < len; i++, k += step) {
            r.add(l.get((int) k));
        }
        return r;
    }

    /**
     * {@code t[lo:hi:step]} as CPython's tuplesubscript: the items copied straight into the new
     * tuple's array, and a slice of the whole tuple with step 1 is the tuple itself ({@code t[:] is t}).
     */
    static PyTuple tuple(PyTuple t, Object lo, Object hi, Object st) {
        long step = step(st);
        long a = start(lo, step);
        long b = stop(hi, step);
        Object[] items = t.items;
        int n = items.length;
        long start = adjust(a, step, n);
        long len = length(start, adjust(b, step, n), step);
        if (step == 1) {
            return len == n ? t : new PyTuple(Arrays.copyOfRange(items, (int) start, (int) (start + len)));
        }
        Object[] out = new Object[(int) len];
        for (int i = 0, k = (int) start; i < out.length; i++, k += (int) step) {
            out[i] = items[k];
        }
        return new PyTuple(out);
    }

    static String string(String str, PySlice s) {
        return string(str, s.start(), s.stop(), s.step());
    }

    /** {@code str[lo:hi:step]} from the slice's bounds (as {@link #list(List, Object, Object, Object)}). */
    static String string(String str, Object lo, Object hi, Object st) {
        long step = step(st);
        long a = start(lo, step);
        long b = stop(hi, step);
        if (!CodePoints.bmpOnly(str)) {
            int[] cps = CodePoints.array(str); // indices count code points, not UTF-16 units
            long start = adjust(a, step, cps.length);
            int[] out = new int[(int) length(start, adjust(b, step, cps.length), step)];
            for (int i = 0, k = (int) start; i < out.length; i++, k += (int) step) {
                out[i] = cps[k];
            }
            return new String(out, 0, out.length);
        }
        int n = str.length();
        long start = adjust(a, step, n);
        long len = length(start, adjust(b, step, n), step);
        if (step == 1) {
            return len == 0 ? "" : str.substring((int) start, (int) (start + len));
        }
        char[] out = new char[(int) len];
        for (int i = 0, k = (int) start; i < out.length; i++, k += (int) step) {
            out[i] = str.charAt(k);
        }
        return new String(out);
    }

    /** O(len(l)) whatever the step, as CPython: one shift of the tail, or one compaction pass. */
    static void delete(PyList l, PySlice s) {
        long[] ix = indices(s, l.size());
        if (ix[3] == 0) {
            return;
        }
        long step = ix[2];
        long lo = step > 0 ? ix[0] : ix[0] + (ix[3] - 1) * step;
        long st = Math.abs(step);
        if (st == 1) {
            l.subList((int) lo, (int) (lo + ix[3])).clear();
            return;
        }
        long hi = lo + (ix[3] - 1) * st;
        int w = (int) lo;
        for (int r = (int) lo; r < l.size(); r++) {
            if (r <= hi && (r - lo) % st == 0) {
                continue;
            }
            l.set(w++, l.get(r));
        }
        l.subList(w, l.size()).clear();
    }

    static byte[] bytes(byte[] b, PySlice s) {
        long[] ix = indices(s, b.length);
        if (ix[2] == 1) {
            return java.util.Arrays.copyOfRange(b, (int) ix[0], (int) (ix[0] + ix[3]));
        }
        byte[] r = new byte[(int) ix[3]];
        for (int i = 0, k = (int) ix[0]; i < r.length; i++, k += (int) ix[2]) {
            r[i] = b[k];
        }
        return r;
    }

    /**
     * {@code l[s] = value} as CPython's {@code list_ass_subscript}: the slice's bounds first, then
     * the value as a sequence, with CPython's messages for a value that cannot be iterated.
     */
    static void assign(PyList l, PySlice s, Object value) {
        assign(l, s.start(), s.stop(), s.step(), value);
    }

    /**
     * {@code l[lo:hi:step] = value} from the slice's bounds (as {@link #list(List, Object, Object, Object)}).
     * The bounds are taken from the list's length before the value is read, as CPython 3.11 does, and
     * the value (a generator, say) may change the list while it is read: a step-1 slice is then
     * clamped to the list as it is (3.11's {@code list_ass_slice}), and an extended slice whose
     * positions no longer all exist is taken again on the list as it is, as CPython does from 3.12.5
     * (3.11 writes past the end there, gh-120384).
     */
    static void assign(PyList l, Object lo, Object hi, Object st, Object value) {
        long step = step(st);
        long a = start(lo, step);
        long b = stop(hi, step);
        if (step == 1) {
            assignRun(l, adjust(a, 1, l.size()), adjust(b, 1, l.size()), value);
        } else {
            assignExtended(l, a, b, step, value);
        }
    }

    /** {@code l[first:last] = value}, the bounds adjusted to the length before the value is read. */
    private static void assignRun(PyList l, long first, long last, Object value) {
        List<Object> values = sequence(l, value, "can only assign an iterable");
        int start = (int) Math.min(first, l.size());
        int stop = (int) Math.min(Math.max(start, last), l.size());
        if (values.size() == stop - start) {
            // as long as what it replaces (perm[:k + 1] = perm[k::-1]): nothing moves
            for (int i = 0; i < values.size(); i++) {
                l.set(start + i, values.get(i));
            }
            return;
        }
        l.subList(start, stop).clear();
        l.addAll(start, values);
    }

    /** {@code l[a:b:step] = value} for a step other than 1, a and b as given (not yet adjusted). */
    private static void assignExtended(PyList l, long a, long b, long step, Object value) {
        int n = l.size();
        long first = adjust(a, step, n);
        long len = length(first, adjust(b, step, n), step);
        List<Object> values = sequence(l, value, "must assign iterable to extended slice");
        checkLength(values, len);
        if (len > 0 && Math.max(first, first + (len - 1) * step) >= l.size()) {
            n = l.size();
            first = adjust(a, step, n);
            len = length(first, adjust(b, step, n), step);
            checkLength(values, len);
        }
        for (long i = 0, k = first; i < len; i++, k += step) {
            l.set((int) k, values.get((int) i));
        }
    }

    private static void checkLength(List<Object> values, long len) {
        if (values.size() != len) {
            throw Exceptions.valueError("attempt to assign sequence of size " + values.size()
                    + " to extended slice of size " + len);
        }
    }

    /**
     * The value of a slice assignment as a list, as CPython's {@code PySequence_Fast}: a list or
     * tuple as it is (a copy when it is the list assigned to, which changes as it is read), anything
     * else iterated into a new list; a TypeError from {@code iter()} becomes {@code notIterable}.
     */
    private static List<Object> sequence(PyList l, Object value, String notIterable) {
        if (value instanceof PyList v) {
            return v == l ? v.copy() : v;
        }
        if (value instanceof PyTuple t) {
            return t;
        }
        PyIterator it;
        try {
            it = Ops.iter(value);
        } catch (PyException e) {
            if (e.value.type().isSubclassOf(Exceptions.TYPE_ERROR)) {
                throw Exceptions.typeError(notIterable);
            }
            throw e;
        }
        return Ops.drain(it);
    }
}
