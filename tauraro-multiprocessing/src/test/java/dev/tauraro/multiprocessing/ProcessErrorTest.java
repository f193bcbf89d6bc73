package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessErrorTest {
    @Test
    void itIsUncheckedAndItsReprIsPythons() {
        assertThat(new ProcessError("x")).isInstanceOf(RuntimeException.class).hasToString("ProcessError('x')");
        assertThat(new ProcessError()).hasToString("ProcessError()");
        IllegalStateException cause = new IllegalStateException();
        assertThat(new ProcessError("y", cause)).hasCause(cause);
    }
}
