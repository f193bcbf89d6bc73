package dev.tauraro.script.runtime;

import java.lang.ref.WeakReference;

/**
 * Python indexes a str by code point; a Java String by UTF-16 unit. The two agree unless the
 * string holds characters beyond the Basic Multilingual Plane (emoji, for one), each of which
 * is a surrogate pair of two units. Every str operation that takes or returns an index asks
 * {@link #bmpOnly} first and keeps Java's O(1) indexing when it holds; otherwise it converts
 * with {@link #offset} and {@link #index}, which scan (CPython's own indexing stays O(1) there).
 */
public final class CodePoints {
    private CodePoints() {
    }

    /**
     * A string counted, with its count (final fields: safe to share between threads without
     * locks). Weakly held, so the cache never keeps a large string alive.
     */
    private record Count(WeakReference<String> s, int count) {
    }

    /** Counts of recently asked longer strings, by identity hash: a direct-mapped cache. */
    private static final Count[] COUNTS = new Count[256];

    /**
     * The number of code points of {@code s}: Python's {@code len}. Counting is a scan, and loops
     * such as {@code while i < len(s)} or {@code s[i]} in a loop ask about the same long string
     * again and again, so the counts of recent strings longer than a few units are remembered (by
     * identity: strings are immutable) and such loops stay linear, as in CPython.
     */
    public static int length(String s) {
        int units = s.length();
        if (units < 32) {
            return s.codePointCount(0, units);
        }
        int slot = System.identityHashCode(s) & (COUNTS.length - 1);
        Count c = COUNTS[slot];
        if (c != null && c.s().get() == s) {
            return c.count();
        }
        int n = s.codePointCount(0, units);
        COUNTS[slot] = new Count(new WeakReference<>(s), n);
        return n;
    }

    /**
     * Python's order of str: by code point. Java's {@code compareTo} orders UTF-16 units, which
     * differs where a surrogate (U+D800..DFFF, half of a character beyond U+FFFF) meets a unit
     * from U+E000 up: the unit is the smaller code point. Shifting both units at the first
     * difference (surrogates up, U+E000.. down) makes unit order code point order.
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return order(x) - order(y);
            }
        }
        return a.length() - b.length();
    }

    private static int order(char c) {
        return c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;
    }

    /** Whether every code point of {@code s} is one UTF-16 unit, so Python's and Java's indices agree. */
    public static boolean bmpOnly(String s) {
        return length(s) == s.length();
    }

    /** The UTF-16 offset of code point index {@code i} (0 to {@code length(s)}, already in range). */
    static int offset(String s, int i) {
        return s.offsetByCodePoints(0, i);
    }

    /** The code point index of UTF-16 offset {@code offset}. */
    static int index(String s, int offset) {
        return s.codePointCount(0, offset);
    }

    /** The code points of {@code s} as an array, for operations that step through it by index. */
    static int[] array(String s) {
        return s.codePoints().toArray();
    }
}
