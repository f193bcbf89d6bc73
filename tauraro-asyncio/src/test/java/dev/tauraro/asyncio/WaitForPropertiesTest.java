package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * waitFor against a reference model, for any inner duration, timeout, cleanup time and whether the
 * inner work swallows its cancellation. All times are in tenths of a second on the virtual clock.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WaitForPropertiesTest {

    /** What waitFor should produce: a value or a TimeoutError, at a loop time. */
    private record Outcome(String value, boolean timedOut, long tenths) {
    }

    /**
     * The model, from CPython 3.11's wait_for. A timeout of zero or less cancels the work before it
     * starts. Otherwise the work wins only if it finishes strictly before the deadline: at a tie the
     * timeout's timer was armed first and fires first. On timeout the work is cancelled, cleans up,
     * and its outcome decides: swallowing returns its value, re-raising becomes TimeoutError.
     */
    private static Outcome model(int inner, int timeout, boolean swallow, int cleanup) {
        if (timeout <= 0) {
            return new Outcome(null, true, 0);
        }
        if (inner < timeout) {
            return new Outcome("done", false, inner);
        }
        return swallow ? new Outcome("swallowed", false, timeout + cleanup) : new Outcome(null, true, timeout + cleanup);
    }

    private static Duration tenths(int n) {
        return Duration.ofMillis(100L * n);
    }

    @Test
    void waitForMatchesTheModelAndTheWorkHasFinishedBeforeATimeoutIsSeen() {
        qt().withExamples(300).forAll(
                integers().between(0, 40),
                integers().between(-3, 40),
                booleans().all(),
                integers().between(0, 10))
                .checkAssert((inner, timeout, swallow, cleanup) -> {
                    Outcome expected = model(inner, timeout, swallow, cleanup);
                    EventLoop loop = EventLoop.withVirtualTime();
                    AtomicBoolean innerFinished = new AtomicBoolean();
                    AtomicReference<Task<?>> innerTask = new AtomicReference<>();
                    AtomicReference<Boolean> finishedWhenTimeoutSeen = new AtomicReference<>();

                    Mono<String> work = Mono.defer(() -> {
                        innerTask.set(Asyncio.currentTask());
                        return Asyncio.sleep(tenths(inner), "done")
                                .onErrorResume(CancelledError.class, e -> Asyncio.sleep(tenths(cleanup))
                                        .then(swallow ? Mono.just("swallowed") : Mono.<String>error(e)));
                    }).doOnTerminate(() -> innerFinished.set(true));

                    Mono<String> main = Asyncio.waitFor(work, tenths(timeout))
                            .onErrorResume(TimeoutError.class, e -> {
                                Task<?> t = innerTask.get();
                                finishedWhenTimeoutSeen.set(t == null || (t.done() && innerFinished.get()));
                                assertThat(e.getCause()).isInstanceOf(CancelledError.class);
                                return Mono.just("TIMEOUT");
                            });
                    String result = Asyncio.run(main, loop);

                    if (expected.timedOut()) {
                        assertThat(result).isEqualTo("TIMEOUT");
                        assertThat(finishedWhenTimeoutSeen.get()).isTrue();
                    } else {
                        assertThat(result).isEqualTo(expected.value());
                    }
                    assertThat(loop.time()).isCloseTo(expected.tenths() / 10.0, org.assertj.core.api.Assertions.within(1e-9));
                    if (timeout <= 0) {
                        assertThat(innerTask.get()).as("the work never started").isNull();
                    }
                });
    }
}
