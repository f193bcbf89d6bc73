package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Runs several main Monos, one after another, on one event loop, then shuts the loop down.
 *
 * <p>Python equivalent: {@code asyncio.Runner}. {@link Asyncio#run} is one {@link #run} on a fresh
 * runner followed by {@link #close()}.
 *
 * <pre>{@code
 * try (Runner runner = new Runner()) {
 *     runner.run(connect());
 *     runner.run(work());        // same loop: tasks and futures made by connect() still work
 * }
 * }</pre>
 *
 * <h2>Shutting down</h2>
 * {@link #close()} follows CPython's {@code asyncio.runners}: it cancels every task still
 * pending, runs the loop until they have all finished (so their {@code CancelledError} handlers
 * and cleanups run), reports those that failed otherwise to the loop's exception handler
 * ("unhandled exception during asyncio.run() shutdown"), waits for the default executor's jobs
 * ({@link EventLoop#shutdownDefaultExecutor()}) and closes the loop. A task created by main just
 * before main returned has its first step queued before main's completion stops the loop, so that
 * step runs before the task is cancelled, as in CPython.
 *
 * <h2>Thread-safety</h2>
 * Use a runner from one thread; {@link #run} blocks that thread while the loop runs in it.
 *
 * <h2>Differences from CPython</h2>
 * No SIGINT handler is installed (Ctrl-C ends the JVM as usual) and there are no contexts
 * ({@code contextvars}); there are no async generators to finalise in Java code.
 */
public final class Runner implements AutoCloseable {
    private enum State { CREATED, INITIALIZED, CLOSED }

    private final Supplier<EventLoop> loopFactory;
    private EventLoop loop;
    private State state = State.CREATED;

    /** A runner that makes its loop with {@link EventLoop#create()} on first use. */
    public Runner() {
        this(EventLoop::create);
    }

    /**
     * A runner whose loop {@code loopFactory} makes on first use (for example
     * {@link EventLoop#withVirtualTime()}). Python: {@code asyncio.Runner(loop_factory=...)}.
     */
    public Runner(Supplier<EventLoop> loopFactory) {
        this.loopFactory = Objects.requireNonNull(loopFactory, "loopFactory");
    }

    /**
     * Runs {@code main} as a task on the runner's loop until it completes, and returns its result
     * (or throws its exception). Python: {@code Runner.run(coro)}.
     *
     * @throws IllegalStateException "Runner.run() cannot be called from a running event loop", or
     *     "Runner is closed"
     */
    public <T> T run(Mono<T> main) {
        Objects.requireNonNull(main, "main");
        if (EventLoop.runningOrNull() != null) {
            throw new IllegalStateException("Runner.run() cannot be called from a running event loop");
        }
        EventLoop l = getLoop();
        return l.runUntilComplete(l.createTask(main));
    }

    /** The runner's loop, made now if need be. @throws IllegalStateException "Runner is closed" */
    public EventLoop getLoop() {
        if (state == State.CLOSED) {
            throw new IllegalStateException("Runner is closed");
        }
        if (state == State.CREATED) {
            loop = Objects.requireNonNull(loopFactory.get(), "the loop factory returned null");
            state = State.INITIALIZED;
        }
        return loop;
    }

    /** Cancels what is left, waits for the default executor and closes the loop (see the class doc). */
    @Override
    public void close() {
        if (state != State.INITIALIZED) {
            return;
        }
        try {
            shutdown(loop);
        } finally {
            loop = null;
            state = State.CLOSED;
        }
    }

    /** {@code asyncio.run}: {@code main} on {@code loop}, then the shutdown. */
    static <T> T run(Mono<T> main, EventLoop loop) {
        if (EventLoop.runningOrNull() != null) {
            throw new IllegalStateException("asyncio.run() cannot be called from a running event loop");
        }
        // Fail before the shutdown below, which would otherwise hide the reason under its own error.
        if (loop.isClosed()) {
            throw new IllegalStateException("Event loop is closed");
        }
        if (loop.isRunning()) {
            throw new IllegalStateException("This event loop is already running");
        }
        try {
            return loop.runUntilComplete(main);
        } finally {
            shutdown(loop);
        }
    }

    private static void shutdown(EventLoop loop) {
        try {
            cancelAllTasks(loop);
            loop.runUntilComplete(loop.shutdownDefaultExecutor());
        } finally {
            loop.close();
        }
    }

    /** CPython's {@code asyncio.runners._cancel_all_tasks}. */
    private static void cancelAllTasks(EventLoop loop) {
        Set<Task<?>> pending = loop.allTasks();
        if (pending.isEmpty()) {
            return;
        }
        List<Task<?>> tasks = new ArrayList<>(pending);
        for (Task<?> t : tasks) {
            t.cancel();
        }
        loop.runUntilComplete(new GatheringFuture(loop, tasks, true));
        for (Task<?> t : tasks) {
            if (!t.cancelled() && t.exception() != null) {
                loop.callExceptionHandler(new ExceptionContext("unhandled exception during asyncio.run() shutdown",
                        t.exception(), java.util.Map.of("task", t)));
            }
        }
    }

    @Override
    public String toString() {
        return "<Runner " + state.name().toLowerCase(java.util.Locale.ROOT) + ">";
    }
}
