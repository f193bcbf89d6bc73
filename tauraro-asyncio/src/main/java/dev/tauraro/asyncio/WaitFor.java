package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;

/**
 * {@code asyncio.wait_for(aw, timeout)}: awaits one Mono or future with a deadline.
 *
 * <p>Follows CPython 3.11's {@code tasks.wait_for} step by step:
 * <ul>
 *   <li>No timeout ({@code null}): the Mono is simply awaited in place.
 *   <li>Timeout of zero or less: the Mono becomes a task (a future is used as it is); if that is
 *       already done its outcome is returned, otherwise it is cancelled, waited for, and its
 *       outcome returned — a cancelled outcome becomes {@link TimeoutError}.
 *   <li>Positive timeout: the inner work runs as a task while the caller waits on a private waiter
 *       future released either by the inner work finishing or by the timer. On timeout the inner
 *       work is cancelled and the caller WAITS for it to finish (it may take time to clean up),
 *       then returns its outcome: a {@link TimeoutError} whose cause is the inner
 *       {@link CancelledError} if it ended cancelled, its value if it swallowed the cancellation,
 *       or its own exception if it raised another one.
 * </ul>
 *
 * <p>Cancelling the waiting task cancels the inner work too, waits for it, and raises the
 * {@link CancelledError} — unless the inner work is already done, in which case its outcome is
 * returned (as CPython 3.11 does). A Reactor cancel of the subscription cancels the inner work
 * without waiting.
 */
final class WaitFor {
    private WaitFor() {
    }

    static <T> Mono<T> waitFor(Mono<T> aw, Duration timeout) {
        Objects.requireNonNull(aw, "aw");
        if (timeout == null) {
            return aw;
        }
        return Mono.defer(() -> start(EventLoop.running(), aw, timeout.toNanos()));
    }

    static <T> Mono<T> waitFor(Mono<T> aw, double seconds) {
        Objects.requireNonNull(aw, "aw");
        long nanos = EventLoop.secondsToNanos(seconds);
        return Mono.defer(() -> start(EventLoop.running(), aw, nanos));
    }

    @SuppressWarnings("unchecked")
    private static <T> Mono<T> start(EventLoop loop, Mono<T> aw, long nanos) {
        if (nanos <= 0) {
            Future<T> fut = (Future<T>) GatheringFuture.ensureFuture(loop, aw);
            if (fut.done()) {
                return fut;
            }
            return cancelAndWait(loop, fut)
                    .then(Mono.defer(() -> resultOrTimeout(fut)))
                    .doOnCancel(fut::cancel);
        }
        Future<T> fut = (Future<T>) GatheringFuture.ensureFuture(loop, aw);
        Future<Boolean> waiter = loop.createFuture();
        TimerHandle timeoutHandle = loop.callAtNanos(loop.nanoTime() + nanos, () -> release(waiter));
        Runnable cb = () -> release(waiter);
        fut.addCallback(cb);
        return waiter.materialize()
                .flatMap(signal -> signal.isOnError()
                        ? onWaitCancelled(loop, fut, cb, signal)
                        : onWaiterReleased(loop, fut, cb))
                .doFinally(s -> timeoutHandle.cancel())
                .doOnCancel(() -> {
                    fut.removeCallback(cb);
                    fut.cancel();
                });
    }

    /** The waiter was released: by the inner work finishing, or by the timer. */
    private static <T> Mono<T> onWaiterReleased(EventLoop loop, Future<T> fut, Runnable cb) {
        if (fut.done()) {
            return fut;
        }
        fut.removeCallback(cb);
        // The inner work must not be running once waitFor returns (bpo-32751).
        return cancelAndWait(loop, fut).then(Mono.defer(() -> resultOrTimeout(fut)));
    }

    /** The waiting task itself was cancelled while it waited. */
    private static <T> Mono<T> onWaitCancelled(EventLoop loop, Future<T> fut, Runnable cb,
            Signal<Boolean> signal) {
        if (fut.done()) {
            return fut;
        }
        fut.removeCallback(cb);
        return cancelAndWait(loop, fut).then(Mono.error(signal.getThrowable()));
    }

    /** The inner outcome, with a cancellation turned into TimeoutError (bpo-40607). */
    private static <T> Mono<T> resultOrTimeout(Future<T> fut) {
        if (fut.cancelled()) {
            return Mono.error(new TimeoutError(null, fut.makeCancelledError()));
        }
        return fut;
    }

    /**
     * CPython's {@code _cancel_and_wait}: cancels {@code fut} and waits until it is done. It waits on
     * a private waiter rather than on {@code fut} itself so that cancelling the caller cancels only
     * the wait, never {@code fut} a second time.
     */
    static Mono<Void> cancelAndWait(EventLoop loop, Future<?> fut) {
        return Mono.defer(() -> {
            Future<Boolean> waiter = loop.createFuture();
            Runnable cb = () -> release(waiter);
            fut.addCallback(cb);
            fut.cancel();
            return waiter.then().doFinally(s -> fut.removeCallback(cb));
        });
    }

    /** CPython's {@code _release_waiter}. */
    static void release(Future<Boolean> waiter) {
        if (!waiter.done()) {
            waiter.setResult(Boolean.TRUE);
        }
    }
}
