package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeoutErrorTest {
    @Test
    void itIsAProcessErrorAndNotAsynciosTimeoutError() {
        TimeoutError e = new TimeoutError();
        assertThat(e).isInstanceOf(ProcessError.class).isNotInstanceOf(dev.tauraro.asyncio.TimeoutError.class);
        assertThat(e).hasToString("TimeoutError()");
        assertThat(new TimeoutError("late")).hasToString("TimeoutError('late')");
    }
}
