package dev.tauraro.asyncio;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CancellationException;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Brings outcomes produced on other threads (Reactor schedulers, Netty, CompletableFutures) onto
 * the loop as a {@link Future}, so tasks resume on the loop's thread and can be cancelled there.
 *
 * <p>Cancellation: cancelling the loop-side future disposes the Mono subscription or cancels the
 * CompletableFuture; a CompletableFuture cancelled elsewhere cancels the future. Outcomes may
 * arrive on any thread; they are posted with {@code callSoonThreadsafe}, and dropped if the loop
 * has closed meanwhile. While a CompletableFuture is pending, a virtual-time loop waits for its
 * timers in real time, since the outcome may arrive at any moment. Python equivalent:
 * {@code asyncio.wrap_future}.
 */
final class Bridge {
    private Bridge() {
    }

    /** Subscribes to {@code source} now and mirrors its outcome into a future of {@code loop}. */
    static <T> Future<T> fromMono(EventLoop loop, Mono<T> source) {
        Future<T> f = loop.createFuture();
        Disposable d = source.subscribe(
                v -> post(loop, () -> settle(f, v, null)),
                e -> post(loop, () -> settle(f, null, e)),
                () -> post(loop, () -> settle(f, null, null)));
        f.addCallback(() -> {
            if (f.cancelled()) {
                d.dispose();
            }
        });
        return f;
    }

    /** Mirrors {@code cf} into a future of {@code loop}; cancelling that future cancels {@code cf}. */
    static <T> Future<T> fromCompletableFuture(EventLoop loop, CompletableFuture<T> cf) {
        Future<T> f = loop.createFuture();
        loop.foreignWorkStarted(); // a virtual clock waits in real time for cf (see EventLoop)
        cf.whenComplete((v, e) -> post(loop, () -> {
            loop.foreignWorkDone();
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CancellationException && !(cause instanceof CancelledError)) {
                if (!f.done()) {
                    f.cancel();
                }
            } else {
                settle(f, v, cause);
            }
        }));
        f.addCallback(() -> {
            if (f.cancelled()) {
                cf.cancel(false);
            }
        });
        return f;
    }

    /**
     * Hands {@code r} to the loop. An outcome that arrives after the loop closed has nobody left
     * to receive it and is dropped, instead of throwing into the producer's thread.
     */
    static void post(EventLoop loop, Runnable r) {
        if (loop.isClosed()) {
            return;
        }
        try {
            loop.callSoonThreadsafe(r);
        } catch (IllegalStateException closedMeanwhile) {
            // The loop closed between the check and the call: same as above.
        }
    }

    /** Completes {@code f} unless it is done already (a Mono signals onNext, then onComplete). */
    private static <T> void settle(Future<T> f, T value, Throwable error) {
        if (f.done()) {
            return;
        }
        if (error != null) {
            f.setException(error);
        } else {
            f.setResult(value);
        }
    }
}
