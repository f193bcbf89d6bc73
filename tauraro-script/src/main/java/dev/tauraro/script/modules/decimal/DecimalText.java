package dev.tauraro.script.modules.decimal;

import dev.tauraro.script.modules.decimal.DecimalContext.Rounding;
import dev.tauraro.script.modules.decimal.DecimalValue.Kind;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Whitespace;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Decimals to and from text: the numeric-string syntax of {@code Decimal("...")} (as CPython,
 * surrounding whitespace, underscores between digits and any Unicode decimal digits are accepted)
 * and {@code format(d, spec)} with the {@code e E f F g G n %} types, fill, alignment, sign,
 * {@code z}, zero padding ({@code #} is refused, as by CPython's decimal), width, {@code ,} grouping and precision.
 */
final class DecimalText {
    private DecimalText() {
    }

    /** The value {@code text} spells, or null when it is not a numeric string. */
    static DecimalValue parse(String text) {
        String s = Whitespace.strip(text, true, true);
        if (s.isEmpty()) {
            return null;
        }
        boolean neg = false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String rest = s.substring(i);
        String lower = rest.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return DecimalValue.inf(neg);
        }
        if (lower.startsWith("nan") || lower.startsWith("snan")) {
            boolean signaling = lower.startsWith("s");
            String payload = digits(rest.substring(signaling ? 4 : 3));
            if (payload == null) {
                return null;
            }
            BigInteger p = payload.isEmpty() ? BigInteger.ZERO : new BigInteger(payload);
            return new DecimalValue(neg, signaling ? Kind.SNAN : Kind.NAN, new BigDecimal(p));
        }
        int e = Math.max(rest.indexOf('e'), rest.indexOf('E'));
        String mantissa = e < 0 ? rest : rest.substring(0, e);
        long exp = 0;
        if (e >= 0) {
            String et = rest.substring(e + 1);
            boolean eneg = false;
            if (!et.isEmpty() && (et.charAt(0) == '+' || et.charAt(0) == '-')) {
                eneg = et.charAt(0) == '-';
                et = et.substring(1);
            }
            String ed = digits(et);
            if (ed == null || ed.isEmpty()) {
                return null;
            }
            BigInteger big = new BigInteger(ed);
            if (big.bitLength() > 40) {
                throw DecimalModule.limit();
            }
            exp = eneg ? -big.longValue() : big.longValue();
        }
        int dot = mantissa.indexOf('.');
        String whole = digits(dot < 0 ? mantissa : mantissa.substring(0, dot));
        String frac = dot < 0 ? "" : digits(mantissa.substring(dot + 1));
        if (whole == null || frac == null || whole.isEmpty() && frac.isEmpty()) {
            return null;
        }
        exp -= frac.length();
        return DecimalValue.finite(neg, new BigDecimal(new BigInteger(whole + frac), DecimalContext.scale(exp)));
    }

    /** The ASCII digits of {@code s} (any Unicode decimal digits; underscores dropped), or null. */
    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '_') {
                continue; // as CPython's decimal, underscores anywhere among the digits are ignored
            }
            int d = Character.digit(ch, 10);
            if (d < 0 || !Character.isDigit(ch)) {
                return null;
            }
            b.append((char) ('0' + d));
        }
        return b.toString();
    }

    /** The exact value of a float. */
    static DecimalValue fromDouble(double d) {
        boolean neg = Math.copySign(1.0, d) < 0;
        if (Double.isNaN(d)) {
            return new DecimalValue(neg, Kind.NAN, BigDecimal.ZERO);
        }
        if (Double.isInfinite(d)) {
            return DecimalValue.inf(neg);
        }
        BigDecimal exact = new BigDecimal(Math.abs(d));
        if (exact.signum() == 0) {
            exact = BigDecimal.ZERO;
        } else if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        return DecimalValue.finite(neg, exact);
    }

    /** {@code format(d, spec)}; {@code capitals} and {@code rounding} come from the current context. */
    static String format(DecimalValue d, String spec, Rounding rounding, boolean capitals) {
        Spec f = Spec.parse(spec);
        char type = f.type;
        boolean neg = d.neg;
        String body;
        if (!d.isFinite()) {
            body = d.withSign(false).toString(false, true);
            if (type == '%') {
                body += "%";
            }
        } else {
            if (type == 0) {
                type = capitals ? 'G' : 'g';
            }
            BigDecimal mag = d.mag;
            if (type == '%') {
                mag = new BigDecimal(mag.unscaledValue(), mag.scale() - 2); // times 100, the digits kept
            }
            int p = f.precision;
            char lt = Character.toLowerCase(type);
            if (p >= 0) {
                if (lt == 'e') {
                    mag = roundDigits(mag, p + 1, rounding, neg);
                    if (mag.signum() != 0 && mag.precision() < p + 1) {
                        mag = mag.setScale(mag.scale() + p + 1 - mag.precision()); // 'e' shows p digits after the point
                    }
                } else if (lt == 'f' || lt == '%') {
                    mag = DecimalContext.rescale(mag, -p, rounding, neg);
                } else {
                    mag = roundDigits(mag, Math.max(p, 1), rounding, neg);
                }
            }
            String digits = mag.unscaledValue().toString();
            long exp = -(long) mag.scale();
            long left = exp + digits.length();
            long dotPlace;
            if (lt == 'e') {
                dotPlace = mag.signum() == 0 && p >= 0 ? 1 - p : 1;
            } else if (lt == 'f' || lt == '%') {
                dotPlace = left;
            } else {
                dotPlace = exp <= 0 && left > -6 ? left : 1;
            }
            String intPart;
            String fracPart;
            if (dotPlace <= 0) {
                intPart = "0";
                fracPart = "0".repeat((int) -dotPlace) + digits;
            } else if (dotPlace >= digits.length()) {
                intPart = digits + "0".repeat((int) (dotPlace - digits.length()));
                fracPart = "";
            } else {
                intPart = digits.substring(0, (int) dotPlace);
                fracPart = digits.substring((int) dotPlace);
            }
            if (mag.signum() == 0 && intPart.length() > 1) {
                intPart = "0";
            }
            long shownExp = left - dotPlace;
            String expPart = "";
            if (lt == 'e' || (lt == 'g' && shownExp != 0)) {
                expPart = (Character.isUpperCase(type) ? "E" : "e") + (shownExp >= 0 ? "+" : "") + shownExp;
            }
            if (f.zeroCoerce && mag.signum() == 0) {
                neg = false;
            }
            String point = fracPart.isEmpty() ? "" : ".";
            String tail = point + fracPart + expPart + (type == '%' ? "%" : "");
            String sign = sign(neg, f.sign);
            if (f.grouping != 0) {
                int room = f.zeroPad ? Math.max(0, f.width - sign.length() - tail.length()) : 0;
                intPart = group(intPart, f.grouping, room);
            } else if (f.zeroPad) {
                int room = f.width - sign.length() - tail.length();
                if (intPart.length() < room) {
                    intPart = "0".repeat(room - intPart.length()) + intPart;
                }
            }
            return pad(sign, intPart + tail, f);
        }
        // zero padding is for digits: an infinity or NaN is padded with spaces instead
        Spec g = f.zeroPad && f.fill == '0' ? new Spec(' ', '>', f.sign, f.zeroCoerce, false, f.width,
                f.grouping, f.precision, f.type) : f;
        return pad(sign(neg, f.sign), body, g);
    }

    private static BigDecimal roundDigits(BigDecimal mag, int n, Rounding r, boolean neg) {
        int have = mag.signum() == 0 ? 1 : mag.precision();
        if (have <= n) {
            return mag;
        }
        BigDecimal out = DecimalContext.rescale(mag, -(long) mag.scale() + have - n, r, neg);
        if (out.precision() > n) {
            out = DecimalContext.rescale(out, -(long) out.scale() + 1, r, neg);
        }
        return out;
    }

    private static String sign(boolean neg, char sign) {
        return neg ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** {@code digits} with a separator every three digits, widened with zeros to at least {@code room} characters. */
    private static String group(String digits, char sep, int room) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = digits.length() - 1; i >= 0 || b.length() < room; i--) {
            if (n > 0 && n % 3 == 0) {
                b.append(sep); // followed by a digit: zero padding never starts with a separator
            }
            b.append(i >= 0 ? digits.charAt(i) : '0');
            n++;
        }
        return b.reverse().toString();
    }

    private static String pad(String sign, String body, Spec f) {
        int fill = f.width - sign.length() - body.length();
        if (fill <= 0) {
            return sign + body;
        }
        String pad = String.valueOf(f.fill).repeat(fill);
        return switch (f.align) {
            case '<' -> sign + body + pad;
            case '^' -> pad.substring(0, fill / 2) + sign + body + pad.substring(fill / 2);
            case '=' -> sign + pad + body;
            default -> pad + sign + body;
        };
    }

    /** A parsed format specification. */
    private record Spec(char fill, char align, char sign, boolean zeroCoerce, boolean zeroPad,
            int width, char grouping, int precision, char type) {
        static Spec parse(String s) {
            int i = 0;
            char fill = ' ';
            char align = 0;
            if (s.length() >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
                fill = s.charAt(0);
                align = s.charAt(1);
                i = 2;
            } else if (!s.isEmpty() && "<>=^".indexOf(s.charAt(0)) >= 0) {
                align = s.charAt(0);
                i = 1;
            }
            char sign = '-';
            if (i < s.length() && "+- ".indexOf(s.charAt(i)) >= 0) {
                sign = s.charAt(i++);
            }
            boolean z = false;
            if (i < s.length() && s.charAt(i) == 'z') {
                z = true;
                i++;
            }
            boolean zero = false;
            if (i < s.length() && s.charAt(i) == '0') {
                zero = true;
                i++;
                if (align == 0) {
                    fill = '0';
                    align = '=';
                }
            }
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
            }
            int width = start == i ? -1 : parseInt(s.substring(start, i));
            char grouping = 0;
            if (i < s.length() && s.charAt(i) == ',') {
                grouping = ',';
                i++;
            }
            int precision = -1;
            if (i < s.length() && s.charAt(i) == '.') {
                int p0 = ++i;
                while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                    i++;
                }
                if (p0 == i) {
                    throw invalid();
                }
                precision = parseInt(s.substring(p0, i));
            }
            char type = 0;
            if (i < s.length()) {
                type = s.charAt(i++);
                if ("eEfFgGn%".indexOf(type) < 0) {
                    throw invalid();
                }
                if (type == 'n') {
                    type = 'g';
                }
            }
            if (i != s.length()) {
                throw invalid();
            }
            return new Spec(fill, align == 0 ? '>' : align, sign, z, zero && fill == '0', width, grouping,
                    precision, type);
        }

        private static int parseInt(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        private static RuntimeException invalid() {
            return Exceptions.valueError("invalid format string");
        }
    }
}
