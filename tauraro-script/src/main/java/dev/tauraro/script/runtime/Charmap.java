package dev.tauraro.script.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPython's single-byte codecs (cp437, cp1251, iso8859-15, koi8-r, mac-roman, ...), which its
 * messages call 'charmap' codecs: each byte decodes to one character or is undefined, and a
 * character encodes to the last byte that decodes to it.
 *
 * <p>The tables are the JDK's charsets of the same names, read once per codec on first use, with
 * the bytes where CPython's table differs from the JDK's set to CPython's (found by decoding every
 * byte under both at development time: the EBCDIC pages' 0x15 is NEL there and LF in the JDK, some
 * Mac pages have the euro sign where the JDK has the old currency sign, ...). The names a codec
 * answers to are CPython's among the JDK's aliases of the charset, normalized as CPython normalizes
 * an encoding name. CPython codecs the JDK lacks (cp720, cp1125, iso8859-10, iso8859-14, koi8-t,
 * kz1048, ptcp154, hp-roman8, mac-farsi, palmos) are unknown encodings here.
 */
final class Charmap {
    /** Undefined in {@link #decode}. */
    static final char UNDEFINED = 0xFFFF;
    private static final ConcurrentHashMap<String, Charmap> TABLES = new ConcurrentHashMap<>();

    /** Byte to character, {@link #UNDEFINED} where the byte maps to nothing. */
    final char[] decode = new char[256];
    /** Character (below U+10000) to byte, -1 where it has none. */
    private final short[] encode = new short[0x10000];

    private Charmap() {
    }

    /** The codec id (CPython's name for it) of a normalized encoding name, or null. */
    static String id(String normalized) {
        return switch (normalized) {
            case "037", "cp037", "csibm037", "ebcdic_cp_ca", "ebcdic_cp_nl", "ebcdic_cp_us", "ebcdic_cp_wt", "ibm037" -> "cp037";
            case "273", "cp273", "ibm273" -> "cp273";
            case "424", "cp424", "csibm424", "ebcdic_cp_he", "ibm424" -> "cp424";
            case "437", "cp437", "cspc8codepage437", "ibm437" -> "cp437";
            case "500", "cp500", "csibm500", "ebcdic_cp_ch", "ibm500" -> "cp500";
            case "cp737" -> "cp737";
            case "775", "cp775", "ibm775" -> "cp775";
            case "850", "cp850", "cspc850multilingual", "ibm850" -> "cp850";
            case "852", "cp852", "cspcp852", "ibm852" -> "cp852";
            case "855", "cp855", "ibm855" -> "cp855";
            case "cp856" -> "cp856";
            case "857", "cp857", "csibm857", "ibm857" -> "cp857";
            case "858", "cp858", "ibm858" -> "cp858";
            case "860", "cp860", "csibm860", "ibm860" -> "cp860";
            case "861", "cp861", "cp_is", "csibm861", "ibm861" -> "cp861";
            case "862", "cp862", "cspc862latinhebrew", "ibm862" -> "cp862";
            case "863", "cp863", "csibm863", "ibm863" -> "cp863";
            case "864", "cp864", "csibm864", "ibm864" -> "cp864";
            case "865", "cp865", "csibm865", "ibm865" -> "cp865";
            case "866", "cp866", "csibm866", "ibm866" -> "cp866";
            case "869", "cp869", "cp_gr", "csibm869", "ibm869" -> "cp869";
            case "cp874" -> "cp874";
            case "cp875" -> "cp875";
            case "cp1006" -> "cp1006";
            case "1026", "cp1026", "ibm1026" -> "cp1026";
            case "1140", "cp1140", "ibm1140" -> "cp1140";
            case "cp1250", "windows_1250" -> "cp1250";
            case "cp1251", "windows_1251" -> "cp1251";
            case "cp1252", "windows_1252" -> "cp1252";
            case "cp1253", "windows_1253" -> "cp1253";
            case "cp1254", "windows_1254" -> "cp1254";
            case "cp1255", "windows_1255" -> "cp1255";
            case "cp1256", "windows_1256" -> "cp1256";
            case "cp1257", "windows_1257" -> "cp1257";
            case "cp1258", "windows_1258" -> "cp1258";
            case "csisolatin2", "iso8859_2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2" -> "iso8859-2";
            case "csisolatin3", "iso8859_3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3" -> "iso8859-3";
            case "csisolatin4", "iso8859_4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4" -> "iso8859-4";
            case "csisolatincyrillic", "cyrillic", "iso8859_5", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144" -> "iso8859-5";
            case "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso8859_6", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127" -> "iso8859-6";
            case "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso8859_7", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126" -> "iso8859-7";
            case "csisolatinhebrew", "hebrew", "iso8859_8", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138" -> "iso8859-8";
            case "csisolatin5", "iso8859_9", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5" -> "iso8859-9";
            case "iso8859_11", "iso_8859_11", "thai" -> "iso8859-11";
            case "iso8859_13", "iso_8859_13" -> "iso8859-13";
            case "iso8859_15", "iso_8859_15", "l9", "latin9" -> "iso8859-15";
            case "iso8859_16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10" -> "iso8859-16";
            case "cskoi8r", "koi8_r" -> "koi8-r";
            case "koi8_u" -> "koi8-u";
            case "mac_cyrillic", "maccyrillic" -> "mac-cyrillic";
            case "mac_greek", "macgreek" -> "mac-greek";
            case "mac_iceland", "maciceland" -> "mac-iceland";
            case "mac_latin2", "maccentraleurope", "maclatin2" -> "mac-latin2";
            case "mac_roman", "macroman", "macintosh" -> "mac-roman";
            case "mac_turkish", "macturkish" -> "mac-turkish";
            case "tis620", "tis_620" -> "tis-620";
            case "mac_arabic" -> "mac-arabic";
            case "mac_croatian" -> "mac-croatian";
            case "mac_romanian" -> "mac-romanian";
            default -> null;
        };
    }

    /** The table of codec {@code id} (from {@link #id}). */
    static Charmap of(String id) {
        return TABLES.computeIfAbsent(id, Charmap::load);
    }

    /** The byte of code point {@code cp}, or -1 if the codec cannot encode it. */
    int encode(int cp) {
        return cp < 0x10000 ? encode[cp] : -1;
    }

    private static Charmap load(String id) {
        return switch (id) {
            case "cp037" -> table("IBM037", 0x15, 0x0085);
            case "cp273" -> table("IBM273", 0x15, 0x0085, 0xBC, 0x203E);
            case "cp424" -> table("IBM424", 0x15, 0x0085, 0xB3, 0x00B7, 0xBC, 0x00AF);
            case "cp437" -> table("IBM437");
            case "cp500" -> table("IBM500", 0x15, 0x0085);
            case "cp737" -> table("x-IBM737");
            case "cp775" -> table("IBM775");
            case "cp850" -> table("IBM850");
            case "cp852" -> table("IBM852");
            case "cp855" -> table("IBM855");
            case "cp856" -> table("x-IBM856", 0xEE, 0x00AF, 0xFA, 0x00B7);
            case "cp857" -> table("IBM857");
            case "cp858" -> table("IBM00858");
            case "cp860" -> table("IBM860");
            case "cp861" -> table("IBM861");
            case "cp862" -> table("IBM862");
            case "cp863" -> table("IBM863");
            case "cp864" -> table("IBM864");
            case "cp865" -> table("IBM865");
            case "cp866" -> table("IBM866");
            case "cp869" -> table("IBM869");
            case "cp874" -> table("x-IBM874", 0x85, 0x2026, 0x91, 0x2018, 0x92, 0x2019, 0x93, 0x201C, 0x94, 0x201D, 0x95, 0x2022, 0x96, 0x2013, 0x97, 0x2014, 0xA0, 0x00A0, 0xDB, -1, 0xDC, -1, 0xDD, -1, 0xDE, -1, 0xFC, -1, 0xFD, -1, 0xFE, -1, 0xFF, -1);
            case "cp875" -> table("x-IBM875", 0x15, 0x0085, 0xDC, 0x001A, 0xE1, 0x001A, 0xEC, 0x001A, 0xED, 0x001A, 0xFC, 0x001A, 0xFD, 0x001A);
            case "cp1006" -> table("x-IBM1006", 0xB2, 0xFE8E, 0xC7, 0xFB84, 0xD5, 0xFEC1, 0xD6, 0xFEC5, 0xE3, 0xFED9, 0xF9, 0xFEF1, 0xFA, 0xFEF2, 0xFB, 0xFEF3);
            case "cp1026" -> table("IBM1026", 0x15, 0x0085);
            case "cp1140" -> table("IBM01140", 0x15, 0x0085);
            case "cp1250" -> table("windows-1250");
            case "cp1251" -> table("windows-1251");
            case "cp1252" -> table("windows-1252");
            case "cp1253" -> table("windows-1253");
            case "cp1254" -> table("windows-1254");
            case "cp1255" -> table("windows-1255");
            case "cp1256" -> table("windows-1256");
            case "cp1257" -> table("windows-1257");
            case "cp1258" -> table("windows-1258");
            case "iso8859-2" -> table("ISO-8859-2");
            case "iso8859-3" -> table("ISO-8859-3");
            case "iso8859-4" -> table("ISO-8859-4");
            case "iso8859-5" -> table("ISO-8859-5");
            case "iso8859-6" -> table("ISO-8859-6");
            case "iso8859-7" -> table("ISO-8859-7");
            case "iso8859-8" -> table("ISO-8859-8");
            case "iso8859-9" -> table("ISO-8859-9");
            case "iso8859-11" -> table("x-iso-8859-11");
            case "iso8859-13" -> table("ISO-8859-13");
            case "iso8859-15" -> table("ISO-8859-15");
            case "iso8859-16" -> table("ISO-8859-16");
            case "koi8-r" -> table("KOI8-R");
            case "koi8-u" -> table("KOI8-U");
            case "mac-cyrillic" -> table("x-MacCyrillic", 0xA2, 0x0490, 0xB6, 0x0491, 0xFF, 0x20AC);
            case "mac-greek" -> table("x-MacGreek", 0x9C, 0x20AC, 0xAF, 0x00B7, 0xFF, 0x00AD);
            case "mac-iceland" -> table("x-MacIceland", 0xBD, 0x03A9, 0xDB, 0x20AC);
            case "mac-latin2" -> table("x-MacCentralEurope");
            case "mac-roman" -> table("x-MacRoman");
            case "mac-turkish" -> table("x-MacTurkish", 0xBD, 0x03A9, 0xF5, 0xF8A0);
            case "tis-620" -> tis620();
            case "mac-arabic" -> table("x-MacArabic", 0xA0, 0x0020, 0xA1, 0x0021, 0xA2, 0x0022, 0xA3, 0x0023, 0xA4, 0x0024, 0xA6, 0x0026, 0xA7, 0x0027, 0xA8, 0x0028, 0xA9, 0x0029, 0xAA, 0x002A, 0xAB, 0x002B, 0xAD, 0x002D, 0xAE, 0x002E, 0xAF, 0x002F, 0xBA, 0x003A, 0xBC, 0x003C, 0xBD, 0x003D, 0xBE, 0x003E, 0xC0, 0x274A, 0xDB, 0x005B, 0xDC, 0x005C, 0xDD, 0x005D, 0xDE, 0x005E, 0xDF, 0x005F, 0xFB, 0x007B, 0xFC, 0x007C, 0xFD, 0x007D);
            case "mac-croatian" -> table("x-MacCroatian", 0xBD, 0x03A9, 0xDB, 0x20AC);
            case "mac-romanian" -> table("x-MacRomania", 0xAF, 0x0218, 0xBD, 0x03A9, 0xBF, 0x0219, 0xDB, 0x20AC, 0xDE, 0x021A, 0xDF, 0x021B);
            default -> throw new IllegalArgumentException(id);
        };
    }

    /** TIS-620 as CPython has it: the C1 controls defined, 0xA0 not (the JDK has it the other way round). */
    private static Charmap tis620() {
        int[] fix = new int[66];
        for (int b = 0x80; b < 0xA0; b++) {
            fix[2 * (b - 0x80)] = b;
            fix[2 * (b - 0x80) + 1] = b;
        }
        fix[64] = 0xA0;
        fix[65] = -1;
        return table("TIS-620", fix);
    }

    /** The JDK charset's table with CPython's differences: pairs of byte and character (-1: undefined). */
    private static Charmap table(String charset, int... differences) {
        Charmap t = new Charmap();
        CharsetDecoder d = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] one = new byte[1];
        for (int b = 0; b < 256; b++) {
            one[0] = (byte) b;
            char c = UNDEFINED;
            try {
                CharBuffer cb = d.reset().decode(ByteBuffer.wrap(one));
                if (cb.length() == 1) {
                    c = cb.get(0);
                }
            } catch (CharacterCodingException e) {
                // undefined in the JDK's table
            }
            t.decode[b] = c;
        }
        for (int i = 0; i < differences.length; i += 2) {
            t.decode[differences[i]] = differences[i + 1] < 0 ? UNDEFINED : (char) differences[i + 1];
        }
        java.util.Arrays.fill(t.encode, (short) -1);
        for (int b = 0; b < 256; b++) {
            if (t.decode[b] != UNDEFINED) {
                t.encode[t.decode[b]] = (short) b; // the last byte wins, as in CPython's encoding maps
            }
        }
        return t;
    }
}
