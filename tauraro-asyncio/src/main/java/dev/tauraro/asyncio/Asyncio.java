package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import reactor.core.publisher.Mono;

/**
 * Python's {@code asyncio} module as static functions: the entry point of this library.
 *
 * <pre>{@code
 * Mono<String> fetch(String url) {
 *     return Asyncio.sleep(Duration.ofSeconds(1)).thenReturn("Data from " + url);
 * }
 *
 * List<String> results = Asyncio.run(Asyncio.gather(fetch("url1"), fetch("url2"), fetch("url3")));
 * }</pre>
 *
 * <p>Every asynchronous operation returns a cold {@link Mono}: nothing happens until it is
 * subscribed, which is what awaiting means here (inside a task, chain with {@code flatMap},
 * {@code then}, ...). {@link #createTask} is the exception: like Python's, it schedules at once.
 * Everything runs on the loop's thread, so code between two awaits never races with other tasks.
 *
 * <p>This class only delegates; each operation's semantics are documented on the class that
 * implements it.
 */
public final class Asyncio {
    private Asyncio() {
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs {@code main} on a new event loop in the calling thread, then cancels the tasks still
     * pending, closes the loop and returns the result (or throws the exception) of {@code main}.
     * Python: {@code asyncio.run(main)}.
     *
     * @throws IllegalStateException "asyncio.run() cannot be called from a running event loop"
     */
    public static <T> T run(Mono<T> main) {
        return Runner.run(main, EventLoop.create());
    }

    /** Like {@link #run(Mono)} on the given fresh loop, e.g. {@link EventLoop#withVirtualTime()}. */
    public static <T> T run(Mono<T> main, EventLoop loop) {
        return Runner.run(main, loop);
    }

    /** The loop running in this thread. Python: {@code asyncio.get_running_loop()}. */
    public static EventLoop getRunningLoop() {
        return EventLoop.running();
    }

    // ---------------------------------------------------------------- tasks

    /** Schedules {@code coro} as a task on the running loop. Python: {@code asyncio.create_task}. */
    public static <T> Task<T> createTask(Mono<T> coro) {
        return EventLoop.running().createTask(coro);
    }

    /** Like {@link #createTask(Mono)}, with a name. */
    public static <T> Task<T> createTask(Mono<T> coro, String name) {
        return EventLoop.running().createTask(coro, name);
    }

    /** The running task, or null outside tasks. Python: {@code asyncio.current_task()}. */
    public static Task<?> currentTask() {
        return EventLoop.running().currentTask();
    }

    /** The running loop's unfinished tasks. Python: {@code asyncio.all_tasks()}. */
    public static Set<Task<?>> allTasks() {
        return EventLoop.running().allTasks();
    }

    // ---------------------------------------------------------------- sleeping

    /** Suspends for {@code delay} (zero or less: just yield). Python: {@code asyncio.sleep}. */
    public static Mono<Void> sleep(Duration delay) {
        return new Sleep<>(delay.toNanos(), null);
    }

    /** Suspends for {@code seconds}. Python: {@code asyncio.sleep(seconds)}. */
    public static Mono<Void> sleep(double seconds) {
        return new Sleep<>(EventLoop.secondsToNanos(seconds), null);
    }

    /** Suspends for {@code delay}, then yields {@code result}. Python: {@code asyncio.sleep(d, result)}. */
    public static <T> Mono<T> sleep(Duration delay, T result) {
        return new Sleep<>(delay.toNanos(), result);
    }

    // ---------------------------------------------------------------- gather

    /**
     * Runs the Monos concurrently as tasks and yields their results in argument order; the first
     * failure propagates without cancelling the others. Python: {@code asyncio.gather(*aws)}.
     *
     * @see GatheringFuture
     */
    @SafeVarargs
    public static <T> Mono<List<T>> gather(Mono<? extends T>... aws) {
        return gather(Arrays.asList(aws));
    }

    /** {@link #gather(Mono[])} over a list. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Mono<List<T>> gather(List<? extends Mono<? extends T>> aws) {
        List<Mono<?>> copy = new ArrayList<>(aws);
        return (Mono) Mono.defer(() -> new GatheringFuture(EventLoop.running(), copy, false).owned());
    }

    /**
     * Like {@link #gather(List)}; with {@code returnExceptions} each failure (or
     * {@link CancelledError}) is placed in the result list instead of propagating. Python:
     * {@code asyncio.gather(*aws, return_exceptions=True)}.
     */
    public static Mono<List<Object>> gather(boolean returnExceptions, List<? extends Mono<?>> aws) {
        List<Mono<?>> copy = new ArrayList<>(aws);
        return Mono.defer(() -> new GatheringFuture(EventLoop.running(), copy, returnExceptions).owned());
    }

    /** Varargs form of {@link #gather(boolean, List)}. */
    public static Mono<List<Object>> gather(boolean returnExceptions, Mono<?>... aws) {
        return gather(returnExceptions, Arrays.asList(aws));
    }

    /**
     * Eager gather, exactly as Python's: the children become tasks now and the returned future
     * completes with the results. For bindings that need Python's call-time behaviour.
     */
    public static Future<List<Object>> gatherFuture(boolean returnExceptions, List<? extends Mono<?>> aws) {
        return new GatheringFuture(EventLoop.running(), aws, returnExceptions);
    }

    // ---------------------------------------------------------------- threads and interop

    /**
     * Runs {@code fn} on {@code executor} (the loop's default executor when null) and resumes on
     * the loop. Python: {@code loop.run_in_executor(executor, fn)}.
     */
    public static <T> Mono<T> runInExecutor(Executor executor, Callable<? extends T> fn) {
        Objects.requireNonNull(fn, "fn");
        return Mono.defer(() -> EventLoop.running().runInExecutor(executor, fn));
    }

    /** Runs {@code fn} in the default executor's thread. Python: {@code asyncio.to_thread}. */
    public static <T> Mono<T> toThread(Callable<? extends T> fn) {
        return runInExecutor(null, fn);
    }

    /**
     * Awaits a Mono that completes on other threads (a Reactor Netty call, a {@code Mono.delay}),
     * resuming on the loop and making it cancellable like any other await. Cancelling disposes
     * the source.
     */
    public static <T> Mono<T> await(Mono<T> source) {
        Objects.requireNonNull(source, "source");
        return Mono.defer(() -> Bridge.fromMono(EventLoop.running(), source).owned());
    }

    /**
     * A future of the running loop mirroring {@code cf}; cancelling it cancels {@code cf}.
     * Python: {@code asyncio.wrap_future}.
     */
    public static <T> Future<T> wrapFuture(CompletableFuture<T> cf) {
        Objects.requireNonNull(cf, "cf");
        return Bridge.fromCompletableFuture(EventLoop.running(), cf);
    }
}
