package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/** {@link BoundedSemaphore}: a {@link Semaphore} that cannot be released above its bound. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedSemaphoreTest {

    @Test
    void releasingAboveTheInitialValueFailsWithCPythonsMessage() {
        BoundedSemaphore sem = new BoundedSemaphore(2);
        assertThatThrownBy(sem::release).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BoundedSemaphore released too many times");
        assertThat(sem.toString()).isEqualTo("<BoundedSemaphore [unlocked, value:2]>");
    }

    @Test
    void releasingWhatWasAcquiredIsAllowedUpToTheBound() {
        BoundedSemaphore sem = new BoundedSemaphore(2);
        Asyncio.run(sem.acquire().then(sem.acquire()), EventLoop.withVirtualTime());
        assertThat(sem.toString()).isEqualTo("<BoundedSemaphore [locked]>");
        sem.release();
        sem.release();
        assertThatThrownBy(sem::release).hasMessage("BoundedSemaphore released too many times");
    }

    @Test
    void theBoundCountsAPermitHandedToAWaiterAsTaken() {
        BoundedSemaphore sem = new BoundedSemaphore(1);
        List<String> log = new ArrayList<>();
        Asyncio.run(sem.acquire().then(Mono.defer(() -> {
            Task<Boolean> waiter = Asyncio.createTask(sem.acquire());
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                sem.release(); // handed to the waiter: value stays 0
                log.add(sem.toString());
                return waiter;
            }));
        })).then(Mono.fromRunnable(sem::release)), EventLoop.withVirtualTime());
        assertThat(log).containsExactly("<BoundedSemaphore [locked, waiters:1]>");
        assertThat(sem.toString()).isEqualTo("<BoundedSemaphore [unlocked, value:1]>");
    }

    @Test
    void aNegativeBoundIsRefused() {
        assertThatThrownBy(() -> new BoundedSemaphore(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Semaphore initial value must be >= 0");
    }

    @Test
    void aWokenThenCancelledWaiterReturnsItsPermitWithoutTrippingTheBound() {
        BoundedSemaphore sem = new BoundedSemaphore(1);
        Asyncio.run(sem.acquire().then(Mono.defer(() -> {
            Task<Boolean> waiter = Asyncio.createTask(sem.acquire());
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                sem.release();
                waiter.cancel();
                return waiter.onErrorResume(CancelledError.class, e -> Mono.empty());
            }));
        })), EventLoop.withVirtualTime());
        assertThat(sem.toString()).isEqualTo("<BoundedSemaphore [unlocked, value:1]>");
    }
}
