package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PySetTest {
    private static PySet setOf(Object... items) {
        PySet s = new PySet();
        for (Object o : items) {
            s.add(o);
        }
        return s;
    }

    /** A set display of constants, as CPython compiles it. */
    private static PySet display(Object... items) {
        return PySet.ofFoldedConstants(List.of(items));
    }

    private static String order(PySet s) {
        return s.stream().map(Ops::repr).collect(Collectors.joining(", "));
    }

    @Test
    void smallIntsIterateInCPythonTableOrder() {
        // expected orders printed by python3 3.11
        assertThat(order(display(3L, 1L, 2L))).isEqualTo("1, 2, 3");
        assertThat(order(display(100L, 5L, 33L))).isEqualTo("33, 100, 5");
        assertThat(order(setOf(-1L, -2L))).isEqualTo("-1, -2");
        // a display of constants merges a folded frozenset; adding one by one lays the table out differently
        assertThat(order(display(0L, 8L, 16L, 24L, 1L, 9L))).isEqualTo("0, 1, 16, 8, 9, 24");
        assertThat(order(setOf(0L, 8L, 16L, 24L, 1L, 9L))).isEqualTo("0, 1, 8, 9, 16, 24");
    }

    @Test
    void randomIntListsMatchOrdersPrintedByCPython() {
        // python3 -c "random.seed(7) ...; print(list(set(xs)))"
        check(List.of(290L, 299L, 106L, -250L, -74L, -253L, 270L, -164L),
                "290, -253, -250, 106, 299, 270, -74, -164");
        check(List.of(129L, -153L, 253L, -180L, 284L, 15L, 273L, -115L, -195L, 295L, 284L, -108L, 81L, -201L, 260L,
                -236L, 277L, -239L, -90L, 208L, 244L, 137L, 21L),
                "129, 260, 137, -115, 15, 273, -239, -108, -236, 277, 21, 284, -90, 295, -201, -195, -180, 208, 81, "
                        + "-153, 244, 253");
        check(List.of(-146L, 104L, -251L, -226L, 248L, -204L, 74L, 296L, -241L, 219L, -81L, -262L, -212L, 144L,
                128L, -229L, -54L, -208L, 264L, 134L, -240L, 279L, -174L, -72L, 296L),
                "128, -251, 134, 264, -241, 144, -240, 279, -229, -226, 296, -212, -81, -208, -204, -72, 74, -54, "
                        + "-174, 219, 104, -146, 248, -262");
    }

    private static void check(List<Long> xs, String expected) {
        PySet s = new PySet();
        xs.forEach(s::add);
        assertThat(order(s)).isEqualTo(expected);
    }

    @Test
    void aNewKeyReusesTheLastDummyOnItsProbePath() {
        PySet s = setOf(0L, 8L);
        s.remove(0L);
        s.add(16L);
        assertThat(order(s)).isEqualTo("16, 8");

        PySet r = new PySet();
        for (long i = 0; i < 20; i++) {
            r.add(i);
        }
        for (long i = 0; i < 20; i += 3) {
            r.remove(i);
        }
        r.add(100L);
        r.add(3L);
        assertThat(order(r)).isEqualTo("1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 3, 19, 100");
        assertThat(r.pop()).isEqualTo(1L);
        assertThat(r.pop()).isEqualTo(2L);
    }

    @Test
    void equalNumbersAreOneKeyAndTheFirstObjectStays() {
        PySet s = setOf(1L, 1.0, true);
        assertThat(s).hasSize(1);
        assertThat(s.iterator().next()).isEqualTo(1L);
        assertThat(s.contains(1.0)).isTrue();
        assertThat(s.contains(true)).isTrue();
        assertThat(setOf(BigInteger.TWO.pow(70)).contains(Math.pow(2, 70))).isTrue();
        assertThat(setOf(new PyTuple(new Object[] {1L, 2L})).contains(new PyTuple(new Object[] {1.0, 2.0})))
                .isTrue();
    }

    @Test
    void operatorsKeepCPythonsResultOrder() {
        PySet a = display(1L, 2L, 3L, 4L, 5L, 64L, 128L);
        PySet b = display(9L, 17L, 33L, 5L, 128L);
        assertThat(order(a.union(b))).isEqualTo("64, 1, 2, 3, 4, 5, 128, 33, 9, 17");
        assertThat(order(a.intersection(b))).isEqualTo("128, 5");
        assertThat(order(a.difference(b))).isEqualTo("64, 1, 2, 3, 4");
        assertThat(order(b.difference(a))).isEqualTo("33, 17, 9");
        assertThat(order(a.symmetricDifference(b))).isEqualTo("64, 1, 2, 3, 4, 9, 17, 33");
    }

    @Test
    void hashesMatchCPython() {
        assertThat(PyHash.of(1.5)).isEqualTo(1152921504606846977L);
        assertThat(PyHash.of(-2.25)).isEqualTo(-576460752303423490L);
        assertThat(PyHash.of(1e300)).isEqualTo(1224995262755759164L);
        assertThat(PyHash.of(5e-324)).isEqualTo(16777216L);
        assertThat(PyHash.of(1e-310)).isEqualTo(615709907932414099L);
        assertThat(PyHash.of(0.1)).isEqualTo(230584300921369408L);
        assertThat(PyHash.of(-0.0)).isEqualTo(0L);
        assertThat(PyHash.of(-1L)).isEqualTo(-2L);
        assertThat(PyHash.of(BigInteger.TWO.pow(100))).isEqualTo(549755813888L);
        assertThat(PyHash.of(new PyTuple(new Object[] {1L, 2L}))).isEqualTo(-3550055125485641917L);
        assertThat(PyHash.of(PyTuple.EMPTY)).isEqualTo(5740354900026072187L);
        PySet f = new PySet(true);
        f.add(1L);
        f.add(2L);
        assertThat(PyHash.of(f)).isEqualTo(-1826646154956904602L);
    }

    @Test
    void mutableSetsAndListsAreUnhashable() {
        assertThatThrownBy(() -> setOf(new PySet())).hasMessageContaining("unhashable type: 'set'");
        assertThatThrownBy(() -> setOf(new PyList(new ArrayList<>()))).hasMessageContaining(
                "unhashable type: 'list'");
    }

    @Test
    void emptySetReprIsSetCall() {
        assertThat(Ops.repr(new PySet())).isEqualTo("set()");
        assertThat(Ops.repr(new PySet(true))).isEqualTo("frozenset()");
    }
}
