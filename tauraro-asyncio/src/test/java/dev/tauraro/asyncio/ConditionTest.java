package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * {@link Condition}: lock checks, signal order, re-acquisition after waiting (also when
 * cancelled), waitFor, repr. Expected traces come from the same scenarios run under python3.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConditionTest {
    private final List<String> log = new ArrayList<>();

    private static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    private static Mono<Void> yieldOnce() {
        return Asyncio.sleep(0);
    }

    @Test
    void waitingOrSignallingWithoutTheLockFailsWithCPythonsMessages() {
        Condition c = new Condition();
        assertThatThrownBy(() -> run(c::await)).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot wait on un-acquired lock");
        assertThatThrownBy(c::signal).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot notify on un-acquired lock");
        assertThatThrownBy(c::signalAll).hasMessage("cannot notify on un-acquired lock");
        assertThat(c.toString()).isEqualTo("<Condition [unlocked]>");
    }

    private Mono<Void> waiter(Condition c, int n) {
        return c.withLock(() -> c.await().then(Mono.fromRunnable(() -> log.add(n + " woke locked=" + c.locked()))));
    }

    // python3: four waiters; notify(2) wakes 0 and 1, which return holding the lock in turn;
    // notify_all wakes the rest.
    @Test
    void signalWakesTheLongestWaitingFirstAndEachReturnsHoldingTheLock() {
        Condition c = new Condition();
        run(() -> {
            List<Mono<Void>> ts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ts.add(Asyncio.createTask(waiter(c, i)));
            }
            return yieldOnce()
                    .then(Mono.fromRunnable(() -> log.add(c.toString())))
                    .then(c.withLock(() -> Mono.fromRunnable(() -> {
                        c.signal(2);
                        log.add(c.toString());
                    })))
                    .then(yieldOnce()).then(yieldOnce())
                    .then(Mono.fromRunnable(() -> log.add(c.toString())))
                    .then(c.withLock(() -> Mono.fromRunnable(c::signalAll)))
                    .then(Asyncio.gather(ts));
        });
        assertThat(log).containsExactly(
                "<Condition [unlocked, waiters:4]>",
                "<Condition [locked, waiters:4]>",
                "0 woke locked=true", "1 woke locked=true",
                "<Condition [unlocked, waiters:2]>",
                "2 woke locked=true", "3 woke locked=true");
    }

    @Test
    void signalWithNobodyWaitingDoesNothing() {
        Condition c = new Condition();
        run(() -> c.withLock(() -> Mono.fromRunnable(() -> {
            c.signal();
            c.signal(5);
            c.signalAll();
        })));
        assertThat(c.locked()).isFalse();
    }

    // python3: the waiter is cancelled while the main task holds the lock; it stays pending,
    // re-acquiring, until the lock is released, and only then raises CancelledError('m') with
    // the lock held.
    @Test
    void aCancelledWaitReacquiresTheLockBeforeRaising() {
        Condition c = new Condition();
        run(() -> {
            Task<Void> t = Asyncio.createTask(c.withLock(() -> c.await().then()
                    .doOnError(CancelledError.class,
                            e -> log.add("cancelled locked=" + c.locked() + " msg=" + e.getMessage()))));
            return yieldOnce()
                    .then(c.acquire())
                    .then(Mono.defer(() -> {
                        t.cancel("m");
                        return yieldOnce().then(yieldOnce());
                    }))
                    .then(Mono.defer(() -> {
                        log.add("t done=" + t.done() + " " + c);
                        c.release();
                        return t.onErrorResume(CancelledError.class, e -> {
                            log.add("t cancelled");
                            return Mono.empty();
                        });
                    }));
        });
        assertThat(log).containsExactly("t done=false <Condition [locked]>", "cancelled locked=true msg=m",
                "t cancelled");
        assertThat(c.locked()).isFalse();
    }

    // python3: cancelled while re-acquiring after a notify: it keeps re-acquiring, then raises a
    // CancelledError without arguments.
    @Test
    void aCancelledReacquisitionRetriesAndThenRaisesABareCancelledError() {
        Condition c = new Condition();
        Throwable seen = run(() -> {
            Task<Void> t = Asyncio.createTask(c.withLock(() -> c.await().then()
                    .doOnError(CancelledError.class,
                            e -> log.add("cancelled locked=" + c.locked() + " msg=" + e.getMessage()))));
            return yieldOnce()
                    .then(c.acquire())
                    .then(Mono.defer(() -> {
                        c.signal();
                        return yieldOnce();
                    }))
                    .then(Mono.defer(() -> {
                        t.cancel("first");
                        return yieldOnce();
                    }))
                    .then(Mono.defer(() -> {
                        log.add(c.toString());
                        c.release();
                        return t.then(Mono.<Throwable>empty()).onErrorResume(Mono::just);
                    }));
        });
        assertThat(log).containsExactly("<Condition [locked]>", "cancelled locked=true msg=null");
        assertThat(seen).isInstanceOf(CancelledError.class);
        assertThat(((CancelledError) seen).cancelMessage()).isNull();
        assertThat(c.locked()).isFalse();
    }

    // python3 (with None instead of 0 as the falsy item): woken with nothing to take, the consumer
    // waits again, and returns the predicate's value once it is truthy.
    @Test
    void waitForWaitsUntilThePredicateIsTruthyAndReturnsItsValue() {
        Condition c = new Condition();
        ArrayDeque<Integer> items = new ArrayDeque<>();
        int[] calls = {0};
        Integer got = run(() -> {
            Task<Integer> consumer = Asyncio.createTask(c.withLock(() -> c.waitFor(() -> {
                calls[0]++;
                return items.poll();
            })));
            return yieldOnce()
                    .then(c.withLock(() -> Mono.fromRunnable(c::signal)))
                    .then(yieldOnce()).then(yieldOnce())
                    .then(c.withLock(() -> Mono.fromRunnable(() -> {
                        items.add(7);
                        c.signal();
                    })))
                    .then(consumer);
        });
        assertThat(got).isEqualTo(7);
        assertThat(calls[0]).isEqualTo(3);
    }

    @Test
    void waitForTreatsFalseAndNullAsFalsyAndReturnsAtOnceWhenAlreadyTrue() {
        Condition c = new Condition();
        String value = run(() -> c.waitFor(() -> "ready"));
        assertThat(value).isEqualTo("ready");
        boolean[] flag = {false};
        Boolean b = run(() -> {
            Task<Boolean> t = Asyncio.createTask(c.withLock(() -> c.waitFor(() -> flag[0])));
            return Asyncio.sleep(1).then(c.withLock(() -> Mono.fromRunnable(() -> {
                log.add("still waiting: " + !t.done());
                flag[0] = true;
                c.signalAll();
            }))).then(t);
        });
        assertThat(b).isTrue();
        assertThat(log).containsExactly("still waiting: true");
    }

    @Test
    void conditionsMayShareOneLock() {
        Lock lock = new Lock();
        Condition a = new Condition(lock);
        Condition b = new Condition(lock);
        run(() -> a.acquire().then(Mono.fromRunnable(() -> {
            log.add("a holds, b locked=" + b.locked() + " lock=" + lock);
            b.signal(); // allowed: b's lock is held
            b.release();
        })));
        assertThat(log).containsExactly("a holds, b locked=true lock=<Lock [locked]>");
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void awaitReleasesTheLockWhileWaiting() {
        Condition c = new Condition();
        run(() -> {
            Task<Void> t = Asyncio.createTask(c.withLock(() -> c.await().then()));
            return yieldOnce().then(Mono.defer(() -> {
                log.add("while waiting locked=" + c.locked());
                return c.withLock(() -> Mono.fromRunnable(c::signal));
            })).then(t);
        });
        assertThat(log).containsExactly("while waiting locked=false");
    }
}
