package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integer functions of {@code math} against BigInteger definitions (the reference model). */
class MathModulePropertiesTest {
    private static final PyModule MATH = MathModule.create(new Interpreter(
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), List.of(),
            true));

    private static BigInteger call(String name, Object... args) {
        return Ops.bigInt(Ops.callKw(MATH.get(name), args, null));
    }

    private static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    @Test
    void combAndPermAgreeWithFactorialQuotients() {
        qt().forAll(integers().between(0, 120), integers().between(0, 130)).checkAssert((n, k) -> {
            BigInteger comb = k > n ? BigInteger.ZERO : factorial(n).divide(factorial(k).multiply(factorial(n - k)));
            BigInteger perm = k > n ? BigInteger.ZERO : factorial(n).divide(factorial(n - k));
            assertThat(call("comb", (long) n, (long) k)).isEqualTo(comb);
            assertThat(call("perm", (long) n, (long) k)).isEqualTo(perm);
        });
    }

    @Test
    void isqrtIsTheLargestIntegerWhoseSquareFits() {
        qt().forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 3)).checkAssert((x, power) -> {
            BigInteger n = BigInteger.valueOf(x).pow(power + 1);
            BigInteger r = call("isqrt", Ops.normalize(n));
            assertThat(r.multiply(r)).isLessThanOrEqualTo(n);
            assertThat(r.add(BigInteger.ONE).pow(2)).isGreaterThan(n);
        });
    }

    @Test
    void gcdTimesLcmIsTheProductOfTheAbsoluteValues() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(-1_000_000_000L,
                1_000_000_000L)).checkAssert((a, b) -> {
                    BigInteger g = call("gcd", a, b);
                    BigInteger l = call("lcm", a, b);
                    assertThat(g.multiply(l)).isEqualTo(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).abs());
                });
    }
}
