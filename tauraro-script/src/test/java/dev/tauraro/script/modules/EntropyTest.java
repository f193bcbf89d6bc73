package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The system's random bytes: the length asked for, from a source that does not repeat itself. */
class EntropyTest {
    @Test
    void givesTheLengthAskedFor() {
        assertThat(Entropy.bytes(0)).isEmpty();
        assertThat(Entropy.bytes(1)).hasSize(1);
        assertThat(Entropy.bytes(1 << 20)).hasSize(1 << 20);   // more than one read of the device
    }

    @Test
    void twoDrawsDiffer() {
        // 2^-256 chance of a false failure
        assertThat(Arrays.equals(Entropy.bytes(32), Entropy.bytes(32))).isFalse();
    }

    @Test
    void bytesAreSpreadOverAllValues() {
        int[] seen = new int[256];
        for (byte b : Entropy.bytes(1 << 16)) {
            seen[b & 0xff]++;
        }
        // each value expected 256 times; a source stuck on a few values (zeros) would fail
        assertThat(Arrays.stream(seen).min().getAsInt()).isGreaterThan(100);
    }
}
