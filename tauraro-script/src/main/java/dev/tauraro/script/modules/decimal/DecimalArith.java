package dev.tauraro.script.modules.decimal;

import static dev.tauraro.script.modules.decimal.DecimalContext.CLAMPED;
import static dev.tauraro.script.modules.decimal.DecimalContext.DIVISION_IMPOSSIBLE;
import static dev.tauraro.script.modules.decimal.DecimalContext.DIVISION_UNDEFINED;
import static dev.tauraro.script.modules.decimal.DecimalContext.DIV_BY_ZERO;
import static dev.tauraro.script.modules.decimal.DecimalContext.INEXACT;
import static dev.tauraro.script.modules.decimal.DecimalContext.INVALID;
import static dev.tauraro.script.modules.decimal.DecimalContext.ROUNDED;

import dev.tauraro.script.modules.decimal.DecimalContext.Rounding;
import dev.tauraro.script.modules.decimal.DecimalValue.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The operations of the specification on {@link DecimalValue}s: each computes the exact result
 * with {@link BigDecimal} (or enough digits of it plus a sticky digit that stands for the rest),
 * then lets {@link DecimalContext#finish} round it, so all eight rounding modes and the
 * Inexact/Rounded/Overflow/Underflow conditions come from one place.
 */
final class DecimalArith {
    private DecimalArith() {
    }

    /** The quiet NaN an operation on a NaN gives (signaling NaNs first, then the first operand), or null. */
    static DecimalValue nanOperand(int[] flags, DecimalValue... xs) {
        for (DecimalValue x : xs) {
            if (x.kind == Kind.SNAN) {
                flags[0] |= INVALID;
                return new DecimalValue(x.neg, Kind.NAN, x.mag);
            }
        }
        for (DecimalValue x : xs) {
            if (x.kind == Kind.NAN) {
                return x;
            }
        }
        return null;
    }

    static DecimalValue invalid(int[] flags, int condition) {
        flags[0] |= condition;
        return DecimalValue.NAN;
    }

    static DecimalValue add(DecimalContext c, DecimalValue a, DecimalValue b, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return nan;
        }
        if (a.kind == Kind.INF || b.kind == Kind.INF) {
            if (a.kind == Kind.INF && b.kind == Kind.INF && a.neg != b.neg) {
                return invalid(flags, INVALID);
            }
            return a.kind == Kind.INF ? a : b;
        }
        BigDecimal x = stickyAgainst(a, b, c.prec());
        BigDecimal y = stickyAgainst(b, a, c.prec());
        BigDecimal sum = x.add(y);
        boolean neg;
        if (sum.signum() != 0) {
            neg = sum.signum() < 0;
        } else if (a.neg == b.neg) {
            neg = a.neg;
        } else {
            neg = c.rounding() == Rounding.ROUND_FLOOR;
        }
        // an exact zero keeps the smaller exponent of the two operands
        BigDecimal mag = sum.abs();
        return c.finish(neg, mag, flags);
    }

    /**
     * {@code x}'s signed value, or when it lies wholly below the digits that rounding {@code other}
     * plus it to {@code prec} digits can see, a one-digit stand-in of the same sign far enough
     * below them (so that {@code 1E+999999999 + 1} need not build a number of a billion digits).
     */
    private static BigDecimal stickyAgainst(DecimalValue x, DecimalValue other, int prec) {
        if (x.isZero() || other.isZero()) {
            return x.signed();
        }
        long lowestSeen = other.adjusted() - prec - 2;
        long otherLowest = other.exp();
        if (x.adjusted() < Math.min(lowestSeen, otherLowest) - 1) {
            long at = Math.min(lowestSeen, otherLowest) - 1;
            BigDecimal stand = BigDecimal.ONE.scaleByPowerOfTen((int) at);
            return x.neg ? stand.negate() : stand;
        }
        return x.signed();
    }

    static DecimalValue negate(DecimalValue a) {
        return a.withSign(!a.neg);
    }

    static DecimalValue multiply(DecimalContext c, DecimalValue a, DecimalValue b, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return nan;
        }
        boolean neg = a.neg ^ b.neg;
        if (a.kind == Kind.INF || b.kind == Kind.INF) {
            if (a.isZero() || b.isZero()) {
                return invalid(flags, INVALID);
            }
            return DecimalValue.inf(neg);
        }
        checkExponent(a.exp() + b.exp());
        return c.finish(neg, a.mag.multiply(b.mag), flags);
    }

    static DecimalValue divide(DecimalContext c, DecimalValue a, DecimalValue b, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return nan;
        }
        boolean neg = a.neg ^ b.neg;
        if (a.kind == Kind.INF) {
            return b.kind == Kind.INF ? invalid(flags, INVALID) : DecimalValue.inf(neg);
        }
        if (b.kind == Kind.INF) {
            flags[0] |= CLAMPED;
            return DecimalValue.finite(neg, BigDecimal.ZERO.setScale(DecimalContext.scale(c.etiny())));
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return invalid(flags, DIVISION_UNDEFINED);
            }
            flags[0] |= DIV_BY_ZERO;
            return DecimalValue.inf(neg);
        }
        if (a.isZero()) {
            return c.finish(neg, BigDecimal.ZERO.setScale(DecimalContext.scale(a.exp() - b.exp())), flags);
        }
        return c.finish(neg, quotient(a.mag, b.mag, c.prec()), flags);
    }

    /**
     * {@code x / y} exactly with the specification's ideal exponent when it has a finite expansion
     * of at most {@code prec + 2} digits, else its first {@code prec + 2} digits and a sticky 1.
     */
    static BigDecimal quotient(BigDecimal x, BigDecimal y, int prec) {
        if (prec >= DecimalContext.EXACT_ONLY) {
            try {
                return x.divide(y); // exact, at the ideal exponent, or no finite expansion
            } catch (ArithmeticException nonTerminating) {
                throw DecimalContext.tooManyDigits();
            }
        }
        // Truncated, then checked by multiplying back: an exact quotient comes out of divide() at
        // the ideal exponent as with RoundingMode.UNNECESSARY, and an inexact one no longer costs
        // the ArithmeticException UNNECESSARY throws (with its stack trace: most of decimal_pi's time)
        BigDecimal q = x.divide(y, new MathContext(prec + 2, RoundingMode.DOWN));
        return q.multiply(y).compareTo(x) == 0 ? q : sticky(q);
    }

    /** {@code q} with a digit 1 appended: a value strictly between q and its next ulp. */
    static BigDecimal sticky(BigDecimal q) {
        return new BigDecimal(q.unscaledValue().multiply(BigInteger.TEN).add(BigInteger.ONE), q.scale() + 1);
    }

    /** {@code [a // b, a % b]} as the specification's divide-integer and remainder. */
    static DecimalValue[] divmod(DecimalContext c, DecimalValue a, DecimalValue b, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return new DecimalValue[] {nan, nan};
        }
        boolean neg = a.neg ^ b.neg;
        if (a.kind == Kind.INF) {
            // infinity // finite is infinity, but no remainder exists
            DecimalValue q = b.kind == Kind.INF ? DecimalValue.NAN : DecimalValue.inf(neg);
            flags[0] |= INVALID;
            return new DecimalValue[] {q, DecimalValue.NAN};
        }
        if (b.kind == Kind.INF) {
            return new DecimalValue[] {DecimalValue.finite(neg, BigDecimal.ZERO), c.finish(a.neg, a.mag, flags)};
        }
        if (b.isZero()) {
            if (a.isZero()) {
                DecimalValue bad = invalid(flags, DIVISION_UNDEFINED);
                return new DecimalValue[] {bad, bad};
            }
            flags[0] |= DIV_BY_ZERO | INVALID;
            return new DecimalValue[] {DecimalValue.inf(neg), DecimalValue.NAN};
        }
        long lowest = Math.min(a.exp(), b.exp());
        if (a.adjusted() - b.adjusted() > c.prec() + 1) {
            DecimalValue bad = invalid(flags, DIVISION_IMPOSSIBLE);
            return new DecimalValue[] {bad, bad};
        }
        BigInteger q = a.mag.divideToIntegralValue(b.mag).toBigInteger();
        if (q.signum() != 0 && q.toString().length() > c.prec()) {
            DecimalValue bad = invalid(flags, DIVISION_IMPOSSIBLE);
            return new DecimalValue[] {bad, bad};
        }
        BigDecimal r = a.mag.subtract(b.mag.multiply(new BigDecimal(q)));
        r = r.setScale(DecimalContext.scale(lowest));
        return new DecimalValue[] {c.finish(neg, new BigDecimal(q), flags), c.finish(a.neg, r, flags)};
    }

    /** The remainder-near of the specification: {@code a - b * n} with n the integer nearest {@code a / b}. */
    static DecimalValue remainderNear(DecimalContext c, DecimalValue a, DecimalValue b, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return nan;
        }
        if (a.kind == Kind.INF || b.isZero()) {
            return invalid(flags, b.isZero() && a.isZero() ? DIVISION_UNDEFINED : INVALID);
        }
        if (b.kind == Kind.INF) {
            return c.finish(a.neg, a.mag, flags);
        }
        if (a.adjusted() - b.adjusted() > c.prec() + 1L) {
            return invalid(flags, DIVISION_IMPOSSIBLE);
        }
        BigInteger n = a.signed().divideToIntegralValue(b.signed()).toBigInteger();
        BigDecimal r = a.signed().subtract(b.signed().multiply(new BigDecimal(n)));
        // n is the truncated quotient; move it to the nearest (ties to even) integer
        int twice = r.abs().multiply(BigDecimal.valueOf(2)).compareTo(b.mag);
        if (twice > 0 || (twice == 0 && n.testBit(0))) {
            BigInteger step = BigInteger.valueOf(r.signum() * b.signed().signum());
            n = n.add(step);
            r = a.signed().subtract(b.signed().multiply(new BigDecimal(n)));
        }
        if (n.abs().toString().length() > c.prec()) {
            return invalid(flags, DIVISION_IMPOSSIBLE);
        }
        r = r.setScale(DecimalContext.scale(Math.min(a.exp(), b.exp())));
        return c.finish(r.signum() == 0 ? a.neg : r.signum() < 0, r.abs(), flags);
    }

    /** {@code a ** b} for an integral {@code b}; null when b is not integral (the caller says why). */
    static DecimalValue power(DecimalContext c, DecimalValue a, DecimalValue b, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return nan;
        }
        if (b.kind == Kind.INF) {
            return null;
        }
        BigInteger n = integral(b);
        if (n == null) {
            return null;
        }
        boolean neg = a.neg && n.testBit(0);
        if (a.kind == Kind.INF) {
            if (n.signum() == 0) {
                return DecimalValue.finite(false, BigDecimal.ONE);
            }
            return n.signum() > 0 ? DecimalValue.inf(neg) : DecimalValue.finite(neg, BigDecimal.ZERO);
        }
        if (a.isZero()) {
            if (n.signum() == 0) {
                return invalid(flags, INVALID);
            }
            return n.signum() > 0 ? DecimalValue.finite(neg, BigDecimal.ZERO) : DecimalValue.inf(neg);
        }
        if (n.signum() == 0) {
            return c.finish(false, BigDecimal.ONE, flags);
        }
        // a result far outside the exponent range is decided without computing it
        double magnitude = (a.adjusted() + Math.log10(a.mag.movePointLeft((int) a.adjusted()).doubleValue()))
                * n.doubleValue();
        if (magnitude > c.emax() + 2) {
            return c.finish(neg, BigDecimal.ONE.scaleByPowerOfTen(-DecimalContext.scale(c.emax() + 2)), flags);
        }
        if (magnitude < c.etiny() - 2) {
            return c.finish(neg, BigDecimal.ONE.scaleByPowerOfTen(-DecimalContext.scale(c.etiny() - 2)), flags);
        }
        int k = n.abs().intValueExact();
        BigDecimal p;
        long exactDigits = (long) a.mag.precision() * k;
        if (exactDigits <= Math.max(2000, 2L * c.prec())) {
            p = a.mag.pow(k);
        } else {
            // more digits than rounding needs: a few guard digits beyond the precision, then sticky
            p = sticky(a.mag.pow(k, new MathContext(c.prec() + 12 + n.toString().length(), RoundingMode.DOWN)));
        }
        if (n.signum() > 0) {
            return c.finish(neg, p, flags);
        }
        return c.finish(neg, quotient(BigDecimal.ONE, p, c.prec()), flags);
    }

    /** The integer a value equals, or null when it is not an integer. */
    static BigInteger integral(DecimalValue b) {
        if (!b.isFinite()) {
            return null;
        }
        try {
            BigInteger n = b.signed().toBigIntegerExact();
            return n;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static DecimalValue sqrt(DecimalContext c, DecimalValue a, int[] flags) {
        DecimalValue nan = nanOperand(flags, a);
        if (nan != null) {
            return nan;
        }
        if (a.isZero()) {
            return DecimalValue.finite(a.neg, BigDecimal.ZERO.setScale(DecimalContext.scale(Math.floorDiv(a.exp(), 2))));
        }
        if (a.neg) {
            return invalid(flags, INVALID);
        }
        if (a.kind == Kind.INF) {
            return a;
        }
        long ideal = Math.floorDiv(a.exp(), 2);
        // at an EXACT_ONLY precision, digits enough for an exact root (which has at most half the
        // operand's digits, plus one) rather than a billion
        int digits = c.prec() < DecimalContext.EXACT_ONLY ? c.prec() + 2 : a.mag.precision() + 2;
        BigDecimal r = a.mag.sqrt(new MathContext(digits, RoundingMode.DOWN));
        if (r.multiply(r).compareTo(a.mag) != 0) {
            if (c.prec() >= DecimalContext.EXACT_ONLY) {
                throw DecimalContext.tooManyDigits();
            }
            r = sticky(r);
        } else {
            r = toward(r, ideal, c.prec());
        }
        return c.withRounding(Rounding.ROUND_HALF_EVEN).finish(false, r, flags);
    }

    /** An exact {@code r} moved as close to exponent {@code ideal} as {@code prec} digits allow. */
    static BigDecimal toward(BigDecimal r, long ideal, int prec) {
        r = r.stripTrailingZeros();
        long exp = -(long) r.scale();
        if (exp < ideal) {
            return r; // stripping went as far as the digits allow
        }
        long room = prec - r.precision();
        long down = Math.min(exp - ideal, Math.max(0, room));
        return r.setScale(r.scale() + (int) down);
    }

    /** quantize: {@code a} rounded (or padded) to {@code b}'s exponent. */
    static DecimalValue quantize(DecimalContext c, DecimalValue a, DecimalValue b, Rounding r, int[] flags) {
        DecimalValue nan = nanOperand(flags, a, b);
        if (nan != null) {
            return nan;
        }
        if (a.kind == Kind.INF || b.kind == Kind.INF) {
            return a.kind == Kind.INF && b.kind == Kind.INF ? a : invalid(flags, INVALID);
        }
        long exp = b.exp();
        if (exp > c.emax() || exp < c.etiny()) {
            return invalid(flags, INVALID);
        }
        if (a.isZero()) {
            return DecimalValue.finite(a.neg, BigDecimal.ZERO.setScale(DecimalContext.scale(exp)));
        }
        if (a.adjusted() - exp + 1 > c.prec() + 1L) {
            return invalid(flags, INVALID);
        }
        BigDecimal q = DecimalContext.rescale(a.mag, exp, r, a.neg);
        if (q.signum() != 0 && q.precision() > c.prec()) {
            return invalid(flags, INVALID);
        }
        if (exp > a.exp()) {
            flags[0] |= ROUNDED;
            if (q.compareTo(a.mag) != 0) {
                flags[0] |= INEXACT;
            }
        }
        if (q.signum() != 0 && -(long) q.scale() + q.precision() - 1 > c.emax()) {
            return invalid(flags, INVALID);
        }
        if (q.signum() != 0 && -(long) q.scale() + q.precision() - 1 < c.emin()) {
            flags[0] |= DecimalContext.SUBNORMAL;
        }
        return DecimalValue.finite(a.neg, q);
    }

    /** to_integral_value ({@code exact} false) or to_integral_exact, in rounding mode {@code r}. */
    static DecimalValue toIntegral(DecimalValue a, Rounding r, boolean exact, int[] flags) {
        DecimalValue nan = nanOperand(flags, a);
        if (nan != null) {
            return nan;
        }
        if (a.kind == Kind.INF || a.exp() >= 0) {
            return a;
        }
        BigDecimal q = DecimalContext.rescale(a.mag, 0, r, a.neg);
        if (exact) {
            flags[0] |= ROUNDED;
            if (q.compareTo(a.mag) != 0) {
                flags[0] |= INEXACT;
            }
        }
        return DecimalValue.finite(a.neg, q);
    }

    /** The numeric order of two values: -1, 0, 1, or 2 when either is a NaN (unordered). */
    static int compare(DecimalValue a, DecimalValue b) {
        if (a.isNan() || b.isNan()) {
            return 2;
        }
        if (a.kind == Kind.INF || b.kind == Kind.INF) {
            int x = a.kind == Kind.INF ? (a.neg ? -1 : 1) : 0;
            int y = b.kind == Kind.INF ? (b.neg ? -1 : 1) : 0;
            if (x == y) {
                return x == 0 ? a.signed().compareTo(b.signed()) : 0;
            }
            return Integer.compare(x, y);
        }
        return a.signed().compareTo(b.signed());
    }

    /** normalize: rounded to the context, then trailing zeros removed (a zero becomes 0 with its sign). */
    static DecimalValue reduce(DecimalContext c, DecimalValue a, int[] flags) {
        DecimalValue nan = nanOperand(flags, a);
        if (nan != null) {
            return nan;
        }
        if (a.kind == Kind.INF) {
            return a;
        }
        DecimalValue r = c.finish(a.neg, a.mag, flags);
        if (!r.isFinite()) {
            return r;
        }
        if (r.isZero()) {
            return DecimalValue.finite(r.neg, BigDecimal.ZERO);
        }
        BigDecimal s = r.mag.stripTrailingZeros();
        long top = c.clamp() ? c.etop() : c.emax();
        if (-(long) s.scale() > top) {
            s = s.setScale(DecimalContext.scale(top));
        }
        return DecimalValue.finite(r.neg, s);
    }

    static void checkExponent(long exp) {
        DecimalContext.scale(exp);
    }

    /** The flags and the result of plus/minus/abs: the operand rounded to the context. */
    static DecimalValue plus(DecimalContext c, DecimalValue a, boolean neg, int[] flags) {
        DecimalValue nan = nanOperand(flags, a);
        if (nan != null) {
            return nan;
        }
        if (a.kind == Kind.INF) {
            return a.withSign(neg);
        }
        if (a.isZero()) {
            neg = neg && c.rounding() == Rounding.ROUND_FLOOR; // the sign rule of 0 + x and 0 - x
        }
        return c.finish(neg, a.mag, flags);
    }
}
