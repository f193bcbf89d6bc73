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
    private final PyDict mapping;
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
        this.mapping = base instanceof PyDict d ? d : null;
        this.out = new StringBuilder(fmt.length() + 16);
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
                    out.append(number(v, c, ""));
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
        String flags = flags();
        i = pos;
        if (i >= n) {
            throw Exceptions.valueError("incomplete format");
        }
        char conv = fmt.charAt(i);
        if (conv == '%') {
            out.append('%');
            return i + 1;
        }
        Object v = key != null ? Ops.getItem(mapping, key) : nextValue();
        String spec = flags;
        if (flags.indexOf('-') >= 0) {
            spec = "<" + flags.replace("-", "");
        } else if ((conv == 's' || conv == 'r' || conv == 'a' || conv == 'b') && !flags.isEmpty()) {
            spec = ">" + flags;
        }
        if (bytes && conv != 'b' && conv != 'a' && "srcdiuxXofFeEgG".indexOf(conv) < 0 || !bytes && conv == 'b') {
            throw unsupported(conv, i);
        }
        out.append(bytes ? convertBytes(conv, v, spec) : convert(conv, v, spec, i));
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

    private static String convert(char conv, Object v, String spec, int at) {
        return switch (conv) {
            case 's' -> Format.format(Ops.str(v), spec);
            case 'a' -> Format.format(asciiRepr(v), spec);
            case 'r' -> Format.format(Ops.repr(v), spec);
            case 'd', 'i', 'u', 'x', 'X', 'o', 'f', 'F', 'e', 'E', 'g', 'G' -> number(v, conv, spec);
            case 'c' -> Format.format(character(v), spec.isEmpty() || spec.startsWith("<") ? spec : ">" + spec);
            default -> throw unsupported(conv, at);
        };
    }

    private static String convertBytes(char conv, Object v, String spec) {
        return switch (conv) {
            case 's', 'b' -> Format.format(bytesArgument(v), spec);
            case 'r', 'a' -> Format.format(asciiRepr(v), spec);
            case 'c' -> Format.format(byteCharacter(v), spec.isEmpty() || spec.startsWith("<") ? spec : ">" + spec);
            default -> number(v, conv, spec);
        };
    }

    private static String number(Object v, char conv, String spec) {
        return switch (conv) {
            case 'd', 'i', 'u' -> Format.format(integral(v, conv, true), spec + "d");
            case 'x', 'X', 'o' -> Format.format(integral(v, conv, false), spec + conv);
            default -> Format.format(real(v), spec + conv);
        };
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

    /** {@code repr(v)} with everything beyond ASCII escaped, as {@code ascii()}. */
    private static String asciiRepr(Object v) {
        StringBuilder sb = new StringBuilder();
        Ops.repr(v).codePoints().forEach(c -> sb.append(c < 0x80 ? String.valueOf((char) c)
                : c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c)));
        return sb.toString();
    }
}
