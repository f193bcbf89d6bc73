package dev.tauraro.script.runtime;

/**
 * Python's whitespace: the 29 characters {@code str.isspace()} accepts (bidirectional class WS, B
 * or S, or category Zs), which {@code str.split()} and {@code str.strip()} without arguments split
 * and strip on. Java's {@code Character.isWhitespace} leaves out U+0085 and the no-break spaces,
 * {@code String.strip()} too, so neither can stand in for it.
 */
public final class Whitespace {
    /** Bit c set for each whitespace character c below 64 (tab to carriage return, U+001C-U+001F, space). */
    private static final long LOW = 0x0000_0001_F000_3E00L;

    private Whitespace() {
    }

    /** {@code c.isspace()} for one character (no surrogate is whitespace). */
    public static boolean is(char c) {
        if (c < 64) {
            return (LOW >>> c & 1) != 0;
        }
        if (c < 0x85) {
            return false; // the common case, letters and punctuation, in two comparisons
        }
        return c == 0x85 || c == 0xA0 || c >= 0x1680 && wide(c);
    }

    private static boolean wide(char c) {
        return c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** {@code s.strip()}, {@code s.lstrip()} ({@code right} false) or {@code s.rstrip()} ({@code left} false). */
    public static String strip(String s, boolean left, boolean right) {
        return trim(s, left, right, false);
    }

    /**
     * The text of a number for {@code int()}, {@code float()} and {@code complex()} without the
     * whitespace around it, as CPython strips it: non-ASCII whitespace (a no-break space, U+0085)
     * goes, but of ASCII only space, tab, line feed, vertical tab, form feed and carriage return;
     * U+001C-U+001F stay and make the text malformed ({@code int('\x1c3')} is a ValueError).
     */
    public static String stripNumber(String s) {
        return trim(s, true, true, true);
    }

    private static String trim(String s, boolean left, boolean right, boolean number) {
        int b = 0;
        int e = s.length();
        while (left && b < e && (number ? numberBlank(s.charAt(b)) : is(s.charAt(b)))) {
            b++;
        }
        while (right && e > b && (number ? numberBlank(s.charAt(e - 1)) : is(s.charAt(e - 1)))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean numberBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x80 && is(c);
    }
}
