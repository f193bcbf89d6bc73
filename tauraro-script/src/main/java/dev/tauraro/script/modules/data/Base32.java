package dev.tauraro.script.modules.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 4648's Base32 and its extended-hex alphabet (base32hex) as CPython's {@code base64} module
 * reads and writes them: each five bytes become eight digits, a short last group is padded with
 * {@code =}, and decoding checks the length, the digits and the padding with its error messages.
 */
final class Base32 {
    static final Base32 STANDARD = new Base32("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    static final Base32 HEX = new Base32("0123456789ABCDEFGHIJKLMNOPQRSTUV");

    /** The digits that end the encoding of a group of 1, 2, 3 or 4 bytes (the rest is padding). */
    private static final int[] DIGITS_OF_SHORT_GROUP = {0, 2, 4, 5, 7};

    private final byte[] digits;
    /** Each byte's digit value, -1 outside the alphabet. */
    private final byte[] values = new byte[256];

    private Base32(String alphabet) {
        digits = alphabet.getBytes(StandardCharsets.ISO_8859_1);
        Arrays.fill(values, (byte) -1);
        for (int i = 0; i < 32; i++) {
            values[digits[i]] = (byte) i;
        }
    }

    byte[] encode(byte[] b) {
        int n = b.length;
        byte[] out = new byte[(n + 4) / 5 * 8];
        int o = 0;
        for (int i = 0; i < n; i += 5) {
            long acc = 0;
            for (int j = 0; j < 5; j++) {
                acc = acc << 8 | (i + j < n ? b[i + j] & 0xFF : 0);
            }
            for (int j = 35; j >= 0; j -= 5) {
                out[o++] = digits[(int) (acc >> j) & 31];
            }
        }
        int shortGroup = n % 5;
        if (shortGroup != 0) {
            Arrays.fill(out, out.length - 8 + DIGITS_OF_SHORT_GROUP[shortGroup], out.length, (byte) '=');
        }
        return out;
    }

    /**
     * The bytes of {@code s}; {@code casefold} takes lower-case digits too. As CPython checks: the
     * length first, then every digit before the trailing padding, then the padding's length.
     */
    byte[] decode(byte[] s, boolean casefold) {
        int n = s.length;
        if (n % 8 != 0) {
            throw BinasciiModule.error("Incorrect padding");
        }
        int end = n;
        while (end > 0 && s[end - 1] == '=') {
            end--;
        }
        int padChars = n - end;
        byte[] out = new byte[n / 8 * 5];
        int o = 0;
        for (int i = 0; i < end; i += 8) {
            long acc = 0;
            for (int j = i; j < i + 8; j++) {
                int v;
                if (j >= end) {
                    v = 0;
                } else {
                    int c = s[j] & 0xFF;
                    v = values[casefold && c >= 'a' && c <= 'z' ? c - 32 : c];
                    if (v < 0) {
                        throw BinasciiModule.error("Non-base32 digit found");
                    }
                }
                acc = acc << 5 | v;
            }
            for (int j = 32; j >= 0; j -= 8) {
                out[o++] = (byte) (acc >> j);
            }
        }
        return switch (padChars) {
            case 0 -> out;
            // the short last group gives 4, 3, 2 or 1 bytes after 1, 3, 4 or 6 padding characters
            case 1, 3, 4, 6 -> Arrays.copyOf(out, out.length - 5 + (43 - 5 * padChars) / 8);
            default -> throw BinasciiModule.error("Incorrect padding");
        };
    }
}
