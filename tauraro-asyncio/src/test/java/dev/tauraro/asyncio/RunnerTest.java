package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/** {@link Runner}, and the shutdown order that {@code asyncio.run} shares with it. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunnerTest {
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    // CPython 3.11: main creates child and returns -> main returns, child started, child cancelled,
    // child finally, after run: the child's first step was queued before main's completion stopped
    // the loop, so it runs before _cancel_all_tasks cancels it.
    @Test
    void aTaskCreatedJustBeforeMainReturnsRunsItsFirstStepBeforeItIsCancelled() {
        Asyncio.run(Mono.defer(() -> {
            Asyncio.createTask(Mono.defer(() -> {
                log.add("child started");
                return Asyncio.sleep(10);
            }).onErrorResume(CancelledError.class, e -> {
                log.add("child cancelled");
                return Mono.error(e);
            }).doFinally(s -> log.add("child finally")));
            log.add("main returns");
            return Mono.empty();
        }), EventLoop.withVirtualTime());
        log.add("after run");
        assertThat(log).containsExactly("main returns", "child started", "child cancelled", "child finally",
                "after run");
    }

    @Test
    void runsSeveralMainsOnOneLoopAndClosesItAtTheEnd() {
        EventLoop[] loops = new EventLoop[2];
        Future<?>[] made = new Future<?>[1];
        try (Runner runner = new Runner(EventLoop::withVirtualTime)) {
            String first = runner.run(Mono.defer(() -> {
                loops[0] = EventLoop.running();
                made[0] = loops[0].createFuture();
                return Asyncio.sleep(1, "first");
            }));
            String second = runner.run(Mono.defer(() -> {
                loops[1] = EventLoop.running();
                return Mono.just("second after " + loops[1].time());
            }));
            assertThat(first).isEqualTo("first");
            assertThat(second).isEqualTo("second after 1.0");
            assertThat(loops[1]).isSameAs(loops[0]).isSameAs(runner.getLoop());
            assertThat(loops[0].isClosed()).isFalse();
        }
        assertThat(loops[0].isClosed()).isTrue();
        assertThat(made[0].done()).isFalse();
    }

    @Test
    void aClosedRunnerRefusesWorkAndClosingTwiceDoesNothing() {
        Runner runner = new Runner(EventLoop::withVirtualTime);
        runner.close(); // never initialised: nothing to do, and it stays usable
        assertThat(runner.run(Mono.just(1))).isEqualTo(1);
        runner.close();
        runner.close();
        assertThatThrownBy(() -> runner.run(Mono.just(2))).hasMessage("Runner is closed");
        assertThatThrownBy(runner::getLoop).hasMessage("Runner is closed");
    }

    @Test
    void runCannotBeCalledFromARunningLoop() {
        try (Runner runner = new Runner(EventLoop::withVirtualTime)) {
            Asyncio.run(Mono.fromRunnable(() -> assertThatThrownBy(() -> runner.run(Mono.just(1)))
                    .hasMessage("Runner.run() cannot be called from a running event loop")),
                    EventLoop.withVirtualTime());
        }
    }

    @Test
    void closeWaitsForTheDefaultExecutorsJobs() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Thread releaser = new Thread(() -> {
            try {
                started.await();
                release.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        releaser.start();
        Asyncio.run(Mono.fromRunnable(() -> EventLoop.running().runInExecutorFuture(null, () -> {
            started.countDown();
            release.await();
            finished.set(true);
            return null;
        })), EventLoop.withVirtualTime());
        assertThat(finished).isTrue();
        releaser.join();
    }

    @Test
    void afterTheDefaultExecutorIsShutDownItTakesNoMoreWork() {
        EventLoop loop = EventLoop.withVirtualTime();
        AtomicInteger ran = new AtomicInteger();
        loop.runUntilComplete(loop.runInExecutor(null, ran::incrementAndGet));
        loop.runUntilComplete(loop.shutdownDefaultExecutor());
        assertThatThrownBy(() -> loop.runUntilComplete(loop.runInExecutor(null, ran::incrementAndGet)))
                .hasMessage("Executor shutdown has been called");
        assertThat(ran).hasValue(1);
        loop.close();
    }
}
