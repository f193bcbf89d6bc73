package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Mono;

/** {@link Lock}: the seed example, the no-wait path, fairness, cancellation, withLock, errors. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LockTest {
    private final List<String> log = new ArrayList<>();
    private int counter;

    private static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    // Seed page, "Lock": 10 increments, each sleeping 0.01 inside the lock. CPython prints
    // "Counter: 10" after 0.1 s of loop time.
    @Test
    void theSeedCounterExampleCountsToTenInATenthOfASecond() {
        Lock lock = new Lock();
        EventLoop loop = EventLoop.withVirtualTime();
        Mono<Void> increment = lock.withLock(() -> Mono.defer(() -> {
            int temp = counter;
            return Asyncio.sleep(0.01).doOnSuccess(v -> counter = temp + 1);
        }));
        double elapsed = Asyncio.run(Mono.defer(() -> {
            double t0 = Asyncio.getRunningLoop().time();
            List<Mono<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                tasks.add(increment);
            }
            return Asyncio.gather(tasks).then(Mono.fromCallable(() -> Asyncio.getRunningLoop().time() - t0));
        }), loop);
        assertThat("Counter: " + counter).isEqualTo("Counter: 10");
        assertThat(elapsed).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void acquiringAFreeLockCompletesWithoutYieldingToOtherTasks() {
        Lock lock = new Lock();
        run(() -> {
            Asyncio.createTask(Mono.fromRunnable(() -> log.add("other task ran")));
            return lock.acquire().doOnNext(v -> log.add("acquired " + v + " " + lock)).then(Asyncio.sleep(0));
        });
        assertThat(log).containsExactly("acquired true <Lock [locked]>", "other task ran");
    }

    @Test
    void acquireIsColdAndTakesTheLockOnlyWhenSubscribed() {
        Lock lock = new Lock();
        Mono<Boolean> acquire = lock.acquire();
        assertThat(lock.locked()).isFalse();
        run(() -> acquire);
        assertThat(lock.locked()).isTrue();
    }

    @Test
    void releasingAnUnlockedLockFailsWithCPythonsMessage() {
        Lock lock = new Lock();
        assertThatThrownBy(lock::release).isInstanceOf(IllegalStateException.class)
                .hasMessage("Lock is not acquired.");
    }

    // CPython: <asyncio.locks.Lock object at 0x... [unlocked]>, [locked], [locked, waiters:2]
    @Test
    void reprShowsTheStateAndTheNumberOfWaiters() {
        Lock lock = new Lock();
        List<String> reprs = run(() -> {
            List<String> r = new ArrayList<>();
            r.add(lock.toString());
            return lock.acquire().then(Mono.defer(() -> {
                r.add(lock.toString());
                Asyncio.createTask(lock.acquire());
                Asyncio.createTask(lock.acquire());
                return Asyncio.sleep(0);
            })).then(Mono.fromCallable(() -> {
                r.add(lock.toString());
                return r;
            }));
        });
        assertThat(reprs).containsExactly("<Lock [unlocked]>", "<Lock [locked]>", "<Lock [locked, waiters:2]>");
    }

    // CPython: after release() the lock reads unlocked, yet a newcomer queues behind the woken
    // waiter: trace "released locked=False", "waiter acquired", "newcomer acquired".
    @Test
    void aNewcomerNeverOvertakesAWokenWaiterEvenThoughTheLockReadsUnlocked() {
        Lock lock = new Lock();
        run(() -> lock.acquire().then(Mono.defer(() -> {
            Task<Object> waiter = Asyncio.createTask(worker(lock, "waiter"));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                lock.release();
                log.add("released locked=" + lock.locked());
                return Asyncio.gather(waiter, worker(lock, "newcomer"));
            }));
        })));
        assertThat(log).containsExactly("released locked=false", "waiter acquired", "newcomer acquired");
    }

    private Mono<Object> worker(Lock lock, String name) {
        return lock.acquire()
                .doOnNext(v -> log.add(name + " acquired"))
                .then(Asyncio.sleep(0))
                .then(Mono.fromRunnable(lock::release));
    }

    @Test
    void aWaiterCancelledWhileWaitingRaisesCancelledErrorWithTheMessageAndLeavesTheQueue() {
        Lock lock = new Lock();
        Throwable seen = run(() -> lock.acquire().then(Mono.defer(() -> {
            Task<Boolean> t = Asyncio.createTask(lock.acquire());
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                log.add(lock.toString());
                t.cancel("stop");
                return t.then(Mono.<Throwable>empty()).onErrorResume(Mono::just);
            }));
        })));
        assertThat(log).containsExactly("<Lock [locked, waiters:1]>");
        assertThat(seen).isInstanceOf(CancelledError.class).hasMessage("stop");
        assertThat(lock.toString()).isEqualTo("<Lock [locked]>");
    }

    @Test
    void withLockReturnsTheBodysValueAndReleasesBeforeTheCallerContinues() {
        Lock lock = new Lock();
        String result = run(() -> lock.withLock(() -> Mono.fromCallable(() -> "in body, locked=" + lock.locked()))
                .map(v -> v + ", after: locked=" + lock.locked()));
        assertThat(result).isEqualTo("in body, locked=true, after: locked=false");
    }

    @Test
    void withLockReleasesWhenTheBodyFails() {
        Lock lock = new Lock();
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        assertThatThrownBy(() -> run(() -> lock.withLock(() -> Mono.error(boom)))).isSameAs(boom);
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void withLockReleasesWhenTheSupplierThrows() {
        Lock lock = new Lock();
        assertThatThrownBy(() -> run(() -> lock.<Void>withLock(() -> {
            throw new IllegalArgumentException("no body");
        }))).hasMessage("no body");
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void withLockReleasesWhenTheTaskIsCancelledInsideTheBody() {
        Lock lock = new Lock();
        boolean cancelled = run(() -> {
            Task<Void> t = Asyncio.createTask(lock.withLock(() -> Asyncio.sleep(10)));
            return Asyncio.sleep(1).then(Mono.defer(() -> {
                log.add("holding: " + lock.locked());
                t.cancel();
                return t.then(Mono.just(false)).onErrorReturn(CancelledError.class, true);
            }));
        });
        assertThat(cancelled).isTrue();
        assertThat(log).containsExactly("holding: true");
        assertThat(lock.locked()).isFalse();
    }

    // Python: a RuntimeError raised by __aexit__ (the body released the lock itself) replaces
    // the block's outcome.
    @Test
    void aFailingReleaseAtTheEndOfWithLockReplacesTheOutcome() {
        Lock lock = new Lock();
        assertThatThrownBy(() -> run(() -> lock.withLock(() -> Mono.fromCallable(() -> {
            lock.release();
            return "value";
        })))).isInstanceOf(IllegalStateException.class).hasMessage("Lock is not acquired.");
    }

    @Test
    void withLockWaitsForTheLockBeforeRunningTheBody() {
        Lock lock = new Lock();
        EventLoop loop = EventLoop.withVirtualTime();
        Asyncio.run(lock.acquire().then(Mono.defer(() -> {
            Task<Void> t = Asyncio.createTask(lock.withLock(() -> Mono.fromRunnable(
                    () -> log.add("body at " + Asyncio.getRunningLoop().time()))));
            return Asyncio.sleep(2).then(Mono.fromRunnable(lock::release)).then(t);
        })), loop);
        assertThat(log).containsExactly("body at 2.0");
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void unsubscribingAWaitingAcquireRemovesTheWaiter() {
        Lock lock = new Lock();
        Object first = run(() -> lock.acquire().then(
                Mono.firstWithSignal(lock.acquire().map(v -> (Object) "acquired"), Asyncio.sleep(java.time.Duration.ofSeconds(1), (Object) "timeout"))));
        assertThat(first).isEqualTo("timeout");
        assertThat(lock.toString()).isEqualTo("<Lock [locked]>");
    }

    @Test
    void unsubscribingAWokenWaiterPassesTheWakeUpOn() {
        Lock lock = new Lock();
        run(() -> lock.acquire().then(Mono.defer(() -> {
            BaseSubscriber<Boolean> first = new BaseSubscriber<>() {
                @Override
                protected void hookOnNext(Boolean value) {
                    log.add("first acquired");
                }
            };
            lock.acquire().subscribe(first);
            Task<Object> second = Asyncio.createTask(worker(lock, "second"));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                lock.release();
                first.dispose(); // woken but not yet run: gives the wake-up to "second"
                return second;
            }));
        })));
        assertThat(log).containsExactly("second acquired");
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void anAcquireCancelledBeforeItsRequestGivesTheLockBack() {
        Lock lock = new Lock();
        lock.acquire().subscribe(new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                log.add("locked before cancel: " + lock.locked());
                cancel();
            }
        });
        assertThat(log).containsExactly("locked before cancel: true");
        assertThat(lock.locked()).isFalse();
    }

    // CPython: RuntimeError "<asyncio.locks.Lock object at 0x... [locked]> is bound to a
    // different event loop" when a lock that made a task wait in one loop makes one wait in another.
    @Test
    void aLockThatMadeATaskWaitIsBoundToThatLoop() {
        Lock lock = new Lock();
        run(() -> lock.acquire().then(Mono.defer(() -> {
            Task<Boolean> t = Asyncio.createTask(lock.acquire());
            return Asyncio.sleep(0).then(Mono.fromRunnable(lock::release)).then(t);
        })));
        assertThat(lock.locked()).isTrue();
        assertThatThrownBy(() -> run(lock::acquire)).isInstanceOf(IllegalStateException.class)
                .hasMessage("<Lock [locked]> is bound to a different event loop");
    }

    @Test
    void anUncontendedLockCanBeUsedFromSuccessiveLoops() {
        Lock lock = new Lock();
        for (int i = 0; i < 2; i++) {
            run(() -> lock.withLock(() -> Mono.just(1)));
        }
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void unsubscribingWithLockWhileTheBodyRunsReleasesTheLock() {
        Lock lock = new Lock();
        Object first = run(() -> Mono.firstWithSignal(
                lock.withLock(() -> Asyncio.sleep(java.time.Duration.ofSeconds(10), (Object) "body")),
                Asyncio.sleep(java.time.Duration.ofSeconds(1), (Object) "timeout"))
                .doOnNext(v -> log.add("locked after unsubscribe: " + lock.locked())));
        assertThat(first).isEqualTo("timeout");
        assertThat(log).containsExactly("locked after unsubscribe: false");
    }

    @Test
    void withLockHoldsTheBodysValueUntilItIsRequested() {
        Lock lock = new Lock();
        BaseSubscriber<String> late = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(Subscription subscription) {
                // no request yet
            }

            @Override
            protected void hookOnNext(String value) {
                log.add(value + ", locked=" + lock.locked());
            }

            @Override
            protected void hookOnComplete() {
                log.add("complete");
            }
        };
        lock.withLock(() -> Mono.just("value")).subscribe(late);
        assertThat(log).isEmpty();
        assertThat(lock.locked()).isFalse();
        late.request(1);
        assertThat(log).containsExactly("value, locked=false", "complete");
    }
}
