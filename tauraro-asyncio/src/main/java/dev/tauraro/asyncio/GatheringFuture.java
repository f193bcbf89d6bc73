package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The outer future of {@code gather}: completes with the children's results in argument order.
 *
 * <p>Follows CPython 3.11's {@code gather}: without {@code returnExceptions} the first child to
 * fail (or be cancelled) fails the outer future at once, and the other children keep running.
 * With it, exceptions (and a {@link CancelledError} for each cancelled child) take their places in
 * the result list. Cancelling the outer future cancels every child; it then ends with
 * {@link CancelledError} once they have finished.
 *
 * <p>Python equivalent: {@code asyncio.tasks._GatheringFuture}. Differences from CPython: a Mono
 * passed twice runs twice (a cold Mono is not a coroutine object that could be shared), while the
 * same future passed twice is awaited once and fills both slots. Loop thread only.
 */
final class GatheringFuture extends Future<List<Object>> {
    private final Future<?>[] children;
    private final boolean returnExceptions;
    private int finished;
    private boolean cancelRequested;

    GatheringFuture(EventLoop loop, List<? extends Mono<?>> aws, boolean returnExceptions) {
        super(loop);
        this.returnExceptions = returnExceptions;
        int n = aws.size();
        children = new Future<?>[n];
        for (int i = 0; i < n; i++) {
            children[i] = ensureFuture(loop, aws.get(i));
        }
        if (n == 0) {
            complete(new ArrayList<>(0));
            return;
        }
        for (Future<?> child : children) {
            child.addCallback(new ChildDone(this, child));
        }
    }

    @SuppressWarnings("unchecked")
    static Future<?> ensureFuture(EventLoop loop, Mono<?> aw) {
        if (aw instanceof Future) {
            Future<?> f = (Future<?>) aw;
            if (f.loop != loop) {
                throw new IllegalArgumentException("future belongs to a different loop than the one specified as the loop argument");
            }
            return f;
        }
        return loop.createTask((Mono<Object>) aw);
    }

    private static final class ChildDone implements Runnable {
        private final GatheringFuture outer;
        private final Future<?> child;

        ChildDone(GatheringFuture outer, Future<?> child) {
            this.outer = outer;
            this.child = child;
        }

        @Override
        public void run() {
            outer.childDone(child);
        }
    }

    private void childDone(Future<?> child) {
        finished++;
        if (done()) {
            return;
        }
        if (!returnExceptions) {
            if (child.cancelled()) {
                fail(child.makeCancelledError());
                return;
            }
            Throwable e = child.exception();
            if (e != null) {
                fail(e);
                return;
            }
        }
        if (finished == children.length) {
            List<Object> results = new ArrayList<>(children.length);
            for (Future<?> f : children) {
                if (f.cancelled()) {
                    // CPython 3.11: CancelledError('' if fut._cancel_message is None else ...)
                    String msg = f.cancelMessage();
                    results.add(new CancelledError(msg == null ? "" : msg));
                } else {
                    Throwable e = f.exception();
                    results.add(e != null ? e : f.result());
                }
            }
            if (cancelRequested) {
                fail(child.makeCancelledError());
            } else {
                complete(results);
            }
        }
    }

    @Override
    public boolean cancel(String msg) {
        if (done()) {
            return false;
        }
        boolean any = false;
        for (Future<?> child : children) {
            if (child.cancel(msg)) {
                any = true;
            }
        }
        if (any) {
            cancelRequested = true;
        }
        return any;
    }
}
