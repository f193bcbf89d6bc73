package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {
    private final Request get = new Request("GET", "http://h/");
    private final Request post = new Request("POST", "http://h/");

    @Test
    void connectFailuresAreRetriedForEveryMethodReadFailuresOnlyForIdempotentOnes() {
        Retries r = Retries.of(3);
        assertThat(r.retryable(new ConnectError("x", post), post)).isTrue();
        assertThat(r.retryable(new ReadTimeout("x", post), post)).isFalse();
        assertThat(r.retryable(new ReadTimeout("x", get), get)).isTrue();
        assertThat(r.retryable(new HTTPStatusError("x", get, null), get)).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCapWithJitter() {
        Retries r = new Retries(10, Duration.ofMillis(100), Duration.ofMillis(350), Duration.ofSeconds(30));
        assertThat(r.delay(2, 0.999999)).isBetween(Duration.ofMillis(99), Duration.ofMillis(100));
        assertThat(r.delay(3, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(r.delay(4, 0.999999)).isBetween(Duration.ofMillis(349), Duration.ofMillis(350));
        assertThat(r.delay(9, 0.0)).isEqualTo(Duration.ofMillis(175));
    }

    @Test
    void retryAfterSecondsAreHonouredAndDatesIgnored() {
        assertThat(Retries.retryAfter(Response.builder(503).header("Retry-After", "2").build()))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(Retries.retryAfter(Response.builder(503).header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")
                .build())).isNull();
    }
}
