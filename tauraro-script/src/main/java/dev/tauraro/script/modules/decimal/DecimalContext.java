package dev.tauraro.script.modules.decimal;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The part of a {@code decimal.Context} that arithmetic needs (precision, rounding, exponent
 * limits, clamp), and the rounding of an exact result into it. The conditions an operation
 * raises are returned as bits ({@link #INVALID} ...); {@code lib/decimal.py} turns them into flags
 * and, where trapped, into exceptions.
 */
record DecimalContext(int prec, Rounding rounding, long emax, long emin, boolean clamp) {
    static final int CLAMPED = 1;
    static final int INVALID = 2;
    static final int DIV_BY_ZERO = 4;
    static final int INEXACT = 8;
    static final int ROUNDED = 16;
    static final int SUBNORMAL = 32;
    static final int OVERFLOW = 64;
    static final int UNDERFLOW = 128;
    static final int CONVERSION_SYNTAX = 256;
    static final int DIVISION_IMPOSSIBLE = 512;
    static final int DIVISION_UNDEFINED = 1024;
    static final int FLOAT_OPERATION = 4096;

    /**
     * The precision of a context set above it ({@code prec = MAX_PREC}, as for exact integer
     * arithmetic in CPython's own decimal benchmarks): no value a BigDecimal can hold (fewer than
     * 650 million digits) is rounded at it, so results that are exact stay so, and one that would
     * need to be rounded to it (a non-terminating quotient or root) raises MemoryError, as
     * CPython's libmpdec does when it cannot allocate that many digits.
     */
    static final int EXACT_ONLY = 1 << 30;

    /** The precision of a context's {@code prec} setting (from 1 to MAX_PREC). */
    static int precision(long prec) {
        return (int) Math.min(prec, EXACT_ONLY);
    }

    /** A non-terminating result at an {@link #EXACT_ONLY} precision. */
    static PyException tooManyDigits() {
        return Exceptions.newException(Exceptions.MEMORY_ERROR);
    }

    /** The eight rounding modes, by their Python names. */
    enum Rounding {
        ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP;

        /** The JDK mode that rounds a magnitude of sign {@code neg} as this mode rounds the signed value. */
        RoundingMode forMagnitude(boolean neg) {
            return switch (this) {
                case ROUND_UP -> RoundingMode.UP;
                case ROUND_DOWN, ROUND_05UP -> RoundingMode.DOWN;
                case ROUND_CEILING -> neg ? RoundingMode.DOWN : RoundingMode.UP;
                case ROUND_FLOOR -> neg ? RoundingMode.UP : RoundingMode.DOWN;
                case ROUND_HALF_UP -> RoundingMode.HALF_UP;
                case ROUND_HALF_DOWN -> RoundingMode.HALF_DOWN;
                case ROUND_HALF_EVEN -> RoundingMode.HALF_EVEN;
            };
        }

        /** Whether an overflow in this mode gives infinity (else the largest finite number). */
        boolean overflowsToInfinity(boolean neg) {
            return switch (this) {
                case ROUND_DOWN, ROUND_05UP -> false;
                case ROUND_CEILING -> !neg;
                case ROUND_FLOOR -> neg;
                default -> true;
            };
        }
    }

    long etiny() {
        return emin - prec + 1;
    }

    long etop() {
        return emax - prec + 1;
    }

    DecimalContext withRounding(Rounding r) {
        return new DecimalContext(prec, r, emax, emin, clamp);
    }

    /**
     * {@code mag} (a magnitude of sign {@code neg}) rounded to exponent {@code exp} in mode
     * {@code r}; a larger exponent than the magnitude's loses digits, a smaller one adds zeros.
     */
    static BigDecimal rescale(BigDecimal mag, long exp, Rounding r, boolean neg) {
        int scale = scale(exp);
        BigDecimal out = mag.setScale(scale, r.forMagnitude(neg));
        if (r == Rounding.ROUND_05UP && out.compareTo(mag) != 0) {
            // truncated; away from zero only when the last kept digit is 0 or 5
            int last = out.unscaledValue().mod(BigInteger.TEN).intValue();
            if (last == 0 || last == 5) {
                out = new BigDecimal(out.unscaledValue().add(BigInteger.ONE), scale);
            }
        }
        return out;
    }

    static int scale(long exp) {
        if (exp > Integer.MAX_VALUE || exp < -Integer.MAX_VALUE) {
            throw DecimalModule.limit();
        }
        return (int) -exp;
    }

    /** The result of an operation whose exact (or sticky-digit) value is {@code mag} with sign {@code neg}. */
    DecimalValue finish(boolean neg, BigDecimal mag, int[] flags) {
        if (mag.signum() == 0) {
            long exp = -(long) mag.scale();
            long top = clamp ? etop() : emax;
            long e = Math.min(Math.max(exp, etiny()), top);
            if (e != exp) {
                flags[0] |= CLAMPED;
                mag = BigDecimal.ZERO.setScale(scale(e));
            }
            return DecimalValue.finite(neg, mag);
        }
        long exp = -(long) mag.scale();
        long adjusted = exp + mag.precision() - 1;
        long target = adjusted < emin ? Math.max(exp, etiny()) : Math.max(exp, adjusted - prec + 1);
        if (adjusted < emin) {
            flags[0] |= SUBNORMAL;
        }
        if (target != exp) {
            BigDecimal r = rescale(mag, target, rounding, neg);
            flags[0] |= ROUNDED;
            boolean inexact = r.compareTo(mag) != 0;
            if (inexact) {
                flags[0] |= INEXACT;
                if (adjusted < emin) {
                    flags[0] |= UNDERFLOW;
                    if (r.signum() == 0) {
                        flags[0] |= CLAMPED;
                    }
                }
            }
            if (r.precision() > prec && r.signum() != 0) {
                // rounding carried into a new digit (99.9 -> 100): drop the trailing zero
                r = new BigDecimal(r.unscaledValue().divide(BigInteger.TEN), r.scale() - 1);
            }
            mag = r;
            exp = -(long) mag.scale();
            adjusted = exp + mag.precision() - 1;
        }
        if (mag.signum() != 0 && adjusted > emax) {
            flags[0] |= OVERFLOW | INEXACT | ROUNDED;
            if (rounding.overflowsToInfinity(neg)) {
                return DecimalValue.inf(neg);
            }
            BigInteger nines = BigInteger.TEN.pow(prec).subtract(BigInteger.ONE);
            return DecimalValue.finite(neg, new BigDecimal(nines, scale(etop())));
        }
        if (clamp && exp > etop()) {
            flags[0] |= CLAMPED;
            mag = mag.setScale(scale(etop()));
        }
        return DecimalValue.finite(neg, mag);
    }
}
