package dev.tauraro.script.modules.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.runtime.PyException;
import org.junit.jupiter.api.Test;

class HalfFloatTest {
    @Test
    void everyHalfSurvivesARoundTripThroughDouble() {
        for (int h = 0; h < 0x10000; h++) {
            double d = HalfFloat.toDouble(h);
            if (Double.isNaN(d)) {
                continue;
            }
            assertThat(HalfFloat.fromDouble(d)).as("0x%04x", h).isEqualTo(h);
        }
    }

    @Test
    void roundsHalfToEvenAndOverflowsPastTheLargestHalf() {
        // 1 + 2^-11 lies halfway between 1 and the next half (1 + 2^-10): ties go to the even mantissa, 1
        assertThat(HalfFloat.fromDouble(1 + 0x1p-11)).isEqualTo(0x3c00);
        assertThat(HalfFloat.fromDouble(65519.0)).isEqualTo(0x7bff);
        assertThatThrownBy(() -> HalfFloat.fromDouble(65520.0)).isInstanceOf(PyException.class);
    }

    @Test
    void aSeededCrcContinuesTheUnseededOne() {
        byte[] a = "hello ".getBytes();
        byte[] b = "world".getBytes();
        byte[] ab = "hello world".getBytes();
        assertThat(Checksums.crc32(b, Checksums.crc32(a, 0))).isEqualTo(Checksums.crc32(ab, 0));
        assertThat(Checksums.adler32(b, Checksums.adler32(a, 1))).isEqualTo(Checksums.adler32(ab, 1));
    }
}
