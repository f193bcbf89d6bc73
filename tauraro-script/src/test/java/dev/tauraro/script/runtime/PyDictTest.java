package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyDictTest {
    @Test
    void equalNumericKeysShareOneEntryAndKeepTheFirstKey() {
        PyDict d = new PyDict();
        d.put(1L, "a");
        d.put(true, "b");
        d.put(1.0, "c");
        assertThat(d).hasSize(1);
        assertThat(d.keySet().iterator().next()).isEqualTo(1L);
        assertThat(d.get(1.0)).isEqualTo("c");
        assertThat(d.get(true)).isEqualTo("c");
        assertThat(Ops.repr(d)).isEqualTo("{1: 'c'}");
    }

    @Test
    void aPresizedDictFillsGrowsAndEmptiesAsOneBuiltByInserts() {
        // dict displays and json objects start presized (CPython's _PyDict_NewPresized); from any
        // size, the same inserts, deletes and pops give the same dict as from an empty one
        for (int n = 0; n <= 300; n += n < 20 ? 1 : 37) {
            PyDict presized = new PyDict(n);
            PyDict grown = new PyDict();
            for (PyDict d : List.of(presized, grown)) {
                for (long i = 0; i < n + 5; i++) {
                    d.put("k" + i, i);
                }
                for (long i = 0; i < n; i += 3) {
                    d.remove("k" + i);
                }
                d.put("k0", -1L);
                d.popLast();
            }
            assertThat(new ArrayList<>(presized.entrySet())).as("n=%d", n).isEqualTo(new ArrayList<>(grown.entrySet()));
            assertThat(presized.get("k1")).isEqualTo(grown.get("k1"));
            assertThat(presized).hasSize(grown.size());
        }
    }

    @Test
    void insertionOrderSurvivesDeletesAndGrowth() {
        PyDict d = new PyDict();
        Map<Long, Long> ref = new LinkedHashMap<>();
        for (long i = 0; i < 1000; i++) {
            d.put(i, i * i);
            ref.put(i, i * i);
            if (i % 3 == 0) {
                d.remove(i / 2);
                ref.remove(i / 2);
            }
        }
        assertThat(new ArrayList<>(d.keySet())).isEqualTo(new ArrayList<>(ref.keySet()));
        assertThat(new ArrayList<>(d.values())).isEqualTo(new ArrayList<>(ref.values()));
        assertThat(d.popLast().getKey()).isEqualTo(999L);
        ref.remove(999L);
        assertThat(new ArrayList<>(d.keySet())).isEqualTo(new ArrayList<>(ref.keySet()));
    }

    @Test
    void tupleKeysCompareByPythonEquality() {
        PyDict d = new PyDict();
        d.put(new PyTuple(new Object[] {1L, 2L}), "int");
        assertThat(d.get(new PyTuple(new Object[] {1.0, 2.0}))).isEqualTo("int");
        assertThat(d.containsKey(new PyTuple(new Object[] {1L, 3L}))).isFalse();
    }

    @Test
    void unhashableKeysRaiseTypeError() {
        PyDict d = new PyDict();
        assertThatThrownBy(() -> d.put(new PyList(new ArrayList<>()), 1L))
                .hasMessageContaining("unhashable type: 'list'");
        assertThatThrownBy(() -> d.get(new PyDict())).hasMessageContaining("unhashable type: 'dict'");
    }

    @Test
    void entrySetValueWritesThrough() {
        PyDict d = new PyDict();
        d.put("a", 1L);
        d.put("b", 2L);
        for (Map.Entry<Object, Object> e : d.entrySet()) {
            e.setValue(((Long) e.getValue()) * 10);
        }
        assertThat(d.get("a")).isEqualTo(10L);
        assertThat(List.copyOf(d.values())).containsExactly(10L, 20L);
    }
}
