package dev.tauraro.script.runtime;

import java.math.BigInteger;

/**
 * A Python int just outside the long range, as a 128-bit two's complement pair. Sums of squares
 * and similar accumulations spend most of their life here: adding a long to it allocates one small
 * object, where {@link BigInteger} would allocate four. Invariant: the value never fits in a long
 * (such results are returned as {@link Long}); results beyond 128 bits become {@link BigInteger}.
 * Every generic operation treats it as an int through {@link Ops#big}.
 */
public final class Int128 extends Number implements Comparable<Int128> {
    private static final long serialVersionUID = 1L;
    final long hi;
    final long lo;

    private Int128(long hi, long lo) {
        this.hi = hi;
        this.lo = lo;
    }

    /** The 128-bit value (hi, lo) as a Long when it fits, else an Int128. */
    static Object of(long hi, long lo) {
        return hi == (lo >> 63) ? (Object) lo : new Int128(hi, lo);
    }

    /** {@code x + y} for longs whose sum overflowed a long. */
    public static Object add(long x, long y) {
        long lo = x + y;
        long carry = Long.compareUnsigned(lo, x) < 0 ? 1 : 0;
        return of((x >> 63) + (y >> 63) + carry, lo);
    }

    /** {@code x * y} for longs, exact. */
    public static Object mul(long x, long y) {
        return of(Math.multiplyHigh(x, y), x * y);
    }

    /** {@code this + y}: Long, Int128 or BigInteger. */
    public Object add(long y) {
        long yhi = y >> 63;
        long rlo = lo + y;
        long carry = Long.compareUnsigned(rlo, lo) < 0 ? 1 : 0;
        long rhi = hi + yhi + carry;
        if (((hi ^ rhi) & (yhi ^ rhi)) < 0) {
            return Ops.normalize(toBigInteger().add(BigInteger.valueOf(y)));
        }
        return of(rhi, rlo);
    }

    /** {@code this + y} for another Int128. */
    public Object add(Int128 y) {
        long rlo = lo + y.lo;
        long carry = Long.compareUnsigned(rlo, lo) < 0 ? 1 : 0;
        long rhi = hi + y.hi + carry;
        if (((hi ^ rhi) & (y.hi ^ rhi)) < 0) {
            return Ops.normalize(toBigInteger().add(y.toBigInteger()));
        }
        return of(rhi, rlo);
    }

    public BigInteger toBigInteger() {
        BigInteger low = BigInteger.valueOf(lo & Long.MAX_VALUE);
        if (lo < 0) {
            low = low.setBit(63);
        }
        return BigInteger.valueOf(hi).shiftLeft(64).add(low);
    }

    @Override
    public int intValue() {
        return (int) lo;
    }

    @Override
    public long longValue() {
        return lo;
    }

    @Override
    public float floatValue() {
        return toBigInteger().floatValue();
    }

    @Override
    public double doubleValue() {
        return toBigInteger().doubleValue();
    }

    @Override
    public int compareTo(Int128 o) {
        int c = Long.compare(hi, o.hi);
        return c != 0 ? c : Long.compareUnsigned(lo, o.lo);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Int128 x) {
            return x.hi == hi && x.lo == lo;
        }
        return o instanceof BigInteger b && b.equals(toBigInteger());
    }

    /** Equal to the hash of the same value as a BigInteger. */
    @Override
    public int hashCode() {
        return toBigInteger().hashCode();
    }

    @Override
    public String toString() {
        return toBigInteger().toString();
    }
}
