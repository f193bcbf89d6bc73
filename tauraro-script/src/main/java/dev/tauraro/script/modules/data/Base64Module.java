package dev.tauraro.script.modules.data;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code _base64}: the byte loops of {@code lib/base64.py} (as CPython has C for binascii), which
 * keeps the public functions, their keyword arguments and their assertions. Each function takes
 * its arguments by position, already defaulted by base64.py, and raises CPython's errors for the
 * data it reads: the type errors of a non-bytes argument, {@code binascii.Error} for bad Base16,
 * Base32 and Base64, ValueError for bad Ascii85 and Base85.
 */
public final class Base64Module {
    /** The digit values of the URL-safe alphabet's data (urlsafe_b64decode's, made once). */
    private static final byte[] URLSAFE_VALUE = b64Values(new byte[] {'-', '_'});

    /** Each byte's value as an upper-case hex digit, -1 for anything else (Base16 without casefold). */
    private static final byte[] HEX_UPPER_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(HEX_UPPER_VALUE, (byte) -1);
        for (int i = 0; i < 16; i++) {
            HEX_UPPER_VALUE[BinasciiModule.HEX_UPPER[i]] = (byte) i;
        }
    }

    private Base64Module() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_base64", interp);
        def(m, "decode_data", 1, a -> new PyBytes(decodeData(a[0])));
        def(m, "b64encode", 2, a -> new PyBytes(b64encode(Buffers.bytes(a[0]), a[1])));
        def(m, "b64decode", 3, a -> new PyBytes(
                BinasciiModule.a2bBase64(decodeData(a[0]), b64Values(a[1]), Ops.truthy(a[2]))));
        def(m, "b32encode", 2, a -> new PyBytes(base32(a[1]).encode(viewBytes(a[0]))));
        def(m, "b32decode", 3, a -> new PyBytes(base32(a[1]).decode(decodeData(a[0]), Ops.truthy(a[2]))));
        def(m, "b16encode", 1, a -> new PyBytes(BinasciiModule.hex(Buffers.bytes(a[0]), BinasciiModule.HEX_UPPER)));
        def(m, "b16decode", 2, a -> new PyBytes(b16decode(decodeData(a[0]), Ops.truthy(a[1]))));
        def(m, "a85encode", 5, a -> new PyBytes(Base85.a85encode(viewBytes(a[0]), Ops.truthy(a[1]),
                Ops.truthy(a[2]) ? Ops.index(a[2]) : 0, Ops.truthy(a[3]), Ops.truthy(a[4]))));
        def(m, "a85decode", 4, a -> new PyBytes(
                Base85.a85decode(decodeData(a[0]), Ops.truthy(a[1]), Ops.truthy(a[2]), a[3])));
        def(m, "b85encode", 2, a -> new PyBytes(Base85.b85encode(viewBytes(a[0]), Ops.truthy(a[1]))));
        def(m, "b85decode", 1, a -> new PyBytes(Base85.b85decode(decodeData(a[0]))));
        return m;
    }

    private interface Body {
        Object call(Object[] a);
    }

    /** A function of exactly {@code arity} positional arguments. */
    private static void def(PyModule m, String name, int arity, Body body) {
        PyCallable impl = (a, k) -> {
            Arity.positional(name, a, k, arity, arity);
            return body.call(a);
        };
        m.set(name, new BuiltinFunction(name, impl));
    }

    /**
     * base64's {@code _bytes_from_decode_data}: the bytes of a bytes-like object or an ASCII str,
     * with its ValueError for other str and its TypeError for anything else.
     */
    static byte[] decodeData(Object s) {
        byte[] b = BinasciiModule.asciiOrNull(s);
        if (b == null) {
            throw Exceptions.typeError("argument should be a bytes-like object or ASCII string, not '"
                    + Ops.typeName(s) + "'");
        }
        return b;
    }

    /** The bytes of a bytes-like object as {@code memoryview(b).tobytes()} reads them, with its TypeError. */
    private static byte[] viewBytes(Object b) {
        byte[] bytes = Buffers.bytesOrNull(b);
        if (bytes == null) {
            throw Exceptions.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(b) + "'");
        }
        return bytes;
    }

    private static Base32 base32(Object extendedHex) {
        return Ops.truthy(extendedHex) ? Base32.HEX : Base32.STANDARD;
    }

    /** The two alternative characters for + and / of a Base64 alphabet (None: + and / themselves). */
    private static byte[] altChars(Object altchars) {
        byte[] alt = Buffers.bytes(altchars);
        if (alt.length != 2) {
            throw Exceptions.valueError("altchars must be 2 bytes");
        }
        return alt;
    }

    private static byte[] b64encode(byte[] b, Object altchars) {
        byte[] out = BinasciiModule.b2aBase64(b, false);
        if (altchars != PyNone.NONE) {
            byte[] alt = altChars(altchars);
            for (int i = 0; i < out.length; i++) {
                if (out[i] == '+') {
                    out[i] = alt[0];
                } else if (out[i] == '/') {
                    out[i] = alt[1];
                }
            }
        }
        return out;
    }

    /**
     * The digit values the decoder reads: the standard ones, or those of the data translated as
     * CPython translates it, {@code bytes.maketrans(altchars, b'+/')}, before decoding.
     */
    private static byte[] b64Values(Object altchars) {
        if (altchars == PyNone.NONE) {
            return BinasciiModule.B64_VALUE;
        }
        byte[] alt = altChars(altchars);
        return alt[0] == '-' && alt[1] == '_' ? URLSAFE_VALUE : b64Values(alt);
    }

    private static byte[] b64Values(byte[] alt) {
        byte[] translate = new byte[256];
        for (int c = 0; c < 256; c++) {
            translate[c] = (byte) c;
        }
        translate[alt[0] & 0xFF] = '+';
        translate[alt[1] & 0xFF] = '/';
        byte[] values = new byte[256];
        for (int c = 0; c < 256; c++) {
            values[c] = BinasciiModule.B64_VALUE[translate[c] & 0xFF];
        }
        return values;
    }

    /**
     * base64's b16decode: upper-case hex digits only (lower case too with casefold); CPython checks
     * every digit before unhexlify's odd length.
     */
    private static byte[] b16decode(byte[] s, boolean casefold) {
        byte[] values = casefold ? BinasciiModule.HEX_VALUE : HEX_UPPER_VALUE;
        int n = s.length;
        byte[] out = new byte[n / 2];
        for (int i = 0; i + 1 < n; i += 2) {
            int hi = values[s[i] & 0xFF];
            int lo = values[s[i + 1] & 0xFF];
            if ((hi | lo) < 0) {
                throw BinasciiModule.error("Non-base16 digit found");
            }
            out[i / 2] = (byte) (hi << 4 | lo);
        }
        if (n % 2 != 0) {
            throw BinasciiModule.error(values[s[n - 1] & 0xFF] < 0 ? "Non-base16 digit found" : "Odd-length string");
        }
        return out;
    }
}
