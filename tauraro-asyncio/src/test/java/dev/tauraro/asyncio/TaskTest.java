package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * Task semantics, each checked against the trace CPython 3.11 prints for the equivalent script
 * (the script is quoted in the comment above the test; expected values are copied from its output).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TaskTest {
    private final List<String> log = new ArrayList<>();

    private static <T> T runVirtual(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    private Mono<Void> note(String s) {
        return Mono.fromRunnable(() -> log.add(s));
    }

    /** {@code async def sleeper(): await asyncio.sleep(10)}, recording a CancelledError. */
    private Mono<Void> sleeper(String name) {
        return Asyncio.sleep(10).doOnError(CancelledError.class, e -> log.add(name + " cancelled " + e));
    }

    // async def child(n): log start; await sleep(0); log end
    // main: call_soon(cb1); t1 = create_task(child(1)); call_soon(cb2); t2 = ...; log; await sleep(0); ...
    @Test
    void aTaskStartsOnlyWhenItsCreatorYieldsAndReadyCallbacksRunFifo() {
        runVirtual(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            loop.callSoon(() -> log.add("cb1"));
            Task<Void> t1 = Asyncio.createTask(note("start 1").then(Asyncio.sleep(0)).then(note("end 1")));
            loop.callSoon(() -> log.add("cb2"));
            Task<Void> t2 = Asyncio.createTask(note("start 2").then(Asyncio.sleep(0)).then(note("end 2")));
            log.add("creator before yield");
            return Asyncio.sleep(0).then(note("creator after yield")).then(t1).then(t2);
        });
        assertThat(log).containsExactly("creator before yield", "cb1", "start 1", "cb2", "start 2",
                "creator after yield", "end 1", "end 2");
    }

    // t = create_task(body()); t.cancel(); await t -> CancelledError(); body never ran; cancelling() == 1
    @Test
    void aTaskCancelledBeforeItStartsNeverRunsItsBody() {
        runVirtual(() -> {
            Task<Void> t = Asyncio.createTask(note("body ran"));
            assertThat(t.cancel()).isTrue();
            return t.onErrorResume(CancelledError.class, e -> note("awaiting raised " + e))
                    .then(Mono.fromRunnable(() -> {
                        assertThat(t.cancelled()).isTrue();
                        assertThat(t.cancelling()).isEqualTo(1);
                    }));
        });
        assertThat(log).containsExactly("awaiting raised CancelledError()");
    }

    // o awaits i (which sleeps); o.cancel("bye"): inner cancelled, then outer cancelled;
    // gather(o, i, return_exceptions=True) -> [CancelledError(''), CancelledError('')]
    @Test
    void cancellingATaskThatAwaitsAnotherTaskCancelsThatOneToo() {
        List<Object> results = runVirtual(() -> {
            Task<Void> inner = Asyncio.createTask(sleeper("inner"));
            Task<Void> outer = Asyncio.createTask(inner.doOnError(CancelledError.class, e -> log.add("outer cancelled " + e)));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                outer.cancel("bye");
                return Asyncio.gather(true, outer, inner);
            })).doOnNext(r -> {
                assertThat(inner.cancelled()).isTrue();
                assertThat(outer.cancelled()).isTrue();
            });
        });
        assertThat(log).containsExactly("inner cancelled CancelledError('bye')", "outer cancelled CancelledError('bye')");
        assertThat(results).extracting(Object::toString).containsExactly("CancelledError('')", "CancelledError('')");
    }

    // s.cancel(); s.cancel() -> cancelling() 2; uncancel() -> 1; awaited: cancelled, cancelling() 1
    @Test
    void cancellingCountsRequestsAndUncancelWithdrawsOne() {
        runVirtual(() -> {
            Task<Void> s = Asyncio.createTask(sleeper("s"));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                s.cancel();
                s.cancel();
                log.add("cancelling " + s.cancelling() + " " + s.uncancel() + " " + s.cancelling());
                return s.onErrorResume(CancelledError.class,
                        e -> note("s cancelled " + s.cancelled() + " " + s.cancelling()));
            }));
        });
        assertThat(log).containsExactly("cancelling 2 1 1", "s cancelled CancelledError()", "s cancelled true 1");
    }

    // catcher catches CancelledError and returns "caught": result "caught", cancelled() False, cancelling() 1
    @Test
    void aTaskThatCatchesCancelledErrorAndReturnsEndsWithItsResult() {
        runVirtual(() -> {
            Task<String> c = Asyncio.createTask(Asyncio.sleep(10).thenReturn("slept")
                    .onErrorResume(CancelledError.class, e -> Mono.just("caught")));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                c.cancel();
                return c;
            })).doOnNext(v -> log.add("catcher " + v + " " + c.cancelled() + " " + c.cancelling()));
        });
        assertThat(log).containsExactly("catcher caught false 1");
    }

    // selfcancel: current_task().cancel(); return 42  -> awaiting raises CancelledError, cancelled() True
    @Test
    void aTaskCancelledWhileRunningThatCompletesWithoutAnotherAwaitEndsCancelled() {
        runVirtual(() -> {
            Task<Integer> t = Asyncio.createTask(Mono.fromSupplier(() -> {
                Asyncio.currentTask().cancel();
                return 42;
            }));
            return t.map(String::valueOf)
                    .onErrorResume(CancelledError.class, e -> Mono.just("selfcancel cancelled " + t.cancelled()))
                    .doOnNext(log::add);
        });
        assertThat(log).containsExactly("selfcancel cancelled true");
    }

    // current_task().cancel("m"); await sleep(10) -> CancelledError('m') raised at once, not after 10s
    @Test
    void aTaskThatCancelledItselfIsWokenAtOnceByTheNextSuspension() {
        EventLoop loop = EventLoop.withVirtualTime();
        String r = Asyncio.run(Mono.defer(() -> Asyncio.createTask(Mono.defer(() -> {
            Asyncio.currentTask().cancel("m");
            return Asyncio.sleep(10).thenReturn("slept");
        }).onErrorResume(CancelledError.class, e -> Mono.just("caught " + e + " at " + loop.time())))), loop);
        assertThat(r).isEqualTo("caught CancelledError('m') at 0.0");
    }

    // current_task().cancel(); await sleep(0) -> CancelledError() at that yield
    @Test
    void aPendingCancellationIsRaisedAtABareYield() {
        runVirtual(() -> Asyncio.createTask(Mono.defer(() -> {
            Asyncio.currentTask().cancel();
            return Asyncio.sleep(0);
        }).doOnError(e -> log.add("yield raised " + e)).onErrorResume(CancelledError.class, e -> Mono.empty())));
        assertThat(log).containsExactly("yield raised CancelledError()");
    }

    // selfd: f done; cancel(); v = await f (no suspension: gives 1); await sleep(0) -> cancelled
    @Test
    void awaitingADoneFutureDoesNotSuspendSoThePendingCancellationWaitsForTheNextAwait() {
        runVirtual(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Task<Void> t = Asyncio.createTask(Mono.defer(() -> {
                Future<Integer> f = loop.createFuture();
                f.setResult(1);
                Task<?> me = Asyncio.currentTask();
                me.cancel();
                return f.doOnNext(v -> {
                    log.add("done future gave " + v);
                    assertThat(Asyncio.currentTask()).isSameAs(me);
                }).then(Asyncio.sleep(0)).then(note("not reached"));
            }));
            return t.onErrorResume(CancelledError.class, e -> note("selfd cancelled"));
        });
        assertThat(log).containsExactly("done future gave 1", "selfd cancelled");
    }

    @Test
    void theCurrentTaskStaysSetAfterAwaitingADoneFutureSoLaterAwaitsAreCancellable() {
        runVirtual(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Future<String> done = loop.createFuture();
            done.setResult("x");
            Task<Void> t = Asyncio.createTask(done.then(Asyncio.sleep(10))
                    .doOnError(CancelledError.class, e -> log.add("handler ran " + e)));
            return Asyncio.sleep(1).then(Mono.defer(() -> {
                t.cancel("stop");
                return t.onErrorResume(CancelledError.class, e -> Mono.empty());
            }));
        });
        assertThat(log).containsExactly("handler ran CancelledError('stop')");
    }

    // t.cancel("bye") while sleeping: 1st await -> CancelledError('bye'), result() -> CancelledError()
    @Test
    void theFirstReaderOfACancelledTaskGetsItsCancelledErrorAndLaterOnesAFreshOne() {
        runVirtual(() -> {
            Task<Void> t = Asyncio.createTask(Asyncio.sleep(10));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                t.cancel("bye");
                return t.onErrorResume(e -> note("1st " + e));
            })).then(Mono.fromRunnable(() -> {
                assertThatThrownBy(t::result).hasToString("CancelledError()");
                assertThatThrownBy(t::exception).hasToString("CancelledError()");
            }));
        });
        assertThat(log).containsExactly("1st CancelledError('bye')");
    }

    @Test
    void aTaskEndsWithItsMonosValueOrNullForAnEmptyMono() {
        runVirtual(() -> {
            Task<String> v = Asyncio.createTask(Asyncio.sleep(1).thenReturn("v"));
            Task<Void> empty = Asyncio.createTask(Asyncio.sleep(1));
            return Asyncio.sleep(2).then(Mono.fromRunnable(() -> {
                assertThat(v.result()).isEqualTo("v");
                assertThat(empty.done()).isTrue();
                assertThat(empty.result()).isNull();
            }));
        });
    }

    @Test
    void anExceptionEndsTheTaskAndIsRethrownToItsAwaiter() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        assertThatThrownBy(() -> runVirtual(() -> Asyncio.createTask(Asyncio.sleep(1).then(Mono.error(boom)))))
                .isSameAs(boom);
    }

    @Test
    void aMonoThatThrowsWhenSubscribedFailsTheTask() {
        IllegalStateException boom = new IllegalStateException("at subscribe");
        Mono<String> broken = new Mono<>() {
            @Override
            public void subscribe(reactor.core.CoreSubscriber<? super String> actual) {
                throw boom;
            }
        };
        runVirtual(() -> {
            Task<String> t = Asyncio.createTask(broken);
            return Asyncio.sleep(0).then(Mono.fromRunnable(() -> assertThat(t.exception()).isSameAs(boom)));
        });
    }

    @Test
    void aTaskSuspendedInAForeignPublisherEndsCancelledWhenCancelled() {
        runVirtual(() -> {
            Task<Object> t = Asyncio.createTask(Mono.never());
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                assertThat(t.cancel("gone")).isTrue();
                return t.onErrorResume(CancelledError.class, e -> note("never: " + e));
            })).then(Mono.fromRunnable(() -> assertThat(t.cancelled()).isTrue()));
        });
        assertThat(log).containsExactly("never: CancelledError('gone')");
    }

    @Test
    void cancelReturnsFalseOnceTheTaskIsDone() {
        runVirtual(() -> {
            Task<String> t = Asyncio.createTask(Mono.just("x"));
            return t.then(Mono.fromRunnable(() -> {
                assertThat(t.cancel()).isFalse();
                assertThat(t.cancelling()).isZero();
            }));
        });
    }

    // set_result / set_exception on a task: RuntimeError "Task does not support set_result operation"
    @Test
    void tasksRefuseToBeCompletedFromOutside() {
        runVirtual(() -> {
            Task<String> t = Asyncio.createTask(Mono.just("x"));
            assertThatThrownBy(() -> t.setResult("y")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Task does not support set_result operation");
            assertThatThrownBy(() -> t.setException(new RuntimeException())).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Task does not support set_exception operation");
            return t;
        });
    }

    @Test
    void tasksAreNamedTaskNUnlessGivenANameAndCanBeRenamed() {
        runVirtual(() -> {
            Task<Void> a = Asyncio.createTask(Mono.empty());
            Task<Void> b = Asyncio.createTask(Mono.empty());
            Task<Void> named = Asyncio.createTask(Mono.empty(), "worker");
            assertThat(a.getName()).matches("Task-\\d+");
            int na = Integer.parseInt(a.getName().substring(5));
            assertThat(b.getName()).isEqualTo("Task-" + (na + 1));
            assertThat(named.getName()).isEqualTo("worker");
            named.setName("renamed");
            assertThat(named.getName()).isEqualTo("renamed");
            return Mono.when(a, b, named);
        });
    }

    // <Task pending name='zz' ...>, after cancel <Task cancelling name='zz' ...>,
    // then <Task cancelled name='zz' ...>, <Task finished name='b' ... result=None>,
    // <Task finished name='f' ... exception=ValueError('boom')>
    @Test
    void theReprReadsLikeCpythons() {
        runVirtual(() -> {
            Task<Void> t = Asyncio.createTask(Asyncio.sleep(10), "zz");
            Task<String> b = Asyncio.createTask(Mono.just("r"), "b");
            Task<Void> f = Asyncio.createTask(Mono.error(new IllegalArgumentException("boom")), "f");
            assertThat(t).hasToString("<Task pending name='zz'>");
            return Asyncio.sleep(0).then(Mono.fromRunnable(() -> {
                t.cancel();
                assertThat(t).hasToString("<Task cancelling name='zz'>");
                assertThat(b).hasToString("<Task finished name='b' result=r>");
                assertThat(f).hasToString(
                        "<Task finished name='f' exception=java.lang.IllegalArgumentException: boom>");
            })).then(Asyncio.sleep(0)).then(Mono.fromRunnable(
                    () -> assertThat(t).hasToString("<Task cancelled name='zz'>")));
        });
    }
}
