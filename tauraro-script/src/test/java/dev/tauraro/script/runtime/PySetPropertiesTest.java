package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our set against a plain transcription of CPython 3.11's setobject.c table, on random int workloads. */
class PySetPropertiesTest {
    /** Reference model: CPython's table with int keys (hash(n) == n for these small ints, -1 -> -2). */
    static final class Model {
        long[] table = new long[8];
        byte[] state = new byte[8]; // 0 empty, 1 active, 2 dummy
        int mask = 7;
        int fill;
        int used;

        static long hash(long v) {
            return v == -1 ? -2 : v;
        }

        void add(long v) {
            long h = hash(v);
            int i = (int) (h & mask);
            long perturb = h;
            int free = -1;
            while (true) {
                int probes = i + 9 <= mask ? 9 : 0;
                for (int j = i; j <= i + probes; j++) {
                    if (state[j] == 0) {
                        if (free >= 0) {
                            state[free] = 1;
                            table[free] = v;
                            used++;
                            return;
                        }
                        state[j] = 1;
                        table[j] = v;
                        fill++;
                        used++;
                        if (fill * 5 >= mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    if (state[j] == 2) {
                        free = j;
                    } else if (table[j] == v) {
                        return;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }

        void discard(long v) {
            for (int j = 0; j <= mask; j++) {
                if (state[j] == 1 && table[j] == v) {
                    state[j] = 2;
                    used--;
                }
            }
        }

        void resize(int minused) {
            int size = 8;
            while (size <= minused) {
                size <<= 1;
            }
            long[] ot = table;
            byte[] os = state;
            table = new long[size];
            state = new byte[size];
            mask = size - 1;
            for (int k = 0; k < ot.length; k++) {
                if (os[k] == 1) {
                    long h = hash(ot[k]);
                    int i = (int) (h & mask);
                    long perturb = h;
                    outer:
                    while (true) {
                        int probes = i + 9 <= mask ? 9 : 0;
                        for (int j = i; j <= i + probes; j++) {
                            if (state[j] == 0) {
                                state[j] = 1;
                                table[j] = ot[k];
                                break outer;
                            }
                        }
                        perturb >>>= 5;
                        i = (int) ((i * 5L + 1 + perturb) & mask);
                    }
                }
            }
            fill = used;
        }

        List<Long> order() {
            List<Long> r = new ArrayList<>();
            for (int j = 0; j <= mask; j++) {
                if (state[j] == 1) {
                    r.add(table[j]);
                }
            }
            return r;
        }
    }

    @Test
    void iterationOrderEqualsTheCPythonModelForRandomAddsAndDiscards() {
        qt().withExamples(300).forAll(lists().of(integers().between(-5000, 5000)).ofSizeBetween(0, 400))
                .checkAssert(ops -> {
                    PySet s = new PySet();
                    Model m = new Model();
                    for (int op : ops) {
                        // multiples of 7 discard, everything else adds: a mix that leaves dummies around
                        long v = op / 3;
                        if (op % 7 == 0) {
                            s.remove(v);
                            m.discard(v);
                        } else {
                            s.add(v);
                            m.add(v);
                        }
                    }
                    assertThat(new ArrayList<>(s)).isEqualTo(m.order());
                    assertThat(s).hasSize(m.used);
                });
    }

    @Test
    void equalIntFloatAndBoolKeysAreOneKey() {
        qt().forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 100)).checkAssert(xs -> {
            PySet s = new PySet();
            java.util.Set<Long> ref = new java.util.HashSet<>();
            for (int i = 0; i < xs.size(); i++) {
                int x = xs.get(i);
                Object key = i % 3 == 0 ? (Object) (double) x : x == 1 && i % 2 == 0 ? Boolean.TRUE : (Object) (long) x;
                s.add(key);
                ref.add((long) x);
            }
            assertThat(s).hasSize(ref.size());
            for (long x : ref) {
                assertThat(s.contains((double) x)).isTrue();
                assertThat(s.contains(x)).isTrue();
            }
        });
    }
}
