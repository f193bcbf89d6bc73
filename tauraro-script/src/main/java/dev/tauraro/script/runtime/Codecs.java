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

    /**
     * The codec of an encoding name as a script spells it (CPython's name for it, which
     * {@code codecs.lookup(name).name} shows, but "latin-1" for iso8859-1), or null if unknown.
     * Names are normalized as CPython normalizes them: case ignored, each run of characters other
     * than letters, digits and dots one underscore, none at either end ({@code " UTF--8 "} is utf-8).
     */
    public static String lookup(String encoding) {
        if (encoding.equals("utf-8") || encoding.equals("utf8")) {
            return "utf-8";
        }
        String n = normalize(encoding);
        String id = builtin(n);
        if (id == null) {
            id = Charmap.id(n);
        }
        if (id == null) {
            id = Multibyte.id(n);
        }
        if (id == null && n.indexOf('.') >= 0) { // CPython tries dots as underscores among the aliases only
            String dotless = n.replace('.', '_');
            id = builtin(dotless);
            if (id == null) {
                id = Charmap.id(dotless);
            }
            if (id != null && dotless.equals((id.equals("latin-1") ? "latin_1" : id).replace('-', '_'))) {
                id = null; // the codec's module name, not an alias
            }
        }
        return id;
    }

    /** CPython's name of codec {@code id} (from {@link #lookup}), as {@code codecs.lookup} reports it. */
    public static String pythonName(String id) {
        return id.equals("latin-1") ? "iso8859-1" : id;
    }

    public static String normalize(String encoding) {
        StringBuilder b = new StringBuilder(encoding.length());
        boolean gap = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (gap && b.length() > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    private static String builtin(String n) {
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> "utf-8";
            case "utf_8_sig" -> "utf-8-sig";
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso646_us",
                 "cp367", "csascii", "ibm367", "iso_646.irv_1991", "iso_ir_6" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                 "iso_8859_1_1987", "csisolatin1", "ibm819" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le", "unicodelittleunmarked" -> "utf-16-le";
            case "utf_16_be", "utf_16be", "unicodebigunmarked" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            case "unicode_escape" -> "unicode-escape";
            case "raw_unicode_escape" -> "raw-unicode-escape";
            default -> null;
        };
    }

    private static final byte[] BOM_UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * How many leading bytes of {@code b} hold whole characters of {@code codec} (from
     * {@link #lookup}): what an incremental decoder may decode now, keeping the rest for the next
     * chunk. A sequence that can never complete is left in, so that decoding it reports the error.
     */
    public static int complete(byte[] b, String codec) {
        switch (codec) {
            case "utf-8", "utf-8-sig" -> {
                int i = b.length;
                int back = 0;
                while (i > 0 && back < 4 && (b[i - 1] & 0xC0) == 0x80) {
                    i--;
                    back++;
                }
                if (i == 0) {
                    return b.length; // no lead byte in reach: invalid anyway, let the codec say so
                }
                int lead = b[i - 1] & 0xFF;
                int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                return need > back + 1 ? i - 1 : b.length;
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                int n = b.length & ~1;
                if (n >= 2) { // a high surrogate waits for its low half
                    boolean big = codec.endsWith("-be");
                    int u = (int) read(b, n - 2, 2, big);
                    if (u >= 0xD800 && u < 0xDC00) {
                        return n - 2;
                    }
                }
                return n;
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                return b.length & ~3;
            }
            case "unicode-escape", "raw-unicode-escape" -> {
                return UnicodeEscape.decode(b, codec.startsWith("raw"), "strict", false).consumed();
            }
            case "shift_jis", "euc_jp", "gb2312", "big5" -> {
                return Multibyte.of(codec).complete(b);
            }
            default -> {
                return b.length;
            }
        }
    }

    /**
     * Decodes what of {@code b} can be decoded now: all of it when {@code last}, else the leading
     * whole characters (an escape sequence cut off at the end, for the escape codecs), as CPython's
     * {@code codecs.utf_8_decode(data, errors, final)} and the incremental decoders do. Returns the
     * text and the number of bytes it used.
     */
    public static PyTuple decodePrefix(byte[] b, String encoding, String errors, boolean last) {
        String codec = codec(encoding, "decode");
        if (codec.equals("unicode-escape") || codec.equals("raw-unicode-escape")) {
            UnicodeEscape.Decoded d = UnicodeEscape.decode(b, codec.startsWith("raw"), errors, last);
            return new PyTuple(new Object[] {d.text(), (long) d.consumed()});
        }
        int n = last ? b.length : complete(b, codec);
        byte[] prefix = n == b.length ? b : java.util.Arrays.copyOf(b, n);
        return new PyTuple(new Object[] {decode(prefix, codec, errors), (long) n});
    }

    /**
     * The codec that continues a stream begun in {@code codec} with the bytes {@code start}: past
     * the start there is no byte order mark to write or skip, and utf-16/utf-32 keep the order the
     * mark chose (little-endian, this machine's, without one).
     */
    public static String stateless(String codec, byte[] start) {
        return switch (codec) {
            case "utf-8-sig" -> "utf-8";
            case "utf-16" -> start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF
                    ? "utf-16-be" : "utf-16-le";
            case "utf-32" -> start.length >= 4 && start[0] == 0 && start[1] == 0 && (start[2] & 0xFF) == 0xFE
                    && (start[3] & 0xFF) == 0xFF ? "utf-32-be" : "utf-32-le";
            default -> codec;
        };
    }

    /**
     * The codec of {@code encoding}, else CPython's LookupError: an unknown encoding, or one of the
     * bytes-to-bytes codecs that the text functions refuse ({@code use}: the codecs function to
     * use instead, "encode", "decode" or "open").
     */
    public static String codec(String encoding, String use) {
        String c = lookup(encoding);
        if (c == null) {
            throw Exceptions.newException(Exceptions.LOOKUP_ERROR, binary(normalize(encoding))
                    ? "'" + encoding + "' is not a text encoding; use codecs." + use + "() to handle arbitrary codecs"
                    : "unknown encoding: " + encoding);
        }
        return c;
    }

    /** Whether a normalized name is one of CPython's bytes-to-bytes (or str-to-str) codecs, which str/bytes refuse. */
    public static boolean binary(String normalized) {
        return switch (normalized) {
            case "hex", "hex_codec", "base64", "base_64", "base64_codec", "rot13", "rot_13", "zlib", "zip", "zlib_codec",
                 "bz2", "bz2_codec", "quopri", "quopri_codec", "quotedprintable", "quoted_printable", "uu",
                 "uu_codec" -> true;
            default -> false;
        };
    }

    /** The name CPython's messages use for a codec: the single-byte ones are 'charmap' codecs. */
    private static String messageName(String codec) {
        return switch (codec) {
            case "utf-8", "utf-8-sig" -> "utf-8";
            case "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be" -> codec;
            case "unicode-escape" -> "unicodeescape";
            case "raw-unicode-escape" -> "rawunicodeescape";
            case "shift_jis", "euc_jp", "gb2312", "big5" -> codec;
            default -> "charmap";
        };
    }

    // ---------------------------------------------------------------- encoding

    /** {@code s.encode(encoding, errors)}. */
    public static PyBytes encode(String s, String encoding, String errors) {
        String codec = codec(encoding, "encode");
        switch (codec) {
            case "utf-8-sig" -> {
                byte[] body = encode(s, "utf-8", errors).bytes();
                byte[] b = java.util.Arrays.copyOf(BOM_UTF8, 3 + body.length);
                System.arraycopy(body, 0, b, 3, body.length);
                return new PyBytes(b);
            }
            case "unicode-escape", "raw-unicode-escape" -> {
                return new PyBytes(UnicodeEscape.encode(s, codec.startsWith("raw")));
            }
            case "shift_jis", "euc_jp", "gb2312", "big5" -> {
                return new PyBytes(Multibyte.of(codec).encode(s, errors));
            }
            default -> {
            }
        }
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
            case "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be":
                return cp >= 0xD800 && cp < 0xE000 ? "surrogates not allowed" : null;
            default:
                return Charmap.of(codec).encode(cp) >= 0 ? null : "character maps to <undefined>";
        }
    }

    private static void single(ByteArrayOutputStream out, String codec, int cp) {
        switch (codec) {
            case "utf-8" -> utf8(out, cp);
            case "ascii", "latin-1" -> out.write(cp);
            default -> out.write(Charmap.of(codec).encode(cp));
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
    static void encodeError(ByteArrayOutputStream out, String codec, String errors, String s, int[] cps,
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
        String codec = codec(encoding, "decode");
        switch (codec) {
            case "utf-8-sig" -> {
                boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
                return decode(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, "utf-8", errors);
            }
            case "unicode-escape", "raw-unicode-escape" -> {
                return UnicodeEscape.decode(b, codec.startsWith("raw"), errors, true).text();
            }
            case "shift_jis", "euc_jp", "gb2312", "big5" -> {
                return Multibyte.of(codec).decode(b, errors);
            }
            default -> {
            }
        }
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
            case "utf-8":
                return utf8(b, i, out, step);
            case "utf-16", "utf-16-le", "utf-16-be":
                return utf16(b, i, big, out, step);
            case "utf-32", "utf-32-le", "utf-32-be":
                return utf32(b, i, big, out, step);
            default:
                char d = Charmap.of(codec).decode[c];
                if (d == Charmap.UNDEFINED) {
                    return fail(step, i + 1, "character maps to <undefined>");
                }
                out.append(d);
                return i + 1;
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

    static void decodeError(StringBuilder out, String codec, String errors, byte[] b, int start, int end,
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
}
