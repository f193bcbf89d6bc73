package dev.tauraro.benchmarks;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * A FIFO executor drained by the thread that calls {@link #runUntil}: the plain-Reactor baseline's
 * "event loop", so that it does the same single-threaded hand-offs as an asyncio loop without
 * paying for cross-thread signalling.
 */
final class OneThreadExecutor implements Executor {
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs queued commands in FIFO order until {@code done} is true; fails if it starves. */
    void runUntil(java.util.function.BooleanSupplier done) {
        while (!done.getAsBoolean()) {
            Runnable r = queue.poll();
            if (r == null) {
                throw new IllegalStateException("nothing left to run, but the work is not done");
            }
            r.run();
        }
    }
}
