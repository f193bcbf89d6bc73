package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** {@code round(x, n)} of floats: the exact value rounded half-even at n decimals, then the nearest double. */
class RoundDecimalsTest {
    /** The definition, computed exactly. */
    private static double reference(double d, int nd) {
        double r = new BigDecimal(d).setScale(nd, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, d) : r;
    }

    @Test
    void equalsTheExactDefinitionForAnyDoubleAndDigits() {
        qt().forAll(doubles().between(-1e9, 1e9), integers().between(-3, 25)).checkAssert((d, nd) ->
                assertThat(Format.roundDecimals(d, nd)).isEqualTo(reference(d, nd)));
        qt().forAll(doubles().any(), integers().between(0, 20)).checkAssert((d, nd) -> {
            if (Double.isFinite(d)) {
                assertThat(Format.roundDecimals(d, nd)).isEqualTo(reference(d, nd));
            }
        });
    }

    @Test
    void tiesGoToEvenOnTheExactValueAsCPythonsDo() {
        // python3 -c "print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.001, 2), round(1e-20, 3))"
        assertThat(Format.roundDecimals(2.675, 2)).isEqualTo(2.67);
        assertThat(Format.roundDecimals(0.125, 2)).isEqualTo(0.12);
        assertThat(Format.roundDecimals(0.375, 2)).isEqualTo(0.38);
        assertThat(Format.roundDecimals(-0.001, 2)).isEqualTo(-0.0);
        assertThat(Format.roundDecimals(1e-20, 3)).isEqualTo(0.0);
    }
}
