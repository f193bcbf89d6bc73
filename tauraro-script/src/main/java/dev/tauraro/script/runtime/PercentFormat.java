package dev.tauraro.script.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}. One instance per
 * formatting operation keeps the arguments and how many of them the directives have taken.
 *
 * <p>Each step is a small method: a bare {@code %s} or {@code %d} (the common directives) is
 * handled by {@link #directive} without touching key, flag or bytes handling, so that the JIT
 * compiles the hot path on its own instead of one method holding every conversion (which cost a
 * second of C2 time in string-heavy one-second programs and deoptimized whenever a rare
 * conversion first ran).
 */
final class PercentFormat {
    private final String fmt;
    private final boolean bytes;
    private final Object[] values;
    /** The argument as the mapping of %(key)s directives, or null (see {@link #mappingArgument}). */
    private final Object mapping;
    private final StringBuilder out;
    /** The next positional argument. */
    private int next;
    /** Where parsing has reached inside the current directive. */
    private int pos;

    private PercentFormat(String fmt, Object args, boolean bytes) {
        this.fmt = fmt;
        this.bytes = bytes;
        Object base = PyDerived.unwrap(args); // a tuple or dict subclass supplies its items as the base does
        this.values = base instanceof PyTuple t ? t.items : new Object[] {args};
        this.mapping = mappingArgument(args, base, bytes);
        this.out = new StringBuilder(fmt.length() + 16);
    }

    /**
     * CPython's rule: any argument with {@code __getitem__} but a tuple or a str (for bytes, nor bytes
     * or bytearray) is a mapping; then no positional argument is left unconverted, so {@code 'x' % [1]}
     * is {@code 'x'} and {@code '%s' % UserString('y')} is {@code 'y'}. Keys are looked up on the
     * argument itself, so a dict subclass's {@code __getitem__} or {@code __missing__} answers.
     */
    private static Object mappingArgument(Object args, Object base, boolean bytes) {
        if (base instanceof PyTuple || base instanceof String
                || bytes && (base instanceof PyBytes || base instanceof PyByteArray)) {
            return null;
        }
        if (base instanceof PyDict || base instanceof PyList || base instanceof PyRange || base instanceof PyBytes
                || base instanceof PyByteArray || base instanceof PyMemoryView) {
            return args;
        }
        return args instanceof PyInstance inst && inst.type().lookup("__getitem__") != null ? args : null;
    }

    /** {@code fmt % args}; {@code bytes}: a bytes format read as Latin-1 text. */
    static String apply(String fmt, Object args, boolean bytes) {
        return new PercentFormat(fmt, args, bytes).run();
    }

    private String run() {
        String f = fmt;
        int n = f.length();
        int start = 0;
        for (int pct = f.indexOf('%'); pct >= 0; pct = f.indexOf('%', start)) {
            out.append(f, start, pct);
            start = directive(pct + 1);
        }
        out.append(f, start, n);
        if (mapping == null && next < values.length) {
            throw Exceptions.typeError("not all arguments converted during " + (bytes ? "bytes" : "string")
                    + " formatting");
        }
        return out.toString();
    }

    /** Formats the directive whose '%' is just before {@code i}; returns the index after it. */
    private int directive(int i) {
        if (i < fmt.length() && !bytes) {
            char c = fmt.charAt(i);
            if (c == 's') {
                Object v = nextValue();
                out.append(v instanceof String s ? s : Ops.str(v));
                return i + 1;
            }
            if (c == 'd' || c == 'i') {
                Object v = nextValue();
                if (v instanceof Long l) {
                    out.append(l.longValue());
                } else {
                    out.append(number(v, c, Flags.NONE));
                }
                return i + 1;
            }
        }
        return general(i);
    }

    private Object nextValue() {
        if (next >= values.length) {
            throw Exceptions.typeError("not enough arguments for format string");
        }
        return values[next++];
    }

    /** A directive with a mapping key, flags, width or precision, or any conversion. */
    private int general(int i) {
        int n = fmt.length();
        if (i >= n) {
            throw Exceptions.valueError("incomplete format");
        }
        pos = i;
        Object key = fmt.charAt(i) == '(' ? key() : null;
        Flags flags = Flags.parse(flags());
        i = pos;
        if (i >= n) {
            throw Exceptions.valueError("incomplete format");
        }
        char conv = fmt.charAt(i);
        if (conv == '%' && key == null && flags == Flags.NONE) {
            out.append('%');
            return i + 1;
        }
        Object v = key != null ? Ops.getItem(mapping, key) : nextValue(); // '%5%' takes one and fails, as CPython
        if (conv == '%') {
            throw unsupported(conv, i);
        }
        if (bytes && conv != 'b' && conv != 'a' && "srcdiuxXofFeEgG".indexOf(conv) < 0 || !bytes && conv == 'b') {
            throw unsupported(conv, i);
        }
        out.append(bytes ? convertBytes(conv, v, flags) : convert(conv, v, flags, i));
        return i + 1;
    }

    /** The {@code (name)} of a mapping directive at {@link #pos}, as a key of the mapping. */
    private Object key() {
        if (mapping == null) {
            throw Exceptions.typeError("format requires a mapping");
        }
        int close = fmt.indexOf(')', pos);
        if (close < 0) {
            throw Exceptions.valueError("incomplete format key");
        }
        String name = fmt.substring(pos + 1, close);
        pos = close + 1;
        return bytes ? new PyBytes(name.getBytes(StandardCharsets.ISO_8859_1)) : name;
    }

    /** The flags, width and precision at {@link #pos} ({@code *} taken from the arguments), as spec text. */
    private String flags() {
        int n = fmt.length();
        int i = pos;
        if (i >= n || "-+ #0123456789.*".indexOf(fmt.charAt(i)) < 0) {
            return "";
        }
        StringBuilder flagText = new StringBuilder();
        for (; i < n && "-+ #0123456789.*".indexOf(fmt.charAt(i)) >= 0; i++) {
            if (fmt.charAt(i) == '*') {
                star(flagText);
            } else {
                flagText.append(fmt.charAt(i));
            }
        }
        pos = i;
        return flagText.toString();
    }

    /** A {@code *} width or precision: the next argument, an int. */
    private void star(StringBuilder flagText) {
        Object star = nextValue();
        if (!Ops.isInt(PyDerived.unwrap(star))) {
            throw Exceptions.typeError("* wants int");
        }
        BigInteger sv = Ops.bigInt(star);
        if (sv.bitLength() > 31) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C int");
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
    }

    private static PyException unsupported(char conv, int at) {
        return Exceptions.valueError("unsupported format character '" + conv + "' (0x"
                + Integer.toHexString(conv) + ") at index " + at);
    }

    private static String convert(char conv, Object v, Flags f, int at) {
        return switch (conv) {
            case 's' -> Format.format(Ops.str(v), f.textSpec(true));
            case 'a' -> Format.format(Ops.ascii(v), f.textSpec(true));
            case 'r' -> Format.format(Ops.repr(v), f.textSpec(true));
            case 'd', 'i', 'u', 'x', 'X', 'o', 'f', 'F', 'e', 'E', 'g', 'G' -> number(v, conv, f);
            case 'c' -> Format.format(character(v), f.textSpec(false));
            default -> throw unsupported(conv, at);
        };
    }

    private static String convertBytes(char conv, Object v, Flags f) {
        return switch (conv) {
            case 's', 'b' -> Format.format(bytesArgument(v), f.textSpec(true));
            case 'r', 'a' -> Format.format(Ops.ascii(v), f.textSpec(true));
            case 'c' -> Format.format(byteCharacter(v), f.textSpec(false));
            default -> number(v, conv, f);
        };
    }

    private static String number(Object v, char conv, Flags f) {
        return switch (conv) {
            case 'd', 'i', 'u' -> integer(integral(v, conv, true), 'd', f);
            case 'x', 'X', 'o' -> integer(integral(v, conv, false), conv, f);
            default -> Format.format(real(v), f.realSpec() + conv);
        };
    }

    /**
     * An integer directive: its precision is a least number of digits ({@code '%.3d' % 5} is
     * '005'), which format specs do not have, so the padding is done here: sign and '#' prefix,
     * zeros up to the precision, then the width with spaces, or zeros after the prefix for '0'.
     */
    private static String integer(Object n, char conv, Flags f) {
        if (f == Flags.NONE) {
            return Format.format(n, conv == 'd' ? "" : String.valueOf(conv));
        }
        int radix = conv == 'd' ? 10 : conv == 'o' ? 8 : 16;
        int sign;
        String digits;
        if (n instanceof Long l && l != Long.MIN_VALUE) { // "%02d" of a small int: no BigInteger
            sign = Long.signum(l);
            digits = Long.toString(Math.abs(l), radix);
        } else {
            BigInteger b = Ops.bigInt(n);
            if (conv == 'd') {
                IntDigits.check(b);
            }
            sign = b.signum();
            digits = b.abs().toString(radix);
        }
        if (conv == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (f.precision > digits.length()) {
            digits = "0".repeat(f.precision - digits.length()) + digits;
        }
        String prefix = (sign < 0 ? "-" : f.plus ? "+" : f.space ? " " : "")
                + (f.alt && conv != 'd' ? "0" + (conv == 'o' ? 'o' : conv) : "");
        int pad = f.width - prefix.length() - digits.length();
        if (pad <= 0) {
            return prefix + digits;
        }
        return f.left ? prefix + digits + " ".repeat(pad)
                : f.zero ? prefix + "0".repeat(pad) + digits : " ".repeat(pad) + prefix + digits;
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
        BigInteger cp = Ops.bigInt(u);
        if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(cp.intValue()));
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
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A %c value of a bytes format. */
    private static String byteCharacter(Object v) {
        Object b = PyDerived.unwrap(v);
        byte[] one = b instanceof PyBytes || b instanceof PyByteArray ? Buffers.bytesOrNull(b) : null;
        if (one != null && one.length == 1) {
            return String.valueOf((char) (one[0] & 0xff));
        }
        if (Ops.isInt(b)) {
            BigInteger i = Ops.bigInt(b);
            if (i.signum() >= 0 && i.bitLength() <= 8) {
                return String.valueOf((char) i.intValue());
            }
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "%c arg not in range(256)");
        }
        throw Exceptions.typeError("%c requires an integer in range(256) or a single byte");
    }

    /**
     * A directive's flags, width and precision, read as CPython reads them: '-' (left) wins over
     * '0', '+' over ' '; text conversions take only the width, the precision and '-'.
     */
    private record Flags(boolean left, boolean plus, boolean space, boolean alt, boolean zero, int width,
                         int precision) {
        static final Flags NONE = new Flags(false, false, false, false, false, 0, -1);

        /** From the text {@link #flags} gathered (a '*' already replaced by its argument). */
        static Flags parse(String t) {
            if (t.isEmpty()) {
                return NONE;
            }
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            int i = 0;
            for (; i < t.length() && "-+ #0".indexOf(t.charAt(i)) >= 0; i++) {
                switch (t.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> space = true;
                    case '#' -> alt = true;
                    default -> zero = true;
                }
            }
            int start = i;
            i = digitsEnd(t, i);
            long width = number(t, start, i, Long.MAX_VALUE, "width too big"); // a Py_ssize_t in CPython
            if (width > Integer.MAX_VALUE - 8) {
                throw Exceptions.newException(Exceptions.MEMORY_ERROR); // more than a Java string holds
            }
            int precision = -1;
            if (i < t.length() && t.charAt(i) == '.') {
                start = ++i;
                i = digitsEnd(t, i);
                // a C int in CPython, whatever the conversion
                precision = (int) number(t, start, i, Integer.MAX_VALUE, "precision too big");
            }
            return new Flags(left, plus, space, alt, zero, (int) width, precision);
        }

        private static int digitsEnd(String t, int i) {
            while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
            }
            return i;
        }

        /** The number the digits {@code t[from, to)} make (0 for none); {@code tooBig} above {@code max}. */
        private static long number(String t, int from, int to, long max, String tooBig) {
            long v = 0;
            for (int i = from; i < to; i++) {
                int d = t.charAt(i) - '0';
                if (v > (max - d) / 10) {
                    throw Exceptions.valueError(tooBig);
                }
                v = v * 10 + d;
            }
            return v;
        }

        /** The format spec of a %s, %r, %a, %b ({@code precision}: cut to it) or %c directive. */
        String textSpec(boolean precisionApplies) {
            if (width == 0 && (precision < 0 || !precisionApplies)) {
                return "";
            }
            return (left ? "<" : ">") + (width > 0 ? String.valueOf(width) : "")
                    + (precisionApplies && precision >= 0 ? "." + precision : "");
        }

        /** The format spec (without its type) of a float directive. */
        String realSpec() {
            if (this == NONE) {
                return "";
            }
            return (left ? "<" : "") + (plus ? "+" : space ? " " : "") + (alt ? "#" : "") + (zero && !left ? "0" : "")
                    + (width > 0 ? String.valueOf(width) : "") + (precision >= 0 ? "." + precision : "");
        }
    }
}
