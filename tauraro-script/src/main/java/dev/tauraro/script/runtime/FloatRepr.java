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
        // below the normal range a double has fewer digits of precision than DBL_DIG supposes
        Digits shortest = Math.abs(d) >= Double.MIN_NORMAL ? fromToString(Math.abs(d)) : null;
        if (shortest == null) {
            shortest = searched(Math.abs(d));
        }
        String digits = shortest.digits;
        int decpt = shortest.decpt;
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

    /**
     * Whether {@link Double#toString} gives the shortest digits that read back, the nearest of
     * them when several are that short: from JDK 19 on (JDK-4511638, Raffaello Giulietti's
     * algorithm), for normal doubles. Java 17's may give a 16th or 17th digit it need not.
     */
    private static final boolean SHORTEST_TO_STRING = Runtime.version().feature() >= 19;

    /** Significant digits without trailing zeros; the value is {@code 0.digits * 10^decpt}. */
    record Digits(String digits, int decpt) {
    }

    /**
     * The digits of Java's {@link Double#toString} when they are 15 or fewer: then they are
     * Python's too. Any decimal of at most 15 significant digits survives the trip to a double and
     * back (DBL_DIG), so two such decimals never read as the same double: a 15-digit string that
     * reads back is the only one that short, hence the shortest. Java 17 is not always shortest
     * for 16 and 17 digits; those, null here, go through {@link #searched}, unless this JDK's
     * are shortest ({@link #SHORTEST_TO_STRING}). Normal doubles only.
     */
    static Digits fromToString(double a) {
        String t = Double.toString(a);
        int e = t.indexOf('E');
        int mantissaEnd = e < 0 ? t.length() : e;
        int dot = t.indexOf('.');
        StringBuilder all = new StringBuilder(mantissaEnd);
        all.append(t, 0, dot).append(t, dot + 1, mantissaEnd);
        int decpt = dot + (e < 0 ? 0 : Integer.parseInt(t.substring(e + 1)));
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return end - lead <= 15 || SHORTEST_TO_STRING ? new Digits(all.substring(lead, end), decpt) : null;
    }

    /**
     * The shortest digits that read back, nearest first, found by rounding the exact value. Most
     * doubles need 16 or 17 digits, so the 15-digit candidates are tried first: when none of them
     * reads back, no shorter one does either (a shorter decimal that read back would be a 15-digit
     * one, and the 15-digit roundings are the nearest of those on each side).
     */
    static Digits searched(double a) {
        BigDecimal exact = new BigDecimal(a);
        BigDecimal found = roundTrip(exact, a, 15) == null ? null : roundTrip(exact, a, 1, 15);
        if (found == null) {
            found = roundTrip(exact, a, 16, 17);
        }
        BigDecimal r = found.stripTrailingZeros();
        String digits = r.unscaledValue().toString();
        return new Digits(digits, digits.length() - r.scale());
    }

    /** The first of {@code p = from..to} digits at which a rounding of {@code exact} reads back as {@code a}. */
    private static BigDecimal roundTrip(BigDecimal exact, double a, int from, int to) {
        for (int p = from; p <= to; p++) {
            BigDecimal r = roundTrip(exact, a, p);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The {@code p}-digit rounding of {@code exact} that reads back as {@code a}, nearest first, or null. */
    private static BigDecimal roundTrip(BigDecimal exact, double a, int p) {
        BigDecimal r = exact.round(new MathContext(p, java.math.RoundingMode.HALF_EVEN));
        if (r.doubleValue() == a) {
            return r;
        }
        // At a power of two the doubles below are twice as close as those above: the nearest
        // p-digit string may miss while the other neighbour (rounded the other way) reads back.
        BigDecimal other = exact.round(new MathContext(p, r.compareTo(exact) < 0 ? java.math.RoundingMode.CEILING
                : java.math.RoundingMode.FLOOR));
        return other.doubleValue() == a ? other : null;
    }
}
