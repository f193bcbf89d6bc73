package dev.tauraro.asyncio;

import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * {@code asyncio.shield(aw)}: awaits something while protecting it from the awaiting task's
 * cancellation.
 *
 * <p>Follows CPython 3.11's {@code tasks.shield}: the inner work becomes a task (a future is used
 * as it is), and the caller awaits a separate outer future that mirrors the inner one's outcome.
 * Cancelling the caller cancels only the outer future, so the caller sees {@link CancelledError}
 * while the inner work keeps running to completion. If the inner work is cancelled by other
 * means, the caller is cancelled too. If the inner work is already done, it is awaited directly.
 * A Reactor cancel of the subscription only stops listening.
 */
final class Shield {
    private Shield() {
    }

    static <T> Mono<T> shield(Mono<T> aw) {
        Objects.requireNonNull(aw, "aw");
        return Mono.defer(() -> outer(EventLoop.running(), aw));
    }

    @SuppressWarnings("unchecked")
    static <T> Future<T> outer(EventLoop loop, Mono<T> aw) {
        Future<T> inner = (Future<T>) GatheringFuture.ensureFuture(loop, aw);
        if (inner.done()) {
            return inner;
        }
        Future<T> outer = inner.loop.createFuture();
        Runnable innerDone = () -> {
            if (outer.cancelled()) {
                return;
            }
            if (inner.cancelled()) {
                outer.cancel();
            } else {
                Throwable e = inner.exception();
                if (e != null) {
                    outer.setException(e);
                } else {
                    outer.setResult(inner.result());
                }
            }
        };
        inner.addCallback(innerDone);
        outer.addCallback(() -> {
            if (!inner.done()) {
                inner.removeCallback(innerDone);
            }
        });
        return outer;
    }
}
