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
import java.io.ByteArrayOutputStream;
import java.util.Map;

/**
 * {@code binascii}: hex and base64 conversions and CRCs with CPython's argument rules (str
 * arguments of the a2b functions must be ASCII) and {@code binascii.Error} messages. Base64
 * decoding is written out rather than delegated to {@link java.util.Base64}, since CPython's
 * non-strict decoder skips characters outside the alphabet and reports padding its own way.
 */
public final class BinasciiModule {
    static final PyClass ERROR = PyClass.builtin("Error", "binascii", null, Map.of(), Exceptions.VALUE_ERROR);
    static final PyClass INCOMPLETE = PyClass.builtin("Incomplete", "binascii", null, Map.of(), Exceptions.EXCEPTION);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

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
        Object u = PyDerived.unwrap(o);
        if (u instanceof String s) {
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
        byte[] b = dev.tauraro.script.runtime.Buffers.bytesOrNull(u);
        if (b != null) {
            return b;
        }
        throw Exceptions.typeError("argument should be bytes, buffer or ASCII string, not '" + Ops.typeName(o) + "'");
    }

    static byte[] hexlify(byte[] b, Object sepArg, long perSep) {
        String sep = null;
        if (sepArg != null && sepArg != PyNone.NONE) {
            Object s = PyDerived.unwrap(sepArg);
            sep = s instanceof PyBytes pb ? new String(pb.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    : (String) s;
            if (sep.length() != 1) {
                throw Exceptions.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw Exceptions.valueError("sep must be ASCII.");
            }
        }
        StringBuilder sb = new StringBuilder(b.length * 3);
        int n = b.length;
        long group = Math.abs(perSep);
        for (int i = 0; i < n; i++) {
            if (sep != null && group > 0 && i > 0) {
                // groups count from the right for a positive bytes_per_sep, from the left for a negative one
                boolean boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(HEX[(b[i] >> 4) & 0xF]).append(HEX[b[i] & 0xF]);
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static byte[] unhexlify(byte[] s) {
        if (s.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s[2 * i], 16);
            int lo = Character.digit(s[2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    static byte[] b2aBase64(byte[] b, boolean newline) {
        StringBuilder sb = new StringBuilder((b.length + 2) / 3 * 4 + 1);
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF);
            sb.append(B64[v >> 18]).append(B64[(v >> 12) & 63]).append(B64[(v >> 6) & 63]).append(B64[v & 63]);
        }
        if (b.length - i == 1) {
            int v = (b[i] & 0xFF) << 16;
            sb.append(B64[v >> 18]).append(B64[(v >> 12) & 63]).append("==");
        } else if (b.length - i == 2) {
            int v = (b[i] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8;
            sb.append(B64[v >> 18]).append(B64[(v >> 12) & 63]).append(B64[(v >> 6) & 63]).append('=');
        }
        if (newline) {
            sb.append('\n');
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int b64value(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    /**
     * CPython's decoder: characters outside the alphabet are skipped (strict mode refuses them);
     * a quad ends at its padding, and data after complete padding is ignored.
     */
    static byte[] a2bBase64(byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length * 3 / 4);
        int quadPos = 0;
        int acc = 0;
        int pads = 0;
        int dataChars = 0;
        if (strict && s.length > 0 && s[0] == '=') {
            throw error("Leading padding not allowed");
        }
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xFF;
            if (c == '=') {
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw error("Excess data after padding");
                    }
                    if (quadPos == 2) {
                        out.write((acc >> 4) & 0xFF);
                    } else {
                        out.write((acc >> 10) & 0xFF);
                        out.write((acc >> 2) & 0xFF);
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = b64value(c);
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && pads > 0) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            dataChars++;
            acc = (acc << 6) | v;
            quadPos++;
            if (quadPos == 4) {
                out.write((acc >> 16) & 0xFF);
                out.write((acc >> 8) & 0xFF);
                out.write(acc & 0xFF);
                quadPos = 0;
                acc = 0;
            }
        }
        if (quadPos != 0) {
            if (quadPos == 1) {
                throw error("Invalid base64-encoded string: number of data characters (" + dataChars
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }
}
