package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Handles returned by callSoon. */
class HandleTest {
    private final EventLoop loop = EventLoop.withVirtualTime();
    private final List<String> log = new ArrayList<>();

    private void runOnce() {
        loop.callSoon(loop::stop);
        loop.runForever();
    }

    @Test
    void aHandleRunsItsCallbackOnceOnTheLoop() {
        Handle h = loop.callSoon(() -> log.add("ran"));
        assertThat(log).isEmpty();
        runOnce();
        assertThat(log).containsExactly("ran");
        assertThat(h.cancelled()).isFalse();
    }

    @Test
    void aCancelledHandleNeverRunsAndCancellingTwiceOrAfterRunningIsHarmless() {
        Handle h = loop.callSoon(() -> log.add("cancelled one"));
        Handle ran = loop.callSoon(() -> log.add("ran"));
        h.cancel();
        h.cancel();
        assertThat(h.cancelled()).isTrue();
        runOnce();
        ran.cancel();
        assertThat(log).containsExactly("ran");
    }

    @Test
    void theReprShowsTheCallbackAndWhetherItWasCancelled() {
        Runnable cb = new Runnable() {
            @Override
            public void run() {
            }

            @Override
            public String toString() {
                return "cb()";
            }
        };
        Handle h = loop.callSoon(cb);
        assertThat(h).hasToString("<Handle cb()>");
        h.cancel();
        assertThat(h).hasToString("<Handle cancelled>"); // CPython drops the callback on cancel
    }
}
