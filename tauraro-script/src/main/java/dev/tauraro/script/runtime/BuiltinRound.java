package dev.tauraro.script.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code round(x, ndigits)} of a built-in int or float, half to even as CPython's: what both the
 * {@code round} built-in and the values' own {@code __round__} compute.
 */
public final class BuiltinRound {
    private BuiltinRound() {
    }

    /** The rounded value, or null when {@code x} is no built-in int or float. {@code digits}: None or an int. */
    public static Object of(Object x, Object digits) {
        boolean hasDigits = digits != PyNone.NONE;
        if (Ops.isInt(x)) {
            Object plain = x instanceof Boolean bo ? (Object) (bo ? 1L : 0L) : x; // round(True) is the int 1
            if (!hasDigits) {
                return plain;
            }
            long nd = Ops.toLong(digits);
            if (nd >= 0) {
                return plain;
            }
            BigDecimal d = new BigDecimal(Ops.big(x)).setScale((int) Math.max(nd, Integer.MIN_VALUE), RoundingMode.HALF_EVEN);
            return Ops.normalize(d.toBigInteger());
        }
        if (x instanceof Double d) {
            if (!hasDigits) {
                if (d.isNaN()) {
                    throw Exceptions.valueError("cannot convert float NaN to integer");
                }
                if (d.isInfinite()) {
                    throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot convert float infinity to integer");
                }
                if (Math.abs(d) < 0x1p62) {
                    return (long) Math.rint(d); // rint rounds half to even, as Python's round
                }
                return Ops.normalize(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            if (d.isNaN() || d.isInfinite()) {
                return d;
            }
            return Format.roundDecimals(d, (int) Ops.toLong(digits));
        }
        return null;
    }

    /** {@code math.floor}/{@code ceil}/{@code trunc} of a float: the exact int it rounds to ({@code mode}). */
    public static Object toInt(double d, RoundingMode mode) {
        if (Double.isNaN(d)) {
            throw Exceptions.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        return Ops.normalize(new BigDecimal(d).setScale(0, mode).toBigInteger());
    }
}
