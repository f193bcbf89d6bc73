package dev.tauraro.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Options}: the defaults are those of websockets' latest release, not Reactor Netty's. */
class OptionsTest {
    @Test
    void theDefaultsAreThoseOfWebsocketsLatestRelease() {
        Options d = Options.DEFAULTS;
        assertThat(d.maxSize()).isEqualTo(1 << 20);                  // max_size=2**20 (Reactor Netty: 64 KiB frames)
        assertThat(d.maxFragmentSize()).isNull();
        assertThat(d.maxQueue()).isEqualTo(16);                      // max_queue=16, low mark a quarter
        assertThat(d.maxQueueLow()).isEqualTo(4);
        assertThat(d.writeLimitHigh()).isEqualTo(32 * 1024);         // write_limit=2**15
        assertThat(d.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(d.pingTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(d.closeTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.openTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.compression()).isTrue();                        // compression="deflate" (Reactor Netty: off)
        assertThat(d.subprotocols()).isEmpty();
        assertThat(d.origins()).isNull();
        assertThat(d.userAgentHeader()).isEqualTo("tauraro-websockets/0.1");
        assertThat(d.serverHeader()).isEqualTo("tauraro-websockets/0.1");
        assertThat(d.processRequest()).isNull();
        assertThat(d.processResponse()).isNull();
    }

    @Test
    void toBuilderKeepsEverySettingAndChangesOnlyTheCopy() {
        Options custom = Options.builder().maxSize(10, 5).maxQueue(8, 3).writeLimit(100, 10)
                .pingInterval(null).pingTimeout(Duration.ofSeconds(1)).closeTimeout(Duration.ofSeconds(2))
                .openTimeout(Duration.ofSeconds(3)).compression(false).subprotocols("a", "b")
                .origin("https://o.example").userAgentHeader(null).serverHeader("s").build();
        Options copy = custom.toBuilder().build();
        assertThat(copy.toString()).isEqualTo(custom.toString());
        assertThat(copy.maxFragmentSize()).isEqualTo(5);
        assertThat(copy.maxQueueLow()).isEqualTo(3);
        assertThat(copy.origin()).isEqualTo("https://o.example");
        assertThat(copy.userAgentHeader()).isNull();
        assertThat(copy.serverHeader()).isEqualTo("s");
        assertThat(custom.toBuilder().maxSize(99).build().maxSize()).isEqualTo(99);
        assertThat(custom.maxSize()).isEqualTo(10);
    }
}
