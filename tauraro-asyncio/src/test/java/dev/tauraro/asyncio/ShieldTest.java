package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ShieldTest {
    private final EventLoop loop = EventLoop.withVirtualTime();

    private static Duration sec(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }

    @Test
    void passesTheResultThrough() {
        assertThat(Asyncio.run(Asyncio.shield(Asyncio.sleep(sec(1), "x")), loop)).isEqualTo("x");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void passesTheExceptionThrough() {
        Mono<String> failing = Asyncio.sleep(sec(1)).then(Mono.error(new IllegalStateException("bad")));
        assertThatThrownBy(() -> Asyncio.run(Asyncio.shield(failing), loop)).hasMessage("bad");
    }

    @Test
    void cancellingTheCallerRaisesCancelledErrorButTheInnerWorkRunsToCompletion() {
        List<String> log = new ArrayList<>();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        List<Task<String>> inner = new ArrayList<>();
        Asyncio.run(Mono.defer(() -> {
            inner.add(Asyncio.createTask(Asyncio.sleep(sec(3), "inner")
                    .doOnNext(v -> log.add("inner done at " + Asyncio.getRunningLoop().time()))));
            Task<String> caller = Asyncio.createTask(Asyncio.shield(inner.get(0)));
            return Asyncio.sleep(sec(1))
                    .then(Mono.fromRunnable(() -> caller.cancel("go away")))
                    .then(caller)
                    .doOnError(e -> {
                        seen.set(e);
                        log.add("caller cancelled at " + Asyncio.getRunningLoop().time());
                    })
                    .onErrorResume(e -> Mono.empty())
                    .then(inner.get(0));
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(CancelledError.class);
        assertThat(log).containsExactly("caller cancelled at 1.0", "inner done at 3.0");
        assertThat(inner.get(0).cancelled()).isFalse();
        assertThat(inner.get(0).result()).isEqualTo("inner");
    }

    @Test
    void theInnerWorkBeingCancelledByOtherMeansCancelsTheCaller() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Asyncio.run(Mono.defer(() -> {
            Task<String> inner = Asyncio.createTask(Asyncio.sleep(sec(3), "inner"));
            Asyncio.getRunningLoop().callLater(sec(1), () -> inner.cancel());
            return Asyncio.shield(inner).doOnError(seen::set).onErrorResume(e -> Mono.empty());
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(CancelledError.class);
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void aDoneFutureIsAwaitedDirectly() {
        int r = Asyncio.run(Mono.defer(() -> {
            Future<Integer> f = Asyncio.getRunningLoop().createFuture();
            f.setResult(7);
            return Asyncio.shield(f);
        }), loop);
        assertThat(r).isEqualTo(7);
    }

    @Test
    void shieldingInsideWaitForLetsTheWorkFinishAfterTheTimeout() {
        List<Task<String>> inner = new ArrayList<>();
        AtomicReference<Throwable> seen = new AtomicReference<>();
        double[] timedOutAt = new double[1];
        String r = Asyncio.run(Mono.defer(() -> {
            inner.add(Asyncio.createTask(Asyncio.sleep(sec(3), "done")));
            return Asyncio.waitFor(Asyncio.shield(inner.get(0)), sec(1))
                    .onErrorResume(e -> {
                        seen.set(e);
                        timedOutAt[0] = Asyncio.getRunningLoop().time();
                        return inner.get(0);
                    });
        }), loop);
        assertThat(seen.get()).isExactlyInstanceOf(TimeoutError.class);
        assertThat(timedOutAt[0]).isEqualTo(1.0);
        assertThat(r).isEqualTo("done");
        assertThat(loop.time()).isEqualTo(3.0);
    }
}
