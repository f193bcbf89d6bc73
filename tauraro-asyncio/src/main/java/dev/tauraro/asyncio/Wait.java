package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;

/**
 * {@code asyncio.wait(fs, timeout=..., return_when=...)}: waits until some or all of the given
 * futures are done, without raising their exceptions and without cancelling any of them.
 *
 * <p>Follows CPython 3.11's {@code tasks._wait}: one done callback on every future counts
 * completions and releases a private waiter when {@link ReturnWhen} is satisfied or the timer
 * fires; then the futures are split into done and pending. The callbacks run through the loop,
 * so {@code wait} yields at least once even when every future is already done.
 *
 * <p>A timeout is not an error: the unfinished futures come back in {@code pending}. Cancelling
 * the waiting task raises {@link CancelledError} in it and leaves the futures alone.
 */
final class Wait {
    private Wait() {
    }

    static <F extends Future<?>> Mono<WaitResult<F>> wait(Collection<? extends F> fs, Duration timeout,
            ReturnWhen returnWhen) {
        Objects.requireNonNull(fs, "fs");
        Objects.requireNonNull(returnWhen, "returnWhen");
        return Mono.defer(() -> {
            if (fs.isEmpty()) {
                return Mono.error(new IllegalArgumentException("Set of Tasks/Futures is empty."));
            }
            Set<F> set = new LinkedHashSet<>(fs);
            return start(EventLoop.running(), set, timeout, returnWhen);
        });
    }

    private static <F extends Future<?>> Mono<WaitResult<F>> start(EventLoop loop, Set<F> fs, Duration timeout,
            ReturnWhen returnWhen) {
        Future<Boolean> waiter = loop.createFuture();
        TimerHandle timeoutHandle = timeout == null ? null
                : loop.callAtNanos(loop.nanoTime() + timeout.toNanos(), () -> WaitFor.release(waiter));
        int[] counter = {fs.size()};
        Consumer<Future<?>> onCompletion = f -> {
            counter[0]--;
            if (counter[0] <= 0
                    || returnWhen == ReturnWhen.FIRST_COMPLETED
                    || returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null) {
                if (timeoutHandle != null) {
                    timeoutHandle.cancel();
                }
                WaitFor.release(waiter);
            }
        };
        for (F f : fs) {
            f.addDoneCallback(onCompletion);
        }
        Runnable cleanup = () -> {
            if (timeoutHandle != null) {
                timeoutHandle.cancel();
            }
            for (F f : fs) {
                f.removeDoneCallback(onCompletion);
            }
        };
        return waiter
                .doOnTerminate(cleanup)
                .doOnCancel(cleanup)
                .then(Mono.fromSupplier(() -> {
                    Set<F> done = new LinkedHashSet<>();
                    Set<F> pending = new LinkedHashSet<>();
                    for (F f : fs) {
                        (f.done() ? done : pending).add(f);
                    }
                    return new WaitResult<>(done, pending);
                }));
    }
}
