package dev.tauraro.multiprocessing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tauraro.multiprocessing.AsyncResult;
import dev.tauraro.multiprocessing.BrokenPoolError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Members dying and joining while a pool runs, each member a JVM of its own, killed with SIGKILL. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusterPoolFailoverTest {
    /** The work: {@code [x, pid of the member, when it started (epoch ms)]} after {@code millis} of "computing". */
    static List<Long> slowlyTagged(int x, long millis) {
        long started = System.currentTimeMillis();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of((long) x, ProcessHandle.current().pid(), started);
    }

    private static ClusterPool pool(WorkerJvms workers, int processes, Duration memberLoss) {
        return ClusterPool.builder().clusterName(workers.clusterName).cluster(workers.addresses())
                .processes(processes).memberLossTimeout(memberLoss).startTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void aMemberKilledMidMapHasItsChunksRunAgainOnTheSurvivor() throws Exception {
        try (WorkerJvms workers = new WorkerJvms(2)) {
            List<Process> members = workers.startAll(2, 2);
            Process victim = members.get(1);
            try (ClusterPool pool = pool(workers, 4, Duration.ofSeconds(10))) {
                Iterator<List<Long>> it = pool.imap((Integer x) -> slowlyTagged(x, 100), ClusterPoolTest.range(40), 1);
                List<List<Long>> out = new ArrayList<>();
                long killed = 0;
                while (it.hasNext()) {
                    out.add(it.next());
                    if (out.size() == 8) {
                        WorkerJvms.kill(victim); // returns once the process has ended
                        killed = System.currentTimeMillis();
                    }
                }
                assertThat(out.stream().map(r -> r.get(0).intValue()).toList()).isEqualTo(ClusterPoolTest.range(40));
                Set<Long> pids = new HashSet<>();
                out.forEach(r -> pids.add(r.get(1)));
                assertThat(pids).containsExactlyInAnyOrder(victim.pid(), members.get(0).pid());
                // Chunks are claimed ahead, so chunks past the eighth may have run on the victim
                // before it died (how many depends on how far the caller lags behind, under load
                // up to most of the map); but every result said to come from the victim started
                // before it was killed: nothing a dead member claimed is taken as done.
                long end = killed;
                assertThat(out).filteredOn(r -> r.get(1) == victim.pid()).allMatch(r -> r.get(2) < end);
            }
        }
    }

    @Test
    void whenEveryMemberIsKilledTheCallerGetsBrokenPoolErrorWithinABound() throws Exception {
        try (WorkerJvms workers = new WorkerJvms(1)) {
            List<Process> members = workers.startAll(1, 2);
            try (ClusterPool pool = pool(workers, 2, Duration.ofSeconds(2))) {
                AsyncResult<List<List<Long>>> r = pool.mapAsync((Integer x) -> slowlyTagged(x, 2_000), ClusterPoolTest.range(10), 1);
                assertThat(r.waitFor(Duration.ofMillis(500))).isFalse();
                long start = System.nanoTime();
                for (Process p : members) {
                    WorkerJvms.kill(p);
                }
                Throwable e = catchThrowable(() -> r.get(Duration.ofSeconds(40)));
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                assertThat(e).isInstanceOf(BrokenPoolError.class);
                assertThat(seconds).isLessThan(30);
                // Later work fails the same way rather than waiting.
                assertThat(catchThrowable(() -> pool.apply(() -> 1))).isInstanceOf(BrokenPoolError.class);
            }
        }
    }

    @Test
    void aMemberJoiningMidMapTakesWork() throws Exception {
        try (WorkerJvms workers = new WorkerJvms(2)) {
            Process first = workers.start(1);
            try (ClusterPool pool = pool(workers, 4, Duration.ofSeconds(10))) {
                // The input ends soon after the new member's first result, however long it took to start.
                AtomicLong secondPid = new AtomicLong();
                AtomicBoolean secondWorked = new AtomicBoolean();
                Iterable<Integer> input = () -> IntStream.range(0, 2_000).boxed().takeWhile(i -> !secondWorked.get()).iterator();
                Iterator<List<Long>> it = pool.imap((Integer x) -> slowlyTagged(x, 50), input, 1);
                List<List<Long>> out = new ArrayList<>();
                while (it.hasNext()) {
                    List<Long> r = it.next();
                    out.add(r);
                    if (out.size() == 1) {
                        workers.startAsync(2).thenAccept(p -> secondPid.set(p.pid()));
                    }
                    if (r.get(1) == secondPid.get()) {
                        secondWorked.set(true);
                    }
                }
                assertThat(secondWorked).isTrue();
                assertThat(out.stream().map(r -> r.get(0).intValue()).toList()).isEqualTo(ClusterPoolTest.range(out.size()));
                assertThat(out).anyMatch(r -> r.get(1) == first.pid());
            }
        }
    }
}
