package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tauraro.script.syntax.SourceFile;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ModuleFork} against reference models: a transfer is a graph isomorphism (same shape and
 * sharing, no object reused), and a fork's globals evolve independently of the parent's.
 */
@Timeout(120)
class ModuleForkPropertiesTest {
    private final Interpreter interp = new Interpreter(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), List.of(), true);

    /** Builds containers (lists and dicts) wired to each other and to ints, as the seed says. */
    private static Object graph(List<Integer> seed) {
        int n = 1 + seed.get(0) % 6;
        List<Object> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(seed.get(i % seed.size()) % 2 == 0 ? new PyList() : new PyDict());
        }
        for (int i = 1; i < seed.size(); i++) {
            int s = seed.get(i);
            Object from = nodes.get(s % n);
            Object to = s % 5 == 0 ? (Object) (long) s : nodes.get((s / 7) % n);
            if (from instanceof PyList l) {
                l.add(to);
            } else {
                ((PyDict) from).put((long) i, to);
            }
        }
        return new PyTuple(nodes.toArray());
    }

    /** Walks both graphs in step: records the original-to-copy map and checks it is a bijection. */
    private static void sameShape(Object orig, Object copy, IdentityHashMap<Object, Object> map,
                                  IdentityHashMap<Object, Object> back) {
        if (orig instanceof Long) {
            assertThat(copy).isEqualTo(orig);
            return;
        }
        assertThat(copy).isNotSameAs(orig).hasSameClassAs(orig);
        if (map.containsKey(orig)) {
            assertThat(map.get(orig)).isSameAs(copy);
            return;
        }
        assertThat(back.containsKey(copy)).as("two originals share one copy").isFalse();
        map.put(orig, copy);
        back.put(copy, orig);
        if (orig instanceof PyTuple t) {
            PyTuple c = (PyTuple) copy;
            assertThat(c.items).hasSameSizeAs(t.items);
            for (int i = 0; i < t.items.length; i++) {
                sameShape(t.items[i], c.items[i], map, back);
            }
        } else if (orig instanceof PyList l) {
            PyList c = (PyList) copy;
            assertThat(c).hasSameSizeAs(l);
            for (int i = 0; i < l.size(); i++) {
                sameShape(l.get(i), c.get(i), map, back);
            }
        } else {
            PyDict d = (PyDict) orig;
            PyDict c = (PyDict) copy;
            assertThat(c.size()).isEqualTo(d.size());
            d.forEach((k, v) -> sameShape(v, c.get(k), map, back));
        }
    }

    @Test
    void aTransferCopiesEveryContainerOnceAndKeepsTheSharing() {
        qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 40)).checkAssert(seed -> {
            Object g = graph(seed);
            sameShape(g, ModuleFork.transfer(g, interp, null), new IdentityHashMap<>(), new IdentityHashMap<>());
        });
    }

    @Test
    void aForksGlobalsAndTheParentsEvolveIndependently() {
        PyModule main = interp.runMain(new SourceFile("/tmp/fork_props_main.py",
                "n = 0\ndef add(k):\n    global n\n    n += k\n    return n\n"));
        qt().forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 30)).checkAssert(steps -> {
            main.set("n", 0L);
            ModuleFork fork = ModuleFork.fork(interp, null);
            PyFunction parentAdd = (PyFunction) main.get("add");
            PyFunction forkAdd = (PyFunction) ModuleFork.transfer(parentAdd, interp, fork);
            long parent = 0;
            long child = 0;
            for (int k : steps) {
                // even steps go to the parent, odd ones to the fork: the model is two counters
                if ((k & 1) == 0) {
                    parent += k;
                    assertThat(parentAdd.call1((long) k)).isEqualTo(parent);
                } else {
                    child += k;
                    assertThat(forkAdd.call1((long) k)).isEqualTo(child);
                }
            }
            assertThat(main.get("n")).isEqualTo(parent);
            assertThat(fork.module("__main__").get("n")).isEqualTo(child);
        });
    }
}
