package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timer handles returned by callLater and callAt. */
class TimerHandleTest {
    private final EventLoop loop = EventLoop.withVirtualTime();
    private final List<String> log = new ArrayList<>();

    @Test
    void whenIsTheDeadlineInLoopTime() {
        loop.advance(Duration.ofSeconds(2));
        assertThat(loop.callLater(1.5, () -> { }).when()).isEqualTo(3.5);
        assertThat(loop.callLater(Duration.ofMillis(250), () -> { }).when()).isEqualTo(2.25);
        assertThat(loop.callAt(10, () -> { }).when()).isEqualTo(10.0);
    }

    @Test
    void aTimerFiresAtItsDeadlineAndNotBefore() {
        loop.callLater(1, () -> log.add("1 at " + loop.time()));
        loop.callLater(0.5, () -> log.add("0.5 at " + loop.time()));
        loop.callLater(2, loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("0.5 at 0.5", "1 at 1.0");
    }

    @Test
    void cancelledTimersNeverFireAndDoNotHoldTheVirtualClock() {
        List<TimerHandle> timers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            timers.add(loop.callLater(1 + i, () -> log.add("fired")));
        }
        timers.forEach(TimerHandle::cancel);
        timers.get(0).cancel();
        assertThat(timers.get(0).cancelled()).isTrue();
        loop.callLater(0.5, loop::stop);
        loop.runForever();
        assertThat(log).isEmpty();
        assertThat(loop.time()).isEqualTo(0.5);
    }

    @Test
    void aNegativeDelayIsDueAtOnceButQueuesBehindReadyCallbacksAndNaNIsRefused() {
        loop.callLater(-5, () -> log.add("negative"));
        loop.callSoon(() -> log.add("soon"));
        loop.callLater(1, loop::stop);
        loop.runForever();
        // CPython: ['soon', 'negative']: due timers join the ready queue behind what is already there
        assertThat(log).containsExactly("soon", "negative");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> loop.callLater(Double.NaN, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
