package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * {@link Asyncio#forRange} and {@link Asyncio#forEach}: Python's {@code for ...: await body(x)}.
 * Expected orders are CPython 3.11's for the same loops.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ForLoopTest {

    static <T> T run(Mono<T> main) {
        return Asyncio.run(main, EventLoop.withVirtualTime());
    }

    static Mono<Void> log(List<String> log, String entry) {
        return Mono.fromRunnable(() -> log.add(entry));
    }

    @Test
    void forRangeAwaitsEachBodyInOrderEachAfterThePreviousOneCompleted() {
        List<String> log = new ArrayList<>();
        run(Asyncio.forRange(3, i -> log(log, "start " + i)
                .then(Asyncio.sleep(Duration.ofSeconds(1)))
                .then(log(log, "end " + i))));
        assertThat(log).containsExactly("start 0", "end 0", "start 1", "end 1", "start 2", "end 2");
    }

    @Test
    void forRangeOfZeroOrLessAppliesNoBody() {
        AtomicInteger applied = new AtomicInteger();
        run(Asyncio.forRange(0, i -> Mono.fromRunnable(applied::incrementAndGet))
                .then(Asyncio.forRange(-3, i -> Mono.fromRunnable(applied::incrementAndGet))));
        assertThat(applied).hasValue(0);
    }

    @Test
    void bodiesThatCompleteAtOnceDoNotYieldToOtherTasks() {
        // CPython: ['a0', 'a1', 'a2', 'b'] -- a for loop over awaits that never suspend runs through.
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            Task<Void> a = Asyncio.createTask(Asyncio.forRange(3, i -> log(log, "a" + i)));
            Task<Void> b = Asyncio.createTask(log(log, "b"));
            return Asyncio.gather(a, b);
        }));
        assertThat(log).containsExactly("a0", "a1", "a2", "b");
    }

    @Test
    void aBodyThatWaitsLetsOtherTasksRun() {
        // CPython: ['a0', 'b', 'a1', 'a2'] with a body that awaits asyncio.sleep(0).
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            Task<Void> a = Asyncio.createTask(Asyncio.forRange(3, i -> log(log, "a" + i).then(Asyncio.sleep(0))));
            Task<Void> b = Asyncio.createTask(log(log, "b"));
            return Asyncio.gather(a, b);
        }));
        assertThat(log).containsExactly("a0", "b", "a1", "a2");
    }

    @Test
    void aMillionBodiesThatCompleteAtOnceDoNotGrowTheStack() {
        int[] count = {0};
        run(Asyncio.forRange(1_000_000, i -> Mono.fromRunnable(() -> count[0]++)));
        assertThat(count[0]).isEqualTo(1_000_000);
    }

    @Test
    void manyBodiesThatWaitResumeTheLoopFromTheEventLoop() {
        int[] count = {0};
        run(Asyncio.forRange(100_000, i -> Asyncio.sleep(0).then(Mono.fromRunnable(() -> count[0]++))));
        assertThat(count[0]).isEqualTo(100_000);
    }

    @Test
    void theFirstFailureEndsTheLoopWithIt() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> run(Asyncio.forRange(5, i -> {
            log.add("body " + i);
            return i == 2 ? Mono.error(new IllegalStateException("boom")) : Mono.empty();
        }))).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(log).containsExactly("body 0", "body 1", "body 2");
    }

    @Test
    void aFailureAfterAWaitEndsTheLoopToo() {
        assertThatThrownBy(() -> run(Asyncio.forRange(5, i -> i < 2 ? Asyncio.sleep(1)
                : Asyncio.sleep(1).then(Mono.error(new IllegalStateException("late " + i))))))
                .isInstanceOf(IllegalStateException.class).hasMessage("late 2");
    }

    @Test
    void aBodyFunctionThatThrowsOrReturnsNullFailsTheLoop() {
        assertThatThrownBy(() -> run(Asyncio.forRange(3, i -> {
            throw new IllegalArgumentException("bad " + i);
        }))).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 0");
        assertThatThrownBy(() -> run(Asyncio.forRange(3, i -> null)))
                .isInstanceOf(NullPointerException.class).hasMessage("body returned null");
        assertThatThrownBy(() -> run(Asyncio.forEach(List.of("x"), x -> null)))
                .isInstanceOf(NullPointerException.class).hasMessage("body returned null");
    }

    @Test
    void eachSubscriptionRunsTheLoopFromTheStart() {
        List<String> log = new ArrayList<>();
        Mono<Void> range = Asyncio.forRange(2, i -> log(log, "r" + i));
        Mono<Void> each = Asyncio.forEach(List.of("x", "y"), x -> log(log, x));
        run(range.then(range).then(each).then(each));
        assertThat(log).containsExactly("r0", "r1", "r0", "r1", "x", "y", "x", "y");
    }

    @Test
    void forEachAwaitsABodyPerItemInOrder() {
        List<String> log = new ArrayList<>();
        run(Asyncio.forEach(List.of("a", "b", "c"), x -> Asyncio.sleep(1).then(log(log, x))));
        assertThat(log).containsExactly("a", "b", "c");
        run(Asyncio.forEach(Collections.<String>emptyList(), x -> log(log, "never")));
        assertThat(log).hasSize(3);
    }

    @Test
    void cancellingTheTaskCancelsTheGetItWaitsInAndEndsTheLoop() {
        // CPython: the consumer got [1], is cancelled in its second get(), and leaves no getter.
        List<Integer> got = new ArrayList<>();
        Queue<Integer> q = new Queue<>();
        Task<Void> t = run(Mono.defer(() -> {
            Task<Void> consumer = Asyncio.createTask(Asyncio.forRange(5, i -> q.get().doOnNext(got::add)));
            q.putNowait(1);
            return Asyncio.sleep(0)
                    .then(Mono.fromRunnable(consumer::cancel))
                    .then(Asyncio.sleep(0))
                    .thenReturn(consumer);
        }));
        assertThat(t.cancelled()).isTrue();
        assertThat(got).containsExactly(1);
        assertThat(q.getters.size()).isZero();
    }

    @Test
    void cancellingTheSubscriptionCancelsTheBodyItWaitsFor() {
        Queue<Integer> q = new Queue<>();
        AtomicInteger applied = new AtomicInteger();
        run(Mono.defer(() -> {
            Disposable d = Asyncio.forRange(3, i -> {
                applied.incrementAndGet();
                return q.get();
            }).subscribe();
            assertThat(q.getters.size()).isEqualTo(1);
            d.dispose();
            assertThat(q.getters.size()).isZero();
            q.putNowait(7);
            return Asyncio.sleep(0);
        }));
        assertThat(q.qsize()).isEqualTo(1);
        assertThat(applied).hasValue(1);
    }

    @Test
    void aBodyCompletingOnAnotherThreadResumesTheLoopOnTheLoopsThreadInItsTask() {
        Queue<Integer> q = new Queue<>();
        List<Boolean> onLoopThread = new ArrayList<>();
        Task<Void> t = Asyncio.run(Mono.defer(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Task<Void> worker = Asyncio.createTask(Asyncio.forRange(3, i -> {
                onLoopThread.add(loop.inLoopThread());
                // A Reactor timer completes on a parallel thread; the last body then waits in get().
                return i < 2 ? Mono.delay(Duration.ofMillis(5)).then() : q.get();
            }));
            return Asyncio.sleep(Duration.ofSeconds(1))
                    .then(Mono.fromRunnable(() -> {
                        // The get() registered with the task: cancelling the task reaches it.
                        assertThat(q.getters.size()).isEqualTo(1);
                        worker.cancel();
                    }))
                    .then(Asyncio.sleep(0))
                    .thenReturn(worker);
        }));
        assertThat(onLoopThread).containsExactly(true, true, true);
        assertThat(t.cancelled()).isTrue();
        assertThat(q.getters.size()).isZero();
    }

    @Test
    void aCancellationRequestedWhileABodyRanOnAnotherThreadIsRaisedWhenTheLoopResumes() {
        // CPython: a task that cancels itself and then awaits work done in a thread raises
        // CancelledError there; the loop's next body never runs.
        List<String> log = new ArrayList<>();
        Task<Void> t = Asyncio.run(Mono.defer(() -> {
            Task<Void> worker = Asyncio.createTask(Asyncio.forRange(2, i -> i == 0
                    ? Mono.fromRunnable(() -> Asyncio.currentTask().cancel())
                            .then(Mono.delay(Duration.ofMillis(5)).then())
                    : log(log, "second")));
            return Asyncio.sleep(Duration.ofSeconds(1)).thenReturn(worker);
        }));
        assertThat(t.cancelled()).isTrue();
        assertThat(log).isEmpty();
    }

    @Test
    void whereNoLoopRunsItIsAPlainReactorLoop() {
        List<String> log = new ArrayList<>();
        Asyncio.forRange(3, i -> Mono.delay(Duration.ofMillis(1)).then(log(log, "r" + i))).block(Duration.ofSeconds(10));
        Asyncio.forEach(List.of("x", "y"), x -> log(log, x)).block(Duration.ofSeconds(10));
        assertThat(log).containsExactly("r0", "r1", "r2", "x", "y");
    }
}
