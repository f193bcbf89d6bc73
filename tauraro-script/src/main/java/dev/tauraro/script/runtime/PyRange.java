package dev.tauraro.script.runtime;

import java.math.BigInteger;

/**
 * Python's {@code range}. Almost every range has long bounds and step, and those are kept as
 * longs: such a range may still hold more than {@code Long.MAX_VALUE} items ({@code range(-2**63,
 * 2**63 - 1)}), and stepping past its last item may leave the long range, so counts are unsigned
 * longs and items computed as {@code start + i * step}, whose wrapping arithmetic gives the exact
 * item whenever the item itself is a long. A range with a bound or step beyond a long
 * ({@code range(2**70)}, which CPython allows) keeps all three as BigIntegers and computes with
 * them; its long accessors are not to be read ({@link #isLong}).
 *
 * <p>Equality and hashing are CPython's: ranges are equal when they give the same items
 * ({@code range(0) == range(2, 2)}, {@code range(0, 3, 2) == range(0, 4, 2)}), and hash as the
 * tuple of their length, first item and step, with None for what the length makes irrelevant.
 */
public final class PyRange {
    private final long start;
    private final long stop;
    private final long step;
    /** start, stop and step of a range beyond longs; null for a long range. */
    private final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.big = null;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = 0;
        this.stop = 0;
        this.step = 0;
        this.big = new BigInteger[] {start, stop, step};
    }

    /** {@code range(start, stop, step)} of Python ints (Long or BigInteger); the step is not zero. */
    public static PyRange of(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            return new PyRange(a, b, c);
        }
        return of(Ops.big(start), Ops.big(stop), Ops.big(step));
    }

    private static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step);
    }

    /** Whether start, stop and step are longs, which {@link #start()}, {@link #stop()}, {@link #step()} give. */
    public boolean isLong() {
        return big == null;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    /** The attributes {@code start}, {@code stop} and {@code step} as Python ints. */
    public Object startValue() {
        return big == null ? (Object) start : Ops.normalize(big[0]);
    }

    public Object stopValue() {
        return big == null ? (Object) stop : Ops.normalize(big[1]);
    }

    public Object stepValue() {
        return big == null ? (Object) step : Ops.normalize(big[2]);
    }

    /** The number of items of a long range as an unsigned long (at most 2^64 - 1). */
    public long size() {
        if (step > 0) {
            return start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        }
        // -step as unsigned is the step's magnitude, Long.MIN_VALUE's too
        return start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
    }

    /** The number of items, of any range. */
    public BigInteger count() {
        if (big == null) {
            long n = size();
            return n >= 0 ? BigInteger.valueOf(n) : new BigInteger(Long.toUnsignedString(n));
        }
        return count(big[0], big[1], big[2]);
    }

    private static BigInteger count(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    public boolean isEmpty() {
        return big == null ? size() == 0 : count().signum() == 0;
    }

    /** {@code len()}. @throws PyException OverflowError beyond a Java long, as CPython's beyond ssize_t */
    public long length() {
        long n = size();
        if (big != null) {
            BigInteger c = count();
            n = c.bitLength() < 64 ? c.longValue() : -1;
        }
        if (n < 0) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return n;
    }

    /** Whether {@code v} is one of the items. */
    public boolean contains(long v) {
        if (big != null) {
            return contains(BigInteger.valueOf(v));
        }
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
            return false;
        }
        return step > 0 ? Long.remainderUnsigned(v - start, step) == 0 : Long.remainderUnsigned(start - v, -step) == 0;
    }

    /** Whether the int {@code v} (of any size) is one of the items. */
    public boolean contains(BigInteger v) {
        if (big == null && v.bitLength() < 64) {
            return contains(v.longValue());
        }
        BigInteger[] b = bounds();
        boolean inside = b[2].signum() > 0 ? v.compareTo(b[0]) >= 0 && v.compareTo(b[1]) < 0
                : v.compareTo(b[0]) <= 0 && v.compareTo(b[1]) > 0;
        return inside && v.subtract(b[0]).mod(b[2].abs()).signum() == 0;
    }

    /** The position of {@code v}, an item ({@link #contains}). */
    public long indexOf(long v) {
        return step > 0 ? Long.divideUnsigned(v - start, step) : Long.divideUnsigned(start - v, -step);
    }

    /** The position of {@code v}, an item ({@link #contains}), as a Python int. */
    public Object indexOf(BigInteger v) {
        if (big == null && v.bitLength() < 64) {
            long i = indexOf(v.longValue());
            return i >= 0 ? (Object) i : Ops.normalize(new BigInteger(Long.toUnsignedString(i)));
        }
        BigInteger[] b = bounds();
        return Ops.normalize(v.subtract(b[0]).divide(b[2]));
    }

    /** {@code self[key]}: an item for an int key, a range for a slice. */
    public Object item(Object key) {
        if (key instanceof PySlice sl) {
            return slice(sl);
        }
        Object k = PyDerived.unwrap(key);
        if (!Ops.isInt(k) && !(k instanceof PyInstance inst && inst.type().lookup("__index__") != null)) {
            throw Exceptions.typeError("range indices must be integers or slices, not " + Ops.typeName(k));
        }
        Object index = Ops.indexInt(key);
        if (big == null && index instanceof Long l) {
            long i = l;
            long n = size();   // unsigned: a range may hold more items than a long counts
            if (i < 0 ? Long.compareUnsigned(-i, n) > 0 : Long.compareUnsigned(i, n) >= 0) {
                throw Exceptions.indexError("range object index out of range");
            }
            return start + (i < 0 ? n + i : i) * step;
        }
        BigInteger i = Ops.big(index);
        BigInteger n = count();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Exceptions.indexError("range object index out of range");
        }
        BigInteger[] b = bounds();
        return Ops.normalize(b[0].add(i.multiply(b[2])));
    }

    /**
     * As CPython: the slice's positions mapped through the range (stop included), so
     * {@code range(10)[::-1]} is {@code range(9, -1, -1)}.
     */
    private PyRange slice(PySlice sl) {
        // the long path for long slices: Slices.indices clamps a larger step to a long
        if (big == null && size() >= 0 && smallBound(sl.start()) && smallBound(sl.stop()) && smallBound(sl.step())) {
            long[] ix = Slices.indices(sl, size());
            try {
                return new PyRange(Math.addExact(start, Math.multiplyExact(ix[0], step)),
                        Math.addExact(start, Math.multiplyExact(ix[1], step)), Math.multiplyExact(step, ix[2]));
            } catch (ArithmeticException e) {
                // a bound beyond a long: computed again below with BigIntegers
            }
        }
        BigInteger[] ix = Slices.indices(sl, count());
        BigInteger[] b = bounds();
        return of(b[0].add(ix[0].multiply(b[2])), b[0].add(ix[1].multiply(b[2])), b[2].multiply(ix[2]));
    }

    private static boolean smallBound(Object o) {
        return o instanceof Long || o == PyNone.NONE;
    }

    /** start, stop and step as BigIntegers. */
    private BigInteger[] bounds() {
        return big != null ? big
                : new BigInteger[] {BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step)};
    }

    public PyIterator iterator() {
        if (big != null) {
            return bigItems(big[0], big[2], count());
        }
        return items(start, step, size());
    }

    /** {@code reversed(range)}: the items from the last one down, without making them. */
    public PyIterator reversedIterator() {
        if (big != null) {
            BigInteger n = count();
            return bigItems(big[0].add(n.subtract(BigInteger.ONE).multiply(big[2])), big[2].negate(), n);
        }
        long n = size();
        return items(start + (n - 1) * step, -step, n);
    }

    private static PyIterator items(long first, long step, long count) {
        return new PyIterator(Types.RANGE_ITERATOR) {
            long next = first;
            long left = count;   // unsigned

            @Override
            public Object next() {
                if (left == 0) {
                    return null;
                }
                left--;
                long n = next;
                next = n + step;   // wraps after the last item, which is never read
                return n;
            }

            @Override
            public Object lengthHint() {
                return left >= 0 ? (Object) left : Ops.normalize(new BigInteger(Long.toUnsignedString(left)));
            }
        };
    }

    /** The items of a range beyond longs: CPython's longrange_iterator. */
    private static PyIterator bigItems(BigInteger first, BigInteger step, BigInteger count) {
        return new PyIterator(Types.LONGRANGE_ITERATOR) {
            BigInteger next = first;
            BigInteger left = count;

            @Override
            public Object next() {
                if (left.signum() == 0) {
                    return null;
                }
                left = left.subtract(BigInteger.ONE);
                BigInteger n = next;
                next = n.add(step);
                return Ops.normalize(n);
            }

            @Override
            public Object lengthHint() {
                return Ops.normalize(left);
            }
        };
    }

    /** {@code range.__reduce__()}: {@code (range, (start, stop, step))}, as CPython pickles a range. */
    public PyTuple reduce() {
        return new PyTuple(new Object[] {Types.RANGE, new PyTuple(new Object[] {startValue(), stopValue(), stepValue()})});
    }

    /** CPython's range_hash: the hash of (length, start, step), None standing for what the length leaves out. */
    long pyHash() {
        BigInteger n = count();
        Object first = n.signum() == 0 ? PyNone.NONE : startValue();
        Object by = n.compareTo(BigInteger.ONE) <= 0 ? PyNone.NONE : stepValue();
        return PyHash.of(new PyTuple(new Object[] {Ops.normalize(n), first, by}));
    }

    /** CPython's range_equals: the same items, so the same length and, where they matter, start and step. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyRange r)) {
            return false;
        }
        if (big == null && r.big == null) {
            long n = size();
            return n == r.size() && (n == 0 || start == r.start && (n == 1 || step == r.step));
        }
        BigInteger n = count();
        BigInteger[] a = bounds();
        BigInteger[] b = r.bounds();
        return n.equals(r.count()) && (n.signum() == 0
                || a[0].equals(b[0]) && (n.equals(BigInteger.ONE) || a[2].equals(b[2])));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    @Override
    public String toString() {
        Object by = stepValue();
        return "range(" + Ops.repr(startValue()) + ", " + Ops.repr(stopValue())
                + (by.equals(1L) ? ")" : ", " + Ops.repr(by) + ")");
    }
}
