package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static dev.tauraro.websockets.WebsocketsTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@code writeLimit}: websockets' {@code write_limit}, the write buffer's high and low marks. */
class WriteLimitTest {

    @Test
    void theDefaultsAreWebsockets32KiBAndAQuarterOfIt() {
        assertThat(Options.DEFAULTS.writeLimitHigh()).isEqualTo(32 * 1024);
        assertThat(Options.DEFAULTS.writeLimitLow()).isEqualTo(8 * 1024);
        Options o = Options.builder().writeLimit(1000).build();
        assertThat(o.writeLimitLow()).isEqualTo(250);
        assertThatThrownBy(() -> Options.builder().writeLimit(10, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Against a peer that never reads: sends complete while the write buffer is under the high
     * mark, even though their bytes have not reached the socket, and the first send that takes
     * the buffer over it waits, until the peer reads again.
     */
    @Test
    void sendWaitsWhileTheWriteBufferIsAboveTheHighMark() throws Exception {
        int high = 256 * 1024;
        byte[] chunk = new byte[64 * 1024];
        try (SilentPeer peer = new SilentPeer()) {
            Connection ws = Websockets.connect(peer.uri(), Options.builder().compression(false).pingInterval(null)
                    .writeLimit(high).closeTimeout(Duration.ofMillis(200)).build()).block(WAIT);
            CompletableFuture<Void> stalled = null;
            int completedWithBytesBuffered = 0;
            // the kernel's socket buffers take a few MiB at most: the loop ends long before its bound
            for (int i = 0; i < 4096 && stalled == null; i++) {
                CompletableFuture<Void> send = ws.send(chunk).toFuture();
                eventually(() -> send.isDone() || ws.bufferedBytes() > high);
                if (send.isDone()) {
                    send.join();
                    if (ws.bufferedBytes() > 0) {
                        completedWithBytesBuffered++;       // done before its frame reached the socket
                    }
                } else {
                    stalled = send;
                }
            }
            assertThat(stalled).as("a send waiting above the high mark").isNotNull();
            assertThat(completedWithBytesBuffered).isPositive();
            peer.startReading();
            stalled.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            ws.send(chunk).block(WAIT);
            ws.close(1000, "").block(WAIT);
        }
    }
}
