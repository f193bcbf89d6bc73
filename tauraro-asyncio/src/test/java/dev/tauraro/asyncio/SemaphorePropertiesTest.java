package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * For any schedule of tasks with random arrivals, hold times and cancellations, a
 * {@link Semaphore} of n permits never admits more than n at once, admits in FIFO order of
 * arrival, admits exactly when CPython 3.11's {@code asyncio.Semaphore} replayed on the same trace
 * would ({@link AdmissionModel#checkSemaphore}: a waiter woken and then cancelled keeps newcomers
 * waiting until it has run and given its permit back), and loses no permit.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SemaphorePropertiesTest {

    static AdmissionModel.Permits of(Semaphore s) {
        return new AdmissionModel.Permits() {
            public Mono<Boolean> acquire() {
                return s.acquire();
            }

            public void release() {
                s.release();
            }

            public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
                return s.withLock(body);
            }
        };
    }

    @Test
    void aSemaphoreAdmitsAtMostNInArrivalOrderAndEndsWithAllItsPermits() {
        qt().withExamples(400).forAll(integers().between(1, 3), AdmissionModel.schedules()).checkAssert((n, plans) -> {
            Semaphore sem = new Semaphore(n);
            AdmissionModel.runAndCheckSemaphore(n, plans, of(sem));
            assertThat(sem.value).isEqualTo(n);
            assertThat(sem.toString()).isEqualTo("<Semaphore [unlocked, value:" + n + "]>");
        });
    }

    @Test
    void aBoundedSemaphoreKeepsTheSameContractAndNeverTripsItsBound() {
        qt().withExamples(200).forAll(integers().between(1, 3), AdmissionModel.schedules()).checkAssert((n, plans) -> {
            BoundedSemaphore sem = new BoundedSemaphore(n);
            AdmissionModel.runAndCheckSemaphore(n, plans, of(sem));
            assertThat(sem.toString()).isEqualTo("<BoundedSemaphore [unlocked, value:" + n + "]>");
        });
    }
}
