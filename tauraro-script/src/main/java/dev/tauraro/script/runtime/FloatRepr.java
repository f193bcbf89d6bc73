package dev.tauraro.script.runtime;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Python's {@code repr(float)}: the shortest digit string that reads back as the same double,
 * laid out with CPython's rules (fixed notation for decimal exponents from -4 to 15, otherwise
 * {@code 1e+16} style). Java 17's {@link Double#toString} is not always shortest and formats
 * differently, so it cannot be used.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        String digits;
        int decpt;
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal found = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                found = r;
                break;
            }
            // At a power of two the doubles below are twice as close as those above: the nearest
            // p-digit string may miss while the other neighbour (rounded the other way) reads back.
            BigDecimal other = exact.round(new MathContext(p, r.compareTo(exact) < 0 ? java.math.RoundingMode.CEILING
                    : java.math.RoundingMode.FLOOR));
            if (other.doubleValue() == Math.abs(d)) {
                found = other;
                break;
            }
        }
        BigDecimal r = found.stripTrailingZeros();
        digits = r.unscaledValue().toString();
        decpt = digits.length() - r.scale();
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                for (int i = 0; i < -decpt; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits);
                for (int i = digits.length(); i < decpt; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }
}
