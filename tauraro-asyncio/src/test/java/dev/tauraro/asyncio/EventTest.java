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

/** {@link Event}: the seed example, set/clear, wake-all, cancellation, repr. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventTest {
    private final List<String> log = new ArrayList<>();

    private static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main), EventLoop.withVirtualTime());
    }

    private static String now() {
        return String.valueOf(Math.round(Asyncio.getRunningLoop().time() * 10) / 10.0);
    }

    private Mono<Void> waiter(Event event, String name) {
        return Mono.<Void>fromRunnable(() -> log.add(name + " waiting... " + now()))
                .then(event.await())
                .then(Mono.fromRunnable(() -> log.add(name + " received event! " + now())));
    }

    // Seed page, "Event", with the loop time appended to each line (python3 event.py).
    @Test
    void theSeedExampleWakesEveryWorkerWhenTheEventIsSet() {
        Event event = new Event();
        Mono<Void> setter = Asyncio.sleep(2).then(Mono.fromRunnable(() -> {
            log.add("Setting event " + now());
            event.set();
        }));
        run(() -> Asyncio.gather(waiter(event, "Worker 1"), waiter(event, "Worker 2"), waiter(event, "Worker 3"), setter));
        assertThat(log).containsExactly(
                "Worker 1 waiting... 0.0", "Worker 2 waiting... 0.0", "Worker 3 waiting... 0.0",
                "Setting event 2.0",
                "Worker 1 received event! 2.0", "Worker 2 received event! 2.0", "Worker 3 received event! 2.0");
    }

    // python3: set() then clear() at once still wakes all three waiters, which see set=False.
    @Test
    void setWakesEveryWaiterEvenIfClearFollowsAtOnce() {
        Event event = new Event();
        run(() -> {
            log.add(event.toString());
            List<Mono<Void>> ts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = i;
                ts.add(Asyncio.createTask(event.await().then(Mono.fromRunnable(
                        () -> log.add(n + " woke set=" + event.isSet())))));
            }
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                log.add(event.toString());
                event.set();
                event.clear();
                log.add(event.toString());
                return Asyncio.gather(ts);
            })).then(Mono.fromRunnable(() -> {
                log.add(event.toString());
                event.set();
                log.add(event.toString());
            }));
        });
        assertThat(log).containsExactly(
                "<Event [unset]>", "<Event [unset, waiters:3]>", "<Event [unset, waiters:3]>",
                "0 woke set=false", "1 woke set=false", "2 woke set=false",
                "<Event [unset]>", "<Event [set]>");
    }

    @Test
    void awaitingASetEventCompletesWithoutYielding() {
        Event event = new Event();
        event.set();
        run(() -> {
            Asyncio.createTask(Mono.fromRunnable(() -> log.add("other task ran")));
            return event.await().doOnNext(v -> log.add("awaited " + v)).then(Asyncio.sleep(0));
        });
        assertThat(log).containsExactly("awaited true", "other task ran");
    }

    @Test
    void afterClearAwaitWaitsForTheNextSet() {
        Event event = new Event();
        event.set();
        event.clear();
        assertThat(event.isSet()).isFalse();
        run(() -> {
            Asyncio.createTask(Asyncio.sleep(4).then(Mono.fromRunnable(event::set)));
            return event.await().doOnNext(v -> log.add("woke at " + now()));
        });
        assertThat(log).containsExactly("woke at 4.0");
    }

    @Test
    void cancellingOneWaiterLeavesTheOthersWaiting() {
        Event event = new Event();
        Object outcome = run(() -> {
            Task<Void> a = Asyncio.createTask(waiter(event, "a"));
            Task<Void> b = Asyncio.createTask(waiter(event, "b"));
            return Asyncio.sleep(1).then(Mono.defer(() -> {
                a.cancel("bye");
                return Asyncio.sleep(0);
            })).then(Mono.defer(() -> {
                log.add(event.toString());
                event.set();
                return b.then(a.map(v -> (Object) v).onErrorResume(Mono::just));
            }));
        });
        assertThat((Throwable) outcome).isInstanceOf(CancelledError.class).hasMessage("bye");
        assertThat(log).containsExactly("a waiting... 0.0", "b waiting... 0.0", "<Event [unset, waiters:1]>",
                "b received event! 1.0");
    }

    @Test
    void aWaiterWokenThenCancelledRaisesCancelledErrorAndTheOthersStillWake() {
        Event event = new Event();
        run(() -> {
            Task<Void> a = Asyncio.createTask(waiter(event, "a"));
            Task<Void> b = Asyncio.createTask(waiter(event, "b"));
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                event.set();
                a.cancel();
                return Asyncio.gather(true, a, b);
            })).doOnNext(results -> log.add(results.get(0).getClass().getSimpleName()));
        });
        assertThat(log).containsExactly("a waiting... 0.0", "b waiting... 0.0", "b received event! 0.0",
                "CancelledError");
        assertThat(event.toString()).isEqualTo("<Event [set]>");
    }

    @Test
    void anEventThatMadeATaskWaitIsBoundToThatLoop() {
        Event event = new Event();
        run(() -> {
            Task<Boolean> t = Asyncio.createTask(event.await());
            return Asyncio.sleep(0).then(Mono.fromRunnable(event::set)).then(t);
        });
        event.clear();
        assertThatThrownBy(() -> run(event::await)).isInstanceOf(IllegalStateException.class)
                .hasMessage("<Event [unset]> is bound to a different event loop");
    }
}
