package dev.tauraro.websockets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloseFrameTest {
    @Test
    void printsLikeWebsocketsCloseFrames() {
        assertThat(new CloseFrame(1000, "")).hasToString("1000 (OK)");
        assertThat(new CloseFrame(1001, "bye")).hasToString("1001 (going away) bye");
        assertThat(new CloseFrame(3001, "")).hasToString("3001 (registered)");
        assertThat(new CloseFrame(4001, "x")).hasToString("4001 (private use) x");
        assertThat(new CloseFrame(2999, "")).hasToString("2999 (unknown)");
    }

    @Test
    void onlyCodesOfTheRfcMayBeSent() {
        assertThat(CloseFrame.isSendable(1000)).isTrue();
        assertThat(CloseFrame.isSendable(1011)).isTrue();
        assertThat(CloseFrame.isSendable(4999)).isTrue();
        assertThat(CloseFrame.isSendable(1005)).isFalse();
        assertThat(CloseFrame.isSendable(1006)).isFalse();
        assertThat(CloseFrame.isSendable(1015)).isFalse();
        assertThat(CloseFrame.isSendable(999)).isFalse();
        assertThat(CloseFrame.isSendable(5000)).isFalse();
    }

    @Test
    void connectionClosedIsOkOnlyWhenBothFramesAreNormal() {
        CloseFrame ok = new CloseFrame(1000, "");
        CloseFrame away = new CloseFrame(1001, "");
        assertThat(ConnectionClosed.of(ok, away, true)).isInstanceOf(ConnectionClosedOK.class)
                .hasMessage("received 1000 (OK); then sent 1001 (going away)");
        assertThat(ConnectionClosed.of(ok, null, null)).isInstanceOf(ConnectionClosedError.class)
                .hasMessage("received 1000 (OK); no close frame sent");
        assertThat(ConnectionClosed.of(null, ok, null)).isInstanceOf(ConnectionClosedError.class)
                .hasMessage("sent 1000 (OK); no close frame received");
        assertThat(ConnectionClosed.of(new CloseFrame(1005, ""), ok, false)).isInstanceOf(ConnectionClosedOK.class)
                .hasMessage("sent 1000 (OK); then received 1005 (no status received [internal])");
    }
}
