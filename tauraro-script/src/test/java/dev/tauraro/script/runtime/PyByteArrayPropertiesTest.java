package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of bytearray mutations (item and slice assignment and deletion with any step,
 * append, extend, insert, pop, remove, reverse, clear, {@code +=}, {@code *=}, writes through a
 * memoryview) against a list of ints that follows the language reference's slice rules directly.
 * Each operation either changes both alike or raises in both with the same exception type.
 */
class PyByteArrayPropertiesTest {
    /** The reference: a plain list, and CPython's slice rules written out index by index. */
    static final class Model {
        final List<Integer> items = new ArrayList<>();

        /** The indices a slice selects, in order (the language reference's definition, written naively). */
        List<Integer> select(Integer start, Integer stop, int step) {
            int n = items.size();
            int lo;
            int hi;
            if (step > 0) {
                lo = start == null ? 0 : clamp(start < 0 ? start + n : start, 0, n);
                hi = stop == null ? n : clamp(stop < 0 ? stop + n : stop, 0, n);
            } else {
                lo = start == null ? n - 1 : clamp(start < 0 ? start + n : start, -1, n - 1);
                hi = stop == null ? -1 : clamp(stop < 0 ? stop + n : stop, -1, n - 1);
            }
            List<Integer> r = new ArrayList<>();
            for (int i = lo; step > 0 ? i < hi : i > hi; i += step) {
                r.add(i);
            }
            return r;
        }

        private static int clamp(int v, int min, int max) {
            return Math.max(min, Math.min(max, v));
        }

        /** {@code self[start:stop:step] = values}; false where CPython raises ValueError. */
        boolean assign(Integer start, Integer stop, int step, List<Integer> values) {
            List<Integer> at = select(start, stop, step);
            if (step == 1) {
                int n = items.size();
                int lo = start == null ? 0 : clamp(start < 0 ? start + n : start, 0, n);
                int hi = Math.max(lo, at.isEmpty() ? lo : at.get(at.size() - 1) + 1);
                items.subList(lo, hi).clear();
                items.addAll(lo, values);
                return true;
            }
            if (at.size() != values.size()) {
                return false;
            }
            for (int i = 0; i < at.size(); i++) {
                items.set(at.get(i), values.get(i));
            }
            return true;
        }

        void delete(Integer start, Integer stop, int step) {
            List<Integer> at = select(start, stop, step);
            at.sort(java.util.Collections.reverseOrder());
            for (int i : at) {
                items.remove(i);
            }
        }
    }

    private static PyBytes bytesOf(List<Integer> values) {
        byte[] b = new byte[values.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) values.get(i);
        }
        return new PyBytes(b);
    }

    private static List<Integer> contents(PyByteArray b) {
        List<Integer> r = new ArrayList<>();
        for (byte x : b.toArray()) {
            r.add(x & 0xff);
        }
        return r;
    }

    private static Object bound(Integer v) {
        return v == null ? PyNone.NONE : (Object) (long) v;
    }

    /** The exception type's name of what {@code r} raises, or null when it completes. */
    private static String raised(Runnable r) {
        try {
            r.run();
            return null;
        } catch (PyException e) {
            return e.value.type().name;
        }
    }

    @Test
    void randomMutationSequencesMatchTheListModel() {
        qt().withExamples(400).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 60))
                .checkAssert(codes -> {
                    PyByteArray b = new PyByteArray(new byte[0]);
                    Model m = new Model();
                    for (int code : codes) {
                        int op = code % 12;
                        int x = (code / 12) % 256;
                        int y = (code / 3072) % 23 - 11; // small indices, negative ones too
                        int z = (code / 70656) % 23 - 11;
                        int stepPick = (code / 1625088) % 7;
                        Integer start = y == 11 ? null : y;
                        Integer stop = z == 11 ? null : z;
                        int step = new int[] {1, 1, 2, 3, -1, -2, 1}[stepPick];
                        List<Integer> values = new ArrayList<>();
                        for (int i = 0; i < (x % 5); i++) {
                            values.add((x * 31 + i * 7) % 256);
                        }
                        String got;
                        String want;
                        switch (op) {
                            case 0 -> {
                                got = raised(() -> Ops.callMethod(b, "append", new Object[] {(long) x}, null));
                                m.items.add(x);
                                want = null;
                            }
                            case 1 -> {
                                got = raised(() -> Ops.callMethod(b, "extend", new Object[] {bytesOf(values)}, null));
                                m.items.addAll(values);
                                want = null;
                            }
                            case 2 -> {
                                got = raised(() -> Ops.callMethod(b, "insert", new Object[] {(long) y, (long) x}, null));
                                int n = m.items.size();
                                m.items.add(Math.max(0, Math.min(n, y < 0 ? y + n : y)), x);
                                want = null;
                            }
                            case 3 -> {
                                int n = m.items.size();
                                int i = y < 0 ? y + n : y;
                                want = n == 0 || i < 0 || i >= n ? "IndexError" : null;
                                Object[] popped = new Object[1];
                                got = raised(() -> popped[0] = Ops.callMethod(b, "pop", new Object[] {(long) y}, null));
                                if (want == null) {
                                    assertThat(popped[0]).isEqualTo((long) (int) m.items.remove(i));
                                }
                            }
                            case 4 -> {
                                int at = m.items.indexOf(x);
                                want = at < 0 ? "ValueError" : null;
                                got = raised(() -> Ops.callMethod(b, "remove", new Object[] {(long) x}, null));
                                if (at >= 0) {
                                    m.items.remove(at);
                                }
                            }
                            case 5 -> {
                                got = raised(() -> Ops.setItem(b, new PySlice(bound(start), bound(stop), (long) step),
                                        bytesOf(values)));
                                want = m.assign(start, stop, step, values) ? null : "ValueError";
                            }
                            case 6 -> {
                                got = raised(() -> Ops.delItem(b, new PySlice(bound(start), bound(stop), (long) step)));
                                m.delete(start, stop, step);
                                want = null;
                            }
                            case 7 -> {
                                int n = m.items.size();
                                int i = y < 0 ? y + n : y;
                                want = i < 0 || i >= n ? "IndexError" : null;
                                got = raised(() -> Ops.setItem(b, (long) y, (long) x));
                                if (want == null) {
                                    m.items.set(i, x);
                                }
                            }
                            case 8 -> {
                                got = raised(() -> Ops.callMethod(b, "reverse", Ops.NO_ARGS, null));
                                java.util.Collections.reverse(m.items);
                                want = null;
                            }
                            case 9 -> {
                                Object r = Ops.inplace("+", b, bytesOf(values));
                                assertThat(r).isSameAs(b);
                                m.items.addAll(values);
                                got = want = null;
                            }
                            case 10 -> {
                                int times = x % 3;
                                Object r = Ops.inplace("*", b, (long) times);
                                assertThat(r).isSameAs(b);
                                List<Integer> once = new ArrayList<>(m.items);
                                m.items.clear();
                                for (int t = 0; t < times; t++) {
                                    m.items.addAll(once);
                                }
                                got = want = null;
                            }
                            default -> {
                                // a write through a view is seen by the bytearray; resizing while it lives raises
                                PyMemoryView v = (PyMemoryView) Types.MEMORYVIEW.call(new Object[] {b}, null);
                                int n = m.items.size();
                                int i = y < 0 ? y + n : y;
                                want = i < 0 || i >= n ? "IndexError" : null;
                                got = raised(() -> Ops.setItem(v, (long) y, (long) x));
                                if (want == null) {
                                    m.items.set(i, x);
                                }
                                assertThat(raised(() -> Ops.callMethod(b, "append", new Object[] {0L}, null)))
                                        .isEqualTo("BufferError");
                                v.release();
                            }
                        }
                        assertThat(got).as("op %d (x=%d, start=%s, stop=%s, step=%d)", op, x, start, stop, step)
                                .isEqualTo(want);
                        assertThat(contents(b)).isEqualTo(m.items);
                    }
                    assertThat(Ops.len(b)).isEqualTo(m.items.size());
                    assertThat(Ops.eq(b, bytesOf(m.items))).isTrue();
                });
    }
}
