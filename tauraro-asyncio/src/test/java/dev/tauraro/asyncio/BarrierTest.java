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

/**
 * {@link Barrier}: tripping, indices, reuse, abort, reset, cancellation, repr. Expected traces
 * come from the same scenarios run under python3.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BarrierTest {
    private final List<String> log = new ArrayList<>();

    private static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    private Mono<Void> passer(Barrier b, Object name, double delay) {
        return Asyncio.sleep(delay).then(b.await()).doOnNext(i -> log.add(
                name + " passed index=" + i + " at " + Asyncio.getRunningLoop().time())).then();
    }

    private Mono<Void> breaker(Barrier b, Object name) {
        return b.await().then().onErrorResume(BrokenBarrierError.class, e -> {
            log.add(name + " broken: " + e.getMessage());
            return Mono.empty();
        });
    }

    @Test
    void partiesMustBePositive() {
        assertThatThrownBy(() -> new Barrier(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parties must be > 0");
    }

    // python3: arrivals at 0, 1 and 2 s; all pass at 2 s, the one that tripped it first.
    @Test
    void everyoneWaitsForTheLastPartyAndGetsADistinctIndex() {
        Barrier b = new Barrier(3);
        run(() -> {
            log.add(b.toString());
            List<Mono<Void>> ts = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                ts.add(Asyncio.createTask(passer(b, n, n)));
            }
            return Asyncio.sleep(1.5).then(Mono.fromRunnable(() -> log.add(b.toString())))
                    .then(Asyncio.gather(ts))
                    .then(Mono.fromRunnable(() -> log.add(b.toString())));
        });
        assertThat(log).containsExactly(
                "<Barrier [filling, waiters:0/3]>", "<Barrier [filling, waiters:2/3]>",
                "2 passed index=2 at 2.0", "0 passed index=0 at 2.0", "1 passed index=1 at 2.0",
                "<Barrier [filling, waiters:0/3]>");
        assertThat(b.parties()).isEqualTo(3);
        assertThat(b.nWaiting()).isZero();
        assertThat(b.broken()).isFalse();
    }

    // python3: six tasks at once through a barrier of three: two rounds, in arrival order.
    @Test
    void theBarrierIsReusedRoundAfterRound() {
        Barrier b = new Barrier(3);
        run(() -> {
            List<Mono<Void>> ts = new ArrayList<>();
            for (int n = 0; n < 6; n++) {
                ts.add(Asyncio.createTask(passer(b, n, 0)));
            }
            return Asyncio.gather(ts);
        });
        assertThat(log).containsExactly(
                "2 passed index=2 at 0.0", "0 passed index=0 at 0.0", "1 passed index=1 at 0.0",
                "5 passed index=2 at 0.0", "3 passed index=0 at 0.0", "4 passed index=1 at 0.0");
    }

    @Test
    void abortBreaksTheWaitersAndLaterArrivalsUntilReset() {
        Barrier b = new Barrier(3);
        run(() -> {
            List<Mono<Void>> ts = List.of(Asyncio.createTask(breaker(b, 0)), Asyncio.createTask(breaker(b, 1)));
            return Asyncio.sleep(0)
                    .then(Mono.fromRunnable(() -> log.add(b.toString())))
                    .then(b.abort())
                    .then(Asyncio.gather(ts))
                    .then(Mono.fromRunnable(() -> log.add(b.toString() + " broken=" + b.broken())))
                    .then(breaker(b, "late"))
                    .then(b.reset())
                    .then(Mono.fromRunnable(() -> log.add(b.toString())));
        });
        assertThat(log).containsExactly(
                "<Barrier [filling, waiters:2/3]>",
                "0 broken: Abort or reset of barrier", "1 broken: Abort or reset of barrier",
                "<Barrier [broken]> broken=true",
                "late broken: Barrier aborted",
                "<Barrier [filling, waiters:0/3]>");
    }

    @Test
    void resetBreaksTheCurrentWaitersAndRefillsOnceTheyLeft() {
        Barrier b = new Barrier(3);
        run(() -> {
            List<Mono<Void>> ts = List.of(Asyncio.createTask(breaker(b, 0)), Asyncio.createTask(breaker(b, 1)));
            return Asyncio.sleep(0)
                    .then(b.reset())
                    .then(Mono.fromRunnable(() -> log.add(b.toString())))
                    .then(Asyncio.gather(ts))
                    .then(Mono.fromRunnable(() -> log.add(b.toString())))
                    .then(Mono.defer(() -> Asyncio.gather(passer(b, "a", 0), passer(b, "b", 0), passer(b, "c", 0))));
        });
        assertThat(log).containsExactly(
                "<Barrier [resetting, waiters:0/3]>",
                "0 broken: Abort or reset of barrier", "1 broken: Abort or reset of barrier",
                "<Barrier [filling, waiters:0/3]>",
                "c passed index=2 at 0.0", "a passed index=0 at 0.0", "b passed index=1 at 0.0");
    }

    @Test
    void aCancelledWaiterLeavesTheCount() {
        Barrier b = new Barrier(3);
        run(() -> {
            Task<Void> t1 = Asyncio.createTask(breaker(b, "c1"));
            Task<Void> t2 = Asyncio.createTask(breaker(b, "c2"));
            return Asyncio.sleep(0)
                    .then(Mono.defer(() -> {
                        log.add(b.toString());
                        t1.cancel();
                        return Asyncio.sleep(0);
                    }))
                    .then(Mono.defer(() -> {
                        log.add(b.toString());
                        t2.cancel();
                        return Asyncio.gather(true, t1, t2);
                    }))
                    .doOnNext(results -> log.add(b + " " + results.get(0).getClass().getSimpleName()));
        });
        assertThat(log).containsExactly("<Barrier [filling, waiters:2/3]>", "<Barrier [filling, waiters:1/3]>",
                "<Barrier [filling, waiters:0/3]> CancelledError");
    }

    @Test
    void aBarrierOfOneNeverWaits() {
        Barrier b = new Barrier(1);
        List<Integer> indices = run(() -> b.await().concatWith(b.await()).collectList());
        assertThat(indices).containsExactly(0, 0);
    }
}
