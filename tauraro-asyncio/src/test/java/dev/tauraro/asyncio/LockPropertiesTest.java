package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * For any schedule of tasks with random arrivals, hold times and cancellations, a {@link Lock}
 * (alone or as a {@link Condition}'s lock) excludes, admits in FIFO order of arrival, admits exactly
 * when CPython 3.11's {@code asyncio.Lock} replayed on the same trace would
 * ({@link AdmissionModel#checkLock}), and ends unlocked with no waiter.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LockPropertiesTest {

    static AdmissionModel.Permits of(Lock l) {
        return new AdmissionModel.Permits() {
            public Mono<Boolean> acquire() {
                return l.acquire();
            }

            public void release() {
                l.release();
            }

            public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
                return l.withLock(body);
            }
        };
    }

    @Test
    void aLockExcludesAndIsFifoUnderAnyScheduleOfArrivalsAndCancellations() {
        qt().withExamples(400).forAll(AdmissionModel.schedules()).checkAssert(plans -> {
            Lock lock = new Lock();
            AdmissionModel.runAndCheckLock(plans, of(lock));
            assertThat(lock.toString()).isEqualTo("<Lock [unlocked]>");
        });
    }

    @Test
    void aConditionsLockKeepsTheSameContract() {
        qt().withExamples(100).forAll(AdmissionModel.schedules()).checkAssert(plans -> {
            Condition cond = new Condition();
            AdmissionModel.runAndCheckLock(plans, new AdmissionModel.Permits() {
                public Mono<Boolean> acquire() {
                    return cond.acquire();
                }

                public void release() {
                    cond.release();
                }

                public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
                    return cond.withLock(body);
                }
            });
            assertThat(cond.toString()).isEqualTo("<Condition [unlocked]>");
        });
    }
}
