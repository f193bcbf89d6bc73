package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

@org.junit.jupiter.api.Timeout(value = 10, unit = TimeUnit.SECONDS)
class TimeoutTest {
    private final EventLoop loop = EventLoop.withVirtualTime();

    private static Duration sec(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }

    private static double now() {
        return Asyncio.getRunningLoop().time();
    }

    @Test
    void aBodyFinishingBeforeTheDeadlineReturnsItsValue() {
        AtomicReference<Timeout> tm = new AtomicReference<>();
        String r = Asyncio.run(Asyncio.timeout(sec(5), t -> {
            tm.set(t);
            return Asyncio.sleep(sec(1), "x");
        }), loop);
        assertThat(r).isEqualTo("x");
        assertThat(loop.time()).isEqualTo(1.0);
        assertThat(tm.get().expired()).isFalse();
        assertThat(tm.get()).hasToString("<Timeout [finished]>");
    }

    @Test
    void atTheDeadlineTheBodyIsCancelledAndTimeoutErrorRaisedFromTheCancellation() {
        AtomicReference<Timeout> tm = new AtomicReference<>();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        int cancelling = Asyncio.run(Asyncio.timeout(sec(2.5), t -> {
            tm.set(t);
            return Asyncio.sleep(sec(10), "x");
        }).doOnError(seen::set).onErrorResume(e -> Mono.empty())
                .then(Mono.fromSupplier(() -> Asyncio.currentTask().cancelling())), loop);
        assertThat(seen.get()).isExactlyInstanceOf(TimeoutError.class).hasCauseInstanceOf(CancelledError.class);
        assertThat(loop.time()).isEqualTo(2.5);
        assertThat(tm.get().expired()).isTrue();
        assertThat(tm.get()).hasToString("<Timeout [expired]>");
        assertThat(cancelling).isZero();
    }

    @Test
    void theBodyMayCleanUpBeforeTheTimeoutErrorLeavesIt() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Asyncio.run(Asyncio.timeout(sec(1), Asyncio.sleep(sec(10), "x")
                .onErrorResume(CancelledError.class, e -> Mono.fromRunnable(() -> log.add("cancelled at " + now()))
                        .then(Asyncio.sleep(sec(1)))
                        .then(Mono.fromRunnable(() -> log.add("cleaned up at " + now())))
                        .then(Mono.error(e)))), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(log).containsExactly("cancelled at 1.0", "cleaned up at 2.0");
    }

    @Test
    void aBodySwallowingTheCancellationReturnsNormallyButExpired() {
        AtomicReference<Timeout> tm = new AtomicReference<>();
        String r = Asyncio.run(Asyncio.timeout(sec(1), t -> {
            tm.set(t);
            return Asyncio.sleep(sec(5), "x").onErrorResume(CancelledError.class, e -> Mono.just("swallowed"));
        }), loop);
        assertThat(r).isEqualTo("swallowed");
        assertThat(tm.get().expired()).isTrue();
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void aNullDelayNeverExpires() {
        String r = Asyncio.run(Asyncio.timeout(null, Asyncio.sleep(sec(1000), "x")), loop);
        assertThat(r).isEqualTo("x");
    }

    @Test
    void aDeadlineAlreadyPassedExpiresAtTheFirstYield() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Asyncio.run(Asyncio.timeout(Duration.ZERO,
                Mono.fromRunnable(() -> log.add("body runs"))
                        .then(Asyncio.sleep(Duration.ZERO))
                        .then(Mono.fromRunnable(() -> log.add("not reached")))), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(log).containsExactly("body runs");
    }

    @Test
    void rescheduleMovesTheDeadline() {
        double[] when = new double[1];
        assertThatThrownBy(() -> Asyncio.run(Asyncio.timeout(sec(1), t -> {
            t.reschedule(now() + 3);
            when[0] = t.when();
            return Asyncio.sleep(sec(10));
        }), loop)).isExactlyInstanceOf(TimeoutError.class);
        assertThat(when[0]).isEqualTo(3.0);
        assertThat(loop.time()).isEqualTo(3.0);
    }

    @Test
    void rescheduleToNullDisablesTheDeadline() {
        String r = Asyncio.run(Asyncio.timeout(sec(1), t -> {
            t.reschedule(null);
            return Asyncio.sleep(sec(10), "x");
        }), loop);
        assertThat(r).isEqualTo("x");
        assertThat(loop.time()).isEqualTo(10.0);
    }

    @Test
    void rescheduleOutsideTheActiveStateFailsWithCPythonsMessages() {
        List<String> messages = new ArrayList<>();
        Asyncio.run(Mono.defer(() -> {
            Timeout created = Asyncio.timeout(sec(1));
            try {
                created.reschedule(5.0);
            } catch (IllegalStateException e) {
                messages.add(e.getMessage());
            }
            return Asyncio.timeout(sec(1), t -> Asyncio.sleep(sec(5))
                    .onErrorResume(CancelledError.class, e -> {
                        try {
                            t.reschedule(now() + 10);
                        } catch (IllegalStateException ise) {
                            messages.add(ise.getMessage());
                        }
                        return Mono.error(e);
                    }))
                    .onErrorResume(TimeoutError.class, e -> Mono.empty());
        }), loop);
        assertThat(messages).containsExactly("Timeout has not been entered", "Cannot change state of expiring Timeout");
    }

    @Test
    void rescheduleAfterExpiryReportsExpired() {
        Timeout[] tm = new Timeout[1];
        Asyncio.run(Asyncio.timeout(sec(1), t -> {
            tm[0] = t;
            return Asyncio.sleep(sec(5));
        }).onErrorResume(TimeoutError.class, e -> Mono.empty()), loop);
        assertThatThrownBy(() -> tm[0].reschedule(1.0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot change state of expired Timeout");
    }

    @Test
    void timeoutAtUsesAnAbsoluteLoopTime() {
        assertThatThrownBy(() -> Asyncio.run(Asyncio.sleep(sec(2))
                .then(Asyncio.timeoutAt(3.5, Asyncio.sleep(sec(10)))), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(loop.time()).isEqualTo(3.5);
    }

    @Test
    void anInnerTimeoutExpiringFirstIsHandledByItAlone() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Asyncio.run(Asyncio.timeout(sec(5),
                Asyncio.timeout(sec(1), Asyncio.sleep(sec(10)))
                        .onErrorResume(TimeoutError.class, e -> Mono.fromRunnable(() -> log.add("inner at " + now())))
                        .then(Asyncio.sleep(sec(10)))), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(log).containsExactly("inner at 1.0");
        assertThat(loop.time()).isEqualTo(5.0);
    }

    @Test
    void anOuterTimeoutExpiringFirstPassesThroughTheInnerOne() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Asyncio.run(Asyncio.timeout(sec(1),
                Asyncio.timeout(sec(5), Asyncio.sleep(sec(10)))
                        .onErrorResume(TimeoutError.class, e -> Mono.fromRunnable(() -> log.add("inner (wrong)")))), loop))
                .isExactlyInstanceOf(TimeoutError.class);
        assertThat(log).isEmpty();
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void aCancellationFromOutsideAtTheDeadlineStaysACancellation() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Timeout[] tm = new Timeout[1];
        Asyncio.run(Mono.defer(() -> {
            Task<?> self = Asyncio.currentTask();
            // Armed before the timeout's timer, so it fires first in the same iteration.
            Asyncio.getRunningLoop().callLater(sec(1), () -> self.cancel());
            return Asyncio.timeout(sec(1), t -> {
                tm[0] = t;
                return Asyncio.sleep(sec(5));
            }).doOnError(seen::set).onErrorResume(e -> Mono.empty());
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(CancelledError.class);
        assertThat(tm[0].expired()).isTrue();
    }

    @Test
    void aCancellationPendingSinceBeforeEntryDoesNotStopTheConversion() {
        // CPython 3.11.7 compares with the task's cancelling() count at entry.
        int[] cancellingAfter = new int[1];
        Asyncio.run(Mono.defer(() -> {
            Task<?> self = Asyncio.currentTask();
            self.cancel();
            return Asyncio.sleep(sec(1))
                    .onErrorResume(CancelledError.class, e -> Mono.empty())
                    .then(Asyncio.timeout(sec(1), Asyncio.sleep(sec(5))))
                    .onErrorResume(TimeoutError.class, e -> Mono.fromRunnable(() -> cancellingAfter[0] = self.cancelling()));
        }), loop);
        assertThat(cancellingAfter[0]).isEqualTo(1);
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void enteringOutsideATaskFails() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Timeout[] tm = new Timeout[1];
        Asyncio.run(Mono.defer(() -> {
            tm[0] = Asyncio.timeout(sec(1));
            Asyncio.getRunningLoop().callSoon(() -> tm[0].enter().subscribe(t -> { }, seen::set));
            return Asyncio.sleep(Duration.ZERO);
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("Timeout should be used inside a task");
        assertThat(tm[0]).hasToString("<Timeout [created]>");
    }

    @Test
    void enteringTwiceFails() {
        assertThatThrownBy(() -> Asyncio.run(Mono.defer(() -> {
            Timeout t = Asyncio.timeout(sec(1));
            return t.enter().then(t.enter());
        }), loop)).isExactlyInstanceOf(IllegalStateException.class).hasMessage("Timeout has already been entered");
    }

    @Test
    void enterAndExitCanBeDrivenByHand() {
        List<String> log = new ArrayList<>();
        Asyncio.run(Mono.defer(() -> {
            Timeout t = Asyncio.timeoutAt(2.0);
            return t.enter()
                    .doOnNext(x -> log.add(x.toString()))
                    .then(Asyncio.sleep(sec(5)))
                    .then(Mono.<Throwable>empty())
                    .onErrorResume(e -> Mono.just(e))
                    .flatMap(err -> {
                        log.add("body ended with " + err);
                        return t.exit(err);
                    })
                    .onErrorResume(e -> Mono.fromRunnable(() -> log.add("exit raised " + e + " at " + now())));
        }), loop);
        assertThat(log).containsExactly("<Timeout [active] when=2.0>", "body ended with CancelledError()",
                "exit raised TimeoutError() at 2.0");
    }

    @Test
    void theReprShowsTheDeadlineRoundedToMilliseconds() {
        Asyncio.run(Mono.defer(() -> {
            Timeout t = Timeout.at(1234.56789);
            assertThat(t).hasToString("<Timeout [created]>");
            return t.enter().doOnNext(x -> assertThat(x).hasToString("<Timeout [active] when=1234.568>"))
                    .then(t.exit(null));
        }), loop);
        Asyncio.run(Mono.defer(() -> {
            Timeout t = Timeout.at(null);
            return t.enter().doOnNext(x -> assertThat(x).hasToString("<Timeout [active] when=None>"))
                    .then(t.exit(null));
        }), EventLoop.withVirtualTime());
    }

    @Test
    void isColdTheDeadlineIsFixedAtSubscription() {
        Mono<Void> guarded = Asyncio.timeout(sec(2), Asyncio.sleep(sec(1)));
        Asyncio.run(Asyncio.sleep(sec(5)).then(guarded), loop);
        assertThat(loop.time()).isEqualTo(6.0);
    }
}
