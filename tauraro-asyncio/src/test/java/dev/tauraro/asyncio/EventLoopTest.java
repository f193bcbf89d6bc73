package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Scheduling order, time, running and closing, error handling and the Reactor scheduler view. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventLoopTest {
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private Runnable note(String s) {
        return () -> log.add(s);
    }

    @Test
    void callbacksScheduledWhileAnIterationRunsWaitForTheNextIteration() {
        EventLoop loop = EventLoop.withVirtualTime();
        loop.callSoon(() -> {
            log.add("a");
            loop.callSoon(note("a-child"));
        });
        loop.callSoon(() -> {
            log.add("b");
            loop.callSoon(note("b-child"));
            loop.stop();
        });
        loop.runForever();
        assertThat(log).containsExactly("a", "b");
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("a", "b", "a-child", "b-child");
    }

    // t1.py main2: a 0.2, b 0.1, c 0.1 sleeping; call_later(0.1, cb -> call_soon(soon)) registered first
    // -> ['timer cb', 'timer cb soon', 'woke b', 'woke c', 'woke a']
    @Test
    void timersFireInDeadlineOrderAndTiesInSchedulingOrder() {
        EventLoop loop = EventLoop.withVirtualTime();
        Asyncio.run(Mono.defer(() -> {
            loop.callLater(0.1, () -> {
                log.add("timer cb");
                loop.callSoon(note("timer cb soon"));
            });
            return Asyncio.gather(
                    Asyncio.sleep(0.2).then(Mono.fromRunnable(note("woke a"))),
                    Asyncio.sleep(0.1).then(Mono.fromRunnable(note("woke b"))),
                    Asyncio.sleep(0.1).then(Mono.fromRunnable(note("woke c"))));
        }), loop);
        assertThat(log).containsExactly("timer cb", "timer cb soon", "woke b", "woke c", "woke a");
        assertThat(loop.time()).isEqualTo(0.2);
    }

    // when = loop.time() + 0.1; the child awaits a future set by call_at(when, fut.set_result, None)
    // (what sleep does), then main does call_at(when, cb). CPython: ['timer cb', 'woke'] because the
    // timer only sets the future and the task wakes one iteration later.
    @Test
    void aTaskWokenByATimerResumesOneIterationAfterTheTimerFires() {
        for (boolean viaSleep : new boolean[] {true, false}) {
            log.clear();
            EventLoop loop = EventLoop.withVirtualTime();
            Asyncio.run(Mono.defer(() -> {
                double when = loop.time() + 0.1;
                Mono<Void> wait;
                if (viaSleep) {
                    wait = Asyncio.sleep(0.1);
                } else {
                    Future<Void> f = loop.createFuture();
                    loop.callAt(when, () -> f.setResult(null));
                    wait = f;
                }
                Task<Void> child = Asyncio.createTask(wait.then(Mono.fromRunnable(note("woke"))));
                return Asyncio.sleep(0).then(Mono.defer(() -> {
                    loop.callAt(when, note("timer cb"));
                    return child;
                }));
            }), loop);
            assertThat(log).as("via sleep: %s", viaSleep).containsExactly("timer cb", "woke");
        }
    }

    @Test
    void cancelledTimersAndHandlesDoNotRun() {
        EventLoop loop = EventLoop.withVirtualTime();
        Handle h = loop.callSoon(note("soon"));
        TimerHandle t = loop.callLater(Duration.ofSeconds(1), note("later"));
        loop.callLater(2, loop::stop);
        h.cancel();
        t.cancel();
        loop.runForever();
        assertThat(log).isEmpty();
        assertThat(loop.time()).isEqualTo(2.0);
    }

    // loop.call_soon(boom) then call_soon(after): handler gets "Exception in callback ...", loop goes on
    @Test
    void anExceptionInACallbackGoesToTheHandlerAndTheLoopKeepsRunning() {
        EventLoop loop = EventLoop.withVirtualTime();
        IllegalStateException boom = new IllegalStateException("cb");
        AtomicReference<Throwable> seen = new AtomicReference<>();
        loop.setExceptionHandler((msg, e) -> {
            log.add(msg.substring(0, "Exception in callback".length()));
            seen.set(e);
        });
        loop.callSoon(() -> {
            throw boom;
        });
        loop.callSoon(note("after boom"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("Exception in callback", "after boom");
        assertThat(seen.get()).isSameAs(boom);
    }

    @Test
    void aFailingExceptionHandlerDoesNotStopTheLoop() {
        EventLoop loop = EventLoop.withVirtualTime();
        loop.setExceptionHandler((msg, e) -> {
            throw new IllegalStateException("handler broke");
        });
        loop.callSoon(() -> {
            throw new IllegalStateException("cb");
        });
        loop.callSoon(note("still running"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("still running");
    }

    @Test
    void theVirtualClockJumpsToTheNextTimerOnlyWhenIdleAndAdvanceMovesIt() {
        EventLoop loop = EventLoop.withVirtualTime();
        assertThat(loop.isVirtualTime()).isTrue();
        assertThat(loop.time()).isZero();
        loop.advance(Duration.ofMillis(500));
        assertThat(loop.time()).isEqualTo(0.5);
        TimerHandle t = loop.callLater(1.5, () -> log.add("fired at " + loop.time()));
        assertThat(t.when()).isEqualTo(2.0);
        loop.callAt(3.0, loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("fired at 2.0");
        assertThat(loop.time()).isEqualTo(3.0);
        assertThatThrownBy(() -> loop.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventLoop.create().advance(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRealClockIsMonotonicAndStartsNearZero() {
        EventLoop loop = EventLoop.create();
        double a = loop.time();
        double b = loop.time();
        assertThat(a).isGreaterThanOrEqualTo(0);
        assertThat(b).isGreaterThanOrEqualTo(a);
        assertThat(loop.isVirtualTime()).isFalse();
    }

    @Test
    void callSoonThreadsafeWakesAParkedLoopFromAnotherThread() throws Exception {
        EventLoop loop = EventLoop.create();
        CountDownLatch running = new CountDownLatch(1);
        loop.callSoon(running::countDown);
        Thread other = new Thread(() -> {
            try {
                running.await();
            } catch (InterruptedException e) {
                return;
            }
            loop.callSoonThreadsafe(() -> {
                log.add("from other thread on " + (EventLoop.running() == loop));
                loop.stop();
            });
        });
        other.start();
        loop.runForever();
        other.join();
        assertThat(log).containsExactly("from other thread on true");
    }

    @Test
    void runUntilCompleteAwaitsAFutureOfThisLoopAsItIs() {
        EventLoop loop = EventLoop.withVirtualTime();
        Future<String> f = loop.createFuture();
        loop.callLater(1, () -> f.setResult("set"));
        assertThat(loop.runUntilComplete(f)).isEqualTo("set");
        assertThat(loop.allTasks()).isEmpty();
        assertThat(loop.runUntilComplete(Mono.just("wrapped"))).isEqualTo("wrapped");
        loop.close();
    }

    // CPython: loop.call_soon(loop.stop); loop.run_until_complete(fut) ->
    // RuntimeError: Event loop stopped before Future completed.
    @Test
    void runUntilCompleteStoppedBeforeTheFutureIsDoneFails() {
        EventLoop loop = EventLoop.withVirtualTime();
        Future<String> f = loop.createFuture();
        loop.callSoon(loop::stop);
        assertThatThrownBy(() -> loop.runUntilComplete(f)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Event loop stopped before Future completed.");
        loop.callSoon(() -> f.setResult("later"));
        assertThat(loop.runUntilComplete(f)).isEqualTo("later");
    }

    // CPython: stop() before run_forever() runs one iteration: the callbacks already scheduled run,
    // those they schedule wait for the next run.
    @Test
    void stopBeforeRunForeverRunsOneIteration() {
        EventLoop loop = EventLoop.withVirtualTime();
        loop.callSoon(() -> {
            log.add("first");
            loop.callSoon(note("second"));
        });
        loop.stop();
        loop.runForever();
        assertThat(log).containsExactly("first");
        loop.stop();
        loop.runForever();
        assertThat(log).containsExactly("first", "second");
    }

    // The job waits until the loop is idle with a 10 s timer pending: a virtual clock that jumped
    // would fire the timer first.
    @Test
    void aVirtualClockDoesNotJumpWhileAnExecutorJobIsPending() throws Exception {
        EventLoop loop = EventLoop.withVirtualTime();
        CountDownLatch idle = new CountDownLatch(1);
        loop.setWaitWrapper(wait -> {
            idle.countDown();
            wait.run();
        });
        Asyncio.run(Mono.defer(() -> {
            Mono<Void> job = loop.runInExecutor(null, () -> {
                idle.await();
                return "job";
            }).doOnNext(log::add).then();
            Mono<Void> timer = Asyncio.sleep(10).then(Mono.fromRunnable(note("timer")));
            return Mono.when(job, timer);
        }), loop);
        assertThat(log).containsExactly("job", "timer");
        assertThat(loop.time()).isEqualTo(10.0);
    }

    @Test
    void holdVirtualClockWhileKeepsRealTimeForThreadsThatCallIn() throws Exception {
        EventLoop loop = EventLoop.withVirtualTime();
        AtomicBoolean threadRunning = new AtomicBoolean(true);
        loop.holdVirtualClockWhile(threadRunning::get);
        CountDownLatch idle = new CountDownLatch(1);
        loop.setWaitWrapper(wait -> {
            idle.countDown();
            wait.run();
        });
        Future<String> fromThread = loop.createFuture();
        Thread other = new Thread(() -> {
            try {
                idle.await();
            } catch (InterruptedException e) {
                return;
            }
            loop.callSoonThreadsafe(() -> fromThread.setResult("from thread"));
            // The condition turns false only after the loop has gone back to waiting, without
            // waking it: the loop must notice by itself rather than wait out the 10 s timer.
            while (!log.contains("from thread")) {
                Thread.onSpinWait();
            }
            LockSupport.parkNanos(20_000_000);
            threadRunning.set(false);
        });
        other.start();
        Asyncio.run(Mono.when(fromThread.doOnNext(log::add),
                Asyncio.sleep(10).then(Mono.fromRunnable(note("timer")))), loop);
        other.join();
        assertThat(log).containsExactly("from thread", "timer");
    }

    @Test
    void theWaitWrapperRunsAroundEveryIdleWaitOnTheLoopThread() throws Exception {
        EventLoop loop = EventLoop.withVirtualTime();
        List<Thread> waitedOn = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch idle = new CountDownLatch(1);
        loop.setWaitWrapper(wait -> {
            waitedOn.add(Thread.currentThread());
            idle.countDown();
            wait.run();
        });
        Thread[] loopThread = new Thread[1];
        String r = loop.runUntilComplete(Mono.defer(() -> {
            loopThread[0] = Thread.currentThread();
            return loop.runInExecutor(null, () -> {
                idle.await(); // the loop has nothing to do until this job ends: it must wait
                return "done";
            });
        }));
        assertThat(r).isEqualTo("done");
        assertThat(waitedOn).isNotEmpty().allMatch(t -> t == loopThread[0]);
        loop.close();
    }

    // CPython: call_exception_handler with a handler that raises -> the default handler reports
    // "Unhandled error in exception handler"; a callback's error carries its handle
    @Test
    void exceptionContextsCarryTheHandleAndAFailingHandlerFallsBackToTheDefault() {
        EventLoop loop = EventLoop.withVirtualTime();
        List<ExceptionContext> seen = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        loop.setExceptionHandler((java.util.function.Consumer<ExceptionContext>) seen::add);
        Handle[] h = new Handle[1];
        h[0] = loop.callSoon(() -> {
            throw boom;
        });
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).exception()).isSameAs(boom);
        assertThat(seen.get(0).details()).containsEntry("handle", h[0]);
        assertThat(seen.get(0).message()).startsWith("Exception in callback ");
        assertThat(seen.get(0).logMessage()).endsWith("\nhandle: " + h[0]);
        assertThat(loop.getExceptionHandler()).isNotNull();
        loop.setExceptionHandler((java.util.function.Consumer<ExceptionContext>) null);
        assertThat(loop.getExceptionHandler()).isNull();
    }

    @Test
    void wrapFutureOnALoopMirrorsACompletableFutureCompletedElsewhere() throws Exception {
        EventLoop loop = EventLoop.withVirtualTime();
        java.util.concurrent.CompletableFuture<String> cf = new java.util.concurrent.CompletableFuture<>();
        Future<String> f = loop.wrapFuture(cf);
        Thread other = new Thread(() -> cf.complete("elsewhere"));
        other.start();
        assertThat(loop.runUntilComplete(f)).isEqualTo("elsewhere");
        other.join();
        java.util.concurrent.CompletableFuture<String> never = new java.util.concurrent.CompletableFuture<>();
        Future<String> g = loop.wrapFuture(never);
        g.cancel();
        loop.runUntilComplete(Mono.just(1)); // the cancellation reaches cf through a done callback
        assertThat(never.isCancelled()).isTrue();
        loop.close();
    }

    @Test
    void aTaskKeepsTheMonoItWasCreatedWith() {
        EventLoop loop = EventLoop.withVirtualTime();
        Mono<String> coro = Asyncio.sleep(1, "x");
        Task<String> t = loop.createTask(coro);
        assertThat(t.getCoro()).isSameAs(coro);
        loop.runUntilComplete(t);
        assertThat(t.getCoro()).isSameAs(coro);
        loop.close();
    }

    // loop.run_until_complete inside a running loop: "This event loop is already running";
    // another loop: "Cannot run the event loop while another loop is running"
    @Test
    void aRunningLoopCannotBeRunAgainNorAnotherLoopRunInItsThread() {
        EventLoop loop = EventLoop.withVirtualTime();
        EventLoop other = EventLoop.withVirtualTime();
        loop.runUntilComplete(Mono.fromRunnable(() -> {
            assertThat(loop.isRunning()).isTrue();
            assertThat(EventLoop.running()).isSameAs(loop);
            assertThatThrownBy(() -> loop.runUntilComplete(Mono.empty())).hasMessage("This event loop is already running");
            assertThatThrownBy(() -> other.runUntilComplete(Mono.empty()))
                    .hasMessage("Cannot run the event loop while another loop is running");
            assertThatThrownBy(loop::close).hasMessage("Cannot close a running event loop");
        }));
        assertThat(loop.isRunning()).isFalse();
        assertThatThrownBy(EventLoop::running).hasMessage("no running event loop");
    }

    @Test
    void aClosedLoopRefusesWork() {
        EventLoop loop = EventLoop.withVirtualTime();
        loop.close();
        loop.close();
        assertThat(loop.isClosed()).isTrue();
        assertThatThrownBy(() -> loop.callSoon(note("x"))).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.callSoonThreadsafe(note("x"))).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.callLater(1, note("x"))).hasMessage("Event loop is closed");
        assertThatThrownBy(() -> loop.runUntilComplete(Mono.empty())).hasMessage("Event loop is closed");
    }

    @Test
    void nonThreadsafeCallsFromAnotherThreadFailWhileTheLoopRuns() {
        EventLoop loop = EventLoop.withVirtualTime();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        loop.runUntilComplete(Mono.fromRunnable(() -> {
            Thread t = new Thread(() -> {
                try {
                    loop.callSoon(note("x"));
                } catch (Throwable e) {
                    seen.set(e);
                }
            });
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(seen.get()).hasMessage("Non-thread-safe operation invoked on an event loop other than the current one");
    }

    @Test
    void theReprSaysWhetherItRunsAndIsClosed() {
        EventLoop loop = EventLoop.withVirtualTime();
        assertThat(loop).hasToString("<EventLoop running=false closed=false virtual-time>");
        loop.close();
        assertThat(loop).hasToString("<EventLoop running=false closed=true virtual-time>");
    }

    // ---------------------------------------------------------------- scheduler()

    @Test
    void publishOnTheSchedulerMovesSignalsFromAnotherThreadOntoTheLoop() {
        EventLoop loop = EventLoop.create();
        List<String> r = Asyncio.run(Flux.range(1, 5)
                .subscribeOn(Schedulers.single())
                .publishOn(loop.scheduler())
                .map(i -> i + (EventLoop.runningOrNull() == loop ? " on loop" : " elsewhere"))
                .collectList(), loop);
        assertThat(r).containsExactly("1 on loop", "2 on loop", "3 on loop", "4 on loop", "5 on loop");
    }

    @Test
    void delaysOnTheSchedulerFollowTheLoopClock() {
        EventLoop loop = EventLoop.withVirtualTime();
        String r = Asyncio.run(Mono.delay(Duration.ofSeconds(30), loop.scheduler())
                .map(x -> "delayed to " + loop.time()), loop);
        assertThat(r).isEqualTo("delayed to 30.0");
        assertThat(loop.scheduler().now(TimeUnit.SECONDS)).isEqualTo(30);
    }

    @Test
    void periodicWorkRunsAtAFixedRateOnTheLoop() {
        EventLoop loop = EventLoop.withVirtualTime();
        List<Double> ticks = Asyncio.run(Flux.interval(Duration.ofSeconds(1), Duration.ofSeconds(2), loop.scheduler())
                .map(i -> loop.time())
                .take(3)
                .collectList(), loop);
        assertThat(ticks).containsExactly(1.0, 3.0, 5.0);
    }

    @Test
    void workScheduledFromOneThreadRunsInOrderAndDisposedWorkDoesNot() {
        EventLoop loop = EventLoop.withVirtualTime();
        Scheduler s = loop.scheduler();
        Scheduler.Worker w = s.createWorker();
        w.schedule(note("1"));
        Disposable two = w.schedule(note("2"));
        w.schedule(note("3"));
        Disposable later = s.schedule(note("later"), 1, TimeUnit.SECONDS);
        two.dispose();
        later.dispose();
        assertThat(two.isDisposed()).isTrue();
        s.schedule(loop::stop, 2, TimeUnit.SECONDS);
        loop.runForever();
        assertThat(log).containsExactly("1", "3");
    }

    @Test
    void disposingAWorkerCancelsItsPendingWorkAndRejectsMore() {
        EventLoop loop = EventLoop.withVirtualTime();
        Scheduler.Worker w = loop.scheduler().createWorker();
        w.schedule(note("soon"));
        w.schedule(note("later"), 1, TimeUnit.SECONDS);
        w.schedulePeriodically(note("tick"), 0, 1, TimeUnit.SECONDS);
        w.dispose();
        assertThat(w.isDisposed()).isTrue();
        assertThatThrownBy(() -> w.schedule(note("x"))).isInstanceOf(RejectedExecutionException.class);
        loop.callLater(5, loop::stop);
        loop.runForever();
        assertThat(log).isEmpty();
    }

    @Test
    void theSchedulerRejectsWorkOnceTheLoopIsClosedAndDisposingItIsANoOp() {
        EventLoop loop = EventLoop.withVirtualTime();
        Scheduler s = loop.scheduler();
        s.dispose();
        assertThat(s.isDisposed()).isFalse();
        s.schedule(note("still accepted"));
        loop.callLater(1, loop::stop);
        loop.runForever();
        assertThat(log).containsExactly("still accepted");
        loop.close();
        assertThat(s.isDisposed()).isTrue();
        assertThatThrownBy(() -> s.schedule(note("x"))).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void theSchedulerWorksWithStepVerifierFromOutsideTheLoop() throws Exception {
        EventLoop loop = EventLoop.create();
        Thread runner = new Thread(() -> {
            loop.callSoon(() -> {
            });
            loop.runForever();
        });
        runner.start();
        try {
            StepVerifier.create(Mono.fromCallable(() -> Thread.currentThread() == runner)
                            .subscribeOn(loop.scheduler()))
                    .expectNext(true)
                    .verifyComplete();
        } finally {
            loop.callSoonThreadsafe(loop::stop);
            runner.join();
        }
    }

    @Test
    void interruptingTheLoopThreadWhileItWaitsStopsTheLoopAndKeepsTheFlag() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagAfter = new AtomicReference<>();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread runner = new Thread(() -> {
            EventLoop loop = EventLoop.create();
            Future<Void> never = loop.createFuture();
            loop.callSoon(waiting::countDown);
            try {
                loop.runUntilComplete(never);
            } catch (Throwable e) {
                thrown.set(e);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        runner.start();
        waiting.await();
        runner.interrupt();
        runner.join();

        assertThat(thrown.get()).isInstanceOf(java.util.concurrent.CompletionException.class)
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(flagAfter.get()).isTrue();
    }

    @Test
    void onTheRealClockTimersArmedInOneIterationWithEqualDelaysFireInOneIteration() {
        // CPython prints Done 0, Done 1, Done 2 before any task woken by them runs (the seed's
        // Semaphore example): their timers must fall due together even if arming them took a while.
        EventLoop loop = EventLoop.create();
        List<String> trace = new ArrayList<>();
        loop.runUntilComplete(Mono.defer(() -> {
            for (int i = 0; i < 3; i++) {
                int n = i;
                loop.callLater(0.02, () -> {
                    trace.add("timer " + n);
                    loop.callSoon(() -> trace.add("soon " + n));
                });
                long spin = System.nanoTime() + 3_000_000; // 3 ms of work between arming
                while (System.nanoTime() < spin) {
                    Thread.onSpinWait();
                }
            }
            return Asyncio.sleep(0.1);
        }));
        loop.close();
        assertThat(trace).containsExactly("timer 0", "timer 1", "timer 2", "soon 0", "soon 1", "soon 2");
    }

    @Test
    void roundingUpToWholeMillisecondsNeverShortensAWait() {
        assertThat(EventLoop.roundUpToMillis(1)).isEqualTo(1_000_000);
        assertThat(EventLoop.roundUpToMillis(1_000_000)).isEqualTo(1_000_000);
        assertThat(EventLoop.roundUpToMillis(1_000_001)).isEqualTo(2_000_000);
    }
}
