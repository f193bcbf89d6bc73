package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The {@link Asyncio} facade: running, tasks, sleep, gather, threads and interop. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AsyncioTest {
    private final List<String> log = new ArrayList<>();

    private Mono<String> fetch(String url) {
        return Asyncio.sleep(Duration.ofSeconds(1)).thenReturn("Data from " + url);
    }

    @Test
    void runReturnsTheResultOfMainAndTheDocumentedGatherTakesOneSecondNotThree() {
        EventLoop loop = EventLoop.withVirtualTime();
        List<String> results = Asyncio.run(Asyncio.gather(fetch("url1"), fetch("url2"), fetch("url3")), loop);
        assertThat(results).containsExactly("Data from url1", "Data from url2", "Data from url3");
        assertThat(loop.time()).isEqualTo(1.0);
        assertThat(loop.isClosed()).isTrue();
    }

    @Test
    void runOnTheRealClockWorksToo() {
        assertThat(Asyncio.run(Asyncio.sleep(Duration.ofMillis(1), "done"))).isEqualTo("done");
    }

    @Test
    void runRethrowsTheExceptionOfMain() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> Asyncio.run(Mono.error(boom), EventLoop.withVirtualTime())).isSameAs(boom);
    }

    // asyncio.run(coro) inside a running loop: RuntimeError
    // "asyncio.run() cannot be called from a running event loop"
    @Test
    void runCannotBeCalledFromARunningEventLoop() {
        Throwable seen = Asyncio.run(Mono.fromCallable(() -> {
            try {
                Asyncio.run(Mono.just(1));
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        }), EventLoop.withVirtualTime());
        assertThat(seen).hasMessage("asyncio.run() cannot be called from a running event loop");
    }

    @Test
    void runRefusesAClosedLoopWithoutHidingTheReason() {
        EventLoop loop = EventLoop.withVirtualTime();
        loop.close();
        assertThatThrownBy(() -> Asyncio.run(Mono.just(1), loop)).hasMessage("Event loop is closed");
    }

    // leftovers catch CancelledError, sleep 1, re-raise; bad() raises ValueError in cleanup; trace:
    // handler: Exception in callback ... / ValueError('cb'), after boom, main done,
    // leftover 1 cancelled, leftover 2 cancelled, leftover 1 cleaned, leftover 2 cleaned,
    // handler: unhandled exception during asyncio.run() shutdown / ValueError('in cleanup')
    @Test
    void runCancelsLeftOverTasksAtExitLetsThemCleanUpAndReportsTheirErrors() {
        EventLoop loop = EventLoop.withVirtualTime();
        IllegalArgumentException cb = new IllegalArgumentException("cb");
        IllegalArgumentException cleanup = new IllegalArgumentException("in cleanup");
        String r = Asyncio.run(Mono.defer(() -> {
            loop.setExceptionHandler((msg, e) -> log.add("handler: " + msg.lines().findFirst().orElse("") + " / " + e.getMessage()));
            loop.callSoon(() -> {
                throw cb;
            });
            loop.callSoon(() -> log.add("after boom"));
            for (int n = 1; n <= 2; n++) {
                String name = "leftover " + n;
                Asyncio.createTask(Asyncio.sleep(10).onErrorResume(CancelledError.class, e -> {
                    log.add(name + " cancelled");
                    return Asyncio.sleep(1).then(Mono.fromRunnable(() -> log.add(name + " cleaned"))).then(Mono.error(e));
                }));
            }
            Asyncio.createTask(Asyncio.sleep(10).onErrorResume(e -> Mono.error(cleanup)));
            return Asyncio.sleep(0).then(Mono.fromRunnable(() -> log.add("main done"))).thenReturn("r");
        }), loop);
        assertThat(r).isEqualTo("r");
        assertThat(log).hasSize(8);
        assertThat(log.get(0)).startsWith("handler: Exception in callback").endsWith(" / cb");
        assertThat(log.subList(1, 8)).containsExactly("after boom", "main done", "leftover 1 cancelled",
                "leftover 2 cancelled", "leftover 1 cleaned", "leftover 2 cleaned",
                "handler: unhandled exception during asyncio.run() shutdown / in cleanup");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void createTaskRunsConcurrentlyAndCurrentTaskAndAllTasksSeeIt() {
        Asyncio.run(Mono.defer(() -> {
            Task<?> main = Asyncio.currentTask();
            assertThat(main).isNotNull();
            Task<Task<?>> child = Asyncio.createTask(Mono.fromCallable(Asyncio::currentTask), "child");
            assertThat(Asyncio.allTasks()).containsExactlyInAnyOrder(main, child);
            return child.doOnNext(seen -> {
                assertThat(seen).isSameAs(child);
                assertThat(Asyncio.currentTask()).isSameAs(main);
                assertThat(Asyncio.allTasks()).containsExactly(main);
            });
        }), EventLoop.withVirtualTime());
    }

    @Test
    void outsideALoopThereIsNoRunningLoop() {
        assertThatThrownBy(Asyncio::getRunningLoop).hasMessage("no running event loop");
        assertThatThrownBy(() -> Asyncio.createTask(Mono.empty())).hasMessage("no running event loop");
    }

    @Test
    void sleepIsColdAndYieldsItsResultAfterTheDelay() {
        EventLoop loop = EventLoop.withVirtualTime();
        Mono<String> sleep = Asyncio.sleep(Duration.ofMillis(1500), "late");
        String r = Asyncio.run(Asyncio.sleep(2).then(sleep), loop);
        assertThat(r).isEqualTo("late");
        assertThat(loop.time()).isEqualTo(3.5);
    }

    @Test
    void sleepInSecondsWithAResultIsColdAndYieldsTheResultAfterTheDelay() {
        EventLoop loop = EventLoop.withVirtualTime();
        Mono<Integer> sleep = Asyncio.sleep(0.25, 42);
        List<Object> r = Asyncio.run(Asyncio.sleep(1.0)
                .then(sleep.map(v -> List.<Object>of(v, Asyncio.getRunningLoop().time()))), loop);
        assertThat(r).containsExactly(42, 1.25);
    }

    @Test
    void sleepInSecondsOfZeroYieldsOnceAndANullResultCompletesEmpty() {
        EventLoop loop = EventLoop.withVirtualTime();
        List<String> order = new ArrayList<>();
        Boolean hadValue = Asyncio.run(Mono.defer(() -> {
            Asyncio.createTask(Mono.fromRunnable(() -> order.add("other task")));
            return Asyncio.sleep(0.0, "now").doOnNext(order::add)
                    .then(Asyncio.sleep(-1.0, (String) null).hasElement());
        }), loop);
        assertThat(order).containsExactly("other task", "now");
        assertThat(hadValue).isFalse();
        assertThat(loop.time()).isEqualTo(0.0);
        assertThatThrownBy(() -> Asyncio.sleep(Double.NaN, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sleepOutsideALoopFailsAsASignal() {
        assertThatThrownBy(() -> Asyncio.sleep(1).block()).hasMessageContaining("no running event loop");
    }

    @Test
    void gatherKeepsArgumentOrderAndPropagatesTheFirstFailureWithoutCancellingTheOthers() {
        IllegalStateException boom = new IllegalStateException("boom");
        Asyncio.run(Mono.defer(() -> {
            Mono<String> slow = Asyncio.sleep(3).then(Mono.fromCallable(() -> {
                log.add("slow finished");
                return "slow";
            }));
            return Asyncio.gather(slow, Asyncio.sleep(1).then(Mono.<String>error(boom)))
                    .onErrorResume(e -> {
                        assertThat(e).isSameAs(boom);
                        log.add("gather failed at " + Asyncio.getRunningLoop().time());
                        return Asyncio.sleep(5).thenReturn(List.of());
                    });
        }), EventLoop.withVirtualTime());
        assertThat(log).containsExactly("gather failed at 1.0", "slow finished");
    }

    @Test
    void gatherWithReturnExceptionsPutsFailuresInTheirSlots() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Object> r = Asyncio.run(Asyncio.gather(true, Asyncio.sleep(Duration.ofSeconds(2), "a"), Mono.error(boom), Mono.just("c")),
                EventLoop.withVirtualTime());
        assertThat(r).containsExactly("a", boom, "c");
    }

    @Test
    void gatherOfNothingIsAnEmptyList() {
        assertThat(Asyncio.run(Asyncio.gather(List.<Mono<String>>of()), EventLoop.withVirtualTime())).isEmpty();
    }

    @Test
    void gatherIsColdAndGatherFutureIsEager() {
        Asyncio.run(Mono.defer(() -> {
            Mono<List<String>> cold = Asyncio.gather(Mono.fromRunnable(() -> log.add("cold child")));
            Future<List<Object>> eager = Asyncio.gatherFuture(false, List.of(Mono.fromRunnable(() -> log.add("eager child"))));
            assertThat(eager.done()).isFalse();
            return Asyncio.sleep(0).then(Mono.fromRunnable(() -> assertThat(log).containsExactly("eager child")))
                    .then(eager);
        }), EventLoop.withVirtualTime());
        assertThat(log).containsExactly("eager child");
    }

    @Test
    void toThreadRunsOffTheLoopAndResumesOnIt() {
        Thread[] threads = new Thread[3];
        Asyncio.run(Mono.defer(() -> {
            threads[0] = Thread.currentThread();
            return Asyncio.toThread(() -> {
                threads[1] = Thread.currentThread();
                return "x";
            }).doOnNext(x -> threads[2] = Thread.currentThread());
        }));
        assertThat(threads[1]).isNotSameAs(threads[0]);
        assertThat(threads[2]).isSameAs(threads[0]);
    }

    @Test
    void runInExecutorUsesTheGivenExecutorAndPropagatesItsException() throws Exception {
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> new Thread(r, "given-executor"));
        try {
            String name = Asyncio.run(Asyncio.runInExecutor(ex, () -> Thread.currentThread().getName()));
            assertThat(name).isEqualTo("given-executor");
            IllegalStateException boom = new IllegalStateException("boom");
            assertThatThrownBy(() -> Asyncio.run(Asyncio.runInExecutor(ex, () -> {
                throw boom;
            }))).isSameAs(boom);
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void cancellingATaskInRunInExecutorCancelsTheAwaitAndTheLoopGoesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try {
            String r = Asyncio.run(Mono.defer(() -> {
                Task<String> t = Asyncio.createTask(Asyncio.toThread(() -> {
                    release.await();
                    return "finished";
                }));
                return Asyncio.sleep(0.01).then(Mono.defer(() -> {
                    t.cancel();
                    // asyncio.run waits for the default executor's jobs, as CPython's does: let it end
                    release.countDown();
                    return t.onErrorResume(CancelledError.class, e -> Mono.just("cancelled"));
                }));
            }));
            assertThat(r).isEqualTo("cancelled");
        } finally {
            release.countDown();
        }
    }

    @Test
    void awaitBridgesAForeignMonoOntoTheLoop() {
        AtomicReference<Thread> loopThread = new AtomicReference<>();
        AtomicReference<Thread> resumed = new AtomicReference<>();
        Long v = Asyncio.run(Mono.defer(() -> {
            loopThread.set(Thread.currentThread());
            return Asyncio.await(Mono.delay(Duration.ofMillis(5), Schedulers.parallel()))
                    .doOnNext(x -> resumed.set(Thread.currentThread()));
        }));
        assertThat(v).isZero();
        assertThat(resumed.get()).isSameAs(loopThread.get());
    }

    @Test
    void cancellingATaskAwaitingAForeignMonoRunsItsHandlerAndDisposesTheSource() {
        CountDownLatch disposed = new CountDownLatch(1);
        String r = Asyncio.run(Mono.defer(() -> {
            Task<String> t = Asyncio.createTask(Asyncio.await(Mono.<String>never().doOnCancel(disposed::countDown))
                    .onErrorResume(CancelledError.class, e -> Mono.just("handled " + e)));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                t.cancel("stop");
                return t;
            }));
        }));
        assertThat(r).isEqualTo("handled CancelledError('stop')");
        assertThat(disposed.getCount()).isZero();
    }

    @Test
    void wrapFutureAwaitsACompletableFutureCompletedElsewhere() {
        CompletableFuture<String> cf = new CompletableFuture<>();
        String r = Asyncio.run(Mono.defer(() -> {
            Future<String> f = Asyncio.wrapFuture(cf);
            new Thread(() -> cf.complete("from thread")).start();
            return f;
        }));
        assertThat(r).isEqualTo("from thread");
    }

    @Test
    void wrapFutureRaisesTheCompletableFuturesExceptionUnwrapped() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> Asyncio.run(Mono.defer(() -> Asyncio.wrapFuture(CompletableFuture.failedFuture(boom)))))
                .isSameAs(boom);
    }

    @Test
    void cancellingTheWrappedFutureCancelsTheCompletableFuture() {
        CompletableFuture<String> cf = new CompletableFuture<>();
        Asyncio.run(Mono.defer(() -> {
            Future<String> f = Asyncio.wrapFuture(cf);
            f.cancel();
            return Asyncio.sleep(0);
        }));
        assertThat(cf.isCancelled()).isTrue();
    }

    @Test
    void aCancelledCompletableFutureCancelsTheWrappedFuture() {
        CompletableFuture<String> cf = new CompletableFuture<>();
        cf.cancel(false);
        String r = Asyncio.run(Mono.defer(() -> Asyncio.wrapFuture(cf)
                .onErrorResume(CancelledError.class, e -> Mono.just("cancelled"))));
        assertThat(r).isEqualTo("cancelled");
    }

    @Test
    void aTaskCanBeAwaitedFromOutsideAsACompletableFuture() throws Exception {
        EventLoop loop = EventLoop.create();
        CompletableFuture<CompletableFuture<String>> handOut = new CompletableFuture<>();
        CompletableFuture<String> seen = new CompletableFuture<>();
        Thread outsider = new Thread(() -> {
            try {
                seen.complete(handOut.get().get(5, TimeUnit.SECONDS));
            } catch (Exception e) {
                seen.completeExceptionally(e);
            }
        });
        outsider.start();
        Asyncio.run(Mono.defer(() -> {
            Task<String> t = Asyncio.createTask(Asyncio.sleep(0.01).thenReturn("interop"));
            handOut.complete(t.toCompletableFuture());
            return t;
        }), loop);
        outsider.join();
        assertThat(seen.get()).isEqualTo("interop");
    }

    @Test
    void aPlainReactorPipelineCanRunOnTheLoop() {
        EventLoop loop = EventLoop.withVirtualTime();
        List<String> r = Asyncio.run(Flux.range(1, 3)
                .concatMap(i -> Asyncio.sleep(i).then(Mono.fromCallable(
                        () -> "step " + i + " at " + Asyncio.getRunningLoop().time())))
                .publishOn(loop.scheduler())
                .map(s -> s + " on loop " + (EventLoop.running() == loop))
                .collectList(), loop);
        assertThat(r).containsExactly("step 1 at 1.0 on loop true", "step 2 at 3.0 on loop true",
                "step 3 at 6.0 on loop true");
    }
}
