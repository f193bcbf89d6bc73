package dev.tauraro.script.runtime;

import java.util.Arrays;

/**
 * The character properties behind {@code str.isdigit()}, {@code isnumeric()}, {@code isalnum()},
 * {@code isprintable()}, {@code isupper()}/{@code islower()}/{@code istitle()} and
 * {@code isidentifier()}, per code point, as CPython's unicodectype.c defines them. The JDK's
 * Unicode data gives the general categories and the Uppercase/Lowercase properties; it has no
 * Numeric_Type, so the characters that are digits without being decimal (superscripts, circled
 * digits) and the ideographs with a numeric value are listed here, from the Unicode Character
 * Database 14.0 that CPython 3.11 uses.
 */
final class CharClasses {
    private CharClasses() {
    }

    /** Numeric_Type=Digit: first and last code point of each run. */
    private static final int[] DIGIT = {
        0xB2, 0xB3, 0xB9, 0xB9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079,
        0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD,
        0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68,
        0x11052, 0x1105A, 0x1F100, 0x1F10A};

    /** Letters (ideographs) with Numeric_Type=Numeric, such as 一, 二, 百, 万: sorted. */
    private static final int[] NUMERIC_LETTERS = {
        0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96,
        0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341,
        0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A,
        0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
        0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973,
        0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983,
        0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890};

    /**
     * ID_Start characters that are not XID_Start (their NFKC forms do not start identifiers),
     * which Python's identifiers follow and the JDK's isUnicodeIdentifierStart does not: sorted.
     */
    private static final int[] NOT_XID_START = {
        0x37A, 0xE33, 0xEB3, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63,
        0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F};
    /** The same for ID_Continue and XID_Continue: sorted. */
    private static final int[] NOT_XID_CONTINUE = {
        0x37A, 0x2E2F, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB,
        0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E};

    /** What may start a Python identifier: '_' or XID_Start. */
    static boolean isIdentifierStart(int cp) {
        if (cp < 0x80) {
            return cp == '_' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierStart(cp) && Arrays.binarySearch(NOT_XID_START, cp) < 0;
    }

    /** What may follow in a Python identifier: XID_Continue ('_' and the digits included). */
    static boolean isIdentifierPart(int cp) {
        if (cp < 0x80) {
            return cp == '_' || cp >= '0' && cp <= '9' || (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && Arrays.binarySearch(NOT_XID_CONTINUE, cp) < 0;
    }

    static boolean isDecimal(int cp) {
        return cp >= '0' && cp <= '9' || cp >= 0x80 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /**
     * The text with every Unicode decimal digit as its ASCII digit, as CPython reads the text of
     * {@code float()} and {@code complex()} ({@code float('١٢.٥')} is 12.5).
     */
    static String asciiDecimals(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0x80 && isDecimal(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (cp < 0xB2) {
            return false;
        }
        for (int i = 0; i < DIGIT.length && DIGIT[i] <= cp; i += 2) {
            if (cp <= DIGIT[i + 1]) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumeric(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || t == Character.OTHER_LETTER && Arrays.binarySearch(NUMERIC_LETTERS, cp) >= 0;
    }

    static boolean isAlpha(int cp) {
        return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp);
    }

    /** CPython's isalnum: alphabetic, decimal, digit or numeric. */
    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp) || isDigit(cp);
    }

    /** Printable: not a control, format, surrogate, private-use or unassigned character, nor a separator other than space. */
    static boolean isPrintable(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp < 0x7F;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /**
     * {@code isupper()} ({@code upper} true) or {@code islower()}: some cased character, and none
     * of the other case nor titlecase. Cased means Uppercase, Lowercase (both with their "Other_"
     * characters, as the JDK's isUpperCase/isLowerCase) or titlecase: CJK letters are not cased.
     */
    static boolean allCased(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isTitleCase(cp) || (upper ? Character.isLowerCase(cp) : Character.isUpperCase(cp))) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return cased;
    }

    /** {@code istitle()}: uppercase and titlecase characters only after uncased ones, lowercase only after cased ones. */
    static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
