package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokenPoolErrorTest {
    @Test
    void itIsAProcessErrorCarryingTheWorkerSideCause() {
        StackOverflowError cause = new StackOverflowError();
        BrokenPoolError e = new BrokenPoolError("worker died", cause);
        assertThat(e).isInstanceOf(ProcessError.class).hasCause(cause).hasToString("BrokenPoolError('worker died')");
        assertThat(new BrokenPoolError("Pool terminated")).hasNoCause();
    }
}
