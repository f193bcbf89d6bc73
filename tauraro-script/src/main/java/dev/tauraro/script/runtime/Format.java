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
            Object m = inst.type().lookup("__format__");
            if (m != null) {
                return Ops.str(Ops.call(m, inst, spec));
            }
            if (inst instanceof PyDerived d) {
                return format(d.value, spec);
            }
            if (spec.isEmpty()) {
                return Ops.str(v);
            }
            throw Exceptions.typeError("unsupported format string passed to " + inst.type().name + ".__format__");
        }
        if (spec.isEmpty()) {
            return Ops.str(v);
        }
        // [[fill]align][sign][#][0][width][,|_][.precision][type]
        int i = 0;
        int n = spec.length();
        char fill = ' ';
        char align = 0;
        if (n >= 2 && "<>^=".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>^=".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alt = false;
        if (i < n && spec.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        long widthDigits = 0;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            widthDigits = Math.min(widthDigits * 10 + (spec.charAt(i++) - '0'), Long.MAX_VALUE / 20);
        }
        if (widthDigits > Integer.MAX_VALUE - 8) {
            throw Exceptions.newException(Exceptions.MEMORY_ERROR); // more than a Java string holds
        }
        int width = (int) widthDigits;
        char grouping = 0;
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = spec.charAt(i++);
        }
        int precision = -1;
        if (i < n && spec.charAt(i) == '.') {
            i++;
            long p = 0;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                p = Math.min(p * 10 + (spec.charAt(i++) - '0'), Long.MAX_VALUE / 20);
            }
            if (p > Integer.MAX_VALUE) {
                throw Exceptions.valueError("precision too big"); // CPython keeps precisions in a C int
            }
            precision = (int) p;
        }
        char type = i < n ? spec.charAt(i++) : 0;
        if (i < n) {
            throw Exceptions.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + Ops.typeName(v) + "'");
        }
        String body;
        boolean negative = false;
        if (v instanceof String s) {
            if (type != 0 && type != 's') {
                throw Exceptions.valueError("Unknown format code '" + type + "' for object of type 'str'");
            }
            body = precision >= 0 && precision < s.length() && precision < CodePoints.length(s)
                    ? s.substring(0, s.offsetByCodePoints(0, precision)) : s;
            if (align == 0) {
                align = '<';
            }
            return pad(body, "", fill, align, width);
        }
        if (Ops.isInt(v) && (type == 0 || "dbxXoncs".indexOf(type) >= 0 && type != 's')) {
            // a machine-sized int in decimal, the common case, without making a BigInteger
            boolean small = v instanceof Long && (type == 0 || type == 'd');
            long l = small ? (Long) v : 0;
            BigInteger b = small ? null : Ops.big(v);
            negative = small ? l < 0 : b.signum() < 0;
            b = small ? null : b.abs();
            String prefix = "";
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
                    body = b.toString(16).toUpperCase();
                    prefix = alt ? "0X" : "";
                }
                case 'o' -> {
                    body = b.toString(8);
                    prefix = alt ? "0o" : "";
                }
                case 'c' -> body = new String(Character.toChars(b.intValue()));
                default -> body = small ? Long.toUnsignedString(Math.abs(l)) : b.toString();
            }
            if (grouping != 0) {
                body = group(body, grouping, type == 'x' || type == 'X' || type == 'b' || type == 'o' ? 4 : 3);
            }
            return finishNumber(body, prefix, negative, sign, fill, align, width);
        }
        if (Ops.isNumber(v)) {
            double d = Ops.toDouble(v);
            negative = d < 0 || (d == 0 && 1 / d < 0);
            double a = Math.abs(d);
            if (Double.isNaN(d)) {
                body = "nan";
                negative = false;
            } else if (Double.isInfinite(d)) {
                body = "inf";
            } else {
                switch (type) {
                    case 'f', 'F' -> body = fixed(a, precision < 0 ? 6 : precision);
                    case 'e', 'E' -> body = sci(a, precision < 0 ? 6 : precision);
                    case '%' -> body = (Double.isInfinite(a * 100) ? "inf" // scaling overflowed, as CPython prints
                            : fixed(a * 100, precision < 0 ? 6 : precision)) + "%";
                    case 'g', 'G' -> body = general(a, precision < 0 ? 6 : Math.max(precision, 1), alt);
                    case 0 -> body = precision < 0 ? FloatRepr.repr(a) : generalRepr(a, Math.max(precision, 1));
                    case 'n' -> body = general(a, precision < 0 ? 6 : Math.max(precision, 1), alt);
                    default -> throw Exceptions.valueError("Unknown format code '" + type
                            + "' for object of type '" + Ops.typeName(v) + "'");
                }
                if (type == 'E' || type == 'G' || type == 'F') {
                    body = body.toUpperCase();
                }
            }
            if (grouping != 0) {
                int dot = body.indexOf('.');
                int end = dot >= 0 ? dot : body.length();
                int e = body.indexOf('e');
                if (dot < 0 && e >= 0) {
                    end = e;
                }
                body = group(body.substring(0, end), grouping, 3) + body.substring(end);
            }
            return finishNumber(body, "", negative, sign, fill, align, width);
        }
        throw Exceptions.typeError("unsupported format string passed to " + Ops.typeName(v) + ".__format__");
    }

    private static String finishNumber(String body, String prefix, boolean negative, char sign, char fill,
                                       char align, int width) {
        String s = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        s += prefix;
        if (align == 0) {
            align = '>';
        }
        if (align == '=') {
            int padLen = width - s.length() - body.length();
            return s + String.valueOf(fill).repeat(Math.max(0, padLen)) + body;
        }
        return pad(s + body, "", fill, align, width);
    }

    private static String pad(String body, String unused, char fill, char align, int width) {
        int padLen = width - body.codePointCount(0, body.length());
        if (padLen <= 0) {
            return body;
        }
        String f = String.valueOf(fill);
        return switch (align) {
            case '<' -> body + f.repeat(padLen);
            case '^' -> f.repeat(padLen / 2) + body + f.repeat(padLen - padLen / 2);
            default -> f.repeat(padLen) + body;
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
        String digits = Long.toString(q);
        if (precision == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(Math.max(digits.length(), precision + 1) + 1);
        for (int i = digits.length(); i <= precision; i++) {
            sb.append('0');
        }
        sb.append(digits);
        return sb.insert(sb.length() - precision, '.').toString();
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
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        while (digits.length() < precision + 1) {
            digits += "0";
        }
        digits = digits.substring(0, precision + 1);
        String mant = precision > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String general(double a, int p, boolean alt) {
        if (a == 0) {
            return alt ? "0." + "0".repeat(p - 1) : "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - bd.scale() - 1;
        String r;
        if (exp >= -4 && exp < p) {
            r = bd.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alt && r.indexOf('.') >= 0) {
                r = r.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            r = sci(a, p - 1);
            if (!alt) {
                int e = r.indexOf('e');
                String m = r.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                r = m + r.substring(e);
            }
        }
        return r;
    }

    /** Format type "" with a precision: like 'g' but always keeps a decimal point or exponent. */
    private static String generalRepr(double a, int p) {
        String r = general(a, p, false);
        if (r.indexOf('.') < 0 && r.indexOf('e') < 0 && r.indexOf('n') < 0) {
            r += ".0";
        }
        return r;
    }

    /** The value {@code %d} (real numbers, truncated) or {@code %x}/{@code %o} (integers only) formats. */
    private static Object integral(Object v, char conv, boolean realOk) {
        Object u = PyDerived.unwrap(v);
        if (Ops.isInt(u)) {
            return u instanceof Boolean b ? (Object) (b ? 1L : 0L) : u;
        }
        if (realOk && u instanceof Double d) {
            return Conversions.toInt(new Object[] {d}, null);
        }
        if (realOk && v instanceof PyInstance inst && inst.type().lookup("__int__") != null) {
            return Ops.call(inst.type().lookup("__int__"), inst);
        }
        if (!realOk && v instanceof PyInstance inst && inst.type().lookup("__index__") != null) {
            return Ops.call(inst.type().lookup("__index__"), inst);
        }
        throw Exceptions.typeError("%" + conv + " format: " + (realOk ? "a real number" : "an integer")
                + " is required, not " + Ops.typeName(v));
    }

    private static Object real(Object v) {
        Object u = PyDerived.unwrap(v);
        return u instanceof Double ? u : Ops.toDouble(v);
    }

    private static String character(Object v) {
        Object u = PyDerived.unwrap(v);
        if (u instanceof String s) {
            if (s.codePointCount(0, s.length()) != 1) {
                throw Exceptions.typeError("%c requires int or char");
            }
            return s;
        }
        if (!Ops.isInt(u)) {
            throw Exceptions.typeError("%c requires int or char");
        }
        java.math.BigInteger cp = Ops.bigInt(u);
        if (cp.signum() < 0 || cp.compareTo(java.math.BigInteger.valueOf(0x10FFFF)) > 0) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(cp.intValue()));
    }

    /** {@code "..." % args}. */
    public static String percent(String fmt, Object args) {
        return percent(fmt, args, false);
    }

    /**
     * {@code b"..." % args}: the same directives over the bytes read as Latin-1 text, where
     * {@code %s}/{@code %b} take bytes-like values, {@code %r}/{@code %a} the ASCII repr, and
     * {@code %c} an int below 256 or one byte.
     */
    public static PyBytes percent(PyBytes fmt, Object args) {
        String text = new String(fmt.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return new PyBytes(percent(text, args, true).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A %s/%b value of a bytes format, as Latin-1 text. */
    private static String bytesArgument(Object v) {
        Object b = PyDerived.unwrap(v);
        if (!Buffers.isBytesLike(b)) {
            Object hook = v instanceof PyInstance inst ? Ops.lookupSpecial(inst, "__bytes__") : null;
            b = hook == null ? null : Ops.call(hook);
        }
        byte[] bytes = Buffers.bytesOrNull(b);
        if (bytes == null) {
            throw Exceptions.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + Ops.typeName(v) + "'");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A %c value of a bytes format. */
    private static String byteCharacter(Object v) {
        Object b = PyDerived.unwrap(v);
        byte[] one = b instanceof PyBytes || b instanceof PyByteArray ? Buffers.bytesOrNull(b) : null;
        if (one != null && one.length == 1) {
            return String.valueOf((char) (one[0] & 0xff));
        }
        if (Ops.isInt(b)) {
            java.math.BigInteger i = Ops.bigInt(b);
            if (i.signum() >= 0 && i.bitLength() <= 8) {
                return String.valueOf((char) i.intValue());
            }
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "%c arg not in range(256)");
        }
        throw Exceptions.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** {@code repr(v)} with everything beyond ASCII escaped, as {@code ascii()}. */
    private static String asciiRepr(Object v) {
        StringBuilder sb = new StringBuilder();
        Ops.repr(v).codePoints().forEach(c -> sb.append(c < 0x80 ? String.valueOf((char) c)
                : c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c)));
        return sb.toString();
    }

    private static String percent(String fmt, Object args, boolean bytes) {
        Object base = PyDerived.unwrap(args); // a tuple or dict subclass supplies its items as the base does
        Object[] values = base instanceof PyTuple t ? t.items : new Object[] {args};
        PyDict mapping = base instanceof PyDict d ? d : null;
        StringBuilder sb = new StringBuilder();
        int ai = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) {
                throw Exceptions.valueError("incomplete format");
            }
            Object key = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw Exceptions.typeError("format requires a mapping");
                }
                int close = fmt.indexOf(')', i);
                if (close < 0) {
                    throw Exceptions.valueError("incomplete format key");
                }
                String name = fmt.substring(i + 1, close);
                key = bytes ? new PyBytes(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : name;
                i = close + 1;
            }
            StringBuilder flagText = new StringBuilder();
            while (i < n && "-+ #0123456789.*".indexOf(fmt.charAt(i)) >= 0) {
                if (fmt.charAt(i) == '*') { // width or precision taken from the arguments
                    if (ai >= values.length) {
                        throw Exceptions.typeError("not enough arguments for format string");
                    }
                    Object star = values[ai++];
                    if (!Ops.isInt(PyDerived.unwrap(star))) {
                        throw Exceptions.typeError("* wants int");
                    }
                    java.math.BigInteger sv = Ops.bigInt(star);
                    if (sv.bitLength() > 31) {
                        throw Exceptions.newException(Exceptions.OVERFLOW_ERROR,
                                "Python int too large to convert to C int");
                    }
                    long w = sv.longValue();
                    boolean isPrecision = flagText.length() > 0 && flagText.charAt(flagText.length() - 1) == '.';
                    if (isPrecision) {
                        flagText.append(Math.max(w, 0)); // CPython treats a negative precision as 0
                    } else {
                        if (w < 0) {
                            flagText.append('-');
                        }
                        flagText.append(Math.abs(w));
                    }
                } else {
                    flagText.append(fmt.charAt(i));
                }
                i++;
            }
            if (i >= n) {
                throw Exceptions.valueError("incomplete format");
            }
            String flags = flagText.toString();
            char conv = fmt.charAt(i);
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            Object v;
            if (key != null) {
                v = Ops.getItem(mapping, key);
            } else {
                if (ai >= values.length) {
                    throw Exceptions.typeError("not enough arguments for format string");
                }
                v = values[ai++];
            }
            String spec = flags;
            if (flags.contains("-")) {
                spec = "<" + flags.replace("-", "");
            } else if ((conv == 's' || conv == 'r' || conv == 'a' || conv == 'b') && !flags.isEmpty()) {
                spec = ">" + flags;
            }
            if (bytes && conv != 'b' && conv != 'a' && "srcdiuxXofFeEgG".indexOf(conv) < 0 || !bytes && conv == 'b') {
                throw Exceptions.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + i);
            }
            if (bytes) {
                switch (conv) {
                    case 's', 'b' -> sb.append(format(bytesArgument(v), spec));
                    case 'r', 'a' -> sb.append(format(asciiRepr(v), spec));
                    case 'c' -> sb.append(format(byteCharacter(v), spec.isEmpty() || spec.startsWith("<") ? spec
                            : ">" + spec));
                    default -> sb.append(numberDirective(v, conv, spec));
                }
                continue;
            }
            switch (conv) {
                case 's' -> sb.append(format(Ops.str(v), spec));
                case 'a' -> sb.append(format(asciiRepr(v), spec));
                case 'r' -> sb.append(format(Ops.repr(v), spec));
                case 'd', 'i', 'u', 'x', 'X', 'o', 'f', 'F', 'e', 'E', 'g', 'G' -> sb.append(numberDirective(v, conv,
                        spec));
                case 'c' -> sb.append(format(character(v), spec.isEmpty() || spec.startsWith("<") ? spec : ">" + spec));
                default -> throw Exceptions.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + i);
            }
        }
        if (mapping == null && ai < values.length) {
            throw Exceptions.typeError("not all arguments converted during " + (bytes ? "bytes" : "string")
                    + " formatting");
        }
        return sb.toString();
    }

    private static String numberDirective(Object v, char conv, String spec) {
        return switch (conv) {
            case 'd', 'i', 'u' -> format(integral(v, conv, true), spec + "d");
            case 'x', 'X', 'o' -> format(integral(v, conv, false), spec + conv);
            default -> format(real(v), spec + conv);
        };
    }
}
