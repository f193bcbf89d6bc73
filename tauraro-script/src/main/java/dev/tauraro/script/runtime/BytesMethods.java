package dev.tauraro.script.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;

/**
 * The read-only methods that {@code bytes} and {@code bytearray} share: each algorithm reads the
 * receiver's bytes and builds its results with the receiver's own type ({@code make}), so
 * {@code bytearray(b'a,b').split(b',')} gives bytearrays as CPython does.
 *
 * <p>Case, classification and whitespace are ASCII-only, as bytes are in CPython ({@code b'\xe9'.upper()}
 * is unchanged, {@code b'\xa0'} is not whitespace). The substring algorithms (find, replace, split on a
 * separator, partition, padding, ...) are str's applied to the Latin-1 reading of the bytes, which is
 * exact: Latin-1 maps each byte to one char and back.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    static final Set<String> NAMES = Set.of("capitalize", "center", "count", "decode", "endswith", "expandtabs",
            "find", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle",
            "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace",
            "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith",
            "strip", "swapcase", "title", "translate", "upper", "zfill", "maketrans");

    /**
     * {@code self.name(*a)} for bytes-like {@code self}; {@code type} names the receiver's type in
     * messages and {@code make} wraps result bytes in it.
     */
    static Object call(byte[] self, String type, String name, Object[] a, String[] k, Function<byte[], Object> make) {
        switch (name) {
            case "decode": {
                String[] enc = Codecs.arguments(a, k, "decode");
                return Codecs.decode(self, enc[0], enc[1]);
            }
            case "hex":
                return hex(self, a, k);
            case "join":
                if (a.length != 1 || k != null && k.length > 0) {
                    throw Exceptions.typeError(type + ".join() takes exactly one argument (" + a.length + " given)");
                }
                return make.apply(join(self, a[0]));
            case "translate":
                return make.apply(translate(self, a, k));
            case "maketrans":
                return maketrans(a);
            case "upper", "lower", "swapcase", "capitalize", "title":
                noArguments(type, name, a, k);
                return make.apply(recase(self, name));
            case "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper":
                noArguments(type, name, a, k);
                return classify(self, name);
            case "strip", "lstrip", "rstrip":
                return make.apply(strip(self, name, a, k));
            case "split", "rsplit": {
                Object[] p = dev.tauraro.script.builtins.Arity.bind(name, a, k, new String[] {"sep", "maxsplit"}, 0);
                if (p[0] == null || p[0] == PyNone.NONE) {
                    long max = p[1] == null ? -1 : Ops.index(p[1]);
                    return splitWhitespace(self, max, name.equals("rsplit"), make);
                }
                Object[] args = {latin1(Buffers.bytes(p[0])), p[1] == null ? (Object) (-1L) : p[1]};
                return results(StrMethods.call(latin1(self), name, args, null), make);
            }
            case "splitlines": {
                Object[] p = dev.tauraro.script.builtins.Arity.bind(name, a, k, new String[] {"keepends"}, 0);
                return splitlines(self, p[0] != null && Ops.truthy(p[0]), make);
            }
            default:
                return results(viaStr(self, name, a, k), make);
        }
    }

    /** The methods whose algorithm is str's over Latin-1, once their arguments are checked as bytes' are. */
    private static Object viaStr(byte[] self, String name, Object[] a, String[] k) {
        Object[] args = a.clone();
        switch (name) {
            case "find", "rfind", "index", "rindex", "count" -> {
                if (args.length == 0) {
                    throw Exceptions.typeError(name + " expected at least 1 argument, got 0");
                }
                args[0] = needle(args[0]);
                for (int i = 1; i < args.length; i++) {
                    args[i] = args[i] == PyNone.NONE ? null : args[i];
                }
                if (args.length > 2 && args[2] == null) {
                    args = java.util.Arrays.copyOf(args, 2);
                }
                if (args.length > 1 && args[1] == null) {
                    args[1] = 0L;
                }
                try {
                    return StrMethods.call(latin1(self), name, args, k);
                } catch (PyException e) {
                    if (e.value.type() == Exceptions.VALUE_ERROR && name.endsWith("index")) {
                        throw Exceptions.valueError("subsection not found");
                    }
                    throw e;
                }
            }
            case "startswith", "endswith" -> {
                if (args.length > 0) {
                    args[0] = affixes(args[0], name);
                }
            }
            case "center", "ljust", "rjust" -> {
                if (args.length > 1) {
                    byte[] fill = Buffers.bytesOrNull(args[1]);
                    if (fill == null || fill.length != 1) {
                        throw Exceptions.typeError(name + "() argument 2 must be a byte string of length 1, not "
                                + Ops.typeName(args[1]));
                    }
                    args[1] = latin1(fill);
                }
            }
            case "replace" -> {
                for (int i = 0; i < Math.min(2, args.length); i++) {
                    args[i] = latin1(Buffers.bytes(args[i]));
                }
            }
            case "partition", "rpartition", "removeprefix", "removesuffix" -> {
                if (args.length > 0) {
                    args[0] = latin1(Buffers.bytes(args[0]));
                }
            }
            default -> {
                // expandtabs, zfill: numeric arguments only
            }
        }
        return StrMethods.call(latin1(self), name, args, k);
    }

    /** {@code item in b}: a byte value or a bytes-like substring. */
    static boolean contains(byte[] b, Object item) {
        Object o = PyDerived.unwrap(item);
        if (Ops.isInt(o)) {
            int v = PyByteArray.byteValue(o);
            for (byte x : b) {
                if ((x & 0xff) == v) {
                    return true;
                }
            }
            return false;
        }
        String hay = latin1(b);
        return StrSearch.indexOf(hay, latin1(Buffers.bytes(item)), 0, hay.length()) >= 0;
    }

    /** find/count/index's needle: a byte value or a bytes-like object, as Latin-1 text. */
    private static String needle(Object v) {
        Object o = PyDerived.unwrap(v);
        if (Ops.isInt(o)) {
            return String.valueOf((char) PyByteArray.byteValue(o));
        }
        byte[] b = Buffers.bytesOrNull(o);
        if (b == null) {
            throw Exceptions.typeError("argument should be integer or bytes-like object, not '" + Ops.typeName(v) + "'");
        }
        return latin1(b);
    }

    private static Object affixes(Object v, String name) {
        if (PyDerived.unwrap(v) instanceof PyTuple t) {
            Object[] items = new Object[t.items.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = latin1(Buffers.bytes(t.items[i]));
            }
            return new PyTuple(items);
        }
        byte[] b = Buffers.bytesOrNull(v);
        if (b == null) {
            throw Exceptions.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(v));
        }
        return latin1(b);
    }

    private static void noArguments(String type, String name, Object[] a, String[] k) {
        if (a.length > 0) {
            throw Exceptions.typeError(type + "." + name + "() takes no arguments (" + a.length + " given)");
        }
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** str results of the Latin-1 algorithms back into the receiver's type, through lists and tuples. */
    private static Object results(Object v, Function<byte[], Object> make) {
        if (v instanceof String s) {
            return make.apply(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        if (v instanceof PyList l) {
            PyList r = new PyList(l.size());
            for (Object x : l) {
                r.add(results(x, make));
            }
            return r;
        }
        if (v instanceof PyTuple t) {
            Object[] items = new Object[t.items.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = results(t.items[i], make);
            }
            return new PyTuple(items);
        }
        return v;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int upper(int c) {
        return isLower(c) ? c - 32 : c;
    }

    private static int lower(int c) {
        return isUpper(c) ? c + 32 : c;
    }

    private static byte[] recase(byte[] b, String how) {
        byte[] r = new byte[b.length];
        boolean prevCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            r[i] = (byte) switch (how) {
                case "upper" -> upper(c);
                case "lower" -> lower(c);
                case "swapcase" -> isUpper(c) ? lower(c) : upper(c);
                case "capitalize" -> i == 0 ? upper(c) : lower(c);
                default -> prevCased ? lower(c) : upper(c); // title: a letter after a letter is lower case
            };
            prevCased = isUpper(c) || isLower(c);
        }
        return r;
    }

    private static boolean classify(byte[] b, String what) {
        if (what.equals("isascii")) {
            for (byte x : b) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        }
        if (what.equals("islower") || what.equals("isupper")) {
            boolean cased = false;
            for (byte x : b) {
                if (what.equals("islower") ? isUpper(x) : isLower(x)) {
                    return false;
                }
                cased |= isUpper(x) || isLower(x);
            }
            return cased;
        }
        if (what.equals("istitle")) {
            boolean cased = false;
            boolean prevCased = false;
            for (byte x : b) {
                if (isUpper(x)) {
                    if (prevCased) {
                        return false;
                    }
                    prevCased = cased = true;
                } else if (isLower(x)) {
                    if (!prevCased) {
                        return false;
                    }
                    prevCased = cased = true;
                } else {
                    prevCased = false;
                }
            }
            return cased;
        }
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            boolean ok = switch (what) {
                case "isalpha" -> isUpper(x) || isLower(x);
                case "isdigit" -> isDigit(x);
                case "isspace" -> isSpace(x);
                default -> isUpper(x) || isLower(x) || isDigit(x); // isalnum
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static byte[] strip(byte[] b, String how, Object[] a, String[] k) {
        if (a.length > 1 || k != null && k.length > 0) {
            throw Exceptions.typeError(how + " expected at most 1 argument, got " + a.length);
        }
        boolean[] set = null;
        if (a.length == 1 && a[0] != PyNone.NONE) {
            set = new boolean[256];
            for (byte x : Buffers.bytes(a[0])) {
                set[x & 0xff] = true;
            }
        }
        int lo = 0;
        int hi = b.length;
        if (!how.equals("rstrip")) {
            while (lo < hi && (set == null ? isSpace(b[lo]) : set[b[lo] & 0xff])) {
                lo++;
            }
        }
        if (!how.equals("lstrip")) {
            while (hi > lo && (set == null ? isSpace(b[hi - 1]) : set[b[hi - 1] & 0xff])) {
                hi--;
            }
        }
        return java.util.Arrays.copyOfRange(b, lo, hi);
    }

    /** split()/rsplit() without a separator: runs of ASCII whitespace, at most max splits (max < 0: any). */
    private static PyList splitWhitespace(byte[] b, long max, boolean fromRight, Function<byte[], Object> make) {
        java.util.ArrayList<Object> parts = new java.util.ArrayList<>();
        int n = b.length;
        if (!fromRight) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(b[i])) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && parts.size() == max) { // the rest as it is, as CPython keeps it
                    parts.add(make.apply(java.util.Arrays.copyOfRange(b, i, n)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(b[j])) {
                    j++;
                }
                parts.add(make.apply(java.util.Arrays.copyOfRange(b, i, j)));
                i = j;
            }
            return new PyList(parts);
        }
        int i = n;
        while (true) {
            while (i > 0 && isSpace(b[i - 1])) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (max >= 0 && parts.size() == max) {
                parts.add(make.apply(java.util.Arrays.copyOfRange(b, 0, i)));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(b[j - 1])) {
                j--;
            }
            parts.add(make.apply(java.util.Arrays.copyOfRange(b, j, i)));
            i = j;
        }
        java.util.Collections.reverse(parts);
        return new PyList(parts);
    }

    /** Lines end at \n, \r or \r\n only (str also breaks at \v, \f, \x1c..., bytes do not). */
    private static PyList splitlines(byte[] b, boolean keepends, Function<byte[], Object> make) {
        PyList r = new PyList();
        int i = 0;
        int n = b.length;
        while (i < n) {
            int j = i;
            while (j < n && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += b[j] == '\r' && j + 1 < n && b[j + 1] == '\n' ? 2 : 1;
            }
            r.add(make.apply(java.util.Arrays.copyOfRange(b, i, keepends ? j : eol)));
            i = j;
        }
        return r;
    }

    /** {@code sep.join(items)}: any iterable of bytes-like objects, in one pass. */
    private static byte[] join(byte[] sep, Object items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyIterator it = StrMethods.joinIter(items);
        int i = 0;
        for (Object x = it.next(); x != null; x = it.next(), i++) {
            byte[] xb = Buffers.bytesOrNull(x);
            if (xb == null) {
                throw Exceptions.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Ops.typeName(x) + " found");
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(xb);
        }
        return out.toByteArray();
    }

    /** {@code bytes.maketrans(from, to)}: the 256-byte table mapping each byte of from to the one of to. */
    static PyBytes maketrans(Object[] a) {
        if (a.length != 2) {
            throw Exceptions.typeError("maketrans expected 2 arguments, got " + a.length);
        }
        byte[] from = Buffers.bytes(a[0]);
        byte[] to = Buffers.bytes(a[1]);
        if (from.length != to.length) {
            throw Exceptions.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xff] = to[i];
        }
        return new PyBytes(table);
    }

    /** {@code b.translate(table, delete=b'')}: table None keeps the bytes, else maps each through it. */
    private static byte[] translate(byte[] b, Object[] a, String[] k) {
        Object[] p = dev.tauraro.script.builtins.Arity.bind("translate", a, k, new String[] {"table", "delete"}, 1);
        byte[] table = p[0] == PyNone.NONE ? null : Buffers.bytes(p[0]);
        if (table != null && table.length != 256) {
            throw Exceptions.valueError("translation table must be 256 characters long");
        }
        boolean[] delete = new boolean[256];
        if (p[1] != null) {
            for (byte d : Buffers.bytes(p[1])) {
                delete[d & 0xff] = true;
            }
        }
        byte[] out = new byte[b.length];
        int n = 0;
        for (byte x : b) {
            if (!delete[x & 0xff]) {
                out[n++] = table == null ? x : table[x & 0xff];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** {@code b.hex(sep=None, bytes_per_sep=1)}: groups counted from the right, or from the left when negative. */
    static String hex(byte[] b, Object[] a, String[] k) {
        Object[] p = dev.tauraro.script.builtins.Arity.bind("hex", a, k, new String[] {"sep", "bytes_per_sep"}, 0);
        String sep = null;
        if (p[0] != null) {
            byte[] sb = Buffers.bytesOrNull(p[0]);
            String s = sb != null ? latin1(sb) : PyDerived.unwrap(p[0]) instanceof String t ? t : null;
            if (s == null) {
                throw Exceptions.typeError("object of type '" + Ops.typeName(p[0]) + "' has no len()");
            }
            if (s.length() != 1) {
                throw Exceptions.valueError("sep must be length 1.");
            }
            if (s.charAt(0) > 127) {
                throw Exceptions.valueError("sep must be ASCII.");
            }
            sep = s;
        }
        long per = p[1] == null ? 1 : Ops.index(p[1]);
        StringBuilder out = new StringBuilder(b.length * 3);
        long group = Math.abs(per);
        for (int i = 0; i < b.length; i++) {
            if (sep != null && i > 0 && group > 0
                    && (per > 0 ? (b.length - i) % group == 0 : i % group == 0)) {
                out.append(sep);
            }
            out.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return out.toString();
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, spaces between pairs; CPython's position of the first bad character. */
    static byte[] fromhex(Object[] a) {
        if (a.length != 1) {
            throw Exceptions.typeError("fromhex() takes exactly one argument (" + a.length + " given)");
        }
        if (!(PyDerived.unwrap(a[0]) instanceof String h)) {
            throw Exceptions.typeError("fromhex() argument must be str, not " + Ops.typeName(a[0]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = h.length();
        int i = 0;
        while (true) {
            while (i < n && Character.isWhitespace(h.charAt(i)) && h.charAt(i) < 128) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int hi = Character.digit(h.charAt(i), 16);
            if (hi < 0 || h.charAt(i) > 127) {
                throw Exceptions.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && h.charAt(i + 1) < 128 ? Character.digit(h.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Exceptions.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
