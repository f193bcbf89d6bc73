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

    static void noneActive(Supplier<PoolStats> stats) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stats.get().active() != 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(stats.get().active()).isZero();
        assertThat(stats.get().pending()).isZero();
    }
}
