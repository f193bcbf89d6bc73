package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PySet;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.syntax.SourceFile;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every way a value crosses between a script and its pool workers or queues keeps every type, as
 * pickling does: random nested values (tuples, lists, dicts, sets, frozensets, bytes, str, None,
 * bools, ints of every size, floats, instances of a script class) come back with the same type at
 * every level, equal, and instances of the caller's own class.
 */
@Timeout(300)
class PoolTransferPropertiesTest {
    private final Interpreter interp = new Interpreter(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), List.of(), false);
    private final PyModule main = interp.runMain(new SourceFile("/tmp/pool_transfer_props.py", String.join("\n",
            "import multiprocessing",
            "class K:",
            "    def __init__(self, v):",
            "        self.v = v",
            "def ident(x):",
            "    return x",
            "def pair(x, y):",
            "    return (x, y)",
            "pool = multiprocessing.Pool(2)",
            "queue = multiprocessing.Queue()",
            "")));

    @AfterEach
    void closePool() {
        Ops.callMethod(main.get("pool"), "terminate", Ops.NO_ARGS, null);
    }

    /** Reads a value tree off the seed: each int picks the next node's type (containers recurse). */
    private final class Builder {
        private final List<Integer> seed;
        private int at;

        Builder(List<Integer> seed) {
            this.seed = seed;
        }

        private int next() {
            return seed.get(at++ % seed.size());
        }

        Object value(int depth) {
            int s = next();
            int kind = depth >= 3 ? s % 7 : s % 13;
            return switch (kind) {
                case 0 -> PyNone.NONE;
                case 1 -> (s & 16) != 0;
                case 2 -> (long) (s - 500);
                case 3 -> BigInteger.TWO.pow(64 + s % 40).add(BigInteger.valueOf(s));
                case 4 -> s / 7.0;
                case 5 -> "s" + s;
                case 6 -> new PyBytes(("b" + s).getBytes(StandardCharsets.ISO_8859_1));
                case 7 -> new PyTuple(children(depth).toArray());
                case 8 -> new PyList(children(depth));
                case 9 -> {
                    PyDict d = new PyDict();
                    for (Object v : children(depth)) {
                        d.put(key(), v);
                    }
                    yield d;
                }
                case 10, 11 -> {
                    PySet set = new PySet(kind == 11);
                    for (int i = s % 4; i > 0; i--) {
                        set.add(key());
                    }
                    yield set;
                }
                default -> Ops.call(main.get("K"), value(depth + 1));
            };
        }

        private List<Object> children(int depth) {
            List<Object> r = new ArrayList<>();
            for (int i = next() % 4; i > 0; i--) {
                r.add(value(depth + 1));
            }
            return r;
        }

        /** A hashable value: int, str, tuple of ints or a frozenset. */
        private Object key() {
            int s = next();
            return switch (s % 4) {
                case 0 -> (long) s;
                case 1 -> "k" + s;
                case 2 -> new PyTuple(new Object[] {(long) s, "t"});
                default -> {
                    PySet f = new PySet(true);
                    f.add((long) s);
                    yield f;
                }
            };
        }
    }

    /** Same Java class (so the same Python type) at every level, equal values, the caller's classes. */
    private static void sameTypes(Object orig, Object copy) {
        assertThat(copy).as(Ops.repr(orig)).hasSameClassAs(orig);
        if (orig instanceof PyTuple t) {
            PyTuple c = (PyTuple) copy;
            assertThat(c.items).hasSameSizeAs(t.items);
            for (int i = 0; i < t.items.length; i++) {
                sameTypes(t.items[i], c.items[i]);
            }
        } else if (orig instanceof PyList l) {
            PyList c = (PyList) copy;
            assertThat(c).hasSameSizeAs(l);
            for (int i = 0; i < l.size(); i++) {
                sameTypes(l.get(i), c.get(i));
            }
        } else if (orig instanceof PyDict d) {
            PyDict c = (PyDict) copy;
            assertThat(c.size()).isEqualTo(d.size());
            d.forEach((k, v) -> sameTypes(v, c.get(k)));
            List<String> keys = new ArrayList<>();
            d.forEach((k, v) -> keys.add(Ops.repr(k)));
            List<String> copiedKeys = new ArrayList<>();
            c.forEach((k, v) -> copiedKeys.add(Ops.repr(k)));
            assertThat(copiedKeys).as("keys in insertion order").isEqualTo(keys);
        } else if (orig instanceof PySet s) {
            PySet c = (PySet) copy;
            assertThat(c.frozen).isEqualTo(s.frozen);
            // repr of a hashable names its type: (1, 't') vs [1, 't'], frozenset({1}) vs {1}
            assertThat(sortedReprs(c)).isEqualTo(sortedReprs(s));
        } else if (orig instanceof PyInstance i) {
            PyInstance c = (PyInstance) copy;
            assertThat(c.type()).isSameAs(i.type());
            sameTypes(i.getOwn("v"), c.getOwn("v"));
        } else {
            assertThat(copy).isEqualTo(orig);
        }
    }

    private static List<String> sortedReprs(PySet s) {
        List<String> r = new ArrayList<>();
        for (Object x : s) {
            r.add(Ops.repr(x));
        }
        r.sort(null);
        return r;
    }

    private void roundTrips(Function<Object, Object> path) {
        qt().withExamples(60).forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 30))
                .checkAssert(seed -> {
                    Object v = new Builder(seed).value(0);
                    sameTypes(v, path.apply(v));
                });
    }

    private Object pool(String method, Object... args) {
        return Ops.callMethod(main.get("pool"), method, args, null);
    }

    private static Object get(Object asyncResult) {
        return Ops.callMethod(asyncResult, "get", Ops.NO_ARGS, null);
    }

    private static Object only(Object list) {
        List<Object> l = Ops.toList(list);
        assertThat(l).hasSize(1);
        return l.get(0);
    }

    @Test
    void applyAndApplyAsyncKeepEveryType() {
        Object ident = main.get("ident");
        roundTrips(v -> pool("apply", ident, new PyTuple(new Object[] {v})));
        roundTrips(v -> get(pool("apply_async", ident, new PyTuple(new Object[] {v}))));
    }

    @Test
    void mapFamilyKeepsEveryType() {
        Object ident = main.get("ident");
        roundTrips(v -> only(pool("map", ident, new PyList(List.of(v)))));
        roundTrips(v -> only(get(pool("map_async", ident, new PyList(List.of(v))))));
        roundTrips(v -> only(pool("imap_unordered", ident, new PyList(List.of(v)))));
        roundTrips(v -> ((PyTuple) only(get(pool("starmap_async", main.get("pair"),
                new PyList(List.of(new PyTuple(new Object[] {v, v}))))))).items[1]);
    }

    @Test
    void aQueueKeepsEveryType() {
        Object q = main.get("queue");
        roundTrips(v -> {
            Ops.callMethod(q, "put", new Object[] {v}, null);
            return Ops.callMethod(q, "get", Ops.NO_ARGS, null);
        });
    }
}
