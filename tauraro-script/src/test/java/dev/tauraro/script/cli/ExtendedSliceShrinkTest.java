package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An extended-slice assignment whose value shrinks the list while it is read, so that the slice's
 * positions (taken before) no longer all exist. CPython 3.11, the oracle of the conformance scripts,
 * writes past the list's end there or crashes (gh-120384), so these cannot be conformance scripts;
 * the slice is taken again on the list as it is, which is what CPython does from 3.12.5 on. The
 * expected lines are worked out by that rule (3.11 has no answer to copy).
 */
class ExtendedSliceShrinkTest {
    private static String run(String body) {
        String script = """
                a = list(range(6))
                try:
                %s
                    print(a)
                except ValueError as e:
                    print("ValueError", e)
                """.formatted(body.indent(4).stripTrailing());
        ConformanceTest.Result r = ConformanceTest.run("shrink.py", script);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return r.out();
    }

    @Test
    void popsThatLeaveAShorterSliceRaiseWithItsNewLength() {
        // [0, 1, 2] after three pops: its [::2] has two positions for the three values
        assertThat(run("a[::2] = (a.pop() for _ in range(3))"))
                .isEqualTo("ValueError attempt to assign sequence of size 3 to extended slice of size 2\n");
    }

    @Test
    void aClearedListTakesTheSliceAgainFromNothing() {
        assertThat(run("""
                def g():
                    a.clear()
                    yield from (1, 2, 3)
                a[::-2] = g()"""))
                .isEqualTo("ValueError attempt to assign sequence of size 3 to extended slice of size 0\n");
    }

    @Test
    void aSliceTakenAgainWithAsManyPositionsIsWritten() {
        // positions 5, 3, 1 before; after one pop, [5::-2] of [0, 1, 2, 3, 4] is positions 4, 2, 0
        assertThat(run("""
                def g():
                    yield a.pop()
                    yield from 'xy'
                a[5::-2] = g()"""))
                .isEqualTo("['y', 1, 'x', 3, 5]\n");
    }
}
