package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloatReprTest {
    @Test
    void formatsLikeCPythonRepr() {
        // expected strings printed by python3 -c "print(repr(x))"
        assertThat(FloatRepr.repr(0.1)).isEqualTo("0.1");
        assertThat(FloatRepr.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(FloatRepr.repr(1e16)).isEqualTo("1e+16");
        assertThat(FloatRepr.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(FloatRepr.repr(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(FloatRepr.repr(0.0001)).isEqualTo("0.0001");
        assertThat(FloatRepr.repr(0.00001)).isEqualTo("1e-05");
        assertThat(FloatRepr.repr(-0.0)).isEqualTo("-0.0");
        assertThat(FloatRepr.repr(5e-324)).isEqualTo("5e-324");
        assertThat(FloatRepr.repr(1.7976931348623157e308)).isEqualTo("1.7976931348623157e+308");
        assertThat(FloatRepr.repr(2e23)).isEqualTo("2e+23");
        assertThat(FloatRepr.repr(123456789.123)).isEqualTo("123456789.123");
        assertThat(FloatRepr.repr(Double.NaN)).isEqualTo("nan");
        assertThat(FloatRepr.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    /** 3,600 doubles of every magnitude with CPython 3.11's repr of each (floatrepr/gen.py). */
    static List<String[]> cpythonReprs() throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                FloatReprTest.class.getResourceAsStream("/floatrepr/cpython-reprs.txt"), StandardCharsets.UTF_8))) {
            return in.lines().map(line -> line.split(" ")).toList();
        }
    }

    @Test
    void equalsCPythonsReprOnRecordedDoubles() throws IOException {
        List<String[]> cases = cpythonReprs();
        assertThat(cases).hasSize(3600);
        for (String[] c : cases) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(c[0]));
            assertThat(FloatRepr.repr(d)).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void theSearchAloneFindsCPythonsDigits() throws IOException {
        // the path Java 17 takes for 16 and 17 digits, checked on any JDK
        for (String[] c : cpythonReprs()) {
            double d = Math.abs(Double.longBitsToDouble(Long.parseUnsignedLong(c[0])));
            if (d != 0) {
                FloatRepr.Digits digits = FloatRepr.searched(d);
                String expected = c[1].replace("-", "").replaceAll("e.*$", "").replace(".", "")
                        .replaceAll("^0+", "").replaceAll("0+$", "");
                assertThat(digits.digits()).as(c[1]).isEqualTo(expected);
            }
        }
    }

    @Test
    void percentEAndGEqualCPythonsAtEveryPrecision() throws IOException {
        // genformats.py: %e, %g and %#g of 766 doubles, ties and carries included
        try (var in = new BufferedReader(new InputStreamReader(
                FloatReprTest.class.getResourceAsStream("/floatrepr/cpython-formats.txt"), StandardCharsets.UTF_8))) {
            List<String[]> cases = in.lines().map(line -> line.split(" ")).toList();
            assertThat(cases).hasSize(3830);
            for (String[] c : cases) {
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(c[0]));
                assertThat(Format.percent(c[1], d)).as(c[0] + " " + c[1]).isEqualTo(c[2]);
            }
        }
    }

    @Test
    void everyReprReadsBackAsTheSameDouble() {
        qt().forAll(doubles().any()).checkAssert(d -> {
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                assertThat(Double.parseDouble(FloatRepr.repr(d))).isEqualTo(d);
            }
        });
    }

    @Test
    void reprIsNeverLongerThanJavasShortestCandidate() {
        qt().forAll(doubles().between(-1e300, 1e300)).checkAssert(d -> {
            String digits = FloatRepr.repr(d).replaceAll("e.*$", "").replaceAll("[^0-9]", "")
                    .replaceAll("^0+", "");
            assertThat(digits.length()).isLessThanOrEqualTo(17);
        });
    }

    @Test
    void javasDigitsWhenFifteenOrFewerAreTheShortestSearchedFor() {
        // short decimals (as data files hold them) and arbitrary doubles of the normal range
        qt().forAll(doubles().between(-1e6, 1e6), integers().between(0, 17), integers().between(-30, 30))
                .checkAssert((x, places, scale) -> {
                    double d = Math.abs(Math.round(x * Math.pow(10, places)) / Math.pow(10, places) * Math.pow(10, scale));
                    if (d >= Double.MIN_NORMAL && !Double.isInfinite(d)) {
                        FloatRepr.Digits fast = FloatRepr.fromToString(d);
                        if (fast != null) {
                            assertThat(fast).isEqualTo(FloatRepr.searched(d));
                        }
                    }
                });
        qt().forAll(doubles().between(Double.MIN_NORMAL, Double.MAX_VALUE)).checkAssert(d -> {
            FloatRepr.Digits fast = FloatRepr.fromToString(d);
            if (fast != null) {
                assertThat(fast).isEqualTo(FloatRepr.searched(d));
            }
        });
    }
}
