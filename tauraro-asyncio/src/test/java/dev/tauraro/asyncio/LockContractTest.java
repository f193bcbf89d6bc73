package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

/**
 * The contract every lock-like type keeps (Trio-style generic test): {@link Lock},
 * {@link Semaphore} and {@link BoundedSemaphore} of one permit, and a {@link Condition} used as
 * its lock. Expected traces come from contract.py-style scenarios run under python3 for each type.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LockContractTest {

    /** The lock-like surface under test. */
    interface LockLike {
        Mono<Boolean> acquire();

        void release();

        boolean locked();

        <T> Mono<T> withLock(Supplier<? extends Mono<T>> body);
    }

    /**
     * One type: how to make it, whether it reads locked right after release() hands it to a
     * waiter, and what releasing it while free does (null: nothing, as for a plain Semaphore).
     */
    record Kind(String name, Supplier<LockLike> make, boolean lockedWhileHandedOver,
            Class<? extends RuntimeException> releaseError, String releaseMessage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("Lock", () -> of(new Lock()), false, IllegalStateException.class, "Lock is not acquired."),
                new Kind("Semaphore(1)", () -> of(new Semaphore(1)), true, null, null),
                new Kind("BoundedSemaphore(1)", () -> of(new BoundedSemaphore(1)), true,
                        IllegalArgumentException.class, "BoundedSemaphore released too many times"),
                new Kind("Condition", () -> of(new Condition()), false, IllegalStateException.class,
                        "Lock is not acquired."));
    }

    static LockLike of(Lock l) {
        return new LockLike() {
            public Mono<Boolean> acquire() {
                return l.acquire();
            }

            public void release() {
                l.release();
            }

            public boolean locked() {
                return l.locked();
            }

            public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
                return l.withLock(body);
            }
        };
    }

    static LockLike of(Semaphore s) {
        return new LockLike() {
            public Mono<Boolean> acquire() {
                return s.acquire();
            }

            public void release() {
                s.release();
            }

            public boolean locked() {
                return s.locked();
            }

            public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
                return s.withLock(body);
            }
        };
    }

    static LockLike of(Condition c) {
        return new LockLike() {
            public Mono<Boolean> acquire() {
                return c.acquire();
            }

            public void release() {
                c.release();
            }

            public boolean locked() {
                return c.locked();
            }

            public <T> Mono<T> withLock(Supplier<? extends Mono<T>> body) {
                return c.withLock(body);
            }
        };
    }

    private final List<String> log = new ArrayList<>();

    private static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void onlyOneTaskHoldsItAtATime(Kind kind) {
        LockLike lock = kind.make().get();
        int[] holders = {0, 0};
        EventLoop loop = EventLoop.withVirtualTime();
        Asyncio.run(Mono.defer(() -> {
            List<Mono<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                double hold = 0.1 * (i % 3 + 1);
                tasks.add(lock.withLock(() -> Mono.defer(() -> {
                    holders[0]++;
                    holders[1] = Math.max(holders[1], holders[0]);
                    return Asyncio.sleep(hold).then(Mono.fromRunnable(() -> holders[0]--));
                })));
            }
            return Asyncio.gather(tasks);
        }), loop);
        assertThat(holders[1]).isEqualTo(1);
        assertThat(loop.time()).isCloseTo(1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lock.locked()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void waitersAcquireInTheOrderTheyArrived(Kind kind) {
        LockLike lock = kind.make().get();
        run(() -> lock.acquire().then(Mono.defer(() -> {
            List<Mono<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String name = "w" + i;
                // Arrive at 0.0, 0.1, ... in an order unrelated to creation.
                double arrival = 0.1 * ((i * 3) % 5);
                tasks.add(Asyncio.createTask(Asyncio.sleep(arrival).then(
                        lock.withLock(() -> Mono.fromRunnable(() -> log.add(name)).then(Asyncio.sleep(0))))));
            }
            return Asyncio.sleep(1).then(Mono.fromRunnable(lock::release)).then(Asyncio.gather(tasks));
        })));
        // arrival order: w0 (0.0), w2 (0.1), w4 (0.2), w1 (0.3), w3 (0.4)
        assertThat(log).containsExactly("w0", "w2", "w4", "w1", "w3");
    }

    private Mono<Void> worker(LockLike lock, String name) {
        return lock.acquire()
                .doOnError(CancelledError.class, e -> log.add(name + " cancelled"))
                .doOnNext(v -> log.add(name + " acquired"))
                .then(Asyncio.sleep(0))
                .then(Mono.fromRunnable(lock::release));
    }

    // python3 (contract.py): three waiters a, b, c; release() wakes a, which is cancelled at once;
    // a newcomer arrives. Trace: a cancelled, b acquired, c acquired, new acquired.
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aWaiterWokenThenCancelledPassesItsWakeUpOnAndNewcomersQueueBehind(Kind kind) {
        LockLike lock = kind.make().get();
        run(() -> lock.acquire().then(Mono.defer(() -> {
            List<Task<Void>> ts = new ArrayList<>();
            for (String n : List.of("a", "b", "c")) {
                ts.add(Asyncio.createTask(worker(lock, n)));
            }
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                lock.release();
                log.add("released locked=" + lock.locked());
                ts.get(0).cancel();
                Task<Void> newcomer = Asyncio.createTask(worker(lock, "new"));
                return Asyncio.gather(true, ts.get(0), ts.get(1), ts.get(2), newcomer);
            }));
        })));
        assertThat(log).containsExactly("released locked=" + kind.lockedWhileHandedOver(), "a cancelled",
                "b acquired", "c acquired", "new acquired");
        assertThat(lock.locked()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aWaiterCancelledBeforeItsTurnLeavesWithoutTakingIt(Kind kind) {
        LockLike lock = kind.make().get();
        run(() -> lock.acquire().then(Mono.defer(() -> {
            Task<Void> a = Asyncio.createTask(worker(lock, "a"));
            Task<Void> b = Asyncio.createTask(worker(lock, "b"));
            return Asyncio.sleep(1).then(Mono.defer(() -> {
                a.cancel();
                return Asyncio.sleep(1);
            })).then(Mono.defer(() -> {
                log.add("still locked=" + lock.locked());
                lock.release();
                return Asyncio.gather(true, a, b);
            }));
        })));
        assertThat(log).containsExactly("a cancelled", "still locked=true", "b acquired");
        assertThat(lock.locked()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void withLockReleasesWhenItsTaskIsCancelledInsideTheBody(Kind kind) {
        LockLike lock = kind.make().get();
        run(() -> {
            Task<Void> holder = Asyncio.createTask(lock.withLock(() -> Asyncio.sleep(10)));
            Task<Void> next = Asyncio.createTask(worker(lock, "next"));
            return Asyncio.sleep(1).then(Mono.defer(() -> {
                holder.cancel();
                return Asyncio.gather(true, holder, next);
            }));
        });
        assertThat(log).containsExactly("next acquired");
        assertThat(lock.locked()).isFalse();
    }

    // python3: Lock and Condition raise RuntimeError('Lock is not acquired.'), BoundedSemaphore
    // raises ValueError('BoundedSemaphore released too many times'), a Semaphore just counts up.
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void releasingWhileFreeFailsAsCPythonDoes(Kind kind) {
        LockLike lock = kind.make().get();
        if (kind.releaseError() == null) {
            lock.release();
            assertThat(lock.locked()).isFalse();
        } else {
            assertThatThrownBy(lock::release).isInstanceOf(kind.releaseError()).hasMessage(kind.releaseMessage());
        }
    }
}
