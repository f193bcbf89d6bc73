package dev.tauraro.script.modules.decimal;

import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.PyClass;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * One decimal number as the General Decimal Arithmetic specification sees it: a sign (kept apart,
 * so that {@code -0} exists), and either a finite magnitude (a non-negative {@link BigDecimal}
 * whose unscaled value is the coefficient and whose negated scale is the exponent), an infinity,
 * or a quiet or signaling NaN with a payload. Immutable; {@code lib/decimal.py}'s {@code Decimal}
 * holds one. The script never sees it except as an opaque value.
 */
final class DecimalValue implements NativeValue {
    enum Kind { FINITE, INF, NAN, SNAN }

    static final PyClass TYPE = PyClass.builtin("decimal_value", "_decimal", null, Map.of());
    static final DecimalValue NAN = new DecimalValue(false, Kind.NAN, BigDecimal.ZERO);

    final boolean neg;
    final Kind kind;
    /** The magnitude when finite; a NaN's payload as an integer; zero for infinities. */
    final BigDecimal mag;

    DecimalValue(boolean neg, Kind kind, BigDecimal mag) {
        this.neg = neg;
        this.kind = kind;
        this.mag = mag;
    }

    static DecimalValue finite(boolean neg, BigDecimal mag) {
        return new DecimalValue(neg, Kind.FINITE, mag);
    }

    static DecimalValue of(BigDecimal signed) {
        return finite(signed.signum() < 0, signed.abs());
    }

    static DecimalValue inf(boolean neg) {
        return new DecimalValue(neg, Kind.INF, BigDecimal.ZERO);
    }

    boolean isFinite() {
        return kind == Kind.FINITE;
    }

    boolean isNan() {
        return kind == Kind.NAN || kind == Kind.SNAN;
    }

    boolean isZero() {
        return kind == Kind.FINITE && mag.signum() == 0;
    }

    /** The value with its sign, for finite numbers (a negative zero becomes zero). */
    BigDecimal signed() {
        return neg ? mag.negate() : mag;
    }

    long exp() {
        return -(long) mag.scale();
    }

    BigInteger coefficient() {
        return mag.unscaledValue();
    }

    int digits() {
        return mag.signum() == 0 ? 1 : mag.precision();
    }

    /** The exponent of the most significant digit, as the specification's "adjusted exponent". */
    long adjusted() {
        return exp() + digits() - 1;
    }

    DecimalValue withSign(boolean n) {
        return n == neg ? this : new DecimalValue(n, kind, mag);
    }

    /** The specification's to-sci-string ({@code eng} for to-eng-string). */
    String toString(boolean eng, boolean capitals) {
        String sign = neg ? "-" : "";
        switch (kind) {
            case INF:
                return sign + "Infinity";
            case NAN:
            case SNAN:
                String payload = mag.signum() == 0 ? "" : mag.unscaledValue().toString();
                return sign + (kind == Kind.SNAN ? "sNaN" : "NaN") + payload;
            default:
                break;
        }
        String digits = coefficient().toString();
        long exp = exp();
        long adjusted = exp + digits.length() - 1;
        if (exp <= 0 && adjusted >= -6) {
            return sign + pointAt(digits, digits.length() + exp);
        }
        long shown = adjusted;
        int dot = 1;
        if (eng) {
            if (mag.signum() == 0) {
                // a zero's exponent moves up to a multiple of three, adding zeros after the point
                long up = Math.floorMod(-exp, 3);
                shown = exp + up;
                String frac = up == 0 ? "" : "0".repeat((int) up);
                String body = frac.isEmpty() ? "0" : "0." + frac;
                return sign + body + (shown == 0 ? "" : exponent(shown, capitals));
            }
            int extra = (int) Math.floorMod(adjusted, 3);
            dot = 1 + extra;
            shown = adjusted - extra;
            if (digits.length() < dot) {
                digits = digits + "0".repeat(dot - digits.length());
            }
        }
        String body = digits.length() > dot ? digits.substring(0, dot) + "." + digits.substring(dot) : digits;
        return sign + body + (eng && shown == 0 ? "" : exponent(shown, capitals));
    }

    private static String exponent(long e, boolean capitals) {
        return (capitals ? "E" : "e") + (e >= 0 ? "+" : "") + e;
    }

    /** {@code digits} with a decimal point after {@code intDigits} of them (zeros added in front if needed). */
    static String pointAt(String digits, long intDigits) {
        if (intDigits >= digits.length()) {
            return digits;
        }
        if (intDigits <= 0) {
            return "0." + "0".repeat((int) -intDigits) + digits;
        }
        return digits.substring(0, (int) intDigits) + "." + digits.substring((int) intDigits);
    }

    /** hash() as CPython's, equal to the hash of an equal int, float or Fraction. */
    long hash() {
        if (kind == Kind.INF) {
            return neg ? -314159 : 314159;
        }
        BigInteger p = BigInteger.valueOf((1L << 61) - 1);
        BigInteger c = coefficient().mod(p);
        long e = exp();
        BigInteger scale = e >= 0
                ? BigInteger.TEN.modPow(BigInteger.valueOf(e), p)
                : BigInteger.TEN.modPow(p.subtract(BigInteger.TWO), p).modPow(BigInteger.valueOf(-e), p);
        long h = c.multiply(scale).mod(p).longValue();
        if (neg) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String name) {
        return null;
    }

    @Override
    public String toString() {
        return toString(false, true);
    }
}
