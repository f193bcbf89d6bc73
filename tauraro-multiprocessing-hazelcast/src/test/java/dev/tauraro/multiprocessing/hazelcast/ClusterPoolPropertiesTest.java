package dev.tauraro.multiprocessing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * For any input, chunksize and kill point, a cluster map equals the serial map: one member stays,
 * and a second member that joins for each example is killed (SIGKILL) after {@code killAt}
 * results have arrived. Each example starts a JVM, so there are few of them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterPoolPropertiesTest {
    private static final int EXAMPLES = 3;
    private static WorkerJvms workers;
    private static ClusterPool pool;

    @BeforeAll
    static void startCluster() {
        workers = new WorkerJvms(1 + EXAMPLES);
        workers.start(2);
        pool = ClusterPool.builder().clusterName(workers.clusterName).cluster(workers.addresses())
                .processes(4).startTimeout(Duration.ofSeconds(60)).build();
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        WorkerJvms.stop(pool, workers);
    }

    static int work(int x) {
        try {
            Thread.sleep(20); // long enough for the victim to hold chunks when it dies
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return x * x - 7;
    }

    @Test
    void aClusterMapEqualsTheSerialMapWhateverTheInputChunksizeAndKillPoint() {
        qt().withExamples(EXAMPLES).withShrinkCycles(0)
                .forAll(lists().of(integers().between(-1_000, 1_000)).ofSizeBetween(0, 60),
                        integers().between(1, 8), integers().between(0, 60))
                .checkAssert((input, chunksize, killAt) -> {
                    Process victim = workers.start(2);
                    try {
                        awaitMember(workers.port(victim));
                        List<Integer> out = new ArrayList<>();
                        Iterator<Integer> it = pool.imap(ClusterPoolPropertiesTest::work, input, chunksize);
                        if (killAt == 0) {
                            WorkerJvms.kill(victim);
                        }
                        while (it.hasNext()) {
                            out.add(it.next());
                            if (out.size() == killAt) {
                                WorkerJvms.kill(victim);
                            }
                        }
                        assertThat(out).isEqualTo(input.stream().map(ClusterPoolPropertiesTest::work).toList());
                        assertThat(pool.map(ClusterPoolPropertiesTest::work, input, chunksize)).isEqualTo(out);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    } finally {
                        victim.destroyForcibly();
                    }
                });
    }

    /** Waits (bounded) until the pool's client sees the member on {@code port}. */
    private static void awaitMember(int port) throws InterruptedException {
        CountDownLatch seen = new CountDownLatch(1);
        Cluster cluster = pool.instance().getCluster();
        UUID listener = cluster.addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                if (event.getMember().getAddress().getPort() == port) {
                    seen.countDown();
                }
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
            }
        });
        try {
            if (cluster.getMembers().stream().anyMatch(m -> m.getAddress().getPort() == port)) {
                return;
            }
            assertThat(seen.await(30, TimeUnit.SECONDS)).as("member on port %d seen in time", port).isTrue();
        } finally {
            cluster.removeMembershipListener(listener);
        }
    }
}
