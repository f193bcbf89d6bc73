package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Integer arithmetic (long fast paths, Int128, BigInteger) against BigInteger as the reference model. */
class OpsPropertiesTest {
    private static BigInteger big(Object o) {
        return Ops.bigInt(o);
    }

    @Test
    void addSubMulAgreeWithBigIntegerAcrossTheLongBoundary() {
        qt().forAll(longs().all(), longs().all()).checkAssert((a, b) -> {
            BigInteger x = BigInteger.valueOf(a);
            BigInteger y = BigInteger.valueOf(b);
            assertThat(big(Ops.add(a, b))).isEqualTo(x.add(y));
            assertThat(big(Ops.sub(a, b))).isEqualTo(x.subtract(y));
            assertThat(big(Ops.mul(a, b))).isEqualTo(x.multiply(y));
        });
    }

    @Test
    void int128AccumulationMatchesBigInteger() {
        qt().forAll(longs().all(), longs().all(), longs().all()).checkAssert((a, b, c) -> {
            Object acc = Ops.mul(a, b);
            acc = Ops.add(acc, c);
            acc = Ops.add(acc, Ops.mul(b, c));
            BigInteger model = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).add(BigInteger.valueOf(c))
                    .add(BigInteger.valueOf(b).multiply(BigInteger.valueOf(c)));
            assertThat(big(acc)).isEqualTo(model);
            assertThat(Ops.repr(acc)).isEqualTo(model.toString());
            assertThat(Ops.eq(acc, Ops.normalize(model))).isTrue();
        });
    }

    @Test
    void resultsThatFitALongAreLongs() {
        qt().forAll(longs().between(-1_000_000, 1_000_000), longs().between(-1_000_000, 1_000_000))
                .checkAssert((a, b) -> {
                    assertThat(Ops.mul(a, b)).isInstanceOf(Long.class);
                    Object big = Ops.mul(Long.MAX_VALUE, 2L);
                    assertThat(Ops.sub(Ops.add(big, a), big)).isEqualTo(a);
                });
    }

    @Test
    void floorDivisionAndModuloFollowPythonSigns() {
        qt().forAll(longs().between(-10_000, 10_000), longs().between(-100, 100)).assuming((a, b) -> b != 0)
                .checkAssert((a, b) -> {
                    long q = (Long) Ops.floordiv(a, b);
                    long m = (Long) Ops.mod(a, b);
                    assertThat(q * b + m).isEqualTo(a);
                    assertThat(m == 0 || (m < 0) == (b < 0)).isTrue();
                });
    }
}
