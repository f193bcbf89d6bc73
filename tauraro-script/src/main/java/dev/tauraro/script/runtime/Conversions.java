package dev.tauraro.script.runtime;

import java.math.BigInteger;

/** The constructors of the built-in value types: {@code int(x)}, {@code float(x)}, ... */
final class Conversions {
    private Conversions() {
    }

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * {@code int(s)} of the commonest text, an optional sign and 1 to 18 ASCII digits (which fit a
     * long), without the general path's stripping, replacing and BigInteger; NOT_PLAIN for any
     * other text, which the general path then reads (or refuses) as before.
     */
    private static long plainDecimal(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (n - i < 1 || n - i > 18) {
            return NOT_PLAIN;
        }
        long v = 0;
        for (int j = i; j < n; j++) {
            int d = s.charAt(j) - '0';
            if (d < 0 || d > 9) {
                return NOT_PLAIN;
            }
            v = v * 10 + d;
        }
        return s.charAt(0) == '-' ? -v : v;
    }

    /**
     * {@code int(text, base)} as CPython's PyLong_FromString reads it, or null where it raises:
     * blanks around, one sign, digits of any script, a 0x/0o/0b prefix where the base allows it
     * (base 0 takes it from there, and refuses other leading zeros unless the value is 0),
     * single underscores between digits and one right after a prefix.
     */
    static Object parseInt(String s, int base) {
        String t = CharClasses.asciiDecimals(Whitespace.stripNumber(s));
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i++) == '-';
        }
        boolean zeroOnly = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixed != 0 && (base == 0 || base == prefixed)) {
                base = prefixed;
                i += 2;
                if (i < n && t.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (base == 0) {
            base = 10;
            zeroOnly = i < n && t.charAt(i) == '0'; // "old" octal such as 017 is refused; 00 is 0
        }
        if (i >= n || t.charAt(i) == '_' || t.charAt(n - 1) == '_' || t.indexOf("__", i) >= 0) {
            return null;
        }
        String digits = t.substring(i).replace("_", "");
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c >= 0x80 || Character.digit(c, base) < 0) {
                return null;
            }
        }
        IntDigits.checkParse(digits.length(), base);
        BigInteger v = new BigInteger(digits, base);
        if (zeroOnly && v.signum() != 0) {
            return null;
        }
        return Ops.normalize(negative ? v.negate() : v);
    }

    static Object toInt(Object[] a, String[] k) {
        if (a.length == 0) {
            return 0L;
        }
        Object x = a[0];
        if (x instanceof PyDerived d && d.type().lookup("__int__") == null) {
            x = d.value;
        }
        Object shown = x; // bytes parse as their ASCII text, and errors show the object itself
        byte[] raw = x instanceof String ? null : Buffers.bytesOrNull(x);
        if (raw != null) {
            x = BytesMethods.latin1(raw);
        }
        if (a.length == 1 && x instanceof String s) {
            long v = plainDecimal(s);
            if (v != NOT_PLAIN) {
                return v;
            }
        }
        if (a.length > 1 || x instanceof String) {
            if (!(x instanceof String s)) {
                throw Exceptions.typeError("int() can't convert non-string with explicit base");
            }
            long wanted = a.length > 1 ? Ops.toLong(a[1]) : 10;
            if (wanted != 0 && (wanted < 2 || wanted > 36)) {
                throw Exceptions.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            Object v = parseInt(s, (int) wanted);
            if (v == null) {
                throw Exceptions.valueError("invalid literal for int() with base " + wanted + ": " + Ops.repr(shown));
            }
            return v;
        }
        if (x instanceof Long || x instanceof BigInteger || x instanceof Int128) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            if (d.isNaN()) {
                throw Exceptions.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            if (Math.abs(d) < 9.0e18) {
                return (long) d.doubleValue();
            }
            return Ops.normalize(new java.math.BigDecimal(d).toBigInteger());
        }
        if (x instanceof PyInstance inst) {
            Object m = inst.type().lookup("__int__");
            String hook = "__int__";
            if (m == null && !(inst instanceof PyDerived)) {
                m = inst.type().lookup("__index__");
                hook = "__index__";
            }
            if (m != null) {
                Object r = Ops.callSpecial(m, inst);
                if (!Ops.isInt(r)) {
                    throw Exceptions.typeError(hook + " returned non-int (type " + Ops.typeName(r) + ")");
                }
                return r;
            }
            if (inst instanceof PyDerived d) {
                Object[] b = a.clone();
                b[0] = d.value;
                return toInt(b, k);
            }
        }
        throw Exceptions.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Ops.typeName(x) + "'");
    }

    static Object toFloat(Object[] a, String[] k) {
        if (a.length == 0) {
            return 0.0;
        }
        Object x = a[0];
        // the everyday cases first: an exact float is returned as it is (CPython's float_new does
        // so too), an exact int (or bool) converted, before the checks for subclasses and text
        if (x instanceof Double) {
            return x;
        }
        if (x instanceof Long l) {
            return (double) l;
        }
        if (x instanceof String s) {
            return floatText(s, s);
        }
        if (x instanceof PyDerived d && d.type().lookup("__float__") == null) {
            x = d.value;
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {   // float(b"1.5"): the bytes as ASCII text
            byte[] raw = Buffers.bytesOrNull(x);
            return floatText(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1), x);
        }
        if (x instanceof String s) {   // a str subclass's value
            return floatText(s, s);
        }
        if (x instanceof PyInstance inst) {
            Object m = inst.type().lookup("__float__");
            if (m != null) {
                return Ops.callSpecial(m, inst);
            }
            if (inst instanceof PyDerived d) {
                return toFloat(new Object[] {d.value}, null);
            }
        }
        if (!Ops.isInstance(x, Types.INT) && !(x instanceof Double)) {
            throw Exceptions.typeError("float() argument must be a string or a real number, not '"
                    + Ops.typeName(x) + "'");
        }
        return Ops.toDouble(x);
    }

    /** {@code float(text)}; the error names {@code source}, the str or bytes given. */
    private static double floatText(String s, Object source) {
        String t = CharClasses.asciiDecimals(Whitespace.stripNumber(s)).toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                break;
        }
        if (!isFloatText(t)) { // Double.parseDouble takes more: "1d", "0x1p3", control characters
            throw Exceptions.valueError("could not convert string to float: " + Ops.repr(source));
        }
        return Double.parseDouble(t.indexOf('_') < 0 ? t : t.replace("_", ""));
    }

    /**
     * CPython's float() text once stripped and lower-cased: {@code [sign] digits [. [digits]] | [sign]
     * . digits}, then {@code [e [sign] digits]}, ASCII digits with single underscores between them.
     * Scanned by hand: float() of short strings is a hot path, where a regular expression cost
     * more than the conversion.
     */
    private static boolean isFloatText(String t) {
        int n = t.length();
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        int wholeEnd = digitsEnd(t, i);
        boolean digits = wholeEnd > i;
        i = wholeEnd;
        if (i < n && t.charAt(i) == '.') {
            int fractionEnd = digitsEnd(t, i + 1);
            digits |= fractionEnd > i + 1;
            i = fractionEnd;
        }
        if (!digits) {
            return false;
        }
        if (i < n && t.charAt(i) == 'e') {
            int j = i + 1 < n && (t.charAt(i + 1) == '+' || t.charAt(i + 1) == '-') ? i + 2 : i + 1;
            i = digitsEnd(t, j);
            if (i == j) {
                return false;
            }
        }
        return i == n;
    }

    /** The end of the ASCII digits from {@code i}, an underscore taken only between two digits. */
    private static int digitsEnd(String t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            boolean joined = c == '_' && j > i && j + 1 < t.length() && isAsciiDigit(t.charAt(j + 1));
            if (!isAsciiDigit(c) && !joined) {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code str()}, {@code str(object)} and {@code str(bytes, encoding, errors)}. */
    static Object toStr(Object[] a, String[] k) {
        int kw = k == null ? 0 : k.length;
        if (a.length == 1 && kw == 0) {
            return Ops.str(a[0]);
        }
        if (a.length == 0) {
            return "";
        }
        if (a.length == kw) {
            // only encoding/errors given: CPython decodes b'' (str(encoding='ascii') == '')
            Codecs.arguments(a, k, "str");
            return "";
        }
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        String[] enc = Codecs.arguments(rest, k, "str");
        byte[] b = Buffers.bytesOrNull(a[0]);
        if (b == null) {
            throw Exceptions.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(a[0]) + " found");
        }
        return Codecs.decode(b, enc[0], enc[1]);
    }

    static Object toBytes(Object[] a, String[] k) {
        if (a.length == 0) {
            return new PyBytes(new byte[0]);
        }
        if (a[0] instanceof String s) {
            if (a.length == 1) {
                throw Exceptions.typeError("string argument without an encoding");
            }
            String[] enc = Codecs.arguments(java.util.Arrays.copyOfRange(a, 1, a.length), k, "bytes");
            return Codecs.encode(s, enc[0], enc[1]);
        }
        if (a.length == 1 && a[0] instanceof PyInstance inst && inst.type().lookup("__bytes__") != null) {
            Object r = Ops.call(Attributes.bind(inst.type().lookup("__bytes__"), inst, inst.type()));
            if (!(r instanceof PyBytes)) {
                throw Exceptions.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return r;
        }
        Object src = PyDerived.unwrap(a[0]);
        // a bytes-like argument's bytes (bytes' own array, shared since neither copy changes it)
        byte[] buffer = Buffers.bytesOrNull(src);
        if (buffer != null) {
            return new PyBytes(buffer);
        }
        if (Ops.isInt(src)) {
            java.math.BigInteger n = Ops.bigInt(src);
            if (n.signum() < 0) {
                throw Exceptions.valueError("negative count");
            }
            if (n.bitLength() > 63) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            if (n.longValue() > Integer.MAX_VALUE - 8) {
                throw Exceptions.newException(Exceptions.MEMORY_ERROR); // beyond a Java array
            }
            return new PyBytes(new byte[n.intValue()]);
        }
        if (src instanceof Double || src == PyNone.NONE) {
            throw Exceptions.typeError("cannot convert '" + Ops.typeName(a[0]) + "' object to bytes");
        }
        PyList l = Ops.toList(a[0]);
        byte[] b = new byte[l.size()];
        for (int i = 0; i < b.length; i++) {
            long v = Ops.index(l.get(i));
            if (v < 0 || v > 255) {
                throw Exceptions.valueError("bytes must be in range(0, 256)");
            }
            b[i] = (byte) v;
        }
        return new PyBytes(b);
    }

    static Object toDict(Object[] a, String[] k) {
        PyDict d = new PyDict();
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > 0) {
            Object src = a[0];
            if (src instanceof PyDerived dv && dv.value instanceof PyDict && dv.type().lookup("keys") == null) {
                src = dv.value; // as CPython's dict merge: a dict subclass that keeps dict's keys() copies as a dict
            }
            if (src instanceof PyDict m) {
                d.putAll(m);
            } else if (src instanceof PyInstance inst && inst.type().lookup("keys") != null) {
                PyIterator keys = Ops.iter(Ops.callMethod(inst, "keys", Ops.NO_ARGS, null));
                for (Object key = keys.next(); key != null; key = keys.next()) {
                    d.put(key, Ops.getItem(inst, key));
                }
            } else {
                PyIterator it = Ops.iter(src);
                int n = 0;
                for (Object item = it.next(); item != null; item = it.next(), n++) {
                    PyList pair;
                    try {
                        pair = Ops.toList(item);
                    } catch (PyException e) {
                        if (e.value.type() != Exceptions.TYPE_ERROR || Ops.getAttrOrNull(item, "__iter__") != null) {
                            throw e;
                        }
                        throw Exceptions.typeError("cannot convert dictionary update sequence element #" + n
                                + " to a sequence");
                    }
                    if (pair.size() != 2) {
                        throw Exceptions.valueError("dictionary update sequence element #" + n + " has length "
                                + pair.size() + "; 2 is required");
                    }
                    d.put(pair.get(0), pair.get(1));
                }
            }
        }
        for (int i = 0; i < nkw; i++) {
            d.put(k[i], a[npos + i]);
        }
        return d;
    }

    static Object range(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("range() takes no keyword arguments");
        }
        if (a.length == 1) {
            return a[0] instanceof Long n ? new PyRange(0, n, 1) : PyRange.of(0L, Ops.indexInt(a[0]), 1L);
        }
        if (a.length != 2 && a.length != 3) {
            throw Exceptions.typeError(a.length == 0 ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + a.length);
        }
        Object start = Ops.indexInt(a[0]);
        Object stop = Ops.indexInt(a[1]);
        Object step = a.length == 3 ? Ops.indexInt(a[2]) : (Object) 1L;
        if (step.equals(0L)) {
            throw Exceptions.valueError("range() arg 3 must not be zero");
        }
        return PyRange.of(start, stop, step);
    }
}
