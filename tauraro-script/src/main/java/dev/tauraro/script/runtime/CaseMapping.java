package dev.tauraro.script.runtime;

import java.util.Locale;

/**
 * {@code str.upper()}, {@code lower()}, {@code casefold()}, {@code title()}, {@code capitalize()}
 * and {@code swapcase()} as CPython's unicodeobject.c maps case: full mappings (ß upper-cases to
 * SS, ﬁ title-cases to Fi), capital sigma lower-cased to ς at the end of a word, and the same in
 * any default locale (Java's no-argument toUpperCase would give 'İ' for 'i' in Turkish).
 * The JDK gives the full upper and lower mappings; titlecase beyond the simple mapping and case
 * folding's departures from lower(upper(c)) are listed here from Unicode's SpecialCasing and
 * CaseFolding (the same in Unicode 13 to 16).
 */
final class CaseMapping {
    private CaseMapping() {
    }

    private static final int CAPITAL_SIGMA = 0x3A3;

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Java's Final_Sigma rule is Unicode's, as CPython's handle_capital_sigma. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            out.append(folded(cp));
        }
        return out.toString();
    }

    /** Full case folding of one character. */
    private static String folded(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        }
        switch (cp) {
            case 0x131: // dotless i folds to itself (its folding to i is the Turkic one)
                return "\u0131";
            case 0x1E9E: // capital sharp s, whose lower case is ß
                return "ss";
            default:
                break;
        }
        if (cp >= 0x13A0 && cp <= 0x13F5 || cp >= 0x13F8 && cp <= 0x13FD || cp >= 0xAB70 && cp <= 0xABBF) {
            return Character.toString(Character.toUpperCase(cp)); // Cherokee folds to its capitals
        }
        return Character.toString(cp).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (previousCased) {
                lowerAt(out, s, i, cp);
            } else {
                titled(out, cp);
            }
            previousCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder out = new StringBuilder(s.length());
        titled(out, first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            lowerAt(out, s, i, cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Uppercase characters lower-cased, lowercase ones upper-cased; titlecase (ǅ) and uncased ones kept. */
    static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                out.append((char) ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? cp ^ 0x20 : cp));
            } else if (Character.isUpperCase(cp)) {
                lowerAt(out, s, i, cp);
            } else if (Character.isLowerCase(cp)) {
                upperInto(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Appends the full titlecase mapping of one character. */
    private static void titled(StringBuilder out, int cp) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        if (Character.isTitleCase(cp)) {
            out.appendCodePoint(cp); // ǅ, ᾈ: already titlecase (ᾈ's upper case is two characters)
            return;
        }
        String upper = Character.toString(cp).toUpperCase(Locale.ROOT);
        if (upper.codePointCount(0, upper.length()) == 1) {
            out.appendCodePoint(Character.toTitleCase(cp));
            return;
        }
        String special = specialTitle(cp);
        int simple = Character.toTitleCase(cp);
        out.append(special != null ? special : simple != cp ? Character.toString(simple) : upper);
    }

    /** Appends the full uppercase mapping of one character (ß is SS). */
    private static void upperInto(StringBuilder out, int cp) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else {
            out.append(Character.toString(cp).toUpperCase(Locale.ROOT));
        }
    }

    /** SpecialCasing's titlecase mappings that differ from the full uppercase ones. */
    private static String specialTitle(int cp) {
        return switch (cp) {
            case 0xDF -> "Ss";
            case 0x587 -> "\u0535\u0582";
            case 0x1FB2 -> "\u1FBA\u0345";
            case 0x1FB4 -> "\u0386\u0345";
            case 0x1FB7 -> "\u0391\u0342\u0345";
            case 0x1FC2 -> "\u1FCA\u0345";
            case 0x1FC4 -> "\u0389\u0345";
            case 0x1FC7 -> "\u0397\u0342\u0345";
            case 0x1FF2 -> "\u1FFA\u0345";
            case 0x1FF4 -> "\u038F\u0345";
            case 0x1FF7 -> "\u03A9\u0342\u0345";
            case 0xFB00 -> "Ff";
            case 0xFB01 -> "Fi";
            case 0xFB02 -> "Fl";
            case 0xFB03 -> "Ffi";
            case 0xFB04 -> "Ffl";
            case 0xFB05, 0xFB06 -> "St";
            case 0xFB13 -> "\u0544\u0576";
            case 0xFB14 -> "\u0544\u0565";
            case 0xFB15 -> "\u0544\u056B";
            case 0xFB16 -> "\u054E\u0576";
            case 0xFB17 -> "\u0544\u056D";
            default -> null;
        };
    }

    /**
     * Appends the lower case of the character at {@code i}: capital sigma by its place in the word,
     * İ as i and a combining dot; every other lower-case mapping is one character.
     */
    private static void lowerAt(StringBuilder out, String s, int i, int cp) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == CAPITAL_SIGMA) {
            out.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else if (cp == 0x130) {
            out.append("i\u0307");
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Unicode's Final_Sigma: a cased letter before (past case-ignorable ones), none after. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int before = -1;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                before = c;
                break;
            }
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            int c = s.codePointAt(j);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    /** Cased: Uppercase, Lowercase or titlecase. */
    private static boolean isCased(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** Case_Ignorable: marks, format characters, modifiers, and the word-joining punctuation. */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        return switch (cp) {
            case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55,
                    0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }
}
