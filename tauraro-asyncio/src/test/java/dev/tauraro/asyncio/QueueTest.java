package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QueueTest {

    static <T> T run(Mono<T> main) {
        return Asyncio.run(main, EventLoop.withVirtualTime());
    }

    static Mono<Void> step(Runnable r) {
        return Mono.fromRunnable(r);
    }

    /** One bare yield to the loop: Python's {@code await asyncio.sleep(0)}. */
    static Mono<Void> tick() {
        return Asyncio.sleep(0);
    }

    // ---------------------------------------------------------------- non-blocking operations

    @Test
    void putNowaitAndGetNowaitAreFirstInFirstOut() {
        Queue<Integer> q = new Queue<>();
        for (int i = 0; i < 3000; i++) {
            q.putNowait(i);
        }
        for (int i = 0; i < 3000; i++) {
            assertThat(q.getNowait()).isEqualTo(i);
        }
        assertThat(q.empty()).isTrue();
    }

    @Test
    void getNowaitOnAnEmptyQueueThrowsQueueEmpty() {
        Queue<String> q = new Queue<>();
        assertThatThrownBy(q::getNowait).isInstanceOf(QueueEmpty.class).hasToString("QueueEmpty()");
        q.putNowait("a");
        q.getNowait();
        assertThatThrownBy(q::getNowait).isInstanceOf(QueueEmpty.class);
    }

    @Test
    void putNowaitOnAFullQueueThrowsQueueFullAndEnqueuesNothing() {
        Queue<String> q = new Queue<>(2);
        q.putNowait("a");
        q.putNowait("b");
        assertThatThrownBy(() -> q.putNowait("c")).isInstanceOf(QueueFull.class).hasToString("QueueFull()");
        assertThat(q.qsize()).isEqualTo(2);
        assertThat(q).hasToString("<Queue maxsize=2 _queue=['a', 'b'] tasks=2>");
    }

    @Test
    void sizeQueriesFollowTheItems() {
        Queue<Integer> bounded = new Queue<>(2);
        assertThat(bounded.maxsize()).isEqualTo(2);
        assertThat(bounded.empty()).isTrue();
        assertThat(bounded.full()).isFalse();
        bounded.putNowait(1);
        assertThat(bounded.qsize()).isEqualTo(1);
        assertThat(bounded.empty()).isFalse();
        assertThat(bounded.full()).isFalse();
        bounded.putNowait(2);
        assertThat(bounded.full()).isTrue();

        Queue<Integer> unbounded = new Queue<>(-1);
        for (int i = 0; i < 100; i++) {
            unbounded.putNowait(i);
        }
        assertThat(unbounded.full()).isFalse();
        assertThat(unbounded.qsize()).isEqualTo(100);
        assertThat(new Queue<>().maxsize()).isZero();
    }

    @Test
    void taskDoneCalledTooManyTimesThrowsWithCPythonsMessage() {
        Queue<Integer> q = new Queue<>();
        assertThatThrownBy(q::taskDone).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("task_done() called too many times");
        q.putNowait(1);
        q.getNowait();
        q.taskDone();
        assertThatThrownBy(q::taskDone).hasMessage("task_done() called too many times");
    }

    @Test
    void nullItemsAreAllowedAndGetCompletesEmptyForThem() {
        List<String> log = new ArrayList<>();
        Queue<String> q = new Queue<>();
        run(Mono.defer(() -> {
            q.putNowait(null);
            return q.put("x")
                    .then(q.put(null))
                    .then(q.get().hasElement()).doOnNext(b -> log.add("first has element: " + b))
                    .then(q.get()).doOnNext(v -> log.add("second: " + v))
                    .then(step(() -> log.add("third: " + q.getNowait())));
        }));
        assertThat(log).containsExactly("first has element: false", "second: x", "third: null");
    }

    @Test
    void toStringReadsLikeCPythonsStr() {
        // Expected strings are CPython 3.11's str() of the same queues.
        Queue<Object> q = new Queue<>(2);
        assertThat(q).hasToString("<Queue maxsize=2>");
        q.putNowait("a'b");
        q.putNowait(null);
        assertThat(q).hasToString("<Queue maxsize=2 _queue=[\"a'b\", None] tasks=2>");
        q.getNowait();
        q.getNowait();
        assertThat(q).hasToString("<Queue maxsize=2 tasks=2>");
        q.taskDone();
        q.taskDone();
        assertThat(q).hasToString("<Queue maxsize=2>");
        Queue<Object> mixed = new Queue<>();
        mixed.putNowait(true);
        mixed.putNowait(List.of(1, "x"));
        mixed.putNowait("tab\there");
        assertThat(mixed).hasToString("<Queue maxsize=0 _queue=[True, [1, 'x'], 'tab\\there'] tasks=3>");
        // Python 3.13 appends " shutdown" once the queue is shut down.
        mixed.shutdown(true);
        assertThat(mixed).hasToString("<Queue maxsize=0 shutdown>");
    }

    // ---------------------------------------------------------------- waiting

    @Test
    void putAndGetOnAReadyQueueCompleteWithoutYieldingToTheLoop() {
        List<String> log = new ArrayList<>();
        Queue<Integer> q = new Queue<>(1);
        run(Mono.defer(() -> {
            Task<Void> a = Asyncio.createTask(q.put(1).then(step(() -> log.add("a put")))
                    .then(q.get()).doOnNext(v -> log.add("a got " + v)).then());
            Task<Void> b = Asyncio.createTask(step(() -> log.add("b runs")));
            return Asyncio.gather(a, b).then();
        }));
        // Had put or get yielded, b would have run in between.
        assertThat(log).containsExactly("a put", "a got 1", "b runs");
    }

    @Test
    void getWaitsUntilAnItemIsPut() {
        Queue<String> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            loop.callLater(2.0, () -> q.putNowait("late"));
            return q.get().doOnNext(v -> log.add(v + " at " + loop.time())).then();
        }));
        assertThat(log).containsExactly("late at 2.0");
    }

    // python3 (3.11): a getter woken by put_nowait() loses the item to a get_nowait() in the same
    // step, then waits again behind the getter that started waiting after it.
    @Test
    void aNewcomerTakesTheItemBeforeTheWokenGetterWhichThenWaitsAgainAtTheBackOfTheLine() {
        Queue<Integer> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            Task<Void> c = Asyncio.createTask(q.get().doOnNext(v -> log.add("C got " + v)).then());
            Task<Void> d = Asyncio.createTask(q.get().doOnNext(v -> log.add("D got " + v)).then());
            return tick()
                    .then(step(() -> {
                        q.putNowait(3);
                        log.add("newcomer takes " + q.getNowait());
                    }))
                    .then(tick())
                    .then(step(() -> {
                        log.add(q.toString());
                        q.putNowait(4);
                    }))
                    .then(tick()).then(tick())
                    .then(step(() -> {
                        log.add("C done=" + c.done() + " D done=" + d.done());
                        c.cancel();
                    }));
        }));
        assertThat(log).containsExactly("newcomer takes 3", "<Queue maxsize=0 _getters[2] tasks=1>", "D got 4",
                "C done=false D done=true");
    }

    @Test
    void putWaitsUntilASlotIsFreeAndKeepsTheOrderOfItems() {
        Queue<Integer> q = new Queue<>(1);
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            Task<Void> producer = Asyncio.createTask(Flux.range(1, 3)
                    .concatMap(i -> q.put(i).then(step(() -> log.add("put " + i + " at " + loop.time()))))
                    .then());
            Mono<Void> consumer = Flux.range(1, 3)
                    .concatMap(i -> Asyncio.sleep(1.0).then(q.get()).doOnNext(v -> log.add("got " + v)))
                    .then();
            return consumer.then(producer);
        }));
        assertThat(log).containsExactly("put 1 at 0.0", "got 1", "put 2 at 1.0", "got 2", "put 3 at 2.0", "got 3");
    }

    @Test
    void aCancelledPutDoesNotEnqueueItsItem() {
        Queue<String> q = new Queue<>(1);
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            q.putNowait("first");
            Task<Void> p = Asyncio.createTask(q.put("never").then(step(() -> log.add("put returned"))));
            return tick().then(step(() -> {
                assertThat(q).hasToString("<Queue maxsize=1 _queue=['first'] _putters[1] tasks=1>");
                p.cancel();
            })).then(tick()).then(step(() -> {
                log.add(q.toString());
                log.add(q.getNowait());
                log.add(String.valueOf(p.cancelled()));
            }));
        }));
        assertThat(log).containsExactly("<Queue maxsize=1 _queue=['first'] tasks=1>", "first", "true");
    }

    @Test
    void unsubscribingAWaitingGetLeavesTheLineWithoutLosingAnItem() {
        Queue<String> q = new Queue<>();
        String result = run(Mono.defer(() ->
                Mono.firstWithSignal(q.get(), Asyncio.sleep(Duration.ofSeconds(1), "timeout"))
                        .doOnNext(v -> {
                            assertThat(q).hasToString("<Queue maxsize=0>");
                            q.putNowait("kept");
                        })
                        .then(q.get())));
        assertThat(result).isEqualTo("kept");
        assertThat(q.empty()).isTrue();
    }

    @Test
    void anItemTakenButNotYetRequestedIsGivenBackWhenTheSubscriberCancels() {
        Queue<Integer> q = new Queue<>();
        q.putNowait(1);
        q.putNowait(2);
        StepVerifier.create(q.get(), 0).thenCancel().verify();
        assertThat(q.qsize()).isEqualTo(2);
        assertThat(q.getNowait()).isEqualTo(1);

        LifoQueue<Integer> stack = new LifoQueue<>();
        stack.putNowait(1);
        stack.putNowait(2);
        StepVerifier.create(stack.get(), 0).thenCancel().verify();
        assertThat(stack.getNowait()).isEqualTo(2);
    }

    @Test
    void getOnAnEmptyQueueOutsideALoopFails() {
        Queue<Integer> q = new Queue<>();
        StepVerifier.create(q.get()).expectErrorMessage("no running event loop").verify();
        q.putNowait(5);
        StepVerifier.create(q.get()).expectNext(5).verifyComplete();
    }

    @Test
    void aQueueIsBoundToTheFirstLoopItWaitsOn() {
        Queue<Integer> q = new Queue<>();
        // Waits on the first loop, then gives up.
        run(Mono.firstWithSignal(q.get(), Asyncio.sleep(Duration.ofSeconds(1), -1)).then());
        assertThatThrownBy(() -> run(q.get()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("<Queue maxsize=0> is bound to a different event loop");
        // The no-wait paths do not look at the loop, as in CPython.
        q.putNowait(3);
        assertThat(run(q.get())).isEqualTo(3);
    }

    // ---------------------------------------------------------------- CPython transcripts

    @Test
    void fairnessAndCancellationFollowCPython() throws IOException {
        List<String> log = new ArrayList<>();
        Queue<String> q = new Queue<>();
        Function<String, Mono<Void>> getter = name -> q.get()
                .doOnNext(v -> log.add(name + " got '" + v + "'"))
                .then()
                .onErrorResume(CancelledError.class, e -> step(() -> log.add(name + " cancelled")));
        Queue<Integer> p = new Queue<>(1);
        Function<Integer, Mono<Void>> putter = i -> p.put(i + 1)
                .then(step(() -> log.add("p" + i + " put " + (i + 1))))
                .onErrorResume(CancelledError.class, e -> step(() -> log.add("p" + i + " cancelled")));
        List<Task<Void>> all = new ArrayList<>();
        run(Mono.defer(() -> {
            List<Task<Void>> g = IntStream.range(0, 4).mapToObj(i -> Asyncio.createTask(getter.apply("g" + i)))
                    .collect(Collectors.toList());
            all.addAll(g);
            return tick().then(step(() -> {
                log.add(q.toString());
                g.get(1).cancel();
                q.putNowait("a");
                q.putNowait("b");
                log.add(q.toString());
                g.get(2).cancel();
            })).then(tick()).then(step(() -> log.add(q.toString())))
                    .then(tick()).then(step(() -> log.add(q.toString())));
        }).then(Mono.defer(() -> {
            // A newcomer overtakes a woken getter, which then waits again at the back.
            Asyncio.createTask(q.get().doOnNext(v -> log.add("w got '" + v + "'")));
            return tick().then(step(() -> q.putNowait("c")))
                    .then(q.get()).doOnNext(v -> log.add("newcomer got '" + v + "'"))
                    .then(step(() -> log.add(q.toString())))
                    .then(tick()).then(step(() -> {
                        log.add(q.toString());
                        q.putNowait("d");
                    })).then(tick()).then(tick());
        })).then(Mono.defer(() -> {
            p.putNowait(0);
            List<Task<Void>> ps = IntStream.range(0, 4).mapToObj(i -> Asyncio.createTask(putter.apply(i)))
                    .collect(Collectors.toList());
            all.addAll(ps);
            return tick().then(step(() -> {
                log.add(p.toString());
                ps.get(0).cancel();
                log.add(String.valueOf(p.getNowait()));
                log.add(p.toString());
                ps.get(1).cancel();
            })).then(tick()).then(step(() -> log.add(p.toString())))
                    .then(tick()).then(step(() -> log.add(p.toString())))
                    .then(Mono.defer(() -> drain(p, log)))
                    .then(step(() -> {
                        log.add(p.toString());
                        all.forEach(t -> log.add(t.done() ? "True" : "False"));
                    }));
        })));
        assertThat(log).containsExactlyElementsOf(expected("fairness"));
    }

    private static Mono<Void> drain(Queue<Integer> p, List<String> log) {
        if (p.empty()) {
            return Mono.empty();
        }
        log.add(String.valueOf(p.getNowait()));
        return tick().then(tick()).then(Mono.defer(() -> drain(p, log)));
    }

    /** The seed page's "Worker Pool Pattern", translated line by line. */
    static final class WorkerPool {
        final Queue<Integer> queue = new Queue<>();
        List<Task<Void>> workers = List.of();
        final int numWorkers;
        final List<String> printed;

        WorkerPool(int numWorkers, List<String> printed) {
            this.numWorkers = numWorkers;
            this.printed = printed;
        }

        Mono<Void> worker(int workerId) {
            // while True: task = await queue.get(); if task is None: break; ...
            return queue.get()
                    .flatMap(task -> processTask(task).doOnNext(result -> {
                        printed.add("Worker " + workerId + ": " + result);
                        queue.taskDone();
                    }))
                    .hasElement() // false: the item was None
                    .repeat()
                    .takeWhile(Boolean::booleanValue)
                    .then();
        }

        Mono<Integer> processTask(int task) {
            return Asyncio.sleep(0.1).thenReturn(task * 2);
        }

        Mono<Void> run(List<Integer> tasks) {
            return Mono.defer(() -> {
                workers = IntStream.range(0, numWorkers).mapToObj(i -> Asyncio.createTask(worker(i)))
                        .collect(Collectors.toList());
                return Flux.fromIterable(tasks).concatMap(queue::put).then()
                        .then(queue.join())
                        .then(Flux.range(0, numWorkers).concatMap(i -> queue.put(null)).then())
                        .then(Asyncio.gather(workers).then());
            });
        }
    }

    @Test
    void theWorkerPoolPatternPrintsWhatCPythonPrints() throws IOException {
        List<String> printed = new ArrayList<>();
        double[] elapsed = new double[1];
        run(Mono.defer(() -> {
            WorkerPool pool = new WorkerPool(3, printed);
            return pool.run(IntStream.rangeClosed(1, 10).boxed().collect(Collectors.toList()))
                    .then(step(() -> {
                        printed.add(pool.queue.toString());
                        elapsed[0] = Asyncio.getRunningLoop().time();
                    }));
        }));
        assertThat(printed).containsExactlyElementsOf(expected("worker_pool"));
        // Ten tasks of 0.1 s on three workers: four rounds.
        assertThat(elapsed[0]).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** The transcripts were produced by python3 (CPython 3.11); check that they still are. */
    @ParameterizedTest
    @ValueSource(strings = {"worker_pool", "fairness", "priority_ties"})
    void theExpectedTranscriptsAreCPythonsOutput(String name, @TempDir Path dir) throws Exception {
        Path script = dir.resolve(name + ".py");
        try (InputStream in = QueueTest.class.getResourceAsStream("queues/" + name + ".py")) {
            Files.write(script, in.readAllBytes());
        }
        Process python;
        try {
            python = new ProcessBuilder("python3", script.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not available: " + e.getMessage());
            return;
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).isZero();
        assertThat(Arrays.asList(out.split("\n"))).containsExactlyElementsOf(expected(name));
    }

    static List<String> expected(String name) throws IOException {
        try (InputStream in = QueueTest.class.getResourceAsStream("queues/" + name + ".out")) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    // ---------------------------------------------------------------- join

    @Test
    void joinCompletesAtOnceWhenNothingIsUnfinished() {
        Queue<Integer> q = new Queue<>();
        StepVerifier.create(q.join()).verifyComplete(); // no loop needed: it does not wait
        q.putNowait(1);
        q.getNowait();
        q.taskDone();
        StepVerifier.create(q.join()).verifyComplete();
    }

    @Test
    void joinWaitsUntilTaskDoneWasCalledForEveryItemAndWakesEveryJoiner() {
        Queue<Integer> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            q.putNowait(1);
            q.putNowait(2);
            Task<Void> j1 = Asyncio.createTask(q.join().then(step(() -> log.add("j1 at " + loop.time()))));
            Task<Void> j2 = Asyncio.createTask(q.join().then(step(() -> log.add("j2 at " + loop.time()))));
            Mono<Void> consumer = Flux.range(0, 2)
                    .concatMap(i -> q.get().then(Asyncio.sleep(1.0)).then(step(q::taskDone)))
                    .then();
            return consumer.then(Asyncio.gather(j1, j2)).then();
        }));
        assertThat(log).containsExactly("j1 at 2.0", "j2 at 2.0");
    }

    @Test
    void aCancelledJoinLeavesTheOtherJoinersWaiting() {
        Queue<Integer> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            q.putNowait(1);
            Task<Void> j1 = Asyncio.createTask(q.join().then(step(() -> log.add("j1 joined"))));
            Task<Void> j2 = Asyncio.createTask(q.join().then(step(() -> log.add("j2 joined"))));
            return tick().then(step(() -> j1.cancel())).then(tick()).then(step(() -> {
                log.add("j1 cancelled: " + j1.cancelled() + ", j2 done: " + j2.done());
                q.getNowait();
                q.taskDone();
            })).then(j2);
        }));
        assertThat(log).containsExactly("j1 cancelled: true, j2 done: false", "j2 joined");
    }

    // ---------------------------------------------------------------- shutdown

    @Test
    void afterShutdownPutsFailAndGetsDrainTheQueueBeforeFailing() {
        Queue<Integer> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            q.putNowait(1);
            q.putNowait(2);
            q.shutdown();
            return q.put(3).onErrorResume(QueueShutDown.class, e -> step(() -> log.add("put: " + e)))
                    .then(q.get()).doOnNext(v -> log.add("got " + v))
                    .then(q.get()).doOnNext(v -> log.add("got " + v))
                    .then(q.get()).then()
                    .onErrorResume(QueueShutDown.class, e -> step(() -> log.add("get: " + e)));
        }));
        assertThat(log).containsExactly("put: QueueShutDown()", "got 1", "got 2", "get: QueueShutDown()");
        assertThatThrownBy(() -> q.putNowait(4)).isInstanceOf(QueueShutDown.class);
        assertThatThrownBy(q::getNowait).isInstanceOf(QueueShutDown.class);
        assertThat(q).hasToString("<Queue maxsize=0 tasks=2 shutdown>");
    }

    @Test
    void shutdownWakesBlockedGettersAndPuttersWithQueueShutDown() {
        Queue<Integer> empty = new Queue<>();
        Queue<Integer> full = new Queue<>(1);
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            full.putNowait(0);
            List<Task<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                tasks.add(Asyncio.createTask(empty.get().then()
                        .onErrorResume(QueueShutDown.class, e -> step(() -> log.add("getter " + n + ": " + e)))));
                tasks.add(Asyncio.createTask(full.put(n)
                        .onErrorResume(QueueShutDown.class, e -> step(() -> log.add("putter " + n + ": " + e)))));
            }
            return tick().then(step(() -> {
                log.add(empty.toString());
                log.add(full.toString());
                empty.shutdown();
                full.shutdown();
            })).then(Asyncio.gather(tasks)).then(step(() -> log.add(full.toString())));
        }));
        assertThat(log).containsExactly(
                "<Queue maxsize=0 _getters[2]>",
                "<Queue maxsize=1 _queue=[0] _putters[2] tasks=1>",
                "getter 0: QueueShutDown()", "getter 1: QueueShutDown()",
                "putter 0: QueueShutDown()", "putter 1: QueueShutDown()",
                "<Queue maxsize=1 _queue=[0] tasks=1 shutdown>");
    }

    @Test
    void aGetterWokenByShutdownStillTakesAnItemThatArrivedFirst() {
        Queue<Integer> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            Task<Void> g = Asyncio.createTask(q.get().doOnNext(v -> log.add("got " + v)).then());
            return tick().then(step(() -> {
                q.putNowait(7); // wakes g
                q.shutdown();
            })).then(g);
        }));
        assertThat(log).containsExactly("got 7");
    }

    @Test
    void immediateShutdownDiscardsTheItemsCountsThemDoneAndCompletesJoin() {
        Queue<Integer> q = new Queue<>();
        List<String> log = new ArrayList<>();
        run(Mono.defer(() -> {
            for (int i = 0; i < 3; i++) {
                q.putNowait(i);
            }
            q.getNowait(); // taken, but never marked done
            Task<Void> joiner = Asyncio.createTask(q.join().then(step(() -> log.add("joined"))));
            return tick().then(step(() -> {
                q.shutdown(true);
                log.add(q.toString());
            })).then(tick()).then(step(() -> log.add("joiner done: " + joiner.done())))
                    .then(step(() -> q.taskDone()))
                    .then(joiner)
                    .then(q.get()).then()
                    .onErrorResume(QueueShutDown.class, e -> step(() -> log.add("get: " + e)));
        }));
        assertThat(log).containsExactly("<Queue maxsize=0 tasks=1 shutdown>", "joiner done: false", "joined",
                "get: QueueShutDown()");
    }
}
