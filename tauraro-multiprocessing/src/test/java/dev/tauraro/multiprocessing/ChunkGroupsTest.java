package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A runner that takes several chunks per claim ({@link TaskRunner#chunksPerClaim}): every chunk still reports once, alone. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChunkGroupsTest {
    /** Runs chunks in the worker's thread, four to a claim, and records how many each claim had. */
    private static class GroupingRunner implements TaskRunner {
        final List<Integer> claims = new CopyOnWriteArrayList<>();

        @Override
        public void map(Function<Object, Object> fn, Object[] batch) {
            LocalRunner.INSTANCE.map(fn, batch);
        }

        @Override
        public Object call(Callable<?> fn) throws Exception {
            return LocalRunner.INSTANCE.call(fn);
        }

        @Override
        public int chunksPerClaim() {
            return 4;
        }

        @Override
        public void mapChunks(Function<Object, Object> fn, Object[][] batches, ObjIntConsumer<Exception> outcome) {
            claims.add(batches.length);
            TaskRunner.super.mapChunks(fn, batches, outcome);
        }
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    private static Pool pool(GroupingRunner runner, int processes) {
        return Pool.builder().processes(processes).runner(runner).build();
    }

    @Test
    void aMapClaimsSeveralChunksAtOnceAndKeepsItsOrder() {
        GroupingRunner runner = new GroupingRunner();
        try (Pool pool = pool(runner, 2)) {
            assertThat(pool.map((Integer x) -> x * 2, range(41), 1)).isEqualTo(range(41).stream().map(x -> x * 2).toList());
            assertThat(pool.map((Integer x) -> x + 1, range(10), 3)).isEqualTo(range(10).stream().map(x -> x + 1).toList());
        }
        assertThat(runner.claims).allSatisfy(n -> assertThat(n).isBetween(1, 4)).contains(4);
        assertThat(runner.claims.stream().mapToInt(Integer::intValue).sum()).isEqualTo(41 + 4);
    }

    @Test
    void aFailingChunkFailsAloneAndTheOthersOfItsClaimReport() {
        GroupingRunner runner = new GroupingRunner();
        try (Pool pool = pool(runner, 1)) {
            Iterator<Integer> it = pool.imap((Integer x) -> {
                if (x == 5) {
                    throw new IllegalStateException("five");
                }
                return x;
            }, range(8));
            List<Object> seen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                try {
                    seen.add(it.next());
                } catch (IllegalStateException e) {
                    seen.add(e.getMessage());
                }
            }
            assertThat(seen).containsExactly(0, 1, 2, 3, 4, "five", 6, 7);
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void anInputThatRaisesEndsTheIterationAfterTheChunksBeforeIt() {
        GroupingRunner runner = new GroupingRunner();
        try (Pool pool = pool(runner, 1)) {
            assertThat(PoolTest.drainCatching(pool.imap(x -> x * 10, PoolTest.inputBreakingAt(6))))
                    .containsExactly(0, 10, 20, 30, 40, 50, "error:input broke");
        }
    }

    @Test
    void aWorkerKilledMidClaimFailsEveryChunkOfTheClaimAndIsReplaced() {
        GroupingRunner runner = new GroupingRunner();
        try (Pool pool = pool(runner, 1)) {
            assertThatThrownBy(() -> pool.map((Integer x) -> {
                if (x == 1) {
                    throw new OutOfMemoryError("simulated");
                }
                return x;
            }, range(4), 1)).isInstanceOf(BrokenPoolError.class).hasCauseInstanceOf(OutOfMemoryError.class);
            assertThat(pool.map((Integer x) -> x, range(6), 1)).isEqualTo(range(6));
        }
    }

    @Test
    void eachOutcomeReachesTheCallerAsSoonAsTheRunnerGivesIt() throws Exception {
        java.util.concurrent.CountDownLatch firstSeen = new java.util.concurrent.CountDownLatch(1);
        GroupingRunner runner = new GroupingRunner() {
            @Override
            public void mapChunks(Function<Object, Object> fn, Object[][] batches, ObjIntConsumer<Exception> outcome) {
                for (int i = 0; i < batches.length; i++) {
                    map(fn, batches[i]);
                    outcome.accept(null, i);
                    if (i == 0) {
                        try {   // the rest waits until the caller has the first result
                            assertThat(firstSeen.await(20, TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        };
        try (Pool pool = pool(runner, 1)) {
            Iterator<Integer> it = pool.imap((Integer x) -> x + 100, range(4));
            assertThat(it.next()).isEqualTo(100);
            firstSeen.countDown();
            assertThat(List.of(it.next(), it.next(), it.next())).containsExactly(101, 102, 103);
        }
        assertThat(runner.claims).isEmpty();   // this runner does not record
    }
}
