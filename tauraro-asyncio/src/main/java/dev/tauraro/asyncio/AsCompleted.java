package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code asyncio.as_completed(fs, timeout=...)}: the given Monos' futures, each emitted once it is
 * done, in the order they finish.
 *
 * <p>Follows CPython 3.11's {@code tasks.as_completed}: on subscription every Mono becomes a task
 * (futures are used as they are, duplicates once), each gets a done callback that queues it, and
 * every element of the Flux is one await for the next queued future. The emitted futures are
 * done, so awaiting one yields its result or raises its exception at once. If the timeout passes
 * first, the futures finished until then are emitted and then the Flux signals
 * {@link TimeoutError}; the unfinished ones are not cancelled.
 *
 * <p>Cancellation: cancelling the consuming task while it waits for the next future raises
 * {@link CancelledError} into the Flux. Neither that nor unsubscribing cancels the futures,
 * as in CPython where abandoning the iterator leaves them running.
 *
 * <p>Differences from CPython: Python yields awaitables that stand for "the next one to finish";
 * this Flux emits the finished futures themselves, which is what awaiting those yields.
 */
final class AsCompleted<T> {
    private final EventLoop loop;
    /** The futures not finished yet, each with its done callback. */
    private final Map<Future<T>, Runnable> todo = new LinkedHashMap<>();
    /** Finished futures not yet handed out, in completion order. */
    private final ArrayDeque<Future<T>> done = new ArrayDeque<>();
    /** The pending await for the next future, or null when nobody waits. */
    private Future<Future<T>> getter;
    private TimerHandle timeoutHandle;
    private boolean timedOut;

    @SuppressWarnings("unchecked")
    private AsCompleted(EventLoop loop, List<? extends Mono<T>> fs, Duration timeout) {
        this.loop = loop;
        for (Mono<T> m : new LinkedHashSet<>(fs)) {
            Future<T> f = (Future<T>) GatheringFuture.ensureFuture(loop, m);
            todo.computeIfAbsent(f, k -> () -> onCompletion(k));
        }
        todo.forEach(Future::addCallback);
        if (!todo.isEmpty() && timeout != null) {
            timeoutHandle = loop.callAtNanos(loop.nanoTime() + timeout.toNanos(), this::onTimeout);
        }
    }

    static <T> Flux<Future<T>> asCompleted(Collection<? extends Mono<T>> fs, Duration timeout) {
        Objects.requireNonNull(fs, "fs");
        List<? extends Mono<T>> copy = new ArrayList<>(fs);
        return Flux.defer(() -> {
            AsCompleted<T> state = new AsCompleted<>(EventLoop.running(), copy, timeout);
            int n = state.todo.size();
            return Flux.range(0, n)
                    .concatMap(i -> state.next(), 0)
                    .doFinally(s -> state.detach());
        });
    }

    private void onCompletion(Future<T> f) {
        if (timedOut) {
            return;
        }
        todo.remove(f);
        Future<Future<T>> g = getter;
        if (g != null && !g.done()) {
            getter = null;
            g.setResult(f);
        } else {
            done.add(f);
        }
        if (todo.isEmpty() && timeoutHandle != null) {
            timeoutHandle.cancel();
        }
    }

    private void onTimeout() {
        timedOut = true;
        detach(); // CPython clears todo here, so later completions are ignored
        Future<Future<T>> g = getter;
        if (g != null && !g.done()) {
            getter = null;
            g.setException(new TimeoutError());
        }
    }

    /** One await for the next finished future. */
    private Mono<Future<T>> next() {
        return Mono.defer(() -> {
            Future<T> f = done.poll();
            if (f != null) {
                return Mono.just(f);
            }
            if (timedOut) {
                return Mono.error(new TimeoutError());
            }
            Future<Future<T>> g = loop.createFuture();
            getter = g;
            return g.owned();
        });
    }

    /** Stops listening: no more completions are queued and the timer is disarmed. */
    private void detach() {
        if (timeoutHandle != null) {
            timeoutHandle.cancel();
        }
        todo.forEach(Future::removeCallback);
        todo.clear();
    }
}
