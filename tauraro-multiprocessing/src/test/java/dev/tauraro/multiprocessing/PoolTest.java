package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Task;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PoolTest {
    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    static <R> List<Object> drainCatching(Iterator<R> it) {
        List<Object> out = new ArrayList<>();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return out;
                }
                out.add(it.next());
            } catch (IllegalArgumentException e) {
                out.add("error:" + e.getMessage());
            }
        }
    }

    /** 0, 1, 2, ... then, at {@code n}, IllegalArgumentException("input broke"). */
    static Iterable<Integer> inputBreakingAt(int n) {
        return inputBreakingAt(n, () -> new IllegalArgumentException("input broke"));
    }

    /** 0, 1, 2, ... then, at {@code n}, what {@code breaking} gives, thrown. */
    static Iterable<Integer> inputBreakingAt(int n, java.util.function.Supplier<? extends Throwable> breaking) {
        return () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (i == n) {
                    Throwable t = breaking.get();
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                return i++;
            }
        };
    }

    private static Function<Integer, Integer> doubleFailingAt3() {
        return x -> {
            if (x == 3) {
                throw new IllegalArgumentException("bad 3");
            }
            return x * 2;
        };
    }

    /** Occupies every worker of {@code pool} until the returned latch is released. */
    private static CountDownLatch blockWorkers(Pool pool) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(pool.processes());
        for (int i = 0; i < pool.processes(); i++) {
            pool.applyAsync(() -> {
                started.countDown();
                release.await();
                return null;
            });
        }
        started.await();
        return release;
    }

    // ---------------------------------------------------------------- map and friends

    @Test
    void mapReturnsResultsInInputOrder() {
        try (Pool pool = new Pool(2)) {
            assertThat(pool.map(x -> x * x, range(50))).isEqualTo(range(50).stream().map(x -> x * x).collect(Collectors.toList()));
            assertThat(pool.map(String::valueOf, List.of(1, 2, 3), 2)).containsExactly("1", "2", "3");
        }
    }

    @Test
    void mapOfAnEmptyInputIsAnEmptyList() {
        try (Pool pool = new Pool(2)) {
            assertThat(pool.map(x -> x, List.of())).isEmpty();
            assertThat(pool.mapAsync(x -> x, List.of()).ready()).isTrue();
        }
    }

    @Test
    void theDefaultChunksizeFollowsCpythonsFormula() {
        try (Pool pool = new Pool(2)) {
            // divmod(len, 4 * processes), plus one when there is a remainder.
            assertThat(pool.defaultChunksize(1)).isEqualTo(1);
            assertThat(pool.defaultChunksize(8)).isEqualTo(1);
            assertThat(pool.defaultChunksize(9)).isEqualTo(2);
            assertThat(pool.defaultChunksize(100_000)).isEqualTo(12_500);
            assertThat(pool.defaultChunksize(100_001)).isEqualTo(12_501);
        }
    }

    @Test
    void aChunksizeBelowOneIsRejectedWithCpythonsMessage() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.imap(x -> x, range(3), 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Chunksize must be 1+, not 0");
            assertThatThrownBy(() -> pool.map(x -> x, range(3), -1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Chunksize must be 1+, not -1");
        }
    }

    @Test
    void starmapUnpacksPairs() {
        try (Pool pool = new Pool(2)) {
            List<Integer> sums = pool.starmap((a, b) -> a + b, List.of(Map.entry(1, 2), Map.entry(3, 4)));
            assertThat(sums).containsExactly(3, 7);
            assertThat(pool.starmapAsync((String a, Integer b) -> a.repeat(b), List.of(Map.entry("ab", 2))).get())
                    .containsExactly("abab");
        }
    }

    @Test
    void imapWithChunksOfOneContinuesAfterAnExceptionLikeCpython() {
        try (Pool pool = new Pool(2)) {
            // CPython: [0, 2, 4, ValueError('bad 3'), 8, 10]
            assertThat(drainCatching(pool.imap(doubleFailingAt3(), range(6))))
                    .containsExactly(0, 2, 4, "error:bad 3", 8, 10);
        }
    }

    @Test
    void imapWithLargerChunksEndsAtTheFirstExceptionLikeCpython() {
        try (Pool pool = new Pool(2)) {
            // CPython: [0, 2, ValueError('bad 3')]
            assertThat(drainCatching(pool.imap(doubleFailingAt3(), range(6), 2)))
                    .containsExactly(0, 2, "error:bad 3");
        }
    }

    @Test
    void imapUnorderedYieldsEveryResultAndTheException() {
        try (Pool pool = new Pool(2)) {
            assertThat(drainCatching(pool.imapUnordered(doubleFailingAt3(), range(6))))
                    .containsExactlyInAnyOrder(0, 2, 4, "error:bad 3", 8, 10);
        }
    }

    @Test
    void anExhaustedIteratorThrowsNoSuchElement() {
        try (Pool pool = new Pool(1)) {
            Iterator<Integer> it = pool.imap(x -> x, List.of(1));
            assertThat(it.next()).isEqualTo(1);
            assertThat(it.hasNext()).isFalse();
            assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void imapReadsAnEndlessInputLazily() {
        try (Pool pool = new Pool(2)) {
            Iterable<Integer> naturals = () -> IntStream.iterate(0, i -> i + 1).iterator();
            Iterator<Integer> it = pool.imap(x -> x * 10, naturals);
            for (int i = 0; i < 100; i++) {
                assertThat(it.next()).isEqualTo(i * 10);
            }
        }
    }

    @Test
    void anExceptionFromTheInputIteratorTakesTheNextPlaceAndEndsIt() {
        try (Pool pool = new Pool(1)) {
            assertThat(drainCatching(pool.imap(x -> x, inputBreakingAt(3)))).containsExactly(0, 1, 2, "error:input broke");
        }
    }

    // ---------------------------------------------------------------- apply and callbacks

    @Test
    void applyRunsOnAWorkerAndReturnsTheValue() {
        try (Pool pool = new Pool(1)) {
            assertThat(pool.apply(() -> Multiprocessing.currentProcess().getName())).startsWith("ForkPoolWorker-");
            assertThat(pool.apply(() -> Thread.currentThread().isDaemon())).isTrue();
        }
    }

    @Test
    void theCallbackRunsOnTheWorkerBeforeTheResultIsReady() {
        try (Pool pool = new Pool(1)) {
            AtomicReference<String> seen = new AtomicReference<>();
            AsyncResult<Integer> r = pool.applyAsync(() -> 42,
                    v -> seen.set(v + " on " + Thread.currentThread().getName()), e -> seen.set("error"));
            assertThat(r.get()).isEqualTo(42);
            assertThat(seen.get()).startsWith("42 on ForkPoolWorker-");
        }
    }

    @Test
    void theErrorCallbackReceivesTheException() {
        try (Pool pool = new Pool(2)) {
            AtomicReference<Throwable> seen = new AtomicReference<>();
            AtomicReference<List<Integer>> value = new AtomicReference<>();
            AsyncResult<List<Integer>> r = pool.mapAsync(doubleFailingAt3(), range(6), value::set, seen::set);
            r.waitFor();
            assertThat(value.get()).isNull();
            assertThat(seen.get()).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 3");
        }
    }

    @Test
    void aTaskExceptionReachesTheCallerAsTheObjectTheWorkerThrew() {
        try (Pool pool = new Pool(2)) {
            AtomicReference<IllegalStateException> thrown = new AtomicReference<>();
            Throwable caught = catchThrowable(() -> pool.map(x -> {
                if (x == 5) {
                    thrown.set(new IllegalStateException("from the worker"));
                    throw thrown.get();
                }
                return x;
            }, range(10)));
            assertThat(caught).isSameAs(thrown.get()).hasMessage("from the worker");
            // Its stack trace is the worker side: the function ran in the pool's worker loop.
            assertThat(caught.getStackTrace()).anySatisfy(e -> assertThat(e.getMethodName()).isEqualTo("work"));
        }
    }

    @Test
    void aCheckedExceptionArrivesWrappedWithTheWorkersExceptionAsCause() {
        try (Pool pool = new Pool(1)) {
            IOException io = new IOException("disk");
            assertThatThrownBy(() -> pool.apply(() -> {
                throw io;
            })).isInstanceOf(CompletionException.class).hasCause(io);
        }
    }

    // ---------------------------------------------------------------- dying workers and initializers

    @Test
    void aWorkerKilledByAnErrorFailsItsTaskAndIsReplaced() {
        try (Pool pool = new Pool(1)) {
            String before = pool.apply(() -> Multiprocessing.currentProcess().getName());
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new OutOfMemoryError("simulated");
            })).isInstanceOf(BrokenPoolError.class)
                    .hasMessageContaining("A pool worker died abruptly while running this task")
                    .hasCauseInstanceOf(OutOfMemoryError.class);
            String after = pool.apply(() -> Multiprocessing.currentProcess().getName());
            assertThat(after).startsWith("ForkPoolWorker-").isNotEqualTo(before);
        }
    }

    @Test
    void processExitKillsTheWorkerAndFailsItsTaskWithTheCode() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new ProcessExit(7);
            })).isInstanceOf(BrokenPoolError.class)
                    .hasMessage("A pool worker died abruptly while running this task: the process exited with code 7")
                    .cause().isInstanceOfSatisfying(ProcessExit.class, e -> assertThat(e.code()).isEqualTo(7));
            assertThat(pool.apply(() -> 1)).isEqualTo(1);
        }
    }

    @Test
    void anErrorFromTheInputIteratorKillsTheWorkerButEndsTheIterationCleanly() {
        try (Pool pool = new Pool(1)) {
            Iterator<Integer> it = pool.imap(x -> x, inputBreakingAt(2, () -> new OutOfMemoryError("simulated")));
            assertThat(it.next()).isZero();
            assertThat(it.next()).isEqualTo(1);
            assertThatThrownBy(it::next).isInstanceOf(BrokenPoolError.class).hasCauseInstanceOf(OutOfMemoryError.class);
            assertThat(it.hasNext()).isFalse();
            assertThat(pool.apply(() -> "replaced")).isEqualTo("replaced");
        }
    }

    @Test
    void aDeadWorkerOutranksOrdinaryExceptionsInAMap() {
        try (Pool pool = new Pool(1)) {
            Throwable e = catchThrowable(() -> pool.map(x -> {
                if (x == 0) {
                    throw new IllegalArgumentException("ordinary");
                }
                if (x == 1) {
                    throw new StackOverflowError();
                }
                return x;
            }, range(4), 1));
            assertThat(e).isInstanceOf(BrokenPoolError.class).hasCauseInstanceOf(StackOverflowError.class);
        }
    }

    @Test
    void theInitializerRunsOnceInEachWorker() {
        Set<String> inits = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        try (Pool pool = Pool.builder().processes(3).initializer((String tag) -> {
            calls.incrementAndGet();
            inits.add(tag + ":" + Multiprocessing.currentProcess().getName());
        }, "init").build()) {
            pool.map(x -> x, range(100), 1);
            // Every worker runs the initializer before any task; wait for the three to exist.
            pool.shutdown();
            pool.join();
        }
        assertThat(calls.get()).isEqualTo(3);
        assertThat(inits).hasSize(3).allSatisfy(s -> assertThat(s).startsWith("init:ForkPoolWorker-"));
    }

    @Test
    void aFailingInitializerBreaksThePoolInsteadOfHangingIt() {
        Pool pool = Pool.builder().processes(2).initializer(() -> {
            throw new IllegalStateException("no database");
        }).build();
        try {
            Throwable e = catchThrowable(() -> pool.apply(() -> 1));
            assertThat(e).isInstanceOf(BrokenPoolError.class)
                    .hasMessage("A worker initializer failed, the pool is not usable anymore")
                    .hasRootCauseMessage("no database");
            assertThatThrownBy(() -> pool.map(x -> x, range(3))).isInstanceOf(BrokenPoolError.class);
        } finally {
            pool.terminate();
            pool.join();
        }
    }

    @Test
    void maxTasksPerChildReplacesAWorkerAfterItsQuota() {
        try (Pool pool = Pool.builder().processes(1).maxTasksPerChild(2).build()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                names.add(pool.apply(() -> Multiprocessing.currentProcess().getName()));
            }
            assertThat(names.get(0)).isEqualTo(names.get(1));
            assertThat(names.get(2)).isEqualTo(names.get(3)).isNotEqualTo(names.get(1));
            assertThat(new HashSet<>(names)).hasSize(3);
        }
    }

    @Test
    void theBuilderRejectsCpythonsInvalidArguments() {
        assertThatThrownBy(() -> new Pool(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of processes must be at least 1");
        assertThatThrownBy(() -> Pool.builder().maxTasksPerChild(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxtasksperchild must be a positive int or None");
    }

    @Test
    void theDefaultPoolHasOneWorkerPerProcessor() {
        try (Pool pool = new Pool()) {
            assertThat(pool.processes()).isEqualTo(Multiprocessing.cpuCount());
        }
    }

    // ---------------------------------------------------------------- ordering

    @Test
    void workStartsInSubmissionOrder() throws Exception {
        try (Pool pool = new Pool(1)) {
            CountDownLatch release = blockWorkers(pool);
            List<String> order = new CopyOnWriteArrayList<>();
            AsyncResult<String> a = pool.applyAsync(() -> {
                order.add("a");
                return "a";
            });
            AsyncResult<List<Integer>> m = pool.mapAsync(x -> {
                order.add("m" + x);
                return x;
            }, range(3), 1);
            AsyncResult<String> b = pool.applyAsync(() -> {
                order.add("b");
                return "b";
            });
            release.countDown();
            b.get();
            assertThat(a.ready() && m.ready()).isTrue();
            assertThat(order).containsExactly("a", "m0", "m1", "m2", "b");
        }
    }

    // ---------------------------------------------------------------- life cycle

    @Test
    void everySubmissionAfterShutdownOrTerminateSaysPoolNotRunning() {
        Pool closed = new Pool(1);
        closed.shutdown();
        Pool terminated = new Pool(1);
        terminated.terminate();
        for (Pool pool : List.of(closed, terminated)) {
            assertThatThrownBy(() -> pool.apply(() -> 1)).isInstanceOf(IllegalStateException.class).hasMessage("Pool not running");
            assertThatThrownBy(() -> pool.map(x -> x, range(3))).hasMessage("Pool not running");
            assertThatThrownBy(() -> pool.map(x -> x, List.of())).hasMessage("Pool not running");
            assertThatThrownBy(() -> pool.imap(x -> x, range(3))).hasMessage("Pool not running");
            assertThatThrownBy(() -> pool.starmapAsync((Integer a, Integer b) -> a, List.of(Map.entry(1, 2))))
                    .hasMessage("Pool not running");
            StepVerifier.create(pool.mapFlux(x -> x, range(3))).expectErrorMessage("Pool not running").verify();
            StepVerifier.create(pool.applyMono(() -> 1)).expectErrorMessage("Pool not running").verify();
            pool.join();
        }
    }

    @Test
    void joinWhileRunningIsRefused() {
        try (Pool pool = new Pool(1)) {
            assertThatThrownBy(pool::join).isInstanceOf(IllegalStateException.class).hasMessage("Pool is still running");
        }
    }

    @Test
    void shutdownLetsQueuedWorkFinishAndJoinWaitsForTheWorkers() throws Exception {
        Pool pool = new Pool(2);
        CountDownLatch release = blockWorkers(pool);
        Set<Process> workers = ConcurrentHashMap.newKeySet();
        AsyncResult<List<Integer>> r = pool.mapAsync(x -> {
            workers.add(Multiprocessing.currentProcess());
            return x + 1;
        }, range(20), 1);
        pool.shutdown();
        assertThat(pool.toString()).isEqualTo("<multiprocessing.pool.Pool state=CLOSE pool_size=2>");
        release.countDown();
        pool.join();
        assertThat(r.get()).isEqualTo(range(20).stream().map(x -> x + 1).collect(Collectors.toList()));
        assertThat(Multiprocessing.activeChildren()).doesNotContainAnyElementsOf(workers);
    }

    @Test
    void terminateInterruptsRunningTasksAndFailsPendingResults() throws Exception {
        Pool pool = new Pool(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> inTask = new AtomicReference<>();
        AsyncResult<Object> running = pool.applyAsync(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                inTask.set(e);
            }
            return "late";
        });
        AsyncResult<Integer> queued = pool.applyAsync(() -> 1);
        Iterator<Integer> it = pool.imap(x -> x, range(5));
        started.await();
        pool.terminate();
        assertThatThrownBy(running::get).isInstanceOf(BrokenPoolError.class).hasMessage("Pool terminated");
        assertThatThrownBy(queued::get).isInstanceOf(BrokenPoolError.class).hasMessage("Pool terminated");
        assertThatThrownBy(() -> {
            while (it.hasNext()) {
                it.next();
            }
        }).isInstanceOf(BrokenPoolError.class);
        pool.join();
        assertThat(inTask.get()).isInstanceOf(InterruptedException.class);
        assertThat(pool.toString()).isEqualTo("<multiprocessing.pool.Pool state=TERMINATE pool_size=1>");
    }

    @Test
    void closeIsTerminateLikePythonsWithStatement() throws Exception {
        AsyncResult<Object> pending;
        Pool pool = new Pool(1);
        try (pool) {
            blockWorkers(pool);
            pending = pool.applyAsync(() -> 1);
        }
        assertThatThrownBy(pending::get).isInstanceOf(BrokenPoolError.class);
        pool.join();
        assertThat(pool.toString()).contains("state=TERMINATE");
    }

    @Test
    void theReprReadsLikeCpythons() {
        try (Pool pool = new Pool(3)) {
            assertThat(pool.toString()).isEqualTo("<multiprocessing.pool.Pool state=RUN pool_size=3>");
        }
    }

    // ---------------------------------------------------------------- Reactor and asyncio

    @Test
    void mapFluxEmitsInInputOrderAndMapUnorderedFluxEverything() {
        try (Pool pool = new Pool(2)) {
            StepVerifier.create(pool.mapFlux(x -> x * 2, range(5))).expectNext(0, 2, 4, 6, 8).verifyComplete();
            StepVerifier.create(pool.mapFlux(x -> x * 2, range(5), 2)).expectNext(0, 2, 4, 6, 8).verifyComplete();
            assertThat(pool.mapUnorderedFlux(x -> x * 2, range(100), 3).collectList().block())
                    .containsExactlyInAnyOrderElementsOf(range(100).stream().map(x -> x * 2).collect(Collectors.toList()));
        }
    }

    @Test
    void aFluxIsColdAndEachSubscriptionRunsTheWorkAgain() {
        try (Pool pool = new Pool(1)) {
            AtomicInteger calls = new AtomicInteger();
            var flux = pool.mapFlux(x -> calls.incrementAndGet(), range(3));
            assertThat(calls.get()).isZero();
            flux.blockLast();
            flux.blockLast();
            assertThat(calls.get()).isEqualTo(6);
        }
    }

    @Test
    void aFluxEndsWithTheFirstFailureInOrder() {
        try (Pool pool = new Pool(2)) {
            StepVerifier.create(pool.mapFlux(doubleFailingAt3(), range(6)))
                    .expectNext(0, 2, 4).expectErrorMessage("bad 3").verify();
            StepVerifier.create(pool.mapFlux(x -> null, range(2)))
                    .expectError(NullPointerException.class).verify();
        }
    }

    @Test
    void cancellingAFluxStopsThePoolFromReadingMoreInput() {
        try (Pool pool = new Pool(1)) {
            AtomicInteger pulled = new AtomicInteger();
            Iterable<Integer> naturals = () -> IntStream.iterate(0, i -> i + 1).peek(i -> pulled.incrementAndGet()).iterator();
            assertThat(pool.mapFlux(x -> x, naturals).take(5).collectList().block()).containsExactly(0, 1, 2, 3, 4);
            // The next job runs only after the cancelled one has left the queue (FIFO).
            assertThat(pool.apply(() -> "after")).isEqualTo("after");
            int seen = pulled.get();
            assertThat(pool.apply(() -> "again")).isEqualTo("again");
            assertThat(pulled.get()).isEqualTo(seen);
        }
    }

    @Test
    void applyMonoOutsideAnEventLoopCompletesWithTheValue() {
        try (Pool pool = new Pool(1)) {
            Mono<Integer> mono = pool.applyMono(() -> 6 * 7);
            StepVerifier.create(mono).expectNext(42).verifyComplete();
            StepVerifier.create(pool.mapMono(x -> x + 1, range(3))).expectNext(List.of(1, 2, 3)).verifyComplete();
            StepVerifier.create(pool.applyMono(() -> {
                throw new IllegalArgumentException("nope");
            })).expectErrorMessage("nope").verify();
        }
    }

    @Test
    void applyMonoResumesAnAsyncioTaskOnItsLoopThread() {
        try (Pool pool = new Pool(2)) {
            Thread caller = Thread.currentThread();
            List<Object> got = Asyncio.run(pool.applyMono(() -> Thread.currentThread().getName())
                    .map(worker -> List.<Object>of(worker, Thread.currentThread() == caller)));
            assertThat((String) got.get(0)).startsWith("ForkPoolWorker-");
            assertThat(got.get(1)).isEqualTo(true);
            List<Integer> many = Asyncio.run(Asyncio.gather(pool.applyMono(() -> 1), pool.applyMono(() -> 2),
                    pool.mapMono(x -> x, List.of(3)).map(l -> l.get(0))));
            assertThat(many).containsExactly(1, 2, 3);
        }
    }

    @Test
    void asyncioRunInExecutorRunsTheCallOnAWorkerAndResumesOnTheLoop() {
        try (Pool pool = new Pool(2)) {
            Thread caller = Thread.currentThread();
            List<Object> got = Asyncio.run(Asyncio.runInExecutor(pool, () -> Thread.currentThread().getName())
                    .map(worker -> List.<Object>of(worker, Thread.currentThread() == caller)));
            assertThat((String) got.get(0)).startsWith("ForkPoolWorker-");
            assertThat(got.get(1)).isEqualTo(true);
            assertThatThrownBy(() -> Asyncio.run(Asyncio.runInExecutor(pool, () -> {
                throw new IllegalArgumentException("from the worker");
            }))).isInstanceOf(IllegalArgumentException.class).hasMessage("from the worker");
        }
    }

    @Test
    void executeHandsAnEscapingExceptionToTheWorkersUncaughtExceptionHandler() throws Exception {
        try (Pool pool = new Pool(1)) {
            CompletableFuture<Throwable> seen = new CompletableFuture<>();
            RuntimeException boom = new IllegalStateException("boom");
            pool.execute(() -> {
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> seen.complete(e));
                throw boom;
            });
            assertThat(seen.get(10, TimeUnit.SECONDS)).isSameAs(boom);
            assertThat(pool.apply(() -> "still working")).isEqualTo("still working");
        }
    }

    @Test
    void executeOnAPoolThatIsNotRunningIsRejected() {
        Pool pool = new Pool(1);
        pool.shutdown();
        assertThatThrownBy(() -> pool.execute(() -> { }))
                .isInstanceOf(RejectedExecutionException.class).hasMessage("Pool not running");
        pool.join();
    }

    @Test
    void mapFluxDeliversOnTheSubscribersEventLoop() {
        try (Pool pool = new Pool(2)) {
            Thread caller = Thread.currentThread();
            List<Boolean> onLoop = Asyncio.run(pool.mapFlux(x -> x, range(20), 3)
                    .map(x -> Thread.currentThread() == caller).collectList());
            assertThat(onLoop).hasSize(20).containsOnly(true);
        }
    }

    @Test
    void cancellingTheAwaitingTaskDropsAnApplyThatHasNotStarted() throws Exception {
        try (Pool pool = new Pool(1)) {
            CountDownLatch release = blockWorkers(pool);
            AtomicInteger ran = new AtomicInteger();
            boolean cancelled = Asyncio.run(Mono.defer(() -> {
                Task<Integer> t = Asyncio.createTask(pool.applyMono(ran::incrementAndGet));
                return Asyncio.sleep(0).then(Mono.fromCallable(() -> t.cancel()))
                        .flatMap(c -> t.onErrorResume(e -> Mono.empty()).then(Mono.fromCallable(t::cancelled)));
            }), EventLoop.withVirtualTime());
            assertThat(cancelled).isTrue();
            release.countDown();
            // FIFO: had the dropped call still been queued, it would run before this one.
            assertThat(pool.apply(ran::get)).isZero();
        }
    }

    @Test
    void workersAreActiveChildrenOfTheCreatingProcess() {
        try (Pool pool = new Pool(2)) {
            List<String> names = new ArrayList<>();
            for (Process p : Multiprocessing.activeChildren()) {
                names.add(p.getName());
            }
            Collections.sort(names);
            assertThat(names.stream().filter(n -> n.startsWith("ForkPoolWorker-")).count()).isGreaterThanOrEqualTo(2);
            Process worker = pool.apply(Multiprocessing::currentProcess);
            assertThat(worker.toString()).startsWith("<ForkProcess name='ForkPoolWorker-").endsWith(" started daemon>");
            assertThat(pool.apply(Multiprocessing::parentProcess)).isSameAs(Multiprocessing.currentProcess());
        }
    }
}
