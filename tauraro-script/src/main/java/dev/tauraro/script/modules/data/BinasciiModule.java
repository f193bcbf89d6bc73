package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * {@code binascii}: hex and base64 conversions and CRCs with CPython's argument rules (str
 * arguments of the a2b functions must be ASCII) and {@code binascii.Error} messages. Base64
 * encoding is the JDK's; decoding is written out rather than delegated to {@link java.util.Base64},
 * since CPython's non-strict decoder skips characters outside the alphabet and reports padding its
 * own way.
 */
public final class BinasciiModule {
    static final PyClass ERROR = PyClass.builtin("Error", "binascii", null, Map.of(), Exceptions.VALUE_ERROR);
    static final PyClass INCOMPLETE = PyClass.builtin("Incomplete", "binascii", null, Map.of(), Exceptions.EXCEPTION);
    static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);
    /** Each byte's hex digit value, -1 for a non-digit. */
    static final byte[] HEX_VALUE = new byte[256];
    /** In a table of Base64 digit values: the padding character, and a character outside the alphabet. */
    static final byte PAD = -2;
    static final byte SKIP = -1;
    /** Each byte's Base64 digit value, or PAD or SKIP. */
    static final byte[] B64_VALUE = new byte[256];

    static {
        Arrays.fill(HEX_VALUE, (byte) -1);
        for (int i = 0; i < 16; i++) {
            HEX_VALUE[HEX[i]] = (byte) i;
            HEX_VALUE[HEX_UPPER[i]] = (byte) i;
        }
        Arrays.fill(B64_VALUE, SKIP);
        byte[] alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[alphabet[i]] = (byte) i;
        }
        B64_VALUE['='] = PAD;
    }

    private BinasciiModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("binascii", interp);
        m.set("Error", ERROR);
        m.set("Incomplete", INCOMPLETE);
        BuiltinFunction hexlify = new BuiltinFunction("hexlify", (a, k) -> {
            Object[] p = bind(a, k, "hexlify", "data", "sep", "bytes_per_sep");
            return new PyBytes(hexlify(bytes(p[0]), p[1], p[2] == null ? 1 : Ops.index(p[2])));
        });
        m.set("hexlify", hexlify);
        m.set("b2a_hex", hexlify);
        BuiltinFunction unhexlify = new BuiltinFunction("unhexlify", (a, k) -> new PyBytes(unhexlify(ascii(a[0]))));
        m.set("unhexlify", unhexlify);
        m.set("a2b_hex", unhexlify);
        m.set("b2a_base64", new BuiltinFunction("b2a_base64", (a, k) -> {
            Object[] p = bind(a, k, "b2a_base64", "data", "newline");
            return new PyBytes(b2aBase64(bytes(p[0]), p[1] == null || Ops.truthy(p[1])));
        }));
        m.set("a2b_base64", new BuiltinFunction("a2b_base64", (a, k) -> {
            Object[] p = bind(a, k, "a2b_base64", "data", "strict_mode");
            return new PyBytes(a2bBase64(ascii(p[0]), p[1] != null && Ops.truthy(p[1])));
        }));
        m.set("crc32", new BuiltinFunction("crc32", (a, k) -> {
            long start = a.length > 1 ? Ops.bigInt(a[1]).longValue() & 0xFFFFFFFFL : 0;
            return Checksums.crc32(bytes(a[0]), start);
        }));
        m.set("crc_hqx", new BuiltinFunction("crc_hqx", (a, k) -> {
            int crc = (int) (Ops.bigInt(a[1]).longValue() & 0xFFFF);
            for (byte x : bytes(a[0])) {
                crc ^= (x & 0xFF) << 8;
                for (int i = 0; i < 8; i++) {
                    crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                }
                crc &= 0xFFFF;
            }
            return (long) crc;
        }));
        return m;
    }

    static PyException error(String msg) {
        return Exceptions.newException(ERROR, msg);
    }

    /** Binds positional then keyword arguments to names, the first required; absent ones are null. */
    static Object[] bind(Object[] a, String[] k, String function, String... names) {
        Object[] out = bindOptional(a, k, function, names);
        if (out[0] == null) {
            throw Exceptions.typeError(function + "() missing required argument '" + names[0] + "' (pos 1)");
        }
        return out;
    }

    /** Binds optional arguments by position or keyword; absent ones are null. */
    static Object[] bindOptional(Object[] a, String[] k, String function, String... names) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        if (np > names.length) {
            throw Exceptions.typeError(function + "() takes at most " + names.length + " arguments (" + np + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(a, 0, out, 0, np);
        for (int i = 0; i < nk; i++) {
            int idx = java.util.Arrays.asList(names).indexOf(k[i]);
            if (idx < 0) {
                throw Exceptions.typeError(function + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            out[idx] = a[np + i];
        }
        return out;
    }

    /** A bytes-like argument. */
    static byte[] bytes(Object o) {
        return dev.tauraro.script.runtime.Buffers.bytes(o);
    }

    /** The a2b functions also take ASCII-only str. */
    static byte[] ascii(Object o) {
        byte[] b = asciiOrNull(o);
        if (b == null) {
            throw Exceptions.typeError("argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(o) + "'");
        }
        return b;
    }

    /**
     * The bytes of a bytes-like {@code o} or of an ASCII str (ValueError for other str), or null for
     * anything else: binascii and base64 word that last error each their own way.
     */
    static byte[] asciiOrNull(Object o) {
        Object u = PyDerived.unwrap(o);
        if (u instanceof String s) {
            // the JDK's encoder copies an ASCII string's bytes in bulk; one byte per char and no ?
            // (what it makes of a lone surrogate) means every char is ASCII; else char by char
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (utf8.length == s.length() && indexOf(utf8, (byte) '?') < 0) {
                return utf8;
            }
            byte[] b = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 127) {
                    throw Exceptions.valueError("string argument should contain only ASCII characters");
                }
                b[i] = (byte) c;
            }
            return b;
        }
        return dev.tauraro.script.runtime.Buffers.bytesOrNull(u);
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    static byte[] hexlify(byte[] b, Object sepArg, long perSep) {
        if (sepArg == null) {
            return hex(b, HEX);   // sep=None is a TypeError, as in CPython 3.11
        }
        Object s = PyDerived.unwrap(sepArg);
        if (!(s instanceof PyBytes) && !(s instanceof String)) {
            throw Exceptions.typeError("object of type '" + Ops.typeName(s) + "' has no len()"); // CPython's first look at sep
        }
        String sep = s instanceof PyBytes pb ? new String(pb.bytes(), StandardCharsets.ISO_8859_1) : (String) s;
        if (sep.length() != 1) {
            throw Exceptions.valueError("sep must be length 1.");
        }
        if (sep.charAt(0) > 127) {
            throw Exceptions.valueError("sep must be ASCII.");
        }
        StringBuilder sb = new StringBuilder(b.length * 3);
        int n = b.length;
        long group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (group > 0 && i > 0) {
                // groups count from the right for a positive bytes_per_sep, from the left for a negative one
                boolean boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append((char) HEX[(b[i] >> 4) & 0xF]).append((char) HEX[b[i] & 0xF]);
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Two digits of {@code digits} (lower or upper case hex) per byte. */
    static byte[] hex(byte[] b, byte[] digits) {
        byte[] out = new byte[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = digits[(b[i] >> 4) & 0xF];
            out[2 * i + 1] = digits[b[i] & 0xF];
        }
        return out;
    }

    static byte[] unhexlify(byte[] s) {
        if (s.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = HEX_VALUE[s[2 * i] & 0xFF];
            int lo = HEX_VALUE[s[2 * i + 1] & 0xFF];
            if ((hi | lo) < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** CPython's b2a_base64, which is RFC 4648's Base64 with padding, as the JDK's encoder writes it. */
    static byte[] b2aBase64(byte[] b, boolean newline) {
        int size = (b.length + 2) / 3 * 4;
        byte[] out = new byte[newline ? size + 1 : size];
        Base64.getEncoder().encode(b, out);
        if (newline) {
            out[size] = '\n';
        }
        return out;
    }

    static byte[] a2bBase64(byte[] s, boolean strict) {
        return a2bBase64(s, B64_VALUE, strict);
    }

    /**
     * CPython's decoder: characters outside the alphabet are skipped (strict mode refuses them);
     * a quad ends at its padding, and data after complete padding is ignored. {@code values} gives
     * each byte's digit, {@link #PAD} or {@link #SKIP} ({@code _base64} decodes other alphabets with it).
     */
    static byte[] a2bBase64(byte[] s, byte[] values, boolean strict) {
        int n = s.length;
        if (strict && n > 0 && values[s[0] & 0xFF] == PAD) {
            throw error("Leading padding not allowed");
        }
        // each quad of output bytes, the short last one too, takes four characters (digits and padding)
        byte[] out = new byte[n / 4 * 3];
        int o = 0;
        int i = 0;
        // whole quads of digits, the common case, a quad at a time
        for (; i + 4 <= n; i += 4) {
            int v0 = values[s[i] & 0xFF];
            int v1 = values[s[i + 1] & 0xFF];
            int v2 = values[s[i + 2] & 0xFF];
            int v3 = values[s[i + 3] & 0xFF];
            if ((v0 | v1 | v2 | v3) < 0) {
                break;
            }
            int v = v0 << 18 | v1 << 12 | v2 << 6 | v3;
            out[o] = (byte) (v >> 16);
            out[o + 1] = (byte) (v >> 8);
            out[o + 2] = (byte) v;
            o += 3;
        }
        int quadPos = 0;
        int acc = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (; i < n; i++) {
            int v = values[s[i] & 0xFF];
            if (v == PAD) {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < n) {
                        throw error("Excess data after padding");
                    }
                    if (quadPos == 2) {
                        out[o++] = (byte) (acc >> 4);
                    } else {
                        out[o++] = (byte) (acc >> 10);
                        out[o++] = (byte) (acc >> 2);
                    }
                    return Arrays.copyOf(out, o);
                }
                continue;
            }
            if (v == SKIP) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            acc = (acc << 6) | v;
            if (++quadPos == 4) {
                out[o] = (byte) (acc >> 16);
                out[o + 1] = (byte) (acc >> 8);
                out[o + 2] = (byte) acc;
                o += 3;
                quadPos = 0;
                acc = 0;
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (o / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }
}
