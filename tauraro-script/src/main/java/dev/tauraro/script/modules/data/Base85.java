package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Ascii85 (Adobe's and btoa's, {@code a85*}) and Base85 (git's and Mercurial's binary diffs,
 * {@code b85*}) as CPython's {@code base64} module reads and writes them: each four bytes, read as
 * a big-endian number, become five base-85 digits; a short last group is padded with zero bytes and
 * its digits cut to one more than its byte count (unless pad keeps them). Ascii85 may fold an
 * all-zero group to {@code z} and, with foldspaces, an all-space one to {@code y}.
 */
final class Base85 {
    private static final byte[] B85_DIGITS = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~").getBytes(StandardCharsets.ISO_8859_1);
    /** Each byte's Base85 digit value, -1 outside the alphabet. */
    private static final byte[] B85_VALUES = new byte[256];
    /** Ascii85's digits are the characters from ! to u. */
    private static final byte[] A85_DIGITS = new byte[85];
    private static final long MAX_WORD = 0xFFFFFFFFL;

    static {
        Arrays.fill(B85_VALUES, (byte) -1);
        for (int i = 0; i < 85; i++) {
            B85_VALUES[B85_DIGITS[i]] = (byte) i;
            A85_DIGITS[i] = (byte) ('!' + i);
        }
    }

    private Base85() {
    }

    static byte[] b85encode(byte[] b, boolean pad) {
        return encode(b, B85_DIGITS, pad, false, false, 0);
    }

    /**
     * Ascii85 of {@code b}; {@code lineWidth} > 0 breaks it into lines that long (CPython's wrapcol,
     * already raised to its minimum), adobe frames it in {@code <~ ~>}.
     */
    static byte[] a85encode(byte[] b, boolean foldSpaces, long lineWidth, boolean pad, boolean adobe) {
        byte[] text = encode(b, A85_DIGITS, pad, true, foldSpaces, adobe ? 2 : 0);
        if (adobe) {
            text[0] = '<';
            text[1] = '~';
        }
        if (lineWidth > 0) {
            text = wrap(text, lineWidth, adobe);
        }
        if (adobe) {
            text = Arrays.copyOf(text, text.length + 2);
            text[text.length - 2] = '~';
            text[text.length - 1] = '>';
        }
        return text;
    }

    /**
     * The digits of {@code b} after {@code offset} free bytes; foldNuls and foldSpaces write a full
     * group of zeros or spaces as {@code z} or {@code y}.
     */
    private static byte[] encode(byte[] b, byte[] digits, boolean pad, boolean foldNuls, boolean foldSpaces, int offset) {
        int n = b.length;
        int padding = -n & 3;
        int groups = (n + 3) / 4;
        byte[] out = new byte[offset + groups * 5];
        int o = offset;
        for (int g = 0; g < groups; g++) {
            int i = 4 * g;
            long word;
            if (i + 4 <= n) {
                word = ((b[i] & 0xFFL) << 24) | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
            } else {
                word = 0;
                for (int j = 0; j < 4; j++) {
                    word = word << 8 | (i + j < n ? b[i + j] & 0xFF : 0);
                }
            }
            boolean last = g == groups - 1;
            // a cut last group is never folded: CPython unfolds its z into digits before the cut
            boolean whole = !last || padding == 0 || pad;
            if (foldNuls && word == 0 && whole) {
                out[o++] = 'z';
            } else if (foldSpaces && word == 0x20202020L) {
                out[o++] = 'y';
            } else {
                // one long division, then int ones (the word is below 2**32, its rest below 85**4)
                int rest = (int) (word % 52200625);
                out[o] = digits[(int) (word / 52200625)];
                out[o + 1] = digits[rest / 614125];
                rest %= 614125;
                out[o + 2] = digits[rest / 7225];
                rest %= 7225;
                out[o + 3] = digits[rest / 85];
                out[o + 4] = digits[rest % 85];
                o += whole ? 5 : 5 - padding;
            }
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    /** CPython's wrapcol: lines of {@code width}; with adobe, the closing ~> must fit on the last one. */
    private static byte[] wrap(byte[] text, long width, boolean adobe) {
        int n = text.length;
        long lines = n == 0 ? 0 : (n - 1) / width + 1;
        boolean extraLine = adobe && n - (lines - 1) * width + 2 > width;
        long breaks = Math.max(0, lines - 1) + (extraLine ? 1 : 0);
        byte[] out = new byte[Math.toIntExact(n + breaks)];
        int o = 0;
        for (long i = 0; i < n; i += width) {
            int len = (int) Math.min(width, n - i);
            if (i > 0) {
                out[o++] = '\n';
            }
            System.arraycopy(text, (int) i, out, o, len);
            o += len;
        }
        if (extraLine) {
            out[o] = '\n';
        }
        return out;
    }

    /**
     * The bytes of Ascii85 {@code b}: digits, {@code z} (and {@code y} with foldspaces) outside a
     * group, bytes in {@code ignoreChars} skipped. A short last group of k digits gives k - 1 bytes.
     */
    static byte[] a85decode(byte[] b, boolean foldSpaces, boolean adobe, Object ignoreChars) {
        int start = 0;
        int end = b.length;
        if (adobe) {
            if (end < 2 || b[end - 2] != '~' || b[end - 1] != '>') {
                throw Exceptions.valueError("Ascii85 encoded byte sequences must end with b'~>'");
            }
            start = end >= 2 && b[0] == '<' && b[1] == '~' ? 2 : 0;
            end = Math.max(start, end - 2);
        }
        byte[] ignoreTable = Buffers.bytesOrNull(ignoreChars);
        boolean[] ignore = null;
        if (ignoreTable != null) {
            ignore = new boolean[256];
            for (byte c : ignoreTable) {
                ignore[c & 0xFF] = true;
            }
        }
        // four bytes per five digits, grown when z or y (four bytes from one character) come
        byte[] out = new byte[(end - start + 4) / 5 * 4];
        int o = 0;
        long word = 0;
        int digits = 0;
        for (int i = start; i < end; i++) {
            int c = b[i] & 0xFF;
            if (o + 4 > out.length) {
                out = Arrays.copyOf(out, Math.max(o + 4, out.length * 2));
            }
            if (c >= '!' && c <= 'u') {
                word = word * 85 + (c - '!');
                if (++digits == 5) {
                    o = putWord(out, o, word, 4);
                    word = 0;
                    digits = 0;
                }
            } else if (c == 'z' || c == 'y' && foldSpaces) {
                if (digits > 0) {
                    throw Exceptions.valueError((char) c + " inside Ascii85 5-tuple");
                }
                byte fill = c == 'z' ? 0 : (byte) ' ';
                out[o] = out[o + 1] = out[o + 2] = out[o + 3] = fill;
                o += 4;
            } else if (ignore != null ? !ignore[c] : !Ops.contains(ignoreChars, (long) c)) {
                throw Exceptions.valueError("Non-Ascii85 digit found: " + (char) c);
            }
        }
        if (digits > 0) {
            // the group is completed with u, the highest digit, and cut to one byte less than its digits
            for (int k = digits; k < 5; k++) {
                word = word * 85 + 84;
            }
            if (o + 4 > out.length) {
                out = Arrays.copyOf(out, o + 4);
            }
            o = putWord(out, o, word, digits - 1);
        }
        return o == out.length ? out : Arrays.copyOf(out, o);
    }

    /** Writes the first {@code count} bytes of the big-endian {@code word}, or fails on overflow. */
    private static int putWord(byte[] out, int o, long word, int count) {
        if (word > MAX_WORD) {
            throw Exceptions.valueError("Ascii85 overflow");
        }
        for (int j = 0; j < count; j++) {
            out[o + j] = (byte) (word >> (24 - 8 * j));
        }
        return o + count;
    }

    /** The bytes of Base85 {@code b}; a short last group is completed with ~, the highest digit, as CPython does. */
    static byte[] b85decode(byte[] b) {
        int n = b.length;
        int groups = (n + 4) / 5;
        byte[] out = new byte[groups * 4];
        for (int g = 0; g < groups; g++) {
            int i = 5 * g;
            long word = 0;
            for (int j = i; j < i + 5; j++) {
                int v = j < n ? B85_VALUES[b[j] & 0xFF] : 84;
                if (v < 0) {
                    throw Exceptions.valueError("bad base85 character at position " + j);
                }
                word = word * 85 + v;
            }
            if (word > MAX_WORD) {
                throw Exceptions.valueError("base85 overflow in hunk starting at byte " + i);
            }
            for (int j = 0; j < 4; j++) {
                out[4 * g + j] = (byte) (word >> (24 - 8 * j));
            }
        }
        int padding = (5 - n % 5) % 5;
        return padding == 0 ? out : Arrays.copyOf(out, out.length - padding);
    }
}
