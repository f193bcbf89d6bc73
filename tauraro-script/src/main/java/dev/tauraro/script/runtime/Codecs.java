package dev.tauraro.script.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode}: the codecs CPython ships for the common encodings and
 * its error handlers, with CPython's error messages.
 *
 * <p>Python equivalent: the {@code codecs} machinery behind {@code str.encode(encoding, errors)}.
 * Supported encodings: utf-8, ascii, latin-1, utf-16 and utf-32 (with and without BOM, both byte
 * orders) and cp1252, under CPython's aliases ({@code utf8}, {@code latin1}, {@code iso-8859-1},
 * {@code windows-1252}, ...). Error handlers: {@code strict}, {@code ignore}, {@code replace},
 * {@code backslashreplace}, {@code surrogateescape}, {@code xmlcharrefreplace} and {@code namereplace}
 * (encoding only), {@code surrogatepass} (utf-8 encoding only).
 *
 * <p>Each codec is written out code point by code point rather than delegated to a Java
 * {@link Charset}: CPython's messages name the failing range and a reason ("invalid continuation
 * byte", "ordinal not in range(128)") that Java's decoders do not report. Only cp1252's table comes
 * from Java.
 *
 * <p>Differences from CPython: no user-registered codecs or error handlers ({@code codecs.register}).
 */
public final class Codecs {
    private Codecs() {
    }

    /** The canonical codec name for an encoding name as a script spells it, or null if unknown. */
    public static String lookup(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> "utf-8";
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us", "cp367" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                 "iso_8859_1:1987" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            case "cp1252", "windows_1252", "1252" -> "cp1252";
            default -> null;
        };
    }

    private static String codec(String encoding) {
        String c = lookup(encoding);
        if (c == null) {
            throw Exceptions.newException(Exceptions.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return c;
    }

    /** The name CPython's messages use for a codec: cp1252 is a 'charmap' codec. */
    private static String messageName(String codec) {
        return codec.equals("cp1252") ? "charmap" : codec;
    }

    // ---------------------------------------------------------------- encoding

    /** {@code s.encode(encoding, errors)}. */
    public static PyBytes encode(String s, String encoding, String errors) {
        String codec = codec(encoding);
        byte[] fast = encodeFast(s, codec);
        if (fast != null) {
            return new PyBytes(fast);
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        boolean wide = codec.startsWith("utf-16") || codec.startsWith("utf-32");
        boolean big = codec.endsWith("-be");
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            unit(out, 0xFEFF, codec, false);
        }
        int i = 0;
        while (i < cps.length) {
            String reason = unencodable(codec, cps[i]);
            if (reason == null) {
                if (wide) {
                    unit(out, cps[i], codec, big);
                } else {
                    single(out, codec, cps[i]);
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && reason.equals(unencodable(codec, cps[end]))) {
                end++;
            }
            encodeError(out, codec, errors, s, cps, i, end, reason, wide, big);
            i = end;
        }
        return new PyBytes(out.toByteArray());
    }

    /**
     * The common cases in one JDK call, or null when {@code s} holds a character the codec cannot
     * encode as is (then the loop above applies the error handler): UTF-8 without lone surrogates,
     * and ASCII or Latin-1 text that fits.
     */
    private static byte[] encodeFast(String s, String codec) {
        int limit = switch (codec) {
            case "utf-8" -> Character.MIN_SURROGATE;
            case "latin-1" -> 0x100;
            case "ascii" -> 0x80;
            default -> -1;
        };
        if (limit < 0) {
            return null;
        }
        int n = s.length();
        boolean surrogates = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= limit) {
                if (limit != Character.MIN_SURROGATE) {
                    return null;
                }
                surrogates |= Character.isSurrogate(c);
            }
        }
        if (surrogates) {
            // a pair is one supplementary character, which UTF-8 encodes; a lone surrogate is an error
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return null;
                }
            }
        }
        return s.getBytes(limit == 0x80 ? StandardCharsets.US_ASCII
                : limit == 0x100 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** Why the codec cannot encode {@code cp}, or null if it can. */
    private static String unencodable(String codec, int cp) {
        switch (codec) {
            case "ascii":
                return cp < 0x80 ? null : "ordinal not in range(128)";
            case "latin-1":
                return cp < 0x100 ? null : "ordinal not in range(256)";
            case "cp1252":
                return cp < 0x10000 && Cp1252.ENCODE[cp] >= 0 ? null : "character maps to <undefined>";
            default:
                return cp >= 0xD800 && cp < 0xE000 ? "surrogates not allowed" : null;
        }
    }

    private static void single(ByteArrayOutputStream out, String codec, int cp) {
        switch (codec) {
            case "utf-8" -> utf8(out, cp);
            case "cp1252" -> out.write(Cp1252.ENCODE[cp]);
            default -> out.write(cp);
        }
    }

    private static void utf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    /** One code point in utf-16 (a surrogate pair above the BMP) or utf-32, in the given byte order. */
    private static void unit(ByteArrayOutputStream out, int cp, String codec, boolean big) {
        if (codec.startsWith("utf-32")) {
            word(out, cp, 4, big);
        } else if (cp >= 0x10000) {
            word(out, Character.highSurrogate(cp), 2, big);
            word(out, Character.lowSurrogate(cp), 2, big);
        } else {
            word(out, cp, 2, big);
        }
    }

    private static void word(ByteArrayOutputStream out, int v, int size, boolean big) {
        for (int k = 0; k < size; k++) {
            out.write(v >>> 8 * (big ? size - 1 - k : k) & 0xFF);
        }
    }

    /** Applies the error handler to the unencodable code points {@code cps[start:end]}. */
    private static void encodeError(ByteArrayOutputStream out, String codec, String errors, String s, int[] cps,
                                    int start, int end, String reason, boolean wide, boolean big) {
        StringBuilder repl = new StringBuilder();
        switch (errors) {
            case "strict" -> throw encodeException(codec, s, start, end, reason);
            case "ignore" -> {
                return;
            }
            case "replace" -> repl.append("?".repeat(end - start));
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    repl.append(escape(cps[i]));
                }
            }
            case "namereplace" -> {
                for (int i = start; i < end; i++) {
                    String name = Character.getName(cps[i]);
                    repl.append(name == null || Character.getType(cps[i]) == Character.UNASSIGNED
                            || cps[i] >= 0xD800 && cps[i] < 0xE000 ? escape(cps[i]) : "\\N{" + name + "}");
                }
            }
            case "xmlcharrefreplace" -> {
                for (int i = start; i < end; i++) {
                    repl.append("&#").append(cps[i]).append(';');
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                        throw encodeException(codec, s, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    out.write(cps[i] - 0xDC00);
                }
                return;
            }
            case "surrogatepass" -> {
                if (!codec.equals("utf-8") || cps[start] < 0xD800 || cps[start] >= 0xE000) {
                    throw encodeException(codec, s, start, end, reason);
                }
                for (int i = start; i < end; i++) {
                    utf8(out, cps[i]);
                }
                return;
            }
            default -> throw unknownHandler(errors);
        }
        // replacements are ASCII, which every supported codec encodes
        for (int i = 0; i < repl.length(); i++) {
            if (wide) {
                unit(out, repl.charAt(i), codec, big);
            } else {
                out.write(repl.charAt(i));
            }
        }
    }

    private static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    private static PyException encodeException(String codec, String s, int start, int end, String reason) {
        return unicodeError(Exceptions.UNICODE_ENCODE_ERROR, messageName(codec), s, start, end, reason);
    }

    // ---------------------------------------------------------------- decoding

    /** {@code b.decode(encoding, errors)}. */
    public static String decode(byte[] b, String encoding, String errors) {
        String codec = codec(encoding);
        String fast = decodeFast(b, codec);
        if (fast != null) {
            return fast;
        }
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        boolean big = codec.endsWith("-be");
        if (codec.equals("utf-16") || codec.equals("utf-32")) {
            int w = codec.equals("utf-16") ? 2 : 4;
            if (b.length >= w) {
                long bom = read(b, 0, w, false);
                long bomBig = read(b, 0, w, true);
                if (bom == 0xFEFF) {
                    i = w;
                } else if (bomBig == 0xFEFF) {
                    i = w;
                    big = true;
                }
            }
        }
        // CPython names the byte order it decoded in its messages: 'utf-16-le'
        String name = codec.equals("utf-16") || codec.equals("utf-32") ? codec + (big ? "-be" : "-le") : codec;
        Step step = new Step();
        while (i < b.length) {
            step.reason = null;
            int next = decodeOne(codec, b, i, big, out, step);
            if (step.reason == null) {
                i = next;
                continue;
            }
            decodeError(out, name, errors, b, i, step.end, step.reason);
            i = step.end;
        }
        return out.toString();
    }

    /**
     * The common cases in one JDK call, or null when {@code b} needs the loop above (an error
     * handler to apply, or a codec without a fast path). The JDK's UTF-8 decoder refuses what
     * CPython refuses (overlong forms, surrogates, beyond U+10FFFF) and puts U+FFFD for it; so a
     * result without U+FFFD is exact, and one with it (an error, or a U+FFFD in the input) is
     * decoded again by the loop, which knows CPython's error ranges.
     */
    private static String decodeFast(byte[] b, String codec) {
        switch (codec) {
            case "latin-1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "ascii":
                for (byte x : b) {
                    if (x < 0) {
                        return null;
                    }
                }
                return new String(b, StandardCharsets.ISO_8859_1);
            case "utf-8":
                String s = new String(b, StandardCharsets.UTF_8);
                return s.indexOf('\uFFFD') < 0 ? s : null;
            default:
                return null;
        }
    }

    /** An error found by {@link #decodeOne}: bytes {@code [position, end)} are undecodable because of {@code reason}. */
    private static final class Step {
        String reason;
        int end;
    }

    private static long read(byte[] b, int at, int size, boolean big) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            v |= (long) (b[at + k] & 0xFF) << 8 * (big ? size - 1 - k : k);
        }
        return v;
    }

    /** Decodes one character at {@code i} into {@code out}: the next position, or an error in {@code step}. */
    private static int decodeOne(String codec, byte[] b, int i, boolean big, StringBuilder out, Step step) {
        int c = b[i] & 0xFF;
        switch (codec) {
            case "ascii":
                if (c >= 0x80) {
                    return fail(step, i + 1, "ordinal not in range(128)");
                }
                out.append((char) c);
                return i + 1;
            case "latin-1":
                out.append((char) c);
                return i + 1;
            case "cp1252":
                if (Cp1252.DECODE[c] == 0xFFFF) {
                    return fail(step, i + 1, "character maps to <undefined>");
                }
                out.append(Cp1252.DECODE[c]);
                return i + 1;
            case "utf-8":
                return utf8(b, i, out, step);
            default:
                return codec.startsWith("utf-16") ? utf16(b, i, big, out, step) : utf32(b, i, big, out, step);
        }
    }

    private static int fail(Step step, int end, String reason) {
        step.reason = reason;
        step.end = end;
        return end;
    }

    /** UTF-8 as CPython decodes it: an error covers the maximal valid prefix of a sequence (Unicode 3.9 D93b). */
    private static int utf8(byte[] b, int i, StringBuilder out, Step step) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            out.append((char) c);
            return i + 1;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return fail(step, i + 1, "invalid start byte");
        }
        int cp = c & (0x3F >> need);
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return fail(step, b.length, "unexpected end of data");
            }
            int d = b[i + k] & 0xFF;
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) {
                return fail(step, i + k, "invalid continuation byte");
            }
            cp = cp << 6 | d & 0x3F;
        }
        out.appendCodePoint(cp);
        return i + need + 1;
    }

    private static int utf16(byte[] b, int i, boolean big, StringBuilder out, Step step) {
        if (i + 2 > b.length) {
            return fail(step, b.length, "truncated data");
        }
        int u = (int) read(b, i, 2, big);
        if (u < 0xD800 || u > 0xDFFF) {
            out.append((char) u);
            return i + 2;
        }
        if (u >= 0xDC00) {
            return fail(step, i + 2, "illegal encoding");
        }
        if (i + 4 > b.length) {
            return fail(step, b.length, "unexpected end of data");
        }
        int v = (int) read(b, i + 2, 2, big);
        if (v < 0xDC00 || v > 0xDFFF) {
            return fail(step, i + 2, "illegal UTF-16 surrogate");
        }
        out.append((char) u).append((char) v);
        return i + 4;
    }

    private static int utf32(byte[] b, int i, boolean big, StringBuilder out, Step step) {
        if (i + 4 > b.length) {
            return fail(step, b.length, "truncated data");
        }
        long cp = read(b, i, 4, big);
        if (cp > 0x10FFFF) {
            return fail(step, i + 4, "code point not in range(0x110000)");
        }
        if (cp >= 0xD800 && cp < 0xE000) {
            return fail(step, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        }
        out.appendCodePoint((int) cp);
        return i + 4;
    }

    private static void decodeError(StringBuilder out, String codec, String errors, byte[] b, int start, int end,
                                    String reason) {
        switch (errors) {
            case "strict" -> throw decodeException(codec, b, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> out.append('\uFFFD');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    out.append(String.format("\\x%02x", b[i] & 0xFF));
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if ((b[i] & 0xFF) < 0x80) {
                        throw decodeException(codec, b, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    out.append((char) (0xDC00 + (b[i] & 0xFF)));
                }
            }
            case "surrogatepass" -> throw decodeException(codec, b, start, end, reason);
            case "xmlcharrefreplace", "namereplace" ->
                throw Exceptions.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw unknownHandler(errors);
        }
    }

    private static PyException decodeException(String codec, byte[] b, int start, int end, String reason) {
        return unicodeError(Exceptions.UNICODE_DECODE_ERROR, messageName(codec), new PyBytes(b), start, end, reason);
    }

    /**
     * A UnicodeEncodeError/UnicodeDecodeError built as CPython's codecs build it: args
     * {@code (encoding, object, start, end, reason)}, from which its str() is the message.
     */
    private static PyException unicodeError(PyClass type, String codec, Object object, int start, int end,
                                            String reason) {
        PyBaseException e = ExceptionMembers.create(type, new Object[] {codec, object, (long) start, (long) end,
            reason}, null);
        return e.toThrowable();
    }

    private static PyException unknownHandler(String errors) {
        return Exceptions.newException(Exceptions.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    /** {@code encoding} and {@code errors} of {@code encode}/{@code decode}, positional or by keyword. */
    static String[] arguments(Object[] a, String[] k, String method) {
        String[] r = {"utf-8", "strict"};
        int kw = k == null ? 0 : k.length;
        int positional = a.length - kw;
        if (positional > 2) {
            throw Exceptions.typeError(method + "() takes at most 2 arguments (" + positional + " given)");
        }
        for (int i = 0; i < a.length; i++) {
            int slot = i < positional ? i : switch (k[i - positional]) {
                case "encoding" -> 0;
                case "errors" -> 1;
                default -> throw Exceptions.typeError("'" + k[i - positional] + "' is an invalid keyword argument for "
                        + method + "()");
            };
            if (!(a[i] instanceof String v)) {
                throw Exceptions.typeError(method + "() argument '" + (slot == 0 ? "encoding" : "errors")
                        + "' must be str, not " + Ops.typeName(a[i]));
            }
            r[slot] = v;
        }
        return r;
    }

    /** cp1252's table, read once from Java's windows-1252 charset (five bytes are undefined, as in CPython). */
    private static final class Cp1252 {
        static final char[] DECODE = new char[256];
        static final int[] ENCODE = new int[0x10000];

        static {
            java.util.Arrays.fill(ENCODE, -1);
            CharsetDecoder d = Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            CharsetEncoder e = Charset.forName("windows-1252").newEncoder();
            for (int c = 0; c < 256; c++) {
                char ch = 0xFFFF;
                try {
                    CharBuffer cb = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) c}));
                    ch = cb.get(0);
                } catch (java.nio.charset.CharacterCodingException ex) {
                    // undefined in the table
                }
                // Java maps the five undefined bytes to the C1 controls; CPython leaves them undefined
                if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                    ch = 0xFFFF;
                }
                DECODE[c] = ch;
                if (ch != 0xFFFF && e.canEncode(ch)) {
                    ENCODE[ch] = c;
                }
            }
        }
    }
}
