package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeoutTest {
    @Test
    void theDefaultIsFiveSecondsPerPhase() {
        assertThat(Timeout.DEFAULT.connect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Timeout.DEFAULT.pool()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Timeout.DEFAULT.toString()).isEqualTo("Timeout(timeout=5.0)");
    }

    @Test
    void phasesCanDifferAndNoneDisables() {
        assertThat(Timeout.of(5.0).withConnect(1.0).toString())
                .isEqualTo("Timeout(connect=1.0, read=5.0, write=5.0, pool=5.0)");
        assertThat(Timeout.of(null)).isEqualTo(Timeout.NONE);
        assertThat(Timeout.NONE.toString()).isEqualTo("Timeout(timeout=None)");
    }
}
