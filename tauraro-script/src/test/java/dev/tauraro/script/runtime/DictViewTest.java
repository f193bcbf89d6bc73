package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dict views and the dict iterators under them (behaviour scripts see is in conformance/ok/dict_views_*.py). */
class DictViewTest {
    private static PyDict dict(long n) {
        PyDict d = new PyDict();
        for (long i = 0; i < n; i++) {
            d.put(i, i * 10);
        }
        return d;
    }

    private static List<Object> drain(PyIterator it) {
        List<Object> out = new ArrayList<>();
        for (Object o = it.next(); o != null; o = it.next()) {
            out.add(o);
        }
        return out;
    }

    @Test
    void aViewIsMadeWithoutCopyingAndFollowsTheDict() {
        PyDict d = dict(3);
        DictView keys = DictView.of(d, DictIterator.KEYS);
        DictView items = DictView.of(d, DictIterator.ITEMS);
        assertThat(keys.dict).isSameAs(d);
        d.put(7L, 70L);
        d.remove(0L);
        assertThat(drain(keys.iter())).containsExactly(1L, 2L, 7L);
        assertThat(Ops.repr(items)).isEqualTo("dict_items([(1, 10), (2, 20), (7, 70)])");
        assertThat(Ops.len(keys)).isEqualTo(3);
        assertThat(Ops.contains(items, new PyTuple(new Object[] {7L, 70.0}))).isTrue();
        assertThat(Ops.contains(items, new PyTuple(new Object[] {7L, 71L}))).isFalse();
    }

    @Test
    void sizeChangesFailTheIteratorAndKeepFailing() {
        PyDict d = dict(2);
        PyIterator it = DictView.of(d, DictIterator.VALUES).iter();
        assertThat(it.next()).isEqualTo(0L);
        d.put(9L, 9L);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(it::next).isInstanceOf(PyException.class)
                    .hasMessageContaining("dictionary changed size during iteration");
        }
    }

    @Test
    void aKeySwappedForAnotherAtEqualSizeIsCaught() {
        PyDict d = dict(3);
        PyIterator it = d.iterator(DictIterator.KEYS, false);
        assertThat(it.next()).isEqualTo(0L);
        d.remove(0L);
        d.put(99L, 1L);
        assertThat(it.next()).isEqualTo(1L);
        assertThat(it.next()).isEqualTo(2L);
        assertThatThrownBy(it::next).hasMessageContaining("dictionary keys changed during iteration");
    }

    @Test
    void reversedIterationSkipsDeletedEntriesAndSurvivesCompaction() {
        PyDict d = dict(5);
        d.remove(4L);
        d.remove(1L);
        assertThat(drain(d.iterator(DictIterator.KEYS, true))).containsExactly(3L, 2L, 0L);
        PyIterator rev = d.iterator(DictIterator.ITEMS, true);
        assertThat(Ops.repr(rev.next())).isEqualTo("(3, 30)");
        // same size, but the insert resizes: the entries are compacted under the iterator's position and
        // the new one lands there; python3 prints [(100, 100), (2, 20), (0, 0)] for the same steps
        d.remove(3L);
        d.put(100L, 100L);
        assertThat(drain(rev)).extracting(Ops::repr).containsExactly("(100, 100)", "(2, 20)", "(0, 0)");
    }

    @Test
    void popLastGivesItsEntryBackSoPoppingEverythingIsLinear() {
        PyDict d = dict(1000);
        for (long i = 999; i >= 0; i--) {
            assertThat(d.popLast().getKey()).isEqualTo(i);
            assertThat(d.entryCount()).isEqualTo((int) i); // no trail of deleted entries to scan next time
        }
        assertThat(d.popLast()).isNull();
        d.put("again", 1L);
        assertThat(drain(d.iterator(DictIterator.ITEMS, false))).extracting(Ops::repr).containsExactly("('again', 1)");
    }

    @Test
    void popLastAndDeletesNeverFillTheIndexWithoutGrowing() {
        // popitem hands entries back but not index slots; lookups must still find an empty slot to stop on
        PyDict d = new PyDict();
        for (long round = 0; round < 10_000; round++) {
            d.put(round, round);
            d.put(-round - 1, round);
            d.popLast();
            d.remove(round);
        }
        assertThat(d).isEmpty();
        assertThat(d.containsKey(5L)).isFalse();
    }

    @Test
    void keysAndItemsViewsAreUnhashableValuesHashByIdentity() {
        PyDict d = dict(1);
        assertThatThrownBy(() -> PyHash.of(DictView.of(d, DictIterator.KEYS)))
                .hasMessageContaining("unhashable type: 'dict_keys'");
        assertThatThrownBy(() -> PyHash.of(DictView.of(d, DictIterator.ITEMS)))
                .hasMessageContaining("unhashable type: 'dict_items'");
        DictView values = DictView.of(d, DictIterator.VALUES);
        assertThat(PyHash.of(values)).isEqualTo(System.identityHashCode(values));
        assertThat(Ops.eq(values, DictView.of(d, DictIterator.VALUES))).isFalse();
        assertThat(Ops.eq(DictView.of(d, DictIterator.KEYS), DictView.of(d, DictIterator.KEYS))).isTrue();
    }

    @Test
    void setOperatorsGiveSetsAndTakeAnyIterable() {
        PyDict d = dict(4);
        DictView keys = DictView.of(d, DictIterator.KEYS);
        PyList other = new PyList(List.of(2L, 3L, 8L));
        assertThat(Ops.bitand(keys, other)).isInstanceOf(PySet.class).hasToString("{2, 3}");
        assertThat(Ops.bitand(other, keys)).hasToString("{2, 3}");
        assertThat(Ops.sub(keys, other)).hasToString("{0, 1}");
        assertThat(Ops.bitor(keys, other)).hasToString("{0, 1, 2, 3, 8}");
        assertThat(Ops.bitxor(keys, other)).hasToString("{0, 1, 8}");
        assertThatThrownBy(() -> Ops.bitand(DictView.of(d, DictIterator.VALUES), other))
                .hasMessageContaining("unsupported operand type(s) for &: 'dict_values' and 'list'");
    }

    @Test
    void aForkedViewShowsTheForkedDict() {
        PyDict d = dict(2);
        PyList holder = new PyList(List.of(d, DictView.of(d, DictIterator.KEYS)));
        PyList copy = (PyList) ModuleFork.transfer(holder, null, null);
        PyDict copiedDict = (PyDict) copy.get(0);
        DictView copiedView = (DictView) copy.get(1);
        assertThat(copiedDict).isNotSameAs(d);
        assertThat(copiedView.dict).isSameAs(copiedDict);
    }
}
