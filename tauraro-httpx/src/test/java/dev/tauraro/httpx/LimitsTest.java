package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitsTest {
    @Test
    void theDefaultsAreHttpxs() {
        assertThat(Limits.DEFAULT.toString())
                .isEqualTo("Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)");
    }

    @Test
    void aPoolNeedsAtLeastOneConnection() {
        assertThatThrownBy(() -> new Limits(0, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
