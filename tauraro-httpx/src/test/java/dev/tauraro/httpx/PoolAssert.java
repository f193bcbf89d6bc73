package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Pool assertions. Reactor Netty returns a connection to its pool on its event loop just after
 * the response ends, so a snapshot taken at once may still count it active: wait (bounded, 5 s)
 * for the expected state rather than asserting a racy snapshot.
 */
final class PoolAssert {
    private PoolAssert() {
    }

    static void settles(Supplier<PoolStats> stats, PoolStats expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!stats.get().equals(expected) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(stats.get()).isEqualTo(expected);
    }

    /**
     * Nothing active or pending, and staying so for 200 ms: a request abandoned before it had its
     * connection still takes one when it arrives (and gives it straight back, see NettyTransport's
     * Abandonment), so a single empty snapshot can come just before such a late arrival.
     */
    static void noneActive(Supplier<PoolStats> stats) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int calm = 0;
        while (calm < 10 && System.nanoTime() < deadline) {
            PoolStats s = stats.get();
            calm = s.active() == 0 && s.pending() == 0 ? calm + 1 : 0;
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        assertThat(stats.get().active()).isZero();
        assertThat(stats.get().pending()).isZero();
    }
}
