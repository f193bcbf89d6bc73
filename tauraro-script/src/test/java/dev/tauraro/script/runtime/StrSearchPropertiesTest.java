package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StrSearch} against the naive search as reference model: same answer on every text, window
 * and needle, including the repetitive ones (small alphabets, long needles) that make it leave the
 * naive scan for Knuth–Morris–Pratt.
 */
class StrSearchPropertiesTest {
    /** A string over {a, b} (mostly a) built from the seed: repetitive text is the hard case. */
    private static String text(List<Integer> seed, int repeat) {
        StringBuilder sb = new StringBuilder();
        for (int x : seed) {
            sb.append("a".repeat(x % repeat)).append(x % 7 == 0 ? 'b' : 'a');
        }
        return sb.toString();
    }

    private static int naiveIndex(String s, String sub, int from, int to) {
        for (int i = Math.max(from, 0); i + sub.length() <= to; i++) {
            if (s.startsWith(sub, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int naiveLastIndex(String s, String sub, int from, int to) {
        for (int i = to - sub.length(); i >= from; i--) {
            if (s.startsWith(sub, i)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void findsWhatTheNaiveSearchFinds() {
        qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(1, 60),
                lists().of(integers().between(0, 60)).ofSizeBetween(1, 6), integers().between(0, 100),
                integers().between(0, 100)).checkAssert((hay, needle, a, b) -> {
                    String s = text(hay, 40);
                    String sub = text(needle, 30);
                    int from = Math.min(a * s.length() / 100, s.length());
                    int to = Math.max(from, s.length() - b * s.length() / 300);
                    assertThat(StrSearch.indexOf(s, sub, from, to)).isEqualTo(naiveIndex(s, sub, from, to));
                    assertThat(StrSearch.lastIndexOf(s, sub, from, to)).isEqualTo(naiveLastIndex(s, sub, from, to));
                });
    }

    @Test
    void findsWhatTheNaiveSearchFindsInAnyWindow() {
        // windows anywhere in the text, short ones far from either end included: those are searched
        // without the JDK's whole-string scans (str.count('\\n', start, end) along a long text)
        qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(1, 60),
                lists().of(integers().between(0, 60)).ofSizeBetween(1, 4), integers().between(0, 100),
                integers().between(0, 100)).checkAssert((hay, needle, a, b) -> {
                    String s = text(hay, 40);
                    String sub = needle.size() == 1 ? needle.get(0) % 2 == 0 ? "a" : "b" : text(needle, 3);
                    int x = a * s.length() / 100;
                    int y = b * s.length() / 100;
                    int from = Math.min(x, y);
                    int to = Math.max(x, y);
                    assertThat(StrSearch.indexOf(s, sub, from, to)).isEqualTo(naiveIndex(s, sub, from, to));
                    assertThat(StrSearch.lastIndexOf(s, sub, from, to)).isEqualTo(naiveLastIndex(s, sub, from, to));
                });
    }

    @Test
    void aLongNeedleInARepetitiveTextIsFoundAtItsOnlyPlace() {
        String s = "a".repeat(200_000) + "a".repeat(500) + "b" + "a".repeat(1000);
        String sub = "a".repeat(500) + "b";
        assertThat(StrSearch.indexOf(s, sub, 0, s.length())).isEqualTo(200_000);
        assertThat(StrSearch.lastIndexOf(s, sub, 0, s.length())).isEqualTo(200_000);
        assertThat(StrSearch.indexOf(s, sub + "a", 0, s.length() - 1000)).isEqualTo(-1);
    }
}
