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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class AsCompletedTest {
    private final EventLoop loop = EventLoop.withVirtualTime();

    private static Duration sec(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }

    private static Mono<String> after(double s, String v) {
        return Asyncio.sleep(sec(s), v);
    }

    private static String stamp(String v) {
        return v + "@" + Asyncio.getRunningLoop().time();
    }

    @Test
    void emitsTheFuturesInTheOrderTheyFinish() {
        List<String> r = Asyncio.run(Asyncio.asCompleted(List.of(after(3, "a"), after(1, "b"), after(2, "c")))
                .concatMap(f -> f.map(AsCompletedTest::stamp))
                .collectList(), loop);
        assertThat(r).containsExactly("b@1.0", "c@2.0", "a@3.0");
    }

    @Test
    void everyEmittedFutureIsDoneAndAFailureSurfacesWhenItIsAwaited() {
        List<Object> r = Asyncio.run(Asyncio.asCompleted(List.<Mono<String>>of(
                        after(2, "ok"),
                        Asyncio.sleep(sec(1)).then(Mono.error(new IllegalStateException("bad")))))
                .doOnNext(f -> assertThat(f.done()).isTrue())
                .concatMap(f -> f.<Object>map(v -> v).onErrorResume(e -> Mono.just(e.getMessage())))
                .collectList(), loop);
        assertThat(r).containsExactly("bad", "ok");
    }

    @Test
    void onTimeoutEmitsWhatFinishedThenSignalsTimeoutErrorWithoutCancellingTheRest() {
        List<String> got = new ArrayList<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        List<Future<String>> futures = new ArrayList<>();
        Asyncio.run(Mono.defer(() -> {
            Task<String> slow = Asyncio.createTask(after(5, "slow"));
            futures.add(slow);
            return Asyncio.asCompleted(List.of(after(1, "fast"), slow), sec(2))
                    .concatMap(f -> f.map(AsCompletedTest::stamp))
                    .doOnNext(got::add)
                    .doOnError(e -> got.add("timeout@" + Asyncio.getRunningLoop().time()))
                    .then()
                    .onErrorResume(e -> {
                        error.set(e);
                        return Mono.empty();
                    })
                    .then(slow);
        }), loop);
        assertThat(got).containsExactly("fast@1.0", "timeout@2.0");
        assertThat(error.get()).isExactlyInstanceOf(TimeoutError.class);
        assertThat(futures.get(0).result()).isEqualTo("slow");
        assertThat(loop.time()).isEqualTo(5.0);
    }

    @Test
    void futuresFinishedBeforeTheTimeoutAreStillEmittedAfterItIfNotYetConsumed() {
        List<String> got = new ArrayList<>();
        Asyncio.run(Asyncio.asCompleted(List.of(after(1, "a"), after(1.5, "b"), after(9, "c")), sec(2))
                // A slow consumer; delayError so that Reactor does not drop the queued element
                .concatMapDelayError(f -> Asyncio.sleep(sec(3)).then(f))
                .doOnNext(got::add)
                .onErrorResume(TimeoutError.class, e -> Mono.fromRunnable(() -> got.add("timeout")))
                .then(), loop);
        assertThat(got).containsExactly("a", "b", "timeout");
    }

    // The pitfall that Asyncio.asCompleted's javadoc warns about: plain concatMap passes the
    // TimeoutError on as soon as it arrives, which cancels the processing of "b" although "b"
    // finished before the timeout (the next await after "b" is already the timed-out one).
    @Test
    void aSlowConsumerWithPlainConcatMapLosesAFutureThatFinishedBeforeTheTimeout() {
        List<String> got = new ArrayList<>();
        Asyncio.run(Asyncio.asCompleted(List.of(after(1, "a"), after(1.5, "b"), after(9, "c")), sec(2))
                .concatMap(f -> Asyncio.sleep(sec(3)).then(f))
                .doOnNext(v -> got.add(stamp(v)))
                .onErrorResume(TimeoutError.class, e -> Mono.fromRunnable(() -> got.add(stamp("timeout"))))
                .then(), loop);
        assertThat(got).containsExactly("a@4.0", "timeout@4.0");
    }

    @Test
    void anEmptyCollectionCompletesAtOnce() {
        List<Future<Object>> r = Asyncio.run(Asyncio.asCompleted(List.<Mono<Object>>of(), sec(1)).collectList(), loop);
        assertThat(r).isEmpty();
        assertThat(loop.time()).isEqualTo(0.0);
    }

    @Test
    void theSameMonoGivenTwiceRunsAndIsEmittedOnce() {
        Mono<String> m = after(1, "x");
        List<Future<String>> r = Asyncio.run(Asyncio.asCompleted(List.of(m, m)).collectList(), loop);
        assertThat(r).hasSize(1);
    }

    @Test
    void isColdUntilSubscribed() {
        AtomicBoolean started = new AtomicBoolean();
        Flux<Future<Object>> flux = Asyncio.asCompleted(List.of(Mono.fromRunnable(() -> started.set(true))));
        Asyncio.run(Asyncio.sleep(sec(1)), loop);
        assertThat(started).isFalse();
        EventLoop loop2 = EventLoop.withVirtualTime();
        assertThat(Asyncio.run(flux.count(), loop2)).isEqualTo(1);
        assertThat(started).isTrue();
    }

    @Test
    void cancellingTheConsumerRaisesCancelledErrorAndLeavesTheWorkRunning() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        List<Task<String>> work = new ArrayList<>();
        Asyncio.run(Mono.defer(() -> {
            work.add(Asyncio.createTask(after(5, "w")));
            Task<Long> consumer = Asyncio.createTask(Asyncio.asCompleted(work).count());
            return Asyncio.sleep(sec(1))
                    .then(Mono.fromRunnable(() -> consumer.cancel()))
                    .then(consumer)
                    .doOnError(seen::set)
                    .onErrorResume(e -> Mono.empty())
                    .then(work.get(0));
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(CancelledError.class);
        assertThat(work.get(0).result()).isEqualTo("w");
        assertThat(loop.time()).isEqualTo(5.0);
    }

    @Test
    void aFutureFromAnotherLoopIsRejected() {
        EventLoop other = EventLoop.withVirtualTime();
        Future<String> foreign = other.createFuture();
        assertThatThrownBy(() -> Asyncio.run(Asyncio.asCompleted(List.of(foreign)).then(), loop))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
