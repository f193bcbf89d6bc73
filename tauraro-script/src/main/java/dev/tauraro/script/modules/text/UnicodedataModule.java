package dev.tauraro.script.modules.text;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import java.text.Normalizer;
import java.util.Locale;

/**
 * {@code unicodedata} from the JDK's character database: {@code name}, {@code lookup},
 * {@code category}, {@code bidirectional}, {@code mirrored}, {@code decimal}, {@code digit},
 * {@code normalize} and {@code is_normalized} ({@link Normalizer}).
 *
 * <p>Differences from CPython: the Unicode version is the JDK's ({@code unidata_version} says
 * which), so characters assigned after Unicode 14 have names and categories here; {@code lookup}
 * knows no aliases or named sequences; {@code numeric}, {@code combining},
 * {@code east_asian_width} and {@code decomposition} are absent.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {
    }

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_COUNT = 19 * 21 * 28;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("unicodedata", interp);
        m.set("unidata_version", unicodeVersion());
        m.set("name", new BuiltinFunction("name", (a, k) -> {
            String n = name(codePoint("name() argument 1", a));
            if (n != null) {
                return n;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw Exceptions.valueError("no such name");
        }));
        m.set("lookup", new BuiltinFunction("lookup", (a, k) -> {
            if (!(a[0] instanceof String s)) {
                throw Exceptions.typeError("lookup() argument must be str, not " + Ops.typeName(a[0]));
            }
            int cp = lookup(s);
            if (cp < 0) {
                throw Exceptions.keyError("undefined character name '" + s + "'");
            }
            return new String(Character.toChars(cp));
        }));
        m.set("category", new BuiltinFunction("category", (a, k) ->
                category(Character.getType(codePoint("category() argument", a)))));
        m.set("bidirectional", new BuiltinFunction("bidirectional", (a, k) ->
                bidirectional(Character.getDirectionality(codePoint("bidirectional() argument", a)))));
        m.set("mirrored", new BuiltinFunction("mirrored", (a, k) ->
                Character.isMirrored(codePoint("mirrored() argument", a)) ? 1L : 0L));
        m.set("decimal", new BuiltinFunction("decimal", (a, k) -> {
            int cp = codePoint("decimal() argument 1", a);
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                return (long) Character.getNumericValue(cp);
            }
            if (a.length > 1) {
                return a[1];
            }
            throw Exceptions.valueError("not a decimal");
        }));
        m.set("digit", new BuiltinFunction("digit", (a, k) -> {
            int cp = codePoint("digit() argument 1", a);
            int type = Character.getType(cp);
            int v = Character.getNumericValue(cp);
            if ((type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER) && v >= 0 && v <= 9) {
                return (long) v;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw Exceptions.valueError("not a digit");
        }));
        m.set("normalize", new BuiltinFunction("normalize", (a, k) ->
                Normalizer.normalize(text("normalize", a), form(a[0]))));
        m.set("is_normalized", new BuiltinFunction("is_normalized", (a, k) ->
                Normalizer.isNormalized(text("is_normalized", a), form(a[0]))));
        return m;
    }

    private static String unicodeVersion() {
        int jdk = Runtime.version().feature();
        return jdk >= 24 ? "16.0.0" : jdk >= 22 ? "15.1.0" : jdk >= 20 ? "15.0.0" : jdk >= 19 ? "14.0.0" : "13.0.0";
    }

    /** The one code point of a one-character string argument. */
    private static int codePoint(String what, Object[] a) {
        if (a.length == 0) {
            throw Exceptions.typeError(what.substring(0, what.indexOf('(')) + "() takes at least 1 argument (0 given)");
        }
        if (a[0] instanceof String s && !s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        throw Exceptions.typeError(what + " must be a unicode character, not " + Ops.typeName(a[0]));
    }

    private static String text(String fn, Object[] a) {
        if (a.length != 2) {
            throw Exceptions.typeError(fn + "() expected 2 arguments, got " + a.length);
        }
        if (!(a[0] instanceof String)) {
            throw Exceptions.typeError(fn + "() argument 1 must be str, not " + Ops.typeName(a[0]));
        }
        if (!(a[1] instanceof String s)) {
            throw Exceptions.typeError(fn + "() argument 2 must be str, not " + Ops.typeName(a[1]));
        }
        return s;
    }

    private static Normalizer.Form form(Object f) {
        return switch ((String) f) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Exceptions.valueError("invalid normalization form");
        };
    }

    /** The character's Unicode name, or null: the JDK's, with CPython's names for ideographs and Hangul. */
    static String name(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED) {
            return null;
        }
        if (cp >= HANGUL_FIRST && cp < HANGUL_FIRST + HANGUL_COUNT) {
            int s = cp - HANGUL_FIRST;
            return "HANGUL SYLLABLE " + JAMO_L[s / (21 * 28)] + JAMO_V[s % (21 * 28) / 28] + JAMO_T[s % 28];
        }
        String n = Character.getName(cp);
        if (n == null) {
            return null;
        }
        String hex = String.format("%04X", cp);
        if (!n.endsWith(" " + hex)) {
            return n;
        }
        // the JDK names what has no name of its own "BLOCK NAME HEX"; Unicode names some of those
        String block = String.valueOf(Character.UnicodeBlock.of(cp));
        if (block.startsWith("CJK_UNIFIED_IDEOGRAPHS")) {
            return "CJK UNIFIED IDEOGRAPH-" + hex;
        }
        if (block.startsWith("CJK_COMPATIBILITY_IDEOGRAPHS")) {
            return "CJK COMPATIBILITY IDEOGRAPH-" + hex;
        }
        if (block.startsWith("TANGUT")) {
            return "TANGUT IDEOGRAPH-" + hex;
        }
        if (block.startsWith("KHITAN_SMALL_SCRIPT")) {
            return "KHITAN SMALL SCRIPT CHARACTER-" + hex;
        }
        if (block.startsWith("NUSHU")) {
            return "NUSHU CHARACTER-" + hex;
        }
        return null;
    }

    /** The code point named {@code given} (any case), or -1. */
    static int lookup(String given) {
        String name = given.strip().toUpperCase(Locale.ROOT);
        int dash = name.lastIndexOf('-');
        if (dash > 0 && (name.startsWith("CJK ") || name.startsWith("TANGUT ") || name.startsWith("KHITAN ")
                || name.startsWith("NUSHU "))) {
            try {
                int cp = Integer.parseInt(name.substring(dash + 1), 16);
                return name.equals(name(cp)) ? cp : -1;
            } catch (IllegalArgumentException e) {   // not hex, or not a code point
                return -1;
            }
        }
        if (name.startsWith("HANGUL SYLLABLE ")) {
            for (int cp = HANGUL_FIRST; cp < HANGUL_FIRST + HANGUL_COUNT; cp++) {
                if (name.equals(name(cp))) {
                    return cp;
                }
            }
            return -1;
        }
        try {
            int cp = Character.codePointOf(name);
            return name.equals(name(cp)) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    static String category(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER -> "Lu";
            case Character.LOWERCASE_LETTER -> "Ll";
            case Character.TITLECASE_LETTER -> "Lt";
            case Character.MODIFIER_LETTER -> "Lm";
            case Character.OTHER_LETTER -> "Lo";
            case Character.NON_SPACING_MARK -> "Mn";
            case Character.ENCLOSING_MARK -> "Me";
            case Character.COMBINING_SPACING_MARK -> "Mc";
            case Character.DECIMAL_DIGIT_NUMBER -> "Nd";
            case Character.LETTER_NUMBER -> "Nl";
            case Character.OTHER_NUMBER -> "No";
            case Character.SPACE_SEPARATOR -> "Zs";
            case Character.LINE_SEPARATOR -> "Zl";
            case Character.PARAGRAPH_SEPARATOR -> "Zp";
            case Character.CONTROL -> "Cc";
            case Character.FORMAT -> "Cf";
            case Character.PRIVATE_USE -> "Co";
            case Character.SURROGATE -> "Cs";
            case Character.DASH_PUNCTUATION -> "Pd";
            case Character.START_PUNCTUATION -> "Ps";
            case Character.END_PUNCTUATION -> "Pe";
            case Character.CONNECTOR_PUNCTUATION -> "Pc";
            case Character.OTHER_PUNCTUATION -> "Po";
            case Character.INITIAL_QUOTE_PUNCTUATION -> "Pi";
            case Character.FINAL_QUOTE_PUNCTUATION -> "Pf";
            case Character.MATH_SYMBOL -> "Sm";
            case Character.CURRENCY_SYMBOL -> "Sc";
            case Character.MODIFIER_SYMBOL -> "Sk";
            case Character.OTHER_SYMBOL -> "So";
            default -> "Cn";
        };
    }

    static String bidirectional(byte d) {
        return switch (d) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> "L";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> "R";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> "AL";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER -> "EN";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR -> "ES";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> "ET";
            case Character.DIRECTIONALITY_ARABIC_NUMBER -> "AN";
            case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> "CS";
            case Character.DIRECTIONALITY_NONSPACING_MARK -> "NSM";
            case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> "BN";
            case Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> "B";
            case Character.DIRECTIONALITY_SEGMENT_SEPARATOR -> "S";
            case Character.DIRECTIONALITY_WHITESPACE -> "WS";
            case Character.DIRECTIONALITY_OTHER_NEUTRALS -> "ON";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING -> "LRE";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> "LRO";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING -> "RLE";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE -> "RLO";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT -> "PDF";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> "LRI";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> "RLI";
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> "FSI";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> "PDI";
            default -> "";
        };
    }
}
