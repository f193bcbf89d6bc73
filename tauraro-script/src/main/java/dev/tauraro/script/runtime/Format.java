package dev.tauraro.script.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** {@code format(value, spec)} (the format mini-language) and {@code str % args}. */
public final class Format {
    private Format() {
    }

    public static String format(Object v, String spec) {
        if (v instanceof PyInstance inst) {
            return formatInstance(inst, spec);
        }
        if (spec.isEmpty()) {
            return Ops.str(v);
        }
        Spec s = new Spec(spec, v);
        if (v instanceof String str) {
            return formatString(str, s);
        }
        if (Ops.isInt(v) && (s.type == 0 || "dbxXoncs".indexOf(s.type) >= 0 && s.type != 's')) {
            return formatInt(v, s);
        }
        if (Ops.isNumber(v)) {
            return formatReal(Ops.toDouble(v), s, v);
        }
        throw Exceptions.typeError("unsupported format string passed to " + Ops.typeName(v) + ".__format__");
    }

    private static String formatInstance(PyInstance inst, String spec) {
        Object m = inst.type().lookup("__format__");
        if (m != null) {
            return Ops.str(Ops.callSpecial(m, inst, spec));
        }
        if (spec.isEmpty()) {
            return Ops.str(inst); // object's __format__, and str's, int's and float's without a spec: str(self)
        }
        if (inst instanceof PyDerived d && (d.value instanceof String || Ops.isNumber(d.value))) {
            return format(d.value, spec); // other bases have object's, which takes no spec
        }
        throw Exceptions.typeError("unsupported format string passed to " + Ops.typeName(inst) + ".__format__");
    }

    /**
     * A parsed format spec, {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}. Parsing,
     * and each kind of value, have methods of their own so that the JIT compiles the one a program
     * uses without the others.
     */
    private static final class Spec {
        /** One code point: a fill beyond the BMP is two chars. */
        String fill = " ";
        char align;
        char sign = '-';
        boolean signGiven;
        /** 'z' (PEP 682): a float that rounds to zero prints without its minus sign. */
        boolean zeroCoerce;
        boolean alt;
        int width;
        char grouping;
        int precision = -1;
        /** A precision beyond a C int: strings take it, floats refuse it ('precision too big'). */
        boolean precisionTooBig;
        int type;
        /** The last run of digits {@link #digits} read. */
        private long value;

        /**
         * Parses a spec as CPython's parse_internal_render_format_spec does: [[fill]align][sign][z][#][0]
         * [width][,|_][.precision][type], digits of any script, and its errors for a spec that is
         * malformed whatever the value ('Format specifier missing precision', both separators, a
         * separator the presentation type does not take). A str aligns left and takes '0' as a
         * fill only; numbers align right and take it as '=' alignment too.
         */
        Spec(String spec, Object v) {
            boolean text = v instanceof String;
            int i = 0;
            int n = spec.length();
            boolean fillGiven = false;
            int fillEnd = n == 0 ? 0 : Character.charCount(spec.codePointAt(0));
            if (n > fillEnd && "<>^=".indexOf(spec.charAt(fillEnd)) >= 0) {
                fill = spec.substring(0, fillEnd);
                fillGiven = true;
                align = spec.charAt(fillEnd);
                i = fillEnd + 1;
            } else if (n >= 1 && "<>^=".indexOf(spec.charAt(0)) >= 0) {
                align = spec.charAt(0);
                i = 1;
            }
            if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
                sign = spec.charAt(i++);
                signGiven = true;
            }
            if (i < n && spec.charAt(i) == 'z') {
                zeroCoerce = true;
                i++;
            }
            if (i < n && spec.charAt(i) == '#') {
                alt = true;
                i++;
            }
            if (!fillGiven && i < n && spec.charAt(i) == '0') {
                fill = "0";
                if (align == 0 && !text) {
                    align = '=';
                }
                i++;
            }
            int start = i;
            i = digits(spec, i);
            if (value > Integer.MAX_VALUE - 8) {
                throw Exceptions.newException(Exceptions.MEMORY_ERROR); // more than a Java string holds
            }
            width = (int) value;
            if (i < n && spec.charAt(i) == ',') {
                grouping = ',';
                i++;
            }
            if (i < n && spec.charAt(i) == '_') {
                if (grouping != 0) {
                    throw Exceptions.valueError("Cannot specify both ',' and '_'.");
                }
                grouping = '_';
                i++;
            }
            if (i < n && spec.charAt(i) == ',' && grouping == '_') {
                throw Exceptions.valueError("Cannot specify both ',' and '_'.");
            }
            if (i < n && spec.charAt(i) == '.') {
                start = ++i;
                i = digits(spec, i);
                if (i == start) {
                    throw Exceptions.valueError("Format specifier missing precision");
                }
                precisionTooBig = value > Integer.MAX_VALUE;
                precision = (int) Math.min(value, Integer.MAX_VALUE);
            }
            if (i < n && spec.codePointCount(i, n) > 1) {
                throw Exceptions.valueError("Invalid format specifier '" + spec + "' for object of type '"
                        + Ops.typeName(v) + "'");
            }
            type = i < n ? spec.codePointAt(i) : 0;
            if (grouping != 0) {
                int t = type != 0 ? type : text ? 's' : Ops.isInt(v) ? 'd' : 0;
                if (t != 0 && "defgEG%F".indexOf(t) < 0 && !(grouping == '_' && "boxX".indexOf(t) >= 0)) {
                    throw Exceptions.valueError("Cannot specify '" + grouping + "' with " + quoted(t) + ".");
                }
            }
        }

        /** The number a run of decimal digits (any script's) from {@code i} makes, in {@link #value}; returns its end. */
        private int digits(String spec, int i) {
            int end = decimalsEnd(spec, i);
            value = decimalValue(spec, i, end);
            return end;
        }

        /** CPython's ValueError for a presentation type the value's type has not. */
        PyException unknown(Object v) {
            return Exceptions.valueError("Unknown format code " + quoted(type) + " for object of type '"
                    + Ops.typeName(v) + "'");
        }

        /** A code point as CPython's format errors quote it: 'c' when printable ASCII, else '\\x..'. */
        private static String quoted(int c) {
            return c > 32 && c < 127 ? "'" + (char) c + "'" : "'\\x" + Integer.toHexString(c) + "'";
        }
    }

    /** Where the run of decimal digits (any script's, as CPython's Py_UNICODE_TODECIMAL) from {@code i} ends. */
    static int decimalsEnd(String s, int i) {
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!CharClasses.isDecimal(cp) || Character.digit(cp, 10) < 0) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The number the decimal digits {@code s[from, to)} make, with CPython's error past a Py_ssize_t. */
    static long decimalValue(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            int d = Character.digit(cp, 10);
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw Exceptions.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
            i += Character.charCount(cp);
        }
        return v;
    }

    private static String formatString(String s, Spec spec) {
        if (spec.type != 0 && spec.type != 's') {
            throw spec.unknown(s);
        }
        if (spec.signGiven) {
            throw Exceptions.valueError((spec.sign == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        }
        if (spec.zeroCoerce) {
            throw Exceptions.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alt) {
            throw Exceptions.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw Exceptions.valueError("'=' alignment not allowed in string format specifier");
        }
        int precision = spec.precision;
        String body = precision >= 0 && precision < s.length() && precision < CodePoints.length(s)
                ? s.substring(0, s.offsetByCodePoints(0, precision)) : s;
        return pad(body, "", spec.fill, spec.align == 0 ? '<' : spec.align, spec.width);
    }

    private static String formatInt(Object v, Spec spec) {
        int type = spec.type;
        if (spec.zeroCoerce) {
            throw Exceptions.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.precision >= 0) {
            throw Exceptions.valueError("Precision not allowed in integer format specifier");
        }
        String body;
        String prefix = "";
        boolean negative;
        if (v instanceof Long l && (type == 0 || type == 'd')) {
            // a machine-sized int in decimal, the common case, without making a BigInteger
            negative = l < 0;
            body = Long.toUnsignedString(Math.abs(l));
        } else {
            BigInteger b = Ops.big(v);
            negative = b.signum() < 0;
            b = b.abs();
            boolean alt = spec.alt;
            switch (type) {
                case 'b' -> {
                    body = b.toString(2);
                    prefix = alt ? "0b" : "";
                }
                case 'x' -> {
                    body = b.toString(16);
                    prefix = alt ? "0x" : "";
                }
                case 'X' -> {
                    body = b.toString(16).toUpperCase(java.util.Locale.ROOT);
                    prefix = alt ? "0X" : "";
                }
                case 'o' -> {
                    body = b.toString(8);
                    prefix = alt ? "0o" : "";
                }
                case 'c' -> {
                    body = codePoint(negative ? b.negate() : b, spec);
                    negative = false;
                }
                default -> body = IntDigits.decimal(b);
            }
        }
        if (spec.grouping != 0) {
            body = group(body, spec.grouping, type == 'x' || type == 'X' || type == 'b' || type == 'o' ? 4 : 3);
        }
        return finishNumber(body, prefix, negative, spec);
    }

    /** {@code format(n, 'c')}: the character, or CPython's errors for a sign, '#' or a value out of range. */
    private static String codePoint(BigInteger n, Spec spec) {
        if (spec.signGiven) {
            throw Exceptions.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alt) {
            throw Exceptions.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (n.bitLength() > 63) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C long");
        }
        long cp = n.longValue();
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return Character.toString((int) cp);
    }

    private static String formatReal(double d, Spec spec, Object v) {
        if (spec.type != 0 && "eEfFgGn%".indexOf(spec.type) < 0) {
            throw spec.unknown(v); // before inf and nan, which have no digits to format
        }
        if (spec.precisionTooBig) {
            throw Exceptions.valueError("precision too big");
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            negative &= !Double.isNaN(d);
            body = Double.isNaN(d) ? "nan" : "inf";
            if (spec.type == 'E' || spec.type == 'F' || spec.type == 'G') {
                body = body.toUpperCase(java.util.Locale.ROOT);
            } else if (spec.type == '%') {
                body += "%";
            }
        } else {
            body = finiteBody(Math.abs(d), spec, v);
            if (negative && spec.zeroCoerce && isZero(body)) {
                negative = false;
            }
        }
        if (spec.grouping != 0 && Double.isFinite(d)) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.length();
            int e = body.indexOf('e');
            if (dot < 0 && e >= 0) {
                end = e;
            }
            body = group(body.substring(0, end), spec.grouping, 3) + body.substring(end);
        }
        return finishNumber(body, "", negative, spec);
    }

    /** The digits of a finite, not negative {@code a} in the spec's float presentation type. */
    private static String finiteBody(double a, Spec spec, Object v) {
        int precision = spec.precision;
        int type = spec.type;
        String body = switch (type) {
            case 'f', 'F' -> fixed(a, precision < 0 ? 6 : precision);
            case 'e', 'E' -> sci(a, precision < 0 ? 6 : precision);
            case '%' -> (Double.isInfinite(a * 100) ? "inf" // scaling overflowed, as CPython prints
                    : fixed(a * 100, precision < 0 ? 6 : precision)) + "%";
            case 'g', 'G', 'n' -> general(a, precision < 0 ? 6 : Math.max(precision, 1), spec.alt);
            case 0 -> precision < 0 ? FloatRepr.repr(a) : generalRepr(a, Math.max(precision, 1));
            default -> throw spec.unknown(v);
        };
        if (spec.alt && "fFeE%".indexOf(type) >= 0) {
            body = withPoint(body);
        }
        return type == 'E' || type == 'G' || type == 'F' ? body.toUpperCase(java.util.Locale.ROOT) : body;
    }

    /** The alternate form ('#'): a decimal point even without digits after it, before any exponent or '%'. */
    private static String withPoint(String body) {
        if (body.indexOf('.') >= 0) {
            return body;
        }
        int at = body.indexOf('e');
        if (at < 0) {
            at = body.indexOf('%');
        }
        return at < 0 ? body + "." : body.substring(0, at) + "." + body.substring(at);
    }

    /** Whether formatted digits (before any exponent) are all zeros: the value rounded to zero. */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length() && body.charAt(i) != 'e'; i++) {
            char c = body.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    private static String finishNumber(String body, String prefix, boolean negative, Spec spec) {
        char sign = spec.sign;
        StringBuilder sb = new StringBuilder(Math.max(spec.width, body.length() + prefix.length() + 1));
        if (negative) {
            sb.append('-');
        } else if (sign == '+' || sign == ' ') {
            sb.append(sign);
        }
        sb.append(prefix);
        if (spec.align == '=') {
            int room = spec.width - sb.length();
            if (spec.grouping != 0 && spec.fill.equals("0") && room > body.length() && !body.isEmpty()
                    && (Character.isDigit(body.charAt(0)) || "xXbo".indexOf(spec.type) >= 0)) {
                return sb.append(zeroGrouped(body, spec, room)).toString();
            }
            for (int padLen = room - body.length(); padLen > 0; padLen--) {
                sb.append(spec.fill);
            }
            return sb.append(body).toString();
        }
        return pad(sb.append(body).toString(), "", spec.fill, spec.align == 0 ? '>' : spec.align, spec.width);
    }

    /**
     * Zero padding of a grouped number, as CPython pads it: the zeros are digits of the integer part,
     * separators included, to the least number of digits that fills {@code room} without starting
     * with a separator ({@code format(7, '05,')} is '0,007').
     */
    private static String zeroGrouped(String body, Spec spec, int room) {
        boolean radix = "xXbo".indexOf(spec.type) >= 0;
        int every = radix ? 4 : 3;
        int end = radix ? body.length() : 0;
        while (end < body.length() && (Character.isDigit(body.charAt(end)) || body.charAt(end) == spec.grouping)) {
            end++;
        }
        String digits = body.substring(0, end).replace(String.valueOf(spec.grouping), "");
        String rest = body.substring(end);
        int needed = room - rest.length();
        int d = digits.length();
        while (d + (d - 1) / every < needed) {
            d++;
        }
        return group("0".repeat(d - digits.length()) + digits, spec.grouping, every) + rest;
    }

    private static String pad(String body, String unused, String fill, char align, int width) {
        int padLen = width - body.codePointCount(0, body.length());
        if (padLen <= 0) {
            return body;
        }
        return switch (align) {
            case '<' -> body + fill.repeat(padLen);
            case '^' -> fill.repeat(padLen / 2) + body + fill.repeat(padLen - padLen / 2);
            default -> fill.repeat(padLen) + body;
        };
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** {@code a} (finite, not negative) with {@code precision} decimals, rounded half-even on its exact value. */
    static String fixed(double a, int precision) {
        long q = precision < POW10.length ? scaledRound(a, precision) : -1;
        if (q < 0) {
            return new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        }
        return pointed(q, precision);
    }

    /**
     * Python's {@code round(d, nd)} of a finite double: its exact value rounded half-even at
     * {@code nd} decimals, then the nearest double (CPython's dtoa mode 3 and strtod). When the
     * rounded value scaled to an integer fits 53 bits and {@code 10**nd} is exact as a double,
     * one division gives that nearest double; otherwise BigDecimal does the same exactly.
     */
    public static double roundDecimals(double d, int nd) {
        if (nd >= 0 && nd <= 22 && nd < POW10.length) {
            long q = scaledRound(Math.abs(d), nd);
            if (q >= 0 && q < (1L << 53)) {
                double r = q / (double) POW10[nd];
                return Math.copySign(r, d); // round(-0.001, 2) is -0.0, as CPython's
            }
        }
        double r = new BigDecimal(d).setScale(nd, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, d) : r;
    }

    /** {@code q / 10**decimals} written out with exactly {@code decimals} digits after the point. */
    private static String pointed(long q, int decimals) {
        String digits = Long.toString(q);
        if (decimals == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(Math.max(digits.length(), decimals + 1) + 1);
        for (int i = digits.length(); i <= decimals; i++) {
            sb.append('0');
        }
        sb.append(digits);
        return sb.insert(sb.length() - decimals, '.').toString();
    }

    /** A positive double rounded to {@code p} significant digits: {@code digits * 10**(exp - p + 1)}. */
    private record Rounded(long digits, int exp) {
    }

    /**
     * {@code a} (finite, positive) rounded half-even on its exact value to {@code p} significant
     * digits, through {@link #scaledRound} when the scaling is a power of ten from 1 to 10**17 and
     * the digits fit in a long (values from about 1e-12 to 1e5 at six digits); null otherwise, for
     * the BigDecimal path. The decimal exponent from log10 may be one off near a power of ten, or
     * the rounding may carry into an extra digit: either shows in the digit count and is retried.
     */
    private static Rounded rounded(double a, int p) {
        if (p > 17) {
            return null;
        }
        int e = (int) Math.floor(Math.log10(a));
        for (int tries = 0; tries < 3; tries++) {
            int shift = p - 1 - e;
            if (shift < 0 || shift >= POW10.length) {
                return null;
            }
            long q = scaledRound(a, shift);
            if (q < 0) {
                return null;
            }
            if (q >= POW10[p]) {
                e++;
            } else if (q < POW10[p - 1]) {
                e--;
            } else {
                if (q == POW10[p - 1]) {
                    // a is 10**e or more, or it is below and its rounding carried up to 10**e:
                    // then one more digit of scaling still rounds to p digits, and that is the answer
                    if (shift + 1 >= POW10.length) {
                        return null;
                    }
                    long below = scaledRound(a, shift + 1);
                    if (below < 0) {
                        return null;
                    }
                    if (below < POW10[p]) {
                        return new Rounded(below, e - 1);
                    }
                }
                return new Rounded(q, e);
            }
        }
        return null;
    }

    /** {@code s} without trailing zeros after its decimal point, nor the point when nothing follows it. */
    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static final long[] POW10 = {1L, 10L, 100L, 1000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L};

    /**
     * {@code a * 10**p} rounded half-even to an integer, computed exactly in 128 bits (the double
     * is {@code m * 2**e} with a 53-bit m, and {@code 10**p} takes at most 57 bits): what
     * BigDecimal's setScale gives, without its allocations. -1 when the result may not fit in a
     * long (the caller then takes the BigDecimal path).
     */
    static long scaledRound(double a, int p) {
        long bits = Double.doubleToRawLongBits(a);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long m = bits & ((1L << 52) - 1);
        if (biased == 0) {
            biased = 1; // subnormal: no implicit leading bit
        } else {
            m |= 1L << 52;
        }
        int e = biased - 1075;
        long hi = Math.multiplyHigh(m, POW10[p]); // m and 10**p are positive: the product is unsigned
        long lo = m * POW10[p];
        if (e >= 0) {
            if (hi != 0 || lo < 0 || e >= 63 || lo > (Long.MAX_VALUE >> e)) {
                return -1;
            }
            return lo << e;
        }
        int k = -e;
        if (k >= 128) {
            return 0; // the product is below 2**110, under half of 2**k
        }
        long q;
        boolean above;
        boolean tie;
        if (k >= 64) {
            int s = k - 64;
            q = s == 0 ? hi : hi >>> s;
            long remHi = s == 0 ? 0 : hi & ((1L << s) - 1);
            long halfHi = s == 0 ? 0 : 1L << (s - 1);
            long halfLo = s == 0 ? Long.MIN_VALUE : 0;
            int c = remHi != halfHi ? Long.compareUnsigned(remHi, halfHi) : Long.compareUnsigned(lo, halfLo);
            above = c > 0;
            tie = c == 0;
        } else {
            if ((hi >>> k) != 0) {
                return -1;
            }
            q = (hi << (64 - k)) | (lo >>> k);
            if (q < 0) {
                return -1;
            }
            long rem = lo & ((1L << k) - 1);
            long half = 1L << (k - 1);
            above = Long.compareUnsigned(rem, half) > 0;
            tie = rem == half;
        }
        if (above || tie && (q & 1) != 0) {
            q++;
        }
        return q < 0 ? -1 : q;
    }

    static String sci(double a, int precision) {
        if (a == 0) {
            return (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
        }
        Rounded fast = rounded(a, precision + 1);
        String digits;
        int exp;
        if (fast != null) {
            digits = Long.toString(fast.digits());
            exp = fast.exp();
        } else {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exp = digits.length() - 1 - bd.scale();
            if (digits.length() < precision + 1) {
                digits += "0".repeat(precision + 1 - digits.length());
            }
            digits = digits.substring(0, precision + 1);
        }
        StringBuilder sb = new StringBuilder(precision + 8).append(digits.charAt(0));
        if (precision > 0) {
            sb.append('.').append(digits, 1, digits.length());
        }
        int abs = Math.abs(exp);
        sb.append('e').append(exp < 0 ? '-' : '+');
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }

    static String general(double a, int p, boolean alt) {
        if (a == 0) {
            return alt ? "0." + "0".repeat(p - 1) : "0";
        }
        Rounded fast = rounded(a, p);
        BigDecimal bd = fast != null ? null : new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = fast != null ? fast.exp() : bd.precision() - bd.scale() - 1;
        String r;
        if (exp >= -4 && exp < p) {
            r = fast != null ? pointed(fast.digits(), p - 1 - exp)
                    : bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alt) {
                r = stripZeros(r);
            }
        } else {
            r = sci(a, p - 1);
            if (!alt) {
                int e = r.indexOf('e');
                r = stripZeros(r.substring(0, e)) + r.substring(e);
            }
        }
        return alt ? withPoint(r) : r;
    }

    /** Format type "" with a precision: like 'g' but always keeps a decimal point or exponent. */
    private static String generalRepr(double a, int p) {
        String r = general(a, p, false);
        if (r.indexOf('.') < 0 && r.indexOf('e') < 0 && r.indexOf('n') < 0) {
            r += ".0";
        }
        return r;
    }

    /** {@code "..." % args}. */
    public static String percent(String fmt, Object args) {
        return PercentFormat.apply(fmt, args, false);
    }

    /**
     * {@code b"..." % args}: the same directives over the bytes read as Latin-1 text, where
     * {@code %s}/{@code %b} take bytes-like values, {@code %r}/{@code %a} the ASCII repr, and
     * {@code %c} an int below 256 or one byte.
     */
    public static PyBytes percent(PyBytes fmt, Object args) {
        String text = new String(fmt.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return new PyBytes(PercentFormat.apply(text, args, true).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
