package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersTest {
    @Test
    void lookupIsCaseInsensitiveAndJoinsRepeatedValues() {
        Headers h = Headers.of("Content-Type", "text/plain", "Set-Cookie", "a=1", "set-cookie", "b=2");
        assertThat(h.get("content-type")).isEqualTo("text/plain");
        assertThat(h.get("SET-COOKIE")).isEqualTo("a=1, b=2");
        assertThat(h.getList("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(h.keys()).containsExactly("content-type", "set-cookie");
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.raw().get(1).getKey()).isEqualTo("Set-Cookie");
        assertThat(h.get("missing")).isNull();
    }

    @Test
    void reprIsHttpxs() {
        assertThat(Headers.of("A", "1", "B", "2").toString()).isEqualTo("Headers({'a': '1', 'b': '2'})");
        assertThat(Headers.of("A", "1", "a", "2").toString()).isEqualTo("Headers([('a', '1'), ('a', '2')])");
    }

    @Test
    void mergeReplacesEveryValueOfTheNamesItHas() {
        Headers h = Headers.of("A", "1", "a", "2", "B", "3").merge(Headers.of("A", "9"));
        assertThat(h.multiItems()).containsExactly(Map.entry("b", "3"), Map.entry("a", "9"));
    }

    /** A reference model: a list of (lower-cased name, value) pairs, queried by brute force. */
    @Test
    void behavesLikeAListOfPairsQueriedCaseInsensitively() {
        String[] names = {"A", "a", "B", "b", "Content-Type", "content-type"};
        qt().forAll(lists().of(integers().between(0, names.length * 3 - 1)).ofSizeBetween(0, 12),
                integers().between(0, names.length - 1)).checkAssert((ops, probe) -> {
            List<String[]> model = new ArrayList<>();
            Headers h = Headers.empty();
            for (int op : ops) {
                String name = names[op % names.length];
                String value = "v" + op;
                switch (op / names.length) {
                    case 0 -> {
                        h = h.add(name, value);
                        model.add(new String[] {name.toLowerCase(Locale.ROOT), value});
                    }
                    case 1 -> {
                        h = h.remove(name);
                        model.removeIf(p -> p[0].equals(name.toLowerCase(Locale.ROOT)));
                    }
                    default -> {
                        h = h.set(name, value);
                        String key = name.toLowerCase(Locale.ROOT);
                        int first = -1;
                        for (int i = 0; i < model.size(); i++) {
                            if (model.get(i)[0].equals(key)) {
                                first = first < 0 ? i : first;
                            }
                        }
                        if (first < 0) {
                            model.add(new String[] {key, value});
                        } else {
                            model.set(first, new String[] {key, value});
                            for (int i = model.size() - 1; i > first; i--) {
                                if (model.get(i)[0].equals(key)) {
                                    model.remove(i);
                                }
                            }
                        }
                    }
                }
            }
            String probeName = names[probe];
            List<String> expected = new ArrayList<>();
            for (String[] p : model) {
                if (p[0].equals(probeName.toLowerCase(Locale.ROOT))) {
                    expected.add(p[1]);
                }
            }
            assertThat(h.getList(probeName)).isEqualTo(expected);
            assertThat(h.get(probeName)).isEqualTo(expected.isEmpty() ? null : String.join(", ", expected));
            assertThat(h.multiItems()).hasSize(model.size());
        });
    }
}
