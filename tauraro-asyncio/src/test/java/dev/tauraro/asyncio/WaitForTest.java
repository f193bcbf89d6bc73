package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WaitForTest {
    private final EventLoop loop = EventLoop.withVirtualTime();

    private static Duration sec(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }

    /** Sleeps {@code d}; on cancellation sleeps {@code cleanup}, then re-raises or returns "swallowed". */
    private static Mono<String> work(double d, double cleanup, boolean swallow, List<String> log) {
        return Asyncio.sleep(sec(d), "done")
                .onErrorResume(CancelledError.class, e -> {
                    log.add("cancelled at " + Asyncio.getRunningLoop().time());
                    return Asyncio.sleep(sec(cleanup))
                            .then(Mono.fromRunnable(() -> log.add("cleaned up at " + Asyncio.getRunningLoop().time())))
                            .then(swallow ? Mono.just("swallowed") : Mono.error(e));
                });
    }

    @Test
    void returnsTheResultWhenTheWorkFinishesBeforeTheTimeout() {
        String r = Asyncio.run(Asyncio.waitFor(Asyncio.sleep(sec(1), "x"), sec(2)), loop);
        assertThat(r).isEqualTo("x");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void onTimeoutCancelsTheWorkWaitsForItsCleanupAndRaisesTimeoutErrorFromTheCancellation() {
        List<String> log = new ArrayList<>();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Asyncio.run(Asyncio.waitFor(work(10, 1, false, log), sec(2))
                .doOnError(e -> {
                    log.add("timeout seen at " + Asyncio.getRunningLoop().time());
                    seen.set(e);
                })
                .onErrorResume(e -> Mono.empty()), loop);
        assertThat(seen.get()).isExactlyInstanceOf(TimeoutError.class);
        assertThat(seen.get().getCause()).isInstanceOf(CancelledError.class);
        assertThat(log).containsExactly("cancelled at 2.0", "cleaned up at 3.0", "timeout seen at 3.0");
    }

    @Test
    void returnsTheValueWhenTheWorkSwallowsTheCancellation() {
        List<String> log = new ArrayList<>();
        String r = Asyncio.run(Asyncio.waitFor(work(10, 1, true, log), sec(2)), loop);
        assertThat(r).isEqualTo("swallowed");
        assertThat(loop.time()).isEqualTo(3.0);
    }

    @Test
    void raisesTheWorksOwnExceptionWhenItFailsWhileBeingCancelled() {
        Mono<String> inner = Asyncio.sleep(sec(10), "x")
                .onErrorResume(CancelledError.class, e -> Mono.error(new IllegalArgumentException("boom")));
        assertThatThrownBy(() -> Asyncio.run(Asyncio.waitFor(inner, sec(1)), loop))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("boom");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void workFinishingAtTheDeadlineStillTimesOutBecauseTheTimerWasArmedFirst() {
        assertThatThrownBy(() -> Asyncio.run(Asyncio.waitFor(Asyncio.sleep(sec(1), "x"), sec(1)), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void aNullTimeoutAwaitsTheMonoInPlaceWithoutATask() {
        AtomicReference<Task<?>> inner = new AtomicReference<>();
        Task<?>[] outer = new Task<?>[1];
        String r = Asyncio.run(Mono.defer(() -> {
            outer[0] = Asyncio.currentTask();
            return Asyncio.waitFor(Mono.defer(() -> {
                inner.set(Asyncio.currentTask());
                return Asyncio.sleep(sec(100), "late");
            }), (Duration) null);
        }), loop);
        assertThat(r).isEqualTo("late");
        assertThat(inner.get()).isSameAs(outer[0]);
        assertThat(loop.time()).isEqualTo(100.0);
    }

    @Test
    void aPositiveTimeoutRunsTheWorkInItsOwnTask() {
        AtomicReference<Task<?>> inner = new AtomicReference<>();
        Task<?>[] outer = new Task<?>[1];
        Asyncio.run(Mono.defer(() -> {
            outer[0] = Asyncio.currentTask();
            return Asyncio.waitFor(Mono.fromRunnable(() -> inner.set(Asyncio.currentTask())), sec(1));
        }), loop);
        assertThat(inner.get()).isNotNull().isNotSameAs(outer[0]);
    }

    @Test
    void aZeroTimeoutReturnsTheResultOfADoneFuture() {
        int r = Asyncio.run(Mono.defer(() -> {
            Future<Integer> f = Asyncio.getRunningLoop().createFuture();
            f.setResult(5);
            return Asyncio.waitFor(f, Duration.ZERO);
        }), loop);
        assertThat(r).isEqualTo(5);
    }

    @Test
    void aZeroOrNegativeTimeoutCancelsPendingWorkBeforeItStarts() {
        AtomicBoolean started = new AtomicBoolean();
        Mono<String> work = Mono.fromCallable(() -> {
            started.set(true);
            return "x";
        });
        assertThatThrownBy(() -> Asyncio.run(Asyncio.waitFor(work, Duration.ZERO), loop))
                .isExactlyInstanceOf(TimeoutError.class)
                .hasCauseInstanceOf(CancelledError.class);
        EventLoop loop2 = EventLoop.withVirtualTime();
        assertThatThrownBy(() -> Asyncio.run(Asyncio.waitFor(work, -1.0), loop2))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(started).isFalse();
        assertThat(loop.time()).isEqualTo(0.0);
    }

    @Test
    void theTimeoutInSecondsFormBehavesLikeTheDurationForm() {
        assertThatThrownBy(() -> Asyncio.run(Asyncio.waitFor(Asyncio.sleep(sec(5), "x"), 2.5), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(loop.time()).isEqualTo(2.5);
    }

    @Test
    void aTaskPassedInIsCancelledOnTimeout() {
        Task<?>[] task = new Task<?>[1];
        assertThatThrownBy(() -> Asyncio.run(Mono.defer(() -> {
            task[0] = Asyncio.createTask(Asyncio.sleep(sec(5), "x"));
            return Asyncio.waitFor(task[0], sec(1));
        }), loop)).isExactlyInstanceOf(TimeoutError.class);
        assertThat(task[0].cancelled()).isTrue();
    }

    @Test
    void cancellingTheCallerCancelsTheWorkAndWaitsForItBeforeRaising() {
        List<String> log = new ArrayList<>();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Asyncio.run(Mono.defer(() -> {
            Task<String> outer = Asyncio.createTask(Asyncio.waitFor(work(10, 1, false, log), sec(5)));
            return Asyncio.sleep(sec(1))
                    .then(Mono.fromRunnable(() -> outer.cancel("stop")))
                    .then(outer)
                    .doOnError(seen::set)
                    .onErrorResume(e -> Mono.empty());
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(CancelledError.class);
        assertThat(((CancelledError) seen.get()).cancelMessage()).isEqualTo("stop");
        assertThat(log).containsExactly("cancelled at 1.0", "cleaned up at 2.0");
        assertThat(loop.time()).isEqualTo(2.0);
    }

    @Test
    void isColdUntilSubscribed() {
        AtomicBoolean started = new AtomicBoolean();
        Asyncio.run(Mono.defer(() -> {
            Asyncio.waitFor(Mono.fromRunnable(() -> started.set(true)), sec(1));
            return Asyncio.sleep(sec(2));
        }), loop);
        assertThat(started).isFalse();
    }

    @Test
    void aCancellationArrivingAfterTheWorkFinishedIsSwallowedAndTheResultReturnedAsInCPython311() {
        List<Task<String>> outer = new ArrayList<>();
        String r = Asyncio.run(Mono.defer(() -> {
            Mono<String> inner = Asyncio.sleep(sec(1)).then(Mono.fromCallable(() -> {
                // Runs before waitFor's done callback, i.e. after the work finished but before
                // waitFor was woken: the cancel hits the waiter, not the work.
                Asyncio.getRunningLoop().callSoon(() -> outer.get(0).cancel());
                return "x";
            }));
            outer.add(Asyncio.createTask(Asyncio.waitFor(inner, sec(5))));
            return outer.get(0);
        }), loop);
        assertThat(r).isEqualTo("x");
        assertThat(outer.get(0).cancelled()).isFalse();
        assertThat(outer.get(0).cancelling()).isEqualTo(1);
    }
}
