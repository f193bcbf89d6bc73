package dev.tauraro.script.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The {@code unicode_escape} and {@code raw_unicode_escape} codecs, as CPython 3.11 has them:
 * text as Latin-1 bytes with Python's backslash escapes (all of a string literal's, or only
 * {@code \\u}/{@code \\U} for the raw codec), with CPython's error messages and error ranges.
 *
 * <p>Differences from CPython: an unknown escape such as {@code \\q} is kept as CPython keeps it,
 * without CPython's DeprecationWarning ("invalid escape sequence").
 */
final class UnicodeEscape {
    /** The one-character escapes after a backslash, and what each stands for. */
    private static final String SIMPLE = "\\'\"abftnrv";
    private static final String SIMPLE_VALUES = "\\'\"\u0007\b\f\t\n\r\u000b";

    private UnicodeEscape() {
    }

    /** What a decoding produced, and how many bytes it used (fewer than all when a final escape may continue). */
    record Decoded(String text, int consumed) {
    }

    static byte[] encode(String s, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7F && cp != '\\') {
                out.write(cp);
            } else if (!raw && (cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r')) {
                out.write('\\');
                out.write(cp == '\\' ? '\\' : cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
            } else {
                String hex = cp < 0x100 ? String.format("\\x%02x", cp)
                        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                out.writeBytes(hex.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes {@code b}; unless {@code last}, an escape cut off at the end is left for the next
     * chunk (its bytes not counted in {@link Decoded#consumed}), as CPython's incremental decoder does.
     */
    static Decoded decode(byte[] b, boolean raw, String errors, boolean last) {
        String codec = raw ? "raw-unicode-escape" : "unicode-escape";
        StringBuilder out = new StringBuilder(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (raw) {
                int j = i;
                while (j < n && b[j] == '\\') {
                    j++;
                }
                boolean odd = (j - i & 1) == 1;
                if (!odd || j < n && b[j] != 'u' && b[j] != 'U') {
                    out.append("\\".repeat(j - i));
                    i = j;
                    continue;
                }
                if (j == n) { // an odd run at the end: a 'u' may follow in the next chunk
                    if (!last) {
                        out.append("\\".repeat(j - i - 1));
                        return new Decoded(out.toString(), j - 1);
                    }
                    out.append("\\".repeat(j - i));
                    i = j;
                    continue;
                }
                out.append("\\".repeat(j - i - 1));
                start = j - 1;
                i = j;
            } else {
                i++;
                if (i == n) {
                    if (!last) {
                        return new Decoded(out.toString(), start);
                    }
                    Codecs.decodeError(out, codec, errors, b, start, n, "\\ at end of string");
                    continue;
                }
            }
            int e = b[i] & 0xFF;
            i++;
            int digits;
            String truncated;
            int simple = SIMPLE.indexOf(e);
            if (simple >= 0) {
                out.append(SIMPLE_VALUES.charAt(simple));
                continue;
            }
            if (e == '\n') { // a backslash at the end of a line joins it to the next
                continue;
            }
            switch (e) {
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                        v = v * 8 + b[i++] - '0';
                    }
                    out.append((char) v);
                    continue;
                }
                case 'x' -> {
                    digits = 2;
                    truncated = "truncated \\xXX escape";
                }
                case 'u' -> {
                    digits = 4;
                    truncated = "truncated \\uXXXX escape";
                }
                case 'U' -> {
                    digits = 8;
                    truncated = "truncated \\UXXXXXXXX escape";
                }
                case 'N' -> {
                    i = named(b, start, i, out, codec, errors, last);
                    if (i < 0) {
                        return new Decoded(out.toString(), start);
                    }
                    continue;
                }
                default -> {
                    out.append('\\');
                    i--; // the character after the backslash is an ordinary one
                    continue;
                }
            }
            long v = 0;
            int k = 0;
            while (k < digits && i < n && Character.digit(b[i], 16) >= 0) {
                v = v * 16 + Character.digit(b[i], 16);
                i++;
                k++;
            }
            if (k < digits) {
                if (i == n && !last) {
                    return new Decoded(out.toString(), start);
                }
                Codecs.decodeError(out, codec, errors, b, start, i, truncated);
            } else if (v > Character.MAX_CODE_POINT) {
                Codecs.decodeError(out, codec, errors, b, start, i,
                        raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
            } else {
                out.appendCodePoint((int) v);
            }
        }
        return new Decoded(out.toString(), n);
    }

    /** {@code \N{name}} after its N at {@code i}: the position after it, or -1 when it is cut off and more may come. */
    private static int named(byte[] b, int start, int i, StringBuilder out, String codec, String errors, boolean last) {
        int n = b.length;
        String reason = "malformed \\N character escape";
        if (i < n && b[i] == '{') {
            int close = i + 1;
            while (close < n && b[close] != '}') {
                close++;
            }
            if (close == n) {
                if (!last) {
                    return -1;
                }
                i = n;
            } else if (close > i + 1) {
                String name = new String(b, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                try {
                    out.appendCodePoint(Character.codePointOf(name)); // case ignored, as CPython's lookup
                    return close + 1;
                } catch (IllegalArgumentException unknown) {
                    // reported below
                }
                reason = "unknown Unicode character name";
                i = close + 1;
            } else {
                i = close;
            }
        }
        Codecs.decodeError(out, codec, errors, b, start, i, reason);
        return i;
    }
}
