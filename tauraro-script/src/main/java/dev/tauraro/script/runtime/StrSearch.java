package dev.tauraro.script.runtime;

/**
 * Substring search in O(len(s) + len(sub)) whatever the input, as CPython's {@code find}/{@code in}.
 *
 * <p>{@link String#indexOf(String)} is the naive search: HotSpot turns it into vector instructions,
 * so it is the fastest choice on ordinary text, but on inputs such as {@code "a" * n} searched for
 * {@code "a" * k + "b"} it costs O(n·k). So the search starts naive (candidates found with the
 * intrinsic {@code indexOf(char)}, verified with {@code regionMatches}) and counts the characters it
 * verifies; once that work exceeds a few times the text's length it continues with Knuth–Morris–Pratt,
 * which never looks at a text character more than twice. CPython adapts in the same way (its
 * "fastsearch" switches to the two-way algorithm).
 */
final class StrSearch {
    private StrSearch() {
    }

    /** Needles up to this length go to {@link String#indexOf(String, int)}: its worst case is O(n·16). */
    private static final int SHORT = 16;

    /** The first index of {@code sub} wholly inside {@code s[from:to]}, or -1. */
    static int indexOf(String s, String sub, int from, int to) {
        int m = sub.length();
        if (to - from < m) {
            return -1;
        }
        if (m == 0) {
            return from;
        }
        if (m <= SHORT && s.length() - to <= to - from) {
            int i = s.indexOf(sub, from);
            return i >= 0 && i + m <= to ? i : -1;
        }
        char first = sub.charAt(0);
        long budget = 4L * (to - from) + 4L * m;
        long work = 0;
        for (int i = from; i <= to - m; i++) {
            i = indexOf(s, first, i, to - m + 1);
            if (i < 0) {
                return -1;
            }
            if (s.regionMatches(i, sub, 0, m)) {
                return i;
            }
            work += m;
            if (work > budget) {
                return kmp(s, sub, i + 1, to);
            }
        }
        return -1;
    }

    /** The last index of {@code sub} wholly inside {@code s[from:to]}, or -1. */
    static int lastIndexOf(String s, String sub, int from, int to) {
        int m = sub.length();
        if (to - from < m) {
            return -1;
        }
        if (m == 0) {
            return to;
        }
        if (m <= SHORT && from <= to - from) {
            int i = s.lastIndexOf(sub, to - m);
            return i >= from ? i : -1;
        }
        char first = sub.charAt(0);
        long budget = 4L * (to - from) + 4L * m;
        long work = 0;
        for (int i = to - m; i >= from; i--) {
            i = lastIndexOf(s, first, from, i + 1);
            if (i < 0) {
                return -1;
            }
            if (s.regionMatches(i, sub, 0, m)) {
                return i;
            }
            work += m;
            if (work > budget) {
                // the same search on the reversed text, from the other end
                String rs = new StringBuilder(s.substring(from, i + m - 1)).reverse().toString();
                String rsub = new StringBuilder(sub).reverse().toString();
                int j = kmp(rs, rsub, 0, rs.length());
                return j < 0 ? -1 : from + rs.length() - j - m;
            }
        }
        return -1;
    }

    /*
     * A character's first or last index within s[from:to]. The JDK's searches (vectorised) run to
     * the end or the start of the whole string, so they are used only where that is at most as
     * long again as the range: a search of a short range along a long text (str.count('\n',
     * start, end) at each step of a parser) must not cost the whole text each time.
     */

    private static int indexOf(String s, char c, int from, int to) {
        if (s.length() - to <= to - from) {
            int i = s.indexOf(c, from);
            return i < to ? i : -1;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(String s, char c, int from, int to) {
        if (from <= to - from) {
            int i = s.lastIndexOf(c, to - 1);
            return i >= from ? i : -1;
        }
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Knuth–Morris–Pratt over {@code s[from:to]}. */
    private static int kmp(String s, String sub, int from, int to) {
        int m = sub.length();
        // fail[k]: length of the longest proper border of sub[0..k]
        int[] fail = new int[m];
        for (int k = 1, b = 0; k < m; k++) {
            while (b > 0 && sub.charAt(k) != sub.charAt(b)) {
                b = fail[b - 1];
            }
            if (sub.charAt(k) == sub.charAt(b)) {
                b++;
            }
            fail[k] = b;
        }
        int k = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            while (k > 0 && sub.charAt(k) != c) {
                k = fail[k - 1];
            }
            if (sub.charAt(k) == c) {
                k++;
                if (k == m) {
                    return i - m + 1;
                }
            }
        }
        return -1;
    }
}
