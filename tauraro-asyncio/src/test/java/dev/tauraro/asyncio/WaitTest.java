package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WaitTest {
    private final EventLoop loop = EventLoop.withVirtualTime();

    private static Duration sec(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }

    private static Task<Object> sleeper(double s, Object v) {
        return Asyncio.createTask(Asyncio.sleep(sec(s), v));
    }

    private static Task<Object> failer(double s, RuntimeException e) {
        return Asyncio.createTask(Asyncio.sleep(sec(s)).then(Mono.error(e)));
    }

    @Test
    void allCompletedWaitsForEveryFutureAndKeepsTheArgumentOrder() {
        List<Task<Object>> tasks = new ArrayList<>();
        WaitResult<Task<Object>> r = Asyncio.run(Mono.defer(() -> {
            tasks.add(sleeper(3, "a"));
            tasks.add(sleeper(1, "b"));
            tasks.add(failer(2, new IllegalStateException("c")));
            return Asyncio.wait(tasks);
        }), loop);
        assertThat(loop.time()).isEqualTo(3.0);
        assertThat(r.done()).containsExactlyElementsOf(tasks);
        assertThat(r.pending()).isEmpty();
        assertThat(tasks.get(2).exception()).hasMessage("c");
    }

    @Test
    void firstCompletedReturnsAtTheFirstFinishAndLeavesTheOthersRunning() {
        List<Task<Object>> tasks = new ArrayList<>();
        Object[] laterResult = new Object[1];
        WaitResult<Task<Object>> r = Asyncio.run(Mono.defer(() -> {
            tasks.add(sleeper(3, "a"));
            tasks.add(sleeper(1, "b"));
            tasks.add(sleeper(2, "c"));
            return Asyncio.wait(tasks, ReturnWhen.FIRST_COMPLETED)
                    .flatMap(w -> tasks.get(0).doOnNext(v -> laterResult[0] = v).thenReturn(w));
        }), loop);
        assertThat(r.done()).containsExactly(tasks.get(1));
        assertThat(r.pending()).containsExactly(tasks.get(0), tasks.get(2));
        assertThat(laterResult[0]).isEqualTo("a");
        assertThat(loop.time()).isEqualTo(3.0);
    }

    @Test
    void firstExceptionIgnoresCancellationsAndReturnsAtTheFirstFailure() {
        List<Task<Object>> tasks = new ArrayList<>();
        double[] returnedAt = new double[1];
        WaitResult<Task<Object>> r = Asyncio.run(Mono.defer(() -> {
            tasks.add(sleeper(5, "a"));
            tasks.add(failer(2, new IllegalStateException("b")));
            tasks.add(sleeper(1, "c"));
            Asyncio.getRunningLoop().callLater(sec(0.5), () -> tasks.get(0).cancel());
            return Asyncio.wait(tasks, null, ReturnWhen.FIRST_EXCEPTION)
                    .doOnNext(w -> returnedAt[0] = Asyncio.getRunningLoop().time());
        }), loop);
        assertThat(returnedAt[0]).isEqualTo(2.0);
        assertThat(r.done()).containsExactlyElementsOf(tasks);
        assertThat(tasks.get(0).cancelled()).isTrue();
    }

    @Test
    void firstExceptionWithoutFailuresWaitsForAll() {
        WaitResult<Task<Object>> r = Asyncio.run(Mono.defer(() ->
                Asyncio.wait(List.of(sleeper(1, "a"), sleeper(4, "b")), ReturnWhen.FIRST_EXCEPTION)), loop);
        assertThat(r.done()).hasSize(2);
        assertThat(loop.time()).isEqualTo(4.0);
    }

    @Test
    void aTimeoutReturnsThePendingFuturesWithoutRaisingOrCancelling() {
        List<Task<Object>> t = new ArrayList<>();
        WaitResult<Task<Object>> r = Asyncio.run(Mono.defer(() -> {
            Task<Object> fast = sleeper(0.5, "fast");
            Task<Object> slow = sleeper(10, "slow");
            t.add(fast);
            t.add(slow);
            return Asyncio.wait(List.of(fast, slow), sec(1), ReturnWhen.ALL_COMPLETED)
                    .doOnNext(w -> assertThat(Asyncio.getRunningLoop().time()).isEqualTo(1.0))
                    .doOnNext(w -> assertThat(slow.cancelled()).isFalse())
                    .flatMap(w -> slow.thenReturn(w));
        }), loop);
        assertThat(r.done()).containsExactly(t.get(0));
        assertThat(r.pending()).containsExactly(t.get(1));
        assertThat(loop.time()).isEqualTo(10.0);
    }

    @Test
    void anEmptyCollectionIsAnError() {
        assertThatThrownBy(() -> Asyncio.run(Asyncio.wait(List.<Future<Object>>of()), loop))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Set of Tasks/Futures is empty.");
    }

    @Test
    void duplicatesAreWaitedForOnce() {
        WaitResult<Task<Object>> r = Asyncio.run(Mono.defer(() -> {
            Task<Object> a = sleeper(1, "a");
            return Asyncio.wait(List.of(a, a, a));
        }), loop);
        assertThat(r.done()).hasSize(1);
    }

    @Test
    void waitingOnDoneFuturesStillYieldsToTheLoopOnce() {
        AtomicBoolean otherRan = new AtomicBoolean();
        WaitResult<Future<Integer>> r = Asyncio.run(Mono.defer(() -> {
            Future<Integer> f = Asyncio.getRunningLoop().createFuture();
            f.setResult(1);
            Asyncio.createTask(Mono.fromRunnable(() -> otherRan.set(true)));
            return Asyncio.wait(List.of(f)).doOnNext(w -> assertThat(otherRan).isTrue());
        }), loop);
        assertThat(r.done()).hasSize(1);
        assertThat(r.toString()).isEqualTo("({<Future finished result=1>}, set())");
    }

    @Test
    void cancellingTheWaiterRaisesCancelledErrorAndLeavesTheFuturesAlone() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        List<Task<Object>> inner = new ArrayList<>();
        Asyncio.run(Mono.defer(() -> {
            inner.add(sleeper(5, "x"));
            Task<WaitResult<Task<Object>>> waiting = Asyncio.createTask(Asyncio.wait(inner));
            return Asyncio.sleep(sec(1))
                    .then(Mono.fromRunnable(() -> waiting.cancel()))
                    .then(waiting)
                    .doOnError(seen::set)
                    .onErrorResume(e -> Mono.empty())
                    .then(Mono.defer(() -> inner.get(0)));
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(CancelledError.class);
        assertThat(inner.get(0).result()).isEqualTo("x");
        assertThat(loop.time()).isEqualTo(5.0);
    }

    @Test
    void isColdNothingIsCheckedOrRegisteredUntilSubscribed() {
        // Outside any loop and with an invalid argument: building the Mono must not fail.
        Mono<WaitResult<Future<Object>>> m = Asyncio.wait(List.of());
        assertThatThrownBy(() -> Asyncio.run(m, loop)).hasMessage("Set of Tasks/Futures is empty.");
    }
}
