package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tauraro.script.runtime.Ops;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The derived functions against their definitions in terms of raw 32-bit words (the reference model). */
class RandomModulePropertiesTest {
    private static RandomModule.Generator seeded(long seed) {
        RandomModule.Generator g = new RandomModule.Generator();
        g.seed(seed);
        return g;
    }

    @Test
    void getrandbitsIsTheLittleEndianConcatenationOfWordsWithTheLastOneTruncated() {
        qt().forAll(longs().between(0, 1L << 40), integers().between(1, 300)).checkAssert((seed, k) -> {
            RandomModule.Generator g = seeded(seed);
            RandomModule.Generator model = seeded(seed);
            BigInteger expected = BigInteger.ZERO;
            if (k <= 32) {
                expected = BigInteger.valueOf(Integer.toUnsignedLong(model.next32()) >>> (32 - k));
            } else {
                int left = k;
                for (int i = 0; left > 0; i++, left -= 32) {
                    long w = Integer.toUnsignedLong(model.next32());
                    if (left < 32) {
                        w >>>= 32 - left;
                    }
                    expected = expected.or(BigInteger.valueOf(w).shiftLeft(32 * i));
                }
            }
            assertThat(Ops.bigInt(g.getrandbits(k))).isEqualTo(expected);
        });
    }

    @Test
    void randomUsesTwoWordsForFiftyThreeBits() {
        qt().forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(seed -> {
            RandomModule.Generator g = seeded(seed);
            RandomModule.Generator model = seeded(seed);
            long a = Integer.toUnsignedLong(model.next32()) >>> 5;
            long b = Integer.toUnsignedLong(model.next32()) >>> 6;
            double r = g.random();
            assertThat(r).isEqualTo((a * 67108864.0 + b) / 9007199254740992.0);
            assertThat(r).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        });
    }

    @Test
    void randrangeStaysInsideTheRangeAndOnTheStep() {
        qt().forAll(longs().between(-1000, 1000), longs().between(1, 500), longs().between(1, 7))
                .checkAssert((start, width, step) -> {
                    RandomModule.Generator g = seeded(start * 31 + width);
                    long v = Ops.toLong(g.randrange(start, start + width, step));
                    assertThat(v).isBetween(start, start + width - 1);
                    assertThat((v - start) % step).isZero();
                });
    }

    @Test
    void floatHashAgreesWithTheRuntimesHashForIntegralFloats() {
        qt().forAll(longs().between(-(1L << 53), 1L << 53), integers().between(0, 200)).checkAssert((m, shift) -> {
            double d = Math.scalb((double) m, shift);
            assertThat(RandomModule.Generator.floatHash(d)).isEqualTo(Ops.pyHash(d));
        });
    }
}
