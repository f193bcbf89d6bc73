package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedKeysTest {
    private static final String[] NAMES = {"a", "b", "c", "d", "e", "f", "g"};

    private static PyClass cls(String name) {
        return PyClass.user(name, "__main__", new PyClass[] {Types.OBJECT}, new HashMap<>());
    }

    /** Same entries at the same positions: what iterators (also over a dict changed meanwhile) see. */
    private static void assertSameLayout(PyDict actual, PyDict expected) {
        assertThat(actual.entryCount()).isEqualTo(expected.entryCount());
        for (int e = 0; e < expected.entryCount(); e++) {
            assertThat(actual.keyAt(e)).isEqualTo(expected.keyAt(e));
            assertThat(actual.valueAt(e)).isEqualTo(expected.valueAt(e));
        }
        assertThat(actual.size()).isEqualTo(expected.size());
        for (Object k : expected.keySet()) {
            assertThat(actual.get(k)).isEqualTo(expected.get(k));
        }
    }

    @Test
    void aDictOnASharedLayoutIsLaidOutAsAnOrdinaryOneThroughAnyChanges() {
        // each step: (dict 0 or 1, operation, key); every dict of one class shares one layout tree
        qt().forAll(lists().of(integers().between(0, 2 * 6 * 40 - 1)).ofSizeBetween(0, 80)).checkAssert(steps -> {
            PyClass c = cls("C");
            PyDict[] shared = {new PyDict(c.sharedKeys()), new PyDict(c.sharedKeys())};
            PyDict[] plain = {new PyDict(), new PyDict()};
            long n = 0;
            for (int step : steps) {
                int which = step % 2;
                int op = step / 2 % 6;
                int k = step / 12;
                for (PyDict d : List.of(shared[which], plain[which])) {
                    Object key = k < 36 ? "k" + k : (Object) (long) k; // past 30 keys, and int keys
                    switch (op) {
                        case 0, 1, 2 -> d.put(key, n);
                        case 3 -> d.remove(key);
                        case 4 -> d.popLast();
                        default -> {
                            if (k == 0) {
                                d.clear();
                            } else {
                                d.put(key, -n);
                            }
                        }
                    }
                }
                n++;
                assertSameLayout(shared[which], plain[which]);
            }
        });
    }

    @Test
    void dictsGivenTheSameKeysInTheSameOrderShareOneLayoutAndKeepTheirOwnValues() {
        PyClass c = cls("C");
        PyDict x = new PyDict(c.sharedKeys());
        PyDict y = new PyDict(c.sharedKeys());
        PyDict z = new PyDict(c.sharedKeys());
        for (String k : NAMES) {
            x.put(k, k + "x");
            y.put(k, k + "y");
        }
        z.put("b", 1L);
        z.put("a", 2L);
        assertThat(x.shared).isNotNull().isSameAs(y.shared);
        assertThat(z.shared).isNotNull().isNotSameAs(x.shared);
        assertThat(x.get("c")).isEqualTo("cx");
        assertThat(y.get("c")).isEqualTo("cy");
        y.remove("c");
        assertThat(y.shared).isNull();
        assertThat(x.shared).isNotNull();
        assertThat(x.get("c")).isEqualTo("cx");
        assertThat(List.copyOf(y.keySet())).containsExactly("a", "b", "d", "e", "f", "g");
    }

    @Test
    void sitesAnswerAsTheInstanceDictDoesWhateverItsLayout() {
        // each step: (instance, operation, name); sites read and write the same names as the dicts
        qt().forAll(lists().of(integers().between(0, 4 * 5 * NAMES.length - 1)).ofSizeBetween(0, 120))
                .checkAssert(steps -> {
                    PyClass a = cls("A");
                    PyClass b = cls("B");
                    PyInstance[] insts = {new PyInstance(a), new PyInstance(a), new PyInstance(b), new PyInstance(a)};
                    HashMap<String, AttrSite> reads = new HashMap<>();
                    HashMap<String, AttrSite> writes = new HashMap<>();
                    long n = 0;
                    for (int step : steps) {
                        PyInstance inst = insts[step % 4];
                        String name = NAMES[step / 20];
                        AttrSite read = reads.computeIfAbsent(name, AttrSite::new);
                        switch (step / 4 % 5) {
                            case 0, 1 -> writes.computeIfAbsent(name, AttrSite::new).store(inst, n);
                            case 2 -> inst.namespace().put(name, -n);
                            case 3 -> inst.namespace().remove(name);
                            default -> {
                                if (step % 3 == 0) {
                                    inst.namespace().clear();
                                } else {
                                    inst.dict = new PyDict(); // obj.__dict__ = {}
                                }
                            }
                        }
                        n++;
                        for (PyInstance i : insts) {
                            for (String k : NAMES) {
                                assertThat(reads.computeIfAbsent(k, AttrSite::new).own(i)).isEqualTo(i.getOwn(k));
                            }
                        }
                        assertThat(read.own(inst)).isEqualTo(inst.getOwn(name));
                    }
                });
    }
}
