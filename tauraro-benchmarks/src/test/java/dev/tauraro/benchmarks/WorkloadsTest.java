package dev.tauraro.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The benchmark workloads do the work they claim, at small sizes. */
@Timeout(60)
class WorkloadsTest {
    @Test
    void gatherSleepsGathersOneResultPerTask() {
        assertThat(Asyncio.run(GatherBenchmark.gatherSleeps(1_000), EventLoop.withVirtualTime())).hasSize(1_000);
    }

    @Test
    void fluxMergeBaselineEmitsEveryChild() {
        GatherBenchmark b = new GatherBenchmark();
        GatherBenchmark.Small size = new GatherBenchmark.Small();
        size.n = 300;
        assertThat(b.fluxMerge(size)).isEqualTo(300);
    }

    @Test
    void movePairsCompletesOnlyWhenEveryItemWasMoved() {
        // Consumers take exactly items/k each: if producers put fewer, the gather never ends.
        for (int k : new int[] {1, 4}) {
            assertThat(Asyncio.run(QueueBenchmark.movePairs(k, 4_000), EventLoop.withVirtualTime())).hasSize(2 * k);
            assertThat(Asyncio.run(QueueBenchmark.movePairs(k, 4_000, Loops::repeatRange), EventLoop.withVirtualTime()))
                    .hasSize(2 * k);
            assertThat(Asyncio.run(QueueBenchmark.movePairs(k, 4_000, Loops::concatMapRange), EventLoop.withVirtualTime()))
                    .hasSize(2 * k);
        }
    }

    @Test
    void contendedLockAndSemaphoreRunEveryCriticalSection() {
        assertThat(Asyncio.run(LockBenchmark.contendLock(20, 30), EventLoop.withVirtualTime())).hasSize(20);
        assertThat(Asyncio.run(LockBenchmark.contendSemaphore(20, 30), EventLoop.withVirtualTime())).hasSize(20);
    }

    @Test
    void eventFanOutMeasuresAFiniteNonNegativeTime() {
        double ms = Asyncio.run(EventBenchmark.fanOut(1_000), EventLoop.create());
        assertThat(ms).isGreaterThanOrEqualTo(0.0).isFinite();
    }

    @Test
    void rateDividesTheEventsByTheElapsedTime() {
        double perSecond = Asyncio.run(AsyncioWorkloads.rate(1_000, GatherBenchmark.gatherSleeps(1_000)), EventLoop.create());
        assertThat(perSecond).isPositive().isFinite();
    }
}
