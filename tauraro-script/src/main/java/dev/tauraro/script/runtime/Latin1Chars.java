package dev.tauraro.script.runtime;

/**
 * The strings of one character up to U+00FF, made once: indexing a str and iterating over one
 * produce such strings for almost every character of ordinary text, and CPython returns its cached
 * objects for them rather than a new string each time.
 */
public final class Latin1Chars {
    private static final String[] STRINGS = new String[256];

    static {
        for (int c = 0; c < STRINGS.length; c++) {
            STRINGS[c] = String.valueOf((char) c);
        }
    }

    private Latin1Chars() {
    }

    /** {@code String.valueOf(c)}, shared for {@code c} up to U+00FF. */
    public static String of(char c) {
        return c < 256 ? STRINGS[c] : String.valueOf(c);
    }
}
