package dev.tauraro.script.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * CPython's CJK multibyte codecs whose tables the JDK has too: shift_jis, euc_jp, gb2312 and big5.
 *
 * <p>A character's bytes are found as CPython's decoders find them (its lead byte says how many
 * follow), then looked up in the JDK's charset of the same name, except for the few sequences
 * where CPython's table differs from the JDK's (found by decoding every one- and two-byte sequence
 * and encoding every BMP character under both at development time). Errors are CPython's: an
 * input that ends inside a sequence is an "incomplete multibyte sequence" up to the end, a lead
 * byte whose sequence maps to nothing an "illegal multibyte sequence" of that one byte. Absent
 * (unknown encodings here): cp932, euc_kr, cp949, gbk, gb18030, big5hkscs, cp950, johab and the
 * ISO-2022 codecs, whose JDK tables differ from CPython's in thousands of places.
 */
final class Multibyte {
    private final String charset;
    /** A sequence (its bytes big-endian in an int) to CPython's character, or -1 where CPython has none. */
    private final Map<Integer, Integer> decodeFixes;
    /** A character to CPython's sequence (as above), or -1 where CPython cannot encode it. */
    private final Map<Integer, Integer> encodeFixes;
    private final String id;
    /** The JDK's decoder and encoder, one per thread (they keep state while working). */
    private final ThreadLocal<CharsetDecoder> decoder;
    private final ThreadLocal<CharsetEncoder> encoder;

    private Multibyte(String id, String charset, Map<Integer, Integer> decodeFixes, Map<Integer, Integer> encodeFixes) {
        this.id = id;
        this.charset = charset;
        this.decodeFixes = decodeFixes;
        this.encodeFixes = encodeFixes;
        this.decoder = ThreadLocal.withInitial(() -> Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.encoder = ThreadLocal.withInitial(() -> Charset.forName(charset).newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The codec id of a normalized encoding name, or null. */
    static String id(String normalized) {
        return switch (normalized) {
            case "shift_jis", "csshiftjis", "shiftjis", "sjis", "s_jis" -> "shift_jis";
            case "euc_jp", "eucjp", "ujis", "u_jis" -> "euc_jp";
            case "gb2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80",
                 "iso_ir_58" -> "gb2312";
            case "big5", "big5_tw", "csbig5" -> "big5";
            default -> null;
        };
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Multibyte> CODECS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Multibyte of(String id) {
        return CODECS.computeIfAbsent(id, Multibyte::make);
    }

    private static Multibyte make(String id) {
        return switch (id) {
            case "shift_jis" -> new Multibyte(id, "Shift_JIS", Map.of(0x815C, 0x2015), Map.of(0x2015, 0x815C, 0x2014, -1));
            case "euc_jp" -> new Multibyte(id, "EUC-JP", Map.of(0xA1BD, 0x2015),
                    Map.of(0x2015, 0xA1BD, 0x2014, -1, 0xFF5E, -1));
            case "gb2312" -> new Multibyte(id, "GB2312", Map.of(), Map.of());
            case "big5" -> new Multibyte(id, "Big5", Map.of(0xA15A, 0x2574, 0xA1C3, 0xFFE3, 0xA1C5, 0x02CD, 0xA1FE, 0xFF0F,
                    0xA240, 0xFF3C), Map.of(0x02CD, 0xA1C5, 0x2574, 0xA15A, 0xFFE3, 0xA1C3));
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** How many bytes the sequence led by {@code lead} has, or 0 if no sequence starts with it. */
    private int length(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        return switch (id) {
            case "shift_jis" -> lead >= 0xA1 && lead <= 0xDF ? 1 // CPython's leads stop at 0xEA (JIS X 0208)
                    : lead >= 0x81 && lead <= 0x9F || lead >= 0xE0 && lead <= 0xEA ? 2 : 0;
            case "euc_jp" -> lead == 0x8F ? 3 : 2;
            default -> 2;
        };
    }

    /** How many leading bytes of {@code b} are whole sequences (what an incremental decoder decodes now). */
    int complete(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int need = Math.max(1, length(b[i] & 0xFF));
            if (i + need > b.length) {
                return i;
            }
            i += need;
        }
        return i;
    }

    String decode(byte[] b, String errors) {
        CharsetDecoder d = decoder.get();
        CharBuffer one = CharBuffer.allocate(2);
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                out.append((char) lead);
                i++;
                continue;
            }
            int need = length(lead);
            if (need > 0 && i + need > b.length) {
                Codecs.decodeError(out, id, errors, b, i, b.length, "incomplete multibyte sequence");
                break;
            }
            int cp = need == 0 ? -1 : character(d, one, b, i, need);
            if (cp < 0) {
                Codecs.decodeError(out, id, errors, b, i, i + 1, "illegal multibyte sequence");
                i++;
                continue;
            }
            out.appendCodePoint(cp);
            i += need;
        }
        return out.toString();
    }

    /** The character of the {@code need} bytes at {@code i}, or -1 if CPython's table has none. */
    private int character(CharsetDecoder d, CharBuffer c, byte[] b, int i, int need) {
        int key = 0;
        for (int k = 0; k < need; k++) {
            key = key << 8 | b[i + k] & 0xFF;
        }
        Integer fix = decodeFixes.get(key);
        if (fix != null) {
            return fix;
        }
        // the decoder's results rather than its exceptions: most sequences of a table's edges map to nothing
        c.clear();
        ByteBuffer in = ByteBuffer.wrap(b, i, need);
        if (d.reset().decode(in, c, true).isError() || in.hasRemaining() || d.flush(c).isError()) {
            return -1;
        }
        c.flip();
        return c.length() == 1 || c.length() == 2 && Character.isSurrogatePair(c.get(0), c.get(1))
                ? Character.codePointAt(c, 0) : -1;
    }

    byte[] encode(String s, String errors) {
        CharsetEncoder e = encoder.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 2);
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp < 0x80) {
                out.write(cp);
                continue;
            }
            byte[] seq = sequence(e, cp);
            if (seq == null) {
                Codecs.encodeError(out, id, errors, s, cps, i, i + 1, "illegal multibyte sequence", false, false);
            } else {
                out.writeBytes(seq);
            }
        }
        return out.toByteArray();
    }

    private byte[] sequence(CharsetEncoder e, int cp) {
        Integer fix = encodeFixes.get(cp);
        if (fix != null) {
            return fix < 0 ? null : fix > 0xFFFF ? new byte[] {(byte) (fix >> 16), (byte) (fix >> 8), (byte) (int) fix}
                    : new byte[] {(byte) (fix >> 8), (byte) (int) fix};
        }
        if (cp > 0xFFFF || !e.canEncode((char) cp)) { // none of these codecs has a character beyond the BMP
            return null;
        }
        try {
            ByteBuffer bb = e.reset().encode(CharBuffer.wrap(Character.toChars(cp)));
            byte[] r = new byte[bb.remaining()];
            bb.get(r);
            return r;
        } catch (CharacterCodingException x) {
            return null; // canEncode said yes
        }
    }
}
