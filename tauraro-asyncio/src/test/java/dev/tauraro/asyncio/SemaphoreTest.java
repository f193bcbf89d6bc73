package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/** {@link Semaphore}: the seed example, permits, hand-over on release, cancellation, repr. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SemaphoreTest {
    private final List<String> log = new ArrayList<>();

    private static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    private static String now() {
        return String.valueOf(Math.round(Asyncio.getRunningLoop().time() * 10) / 10.0);
    }

    // Seed page, "Semaphore", with the loop time appended to each line (python3 semaphore.py).
    @Test
    void theSeedExampleRunsThreeAtATimeInArrivalOrder() {
        Semaphore semaphore = new Semaphore(3);
        run(() -> {
            List<Mono<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int num = i;
                tasks.add(semaphore.withLock(() -> Mono.<Void>fromRunnable(() -> log.add("Running " + num + " " + now()))
                        .then(Asyncio.sleep(1))
                        .then(Mono.fromRunnable(() -> log.add("Done " + num + " " + now())))));
            }
            return Asyncio.gather(tasks);
        });
        assertThat(log).containsExactly(
                "Running 0 0.0", "Running 1 0.0", "Running 2 0.0",
                "Done 0 1.0", "Done 1 1.0", "Done 2 1.0",
                "Running 3 1.0", "Running 4 1.0", "Running 5 1.0",
                "Done 3 2.0", "Done 4 2.0", "Done 5 2.0",
                "Running 6 2.0", "Running 7 2.0", "Running 8 2.0",
                "Done 6 3.0", "Done 7 3.0", "Done 8 3.0",
                "Running 9 3.0", "Done 9 4.0");
        assertThat(semaphore.toString()).isEqualTo("<Semaphore [unlocked, value:3]>");
    }

    @Test
    void aNegativeInitialValueIsRefusedWithCPythonsMessage() {
        assertThatThrownBy(() -> new Semaphore(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Semaphore initial value must be >= 0");
    }

    @Test
    void theDefaultSemaphoreHasOnePermit() {
        assertThat(new Semaphore().toString()).isEqualTo("<Semaphore [unlocked, value:1]>");
    }

    @Test
    void acquiringWhileAPermitIsFreeCompletesWithoutYielding() {
        Semaphore sem = new Semaphore(2);
        run(() -> {
            Asyncio.createTask(Mono.fromRunnable(() -> log.add("other task ran")));
            return sem.acquire().then(sem.acquire())
                    .doOnNext(v -> log.add("acquired twice " + sem))
                    .then(Asyncio.sleep(0));
        });
        assertThat(log).containsExactly("acquired twice <Semaphore [locked]>", "other task ran");
    }

    // python3: Semaphore(1) held, one waiter; release() hands the permit over at once, so the
    // semaphore still reads [locked, waiters:1] until the waiter runs.
    @Test
    void releaseHandsThePermitToTheFirstWaiterSoTheSemaphoreStaysLocked() {
        Semaphore sem = new Semaphore(1);
        run(() -> sem.acquire().then(Mono.defer(() -> {
            Task<Boolean> a = Asyncio.createTask(sem.acquire().doOnNext(v -> log.add("a acquired " + sem)));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                log.add(sem.toString());
                sem.release();
                log.add("after release " + sem + " locked=" + sem.locked());
                return a;
            })).then(Mono.fromRunnable(() -> log.add(sem.toString())));
        })));
        assertThat(log).containsExactly(
                "<Semaphore [locked, waiters:1]>",
                "after release <Semaphore [locked, waiters:1]> locked=true",
                "a acquired <Semaphore [locked]>",
                "<Semaphore [locked]>");
    }

    @Test
    void aWaiterWokenThenCancelledGivesItsPermitToTheNext() {
        Semaphore sem = new Semaphore(1);
        run(() -> sem.acquire().then(Mono.defer(() -> {
            Task<Boolean> b = Asyncio.createTask(sem.acquire().doOnNext(v -> log.add("b acquired")));
            Task<Boolean> c = Asyncio.createTask(sem.acquire().doOnNext(v -> log.add("c acquired " + sem)));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                sem.release();
                b.cancel();
                log.add(sem.toString());
                return Asyncio.gather(true, b, c);
            }));
        })));
        assertThat(log).containsExactly("<Semaphore [locked, waiters:2]>", "c acquired <Semaphore [locked]>");
        assertThat(sem.value).isZero();
    }

    @Test
    void aWaiterCancelledBeforeBeingWokenTakesNoPermit() {
        Semaphore sem = new Semaphore(0);
        Object outcome = run(() -> {
            Task<Boolean> t = Asyncio.createTask(sem.acquire());
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                t.cancel("enough");
                sem.release();
                return t.map(v -> (Object) v).onErrorResume(Mono::just);
            }));
        });
        assertThat((Throwable) outcome).isInstanceOf(CancelledError.class).hasMessage("enough");
        assertThat(sem.toString()).isEqualTo("<Semaphore [unlocked, value:1]>");
    }

    @Test
    void aZeroSemaphoreWaitsForARelease() {
        Semaphore sem = new Semaphore(0);
        EventLoop loop = EventLoop.withVirtualTime();
        Asyncio.run(Mono.defer(() -> {
            Asyncio.createTask(Asyncio.sleep(3).then(Mono.fromRunnable(sem::release)));
            return sem.acquire().doOnNext(v -> log.add("acquired at " + now()));
        }), loop);
        assertThat(log).containsExactly("acquired at 3.0");
    }

    @Test
    void anUnboundedSemaphoreMayBeReleasedAboveItsInitialValue() {
        Semaphore sem = new Semaphore(1);
        sem.release();
        sem.release();
        assertThat(sem.toString()).isEqualTo("<Semaphore [unlocked, value:3]>");
    }

    @Test
    void withLockReleasesItsPermitOnErrorAndCancellation() {
        Semaphore sem = new Semaphore(2);
        run(() -> {
            Task<Void> failing = Asyncio.createTask(sem.withLock(() -> Mono.error(new IllegalStateException("x"))));
            Task<Void> sleeping = Asyncio.createTask(sem.withLock(() -> Asyncio.sleep(5)));
            return Asyncio.sleep(1).then(Mono.defer(() -> {
                log.add(sem.toString());
                sleeping.cancel();
                return Asyncio.gather(true, failing, sleeping);
            }));
        });
        assertThat(log).containsExactly("<Semaphore [unlocked, value:1]>");
        assertThat(sem.toString()).isEqualTo("<Semaphore [unlocked, value:2]>");
    }

    @Test
    void aSemaphoreThatMadeATaskWaitIsBoundToThatLoop() {
        Semaphore sem = new Semaphore(0);
        run(() -> {
            Task<Boolean> t = Asyncio.createTask(sem.acquire());
            return Asyncio.sleep(0).then(Mono.fromRunnable(sem::release)).then(t);
        });
        assertThatThrownBy(() -> run(sem::acquire)).isInstanceOf(IllegalStateException.class)
                .hasMessage("<Semaphore [locked]> is bound to a different event loop");
    }
}
