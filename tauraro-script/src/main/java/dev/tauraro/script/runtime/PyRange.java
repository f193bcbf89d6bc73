package dev.tauraro.script.runtime;

/**
 * Python's {@code range} over longs. A range of longs may hold more than {@code Long.MAX_VALUE}
 * items ({@code range(-2**63, 2**63 - 1)}), and stepping past its last item may leave the long
 * range: counts are kept as unsigned longs and items computed as {@code start + i * step}, whose
 * wrapping arithmetic gives the exact item whenever the item itself is a long.
 */
public record PyRange(long start, long stop, long step) {
    /** The number of items as an unsigned long (at most 2^64 - 1). */
    public long size() {
        if (step > 0) {
            return start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        }
        // -step as unsigned is the step's magnitude, Long.MIN_VALUE's too
        return start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
    }

    /** {@code len()}. @throws PyException OverflowError beyond a Java long, as CPython's beyond ssize_t */
    public long length() {
        long n = size();
        if (n < 0) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return n;
    }

    /** Whether {@code v} is one of the items. */
    public boolean contains(long v) {
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
            return false;
        }
        return step > 0 ? Long.remainderUnsigned(v - start, step) == 0 : Long.remainderUnsigned(start - v, -step) == 0;
    }

    /** The position of {@code v}, an item ({@link #contains}). */
    public long indexOf(long v) {
        return step > 0 ? Long.divideUnsigned(v - start, step) : Long.divideUnsigned(start - v, -step);
    }

    public PyIterator iterator() {
        return items(start, step, size());
    }

    /** {@code reversed(range)}: the items from the last one down, without making them. */
    public PyIterator reversedIterator() {
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
                return left >= 0 ? (Object) left : Ops.normalize(new java.math.BigInteger(Long.toUnsignedString(left)));
            }
        };
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
