package dev.tauraro.multiprocessing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tauraro.multiprocessing.AsyncResult;
import dev.tauraro.multiprocessing.BrokenPoolError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Pool API on two worker members in their own JVMs, through a client the pool builds. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterPoolTest {
    private static WorkerJvms workers;
    private static ClusterPool pool;

    @BeforeAll
    static void startCluster() {
        workers = new WorkerJvms(2);
        workers.startAll(2, 2);
        pool = ClusterPool.builder().clusterName(workers.clusterName).cluster(workers.addresses())
                .startTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        WorkerJvms.stop(pool, workers);
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    @Test
    void processesAreTheWorkerSlotsOfTheMembers() {
        assertThat(pool.processes()).isEqualTo(4);
        assertThat(pool.toString()).isEqualTo("<ClusterPool state=RUN pool_size=4>");
    }

    @Test
    void mapReturnsResultsInInputOrderComputedOnTheMembers() {
        assertThat(pool.map((Integer x) -> x * x, range(100), 7))
                .isEqualTo(range(100).stream().map(x -> x * x).toList());
        Set<Long> pids = new HashSet<>(pool.map((Integer x) -> pid(), range(40), 1));
        assertThat(pids).hasSize(2).doesNotContain(pid());
    }

    @Test
    void mapWithTheDefaultChunksizeAndAnEmptyInput() {
        assertThat(pool.map((Integer x) -> x + 1, range(33))).isEqualTo(range(34).subList(1, 34));
        assertThat(pool.map((Integer x) -> x + 1, List.of())).isEmpty();
    }

    @Test
    void imapYieldsInOrderAndImapUnorderedYieldsEveryResult() {
        List<Integer> ordered = new ArrayList<>();
        pool.imap((Integer x) -> -x, range(20), 3).forEachRemaining(ordered::add);
        assertThat(ordered).isEqualTo(range(20).stream().map(x -> -x).toList());
        List<Integer> unordered = new ArrayList<>();
        Iterator<Integer> it = pool.imapUnordered((Integer x) -> -x, range(20));
        it.forEachRemaining(unordered::add);
        assertThat(unordered).containsExactlyInAnyOrderElementsOf(ordered);
    }

    @Test
    void applyAsyncRunsOnAMemberAndCallsBackInThisJvm() {
        List<String> calls = new CopyOnWriteArrayList<>();
        AsyncResult<Long> r = pool.applyAsync(ClusterPoolTest::pid,
                v -> calls.add("callback in " + pid()), e -> calls.add("error " + e));
        long remote = r.get(Duration.ofSeconds(30));
        assertThat(remote).isNotEqualTo(pid());
        assertThat(calls).containsExactly("callback in " + pid());
        assertThat(pool.apply(() -> "done")).isEqualTo("done");
    }

    @Test
    void mapAsyncCallbacksReceiveTheListOrTheError() {
        List<Object> got = new CopyOnWriteArrayList<>();
        pool.mapAsync((Integer x) -> x * 2, range(5), 2, got::add, got::add).get(Duration.ofSeconds(30));
        AsyncResult<List<Integer>> failed = pool.mapAsync((Integer x) -> 10 / (x - 3), range(5), 1, got::add, got::add);
        failed.waitFor(Duration.ofSeconds(30));
        assertThat(failed.successful()).isFalse();
        assertThat(got).hasSize(2);
        assertThat(got.get(0)).isEqualTo(List.of(0, 2, 4, 6, 8));
        assertThat((Throwable) got.get(1)).isInstanceOf(ArithmeticException.class).hasMessage("/ by zero");
    }

    @Test
    void starmapTakesAnyMapEntry() {
        List<Map.Entry<Integer, Integer>> pairs = List.of(Map.entry(1, 2), Map.entry(3, 4), Map.entry(5, 6));
        assertThat(pool.starmap((Integer a, Integer b) -> a * b, pairs)).containsExactly(2, 12, 30);
        assertThat(pool.starmap((Integer a, Integer b) -> a + b, pairs, 2)).containsExactly(3, 7, 11);
    }

    @Test
    void monoAndFluxFormsRunOnTheCluster() {
        assertThat(pool.applyMono(() -> 42).block(Duration.ofSeconds(30))).isEqualTo(42);
        assertThat(pool.mapMono((Integer x) -> x * 3, range(4)).block(Duration.ofSeconds(30))).containsExactly(0, 3, 6, 9);
        assertThat(pool.mapFlux((Integer x) -> x * 3, range(6), 2).collectList().block(Duration.ofSeconds(30)))
                .containsExactly(0, 3, 6, 9, 12, 15);
        assertThat(pool.mapUnorderedFlux((Integer x) -> x * 3, range(6)).collectList().block(Duration.ofSeconds(30)))
                .containsExactlyInAnyOrder(0, 3, 6, 9, 12, 15);
    }

    @Test
    void aTasksExceptionReachesTheCallerWithTheWorkersStackTrace() {
        Throwable e = catchThrowable(() -> pool.map((Integer x) -> {
            if (x == 3) {
                throw new IllegalArgumentException("bad " + x);
            }
            return x;
        }, range(6), 1));
        assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 3");
        assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getClassName))
                .contains(ChunkTask.class.getName());
    }

    /** An exception class Hazelcast's client protocol does not know. */
    static final class TaskError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TaskError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void anExceptionOfTheTasksOwnClassArrivesAsThatClassWithItsCause() {
        Throwable e = catchThrowable(() -> pool.map((Integer x) -> {
            throw new TaskError("item " + x, new IllegalStateException("inner"));
        }, List.of(7)));
        assertThat(e).isExactlyInstanceOf(TaskError.class).hasMessage("item 7")
                .cause().isExactlyInstanceOf(IllegalStateException.class).hasMessage("inner");
    }

    @Test
    void aTasksOwnFailureIsItsOutcomeEvenWhenItLooksLikeAMembersAndAnErrorBreaksOnlyThatCall() {
        assertThatThrownBy(() -> pool.apply(() -> {
            throw new RejectedExecutionException("the task's own");
        })).isInstanceOf(RejectedExecutionException.class).hasMessage("the task's own");
        assertThatThrownBy(() -> pool.apply(() -> {
            throw new StackOverflowError("deep");
        })).isInstanceOf(BrokenPoolError.class).hasMessageContaining("The task raised java.lang.StackOverflowError: deep on cluster member")
                .cause().isInstanceOf(StackOverflowError.class);
        assertThat(pool.apply(() -> "still running")).isEqualTo("still running");
    }

    @Test
    void aTaskThatCannotBeSerializedFailsNamingTheLambda() {
        // Through asPool() a plain Function is accepted at compile time but cannot travel.
        assertThatThrownBy(() -> pool.asPool().map((Integer x) -> x, range(3)))
                .isInstanceOf(PicklingError.class)
                .hasMessageContaining("$$Lambda")
                .hasMessageContaining("in the task")
                .hasMessageContaining("SerializableFunction");
    }

    /** Not {@code Serializable}: it travels by Hazelcast's zero-configuration compact serialization. */
    record Point(int x, String label) {
    }

    @Test
    void argumentsAndResultsThatAreNotSerializableTravelByCompactSerialization() {
        assertThat(pool.map((Point p) -> new Point(p.x() * 10, p.label() + "!"), List.of(new Point(1, "a"), new Point(2, "b")), 1))
                .containsExactly(new Point(10, "a!"), new Point(20, "b!"));
        assertThat(pool.apply(() -> new Point(7, "seven"))).isEqualTo(new Point(7, "seven"));
    }

    @Test
    void anArgumentThatCannotBeSerializedFailsNamingItsClass() {
        assertThatThrownBy(() -> pool.map((Object x) -> x.hashCode(), List.of(new Object())))
                .isInstanceOf(PicklingError.class)
                .hasMessageStartingWith("cannot serialize 'java.lang.Object' object in the task or one of its arguments");
    }

    @Test
    void aResultThatCannotBeSerializedFailsNamingItsClass() {
        assertThatThrownBy(() -> pool.apply(() -> new Object()))
                .isInstanceOf(PicklingError.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void callsTravelSeveralToAMessageAndOneThatCannotBeSerializedFailsAlone() {
        List<AsyncResult<List<Integer>>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Object arg = i == 300 ? new Object() : (Object) i;
            results.add(pool.applyAsync(() -> List.of((Integer) arg * 2, ChunkBatch.runningSize())));
        }
        int largestMessage = 0;
        for (int i = 0; i < results.size(); i++) {
            AsyncResult<List<Integer>> r = results.get(i);
            if (i == 300) {
                assertThatThrownBy(() -> r.get(Duration.ofSeconds(30))).isInstanceOf(PicklingError.class)
                        .hasMessageStartingWith("cannot serialize 'java.lang.Object' object in the task or one of its arguments");
            } else {
                List<Integer> v = r.get(Duration.ofSeconds(30));
                assertThat(v.get(0)).isEqualTo(i * 2);
                largestMessage = Math.max(largestMessage, v.get(1));
            }
        }
        // trivial calls of one kind queued together travel together once the first has come back
        assertThat(largestMessage).isGreaterThan(1).isLessThanOrEqualTo(ClusterRunner.MAX_CHUNKS_PER_MESSAGE);
    }

    /** State an initializer leaves on a member (static: it lives in the member's JVM). */
    static final class SlotState {
        static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();
        static volatile String greeting;

        static void init(String greeting) {
            RUNS.incrementAndGet();
            SlotState.greeting = greeting;
        }
    }

    @Test
    void theInitializerRunsOnceInEachMemberSlotBeforeItsFirstChunk() {
        String greeting = "hello from " + pid();
        try (ClusterPool initialized = ClusterPool.builder().clusterName(workers.clusterName)
                .cluster(workers.addresses()).initializer(() -> SlotState.init(greeting))
                .startTimeout(Duration.ofSeconds(60)).build()) {
            List<String> seen = initialized.map((Integer x) -> ProcessHandle.current().pid() + " "
                    + SlotState.greeting + " " + SlotState.RUNS.get(), range(400), 1);
            for (String s : seen) {
                String[] parts = s.split(" ", 2);
                assertThat(Long.parseLong(parts[0])).isNotEqualTo(pid()); // ran on a member
                assertThat(parts[1]).matches("hello from " + pid() + " [12]"); // each member has two slots
            }
            assertThat(initialized.map((Integer x) -> SlotState.RUNS.get(), range(100), 1)).allMatch(n -> n <= 2);
        }
        try (ClusterPool failing = ClusterPool.builder().clusterName(workers.clusterName)
                .cluster(workers.addresses()).initializer(() -> {
                    throw new IllegalStateException("no database");
                }).startTimeout(Duration.ofSeconds(60)).build()) {
            assertThatThrownBy(() -> failing.map((Integer x) -> x, range(3)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no database");
        }
    }
}
