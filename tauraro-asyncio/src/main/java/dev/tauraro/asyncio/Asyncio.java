package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Python's {@code asyncio} module as static functions: the entry point of this library.
 *
 * <p>Python equivalent: the {@code asyncio} module ({@code asyncio.run}, {@code asyncio.gather},
 * {@code asyncio.sleep}, ...), each function under its camelCase name.
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

    /**
     * Suspends for {@code seconds} (zero or less: just yield), then yields {@code result} (none
     * when {@code null}). Python: {@code asyncio.sleep(seconds, result)}.
     *
     * @throws IllegalArgumentException if {@code seconds} is NaN
     */
    public static <T> Mono<T> sleep(double seconds, T result) {
        return new Sleep<>(EventLoop.secondsToNanos(seconds), result);
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

    // ---------------------------------------------------------------- composition

    /**
     * Awaits {@code body.apply(i)} for i = 0 .. n-1, each after the previous one completed; the
     * values are dropped. Python: {@code for i in range(n): await body(i)}.
     *
     * <pre>{@code
     * Mono<Void> producer = Asyncio.forRange(1000, i -> queue.put(i));
     * }</pre>
     *
     * <p>Like the Python loop it never yields to the event loop by itself: a body that completes
     * at once (a {@code put} into a queue with room) is followed at once by the next, and only a
     * body that waits lets other tasks run. The first failure (also a {@link CancelledError} of
     * the task, raised by the body it waits in) ends the loop with it; a {@code null} body is a
     * {@link NullPointerException}. Cancelling the subscription cancels the body it waits for.
     *
     * <p>Why not {@code Mono.defer(...).repeat(n - 1)}: on the loop's thread this costs no atomic
     * operation per iteration, where Reactor's {@code repeat} pays several (see
     * {@code ForLoop}); outside a running loop it is {@code Flux.range(0, n).concatMap(body, 0)}.
     */
    public static Mono<Void> forRange(int n, IntFunction<? extends Mono<?>> body) {
        return ForLoop.range(n, body);
    }

    /**
     * Awaits {@code body.apply(item)} for each item in order, each after the previous one
     * completed; the values are dropped. Python: {@code for item in items: await body(item)}.
     * Each subscription iterates {@code items} anew; otherwise as {@link #forRange}.
     */
    public static <T> Mono<Void> forEach(Iterable<? extends T> items, Function<? super T, ? extends Mono<?>> body) {
        return ForLoop.each(items, body);
    }

    /**
     * Awaits {@code aw} with a deadline. Python: {@code asyncio.wait_for(aw, timeout)}.
     *
     * <p>With a {@code null} timeout {@code aw} is simply awaited. Otherwise it runs as a task (a
     * future is used as it is); if the timeout passes first, that task is cancelled and waited
     * for, and then a {@link TimeoutError} (caused by its {@link CancelledError}) is raised — or,
     * if it swallowed the cancellation, its result is returned. A timeout of zero or less checks
     * at once. Cancelling the caller cancels {@code aw} as well.
     */
    public static <T> Mono<T> waitFor(Mono<T> aw, Duration timeout) {
        return WaitFor.waitFor(aw, timeout);
    }

    /** {@link #waitFor(Mono, Duration)} with the timeout in seconds. */
    public static <T> Mono<T> waitFor(Mono<T> aw, double timeoutSeconds) {
        return WaitFor.waitFor(aw, timeoutSeconds);
    }

    /**
     * Waits until every future in {@code fs} is done. Python: {@code asyncio.wait(fs)}.
     *
     * @see #wait(Collection, Duration, ReturnWhen)
     */
    public static <F extends Future<?>> Mono<WaitResult<F>> wait(Collection<? extends F> fs) {
        return Wait.wait(fs, null, ReturnWhen.ALL_COMPLETED);
    }

    /**
     * Waits until {@code returnWhen} is satisfied. Python:
     * {@code asyncio.wait(fs, return_when=...)}.
     *
     * @see #wait(Collection, Duration, ReturnWhen)
     */
    public static <F extends Future<?>> Mono<WaitResult<F>> wait(Collection<? extends F> fs, ReturnWhen returnWhen) {
        return Wait.wait(fs, null, returnWhen);
    }

    /**
     * Waits until {@code returnWhen} is satisfied or {@code timeout} passes ({@code null}: no
     * timeout), and yields the done and pending futures. It raises neither the futures' exceptions
     * nor {@link TimeoutError}, and cancels nothing. Python:
     * {@code asyncio.wait(fs, timeout=..., return_when=...)}.
     *
     * <p>Differences from CPython: only futures and tasks are accepted (3.11 still wraps coroutines,
     * with a deprecation warning); create tasks first. The result sets keep the argument order.
     *
     * @return the result, or {@link IllegalArgumentException} "Set of Tasks/Futures is empty." when
     *     {@code fs} is empty
     */
    public static <F extends Future<?>> Mono<WaitResult<F>> wait(Collection<? extends F> fs, Duration timeout,
            ReturnWhen returnWhen) {
        return Wait.wait(fs, timeout, returnWhen);
    }

    /**
     * Runs the Monos concurrently and emits their futures as they finish. Python:
     * {@code asyncio.as_completed(fs)}.
     *
     * @see #asCompleted(Collection, Duration)
     */
    public static <T> Flux<Future<T>> asCompleted(Collection<? extends Mono<T>> fs) {
        return AsCompleted.asCompleted(fs, null);
    }

    /**
     * Runs the Monos concurrently (as tasks; futures are used as they are) and emits their futures
     * in the order they finish; each emitted future is done, so awaiting it gives its result or
     * raises its exception at once. If {@code timeout} ({@code null}: none) passes first, the Flux
     * signals {@link TimeoutError} after the futures finished by then; nothing is cancelled.
     * Python: {@code asyncio.as_completed(fs, timeout=...)}.
     *
     * <pre>{@code
     * Asyncio.asCompleted(List.of(fetch("a"), fetch("b")))
     *        .concatMap(f -> f)          // the result of each, fastest first
     *        .collectList();
     * }</pre>
     *
     * <p>Slow consumers and the timeout: a consumer that awaits something per element (Python's
     * loop body doing {@code await process(f)}) must use {@code concatMapDelayError}, not
     * {@code concatMap}. Once the timeout has passed, the await for the element after the one
     * being processed fails at once, and plain {@code concatMap} passes that {@link TimeoutError}
     * on immediately, cancelling the processing of a future that finished before the timeout: its
     * result is lost. With {@code concatMapDelayError} every future that finished before the
     * timeout is processed in turn and the {@code TimeoutError} comes last, as in Python:
     * <pre>{@code
     * Asyncio.asCompleted(tasks, Duration.ofSeconds(2))
     *        .concatMapDelayError(f -> f.flatMap(this::process))   // not concatMap
     *        .onErrorResume(TimeoutError.class, e -> Mono.empty())
     *        .then();
     * }</pre>
     */
    public static <T> Flux<Future<T>> asCompleted(Collection<? extends Mono<T>> fs, Duration timeout) {
        return AsCompleted.asCompleted(fs, timeout);
    }

    /**
     * Awaits {@code aw} while protecting it from cancellation: cancelling the caller raises
     * {@link CancelledError} in the caller but lets {@code aw} (run as a task) finish. Python:
     * {@code asyncio.shield(aw)}.
     */
    public static <T> Mono<T> shield(Mono<T> aw) {
        return Shield.shield(aw);
    }

    /**
     * A timeout {@code delay} from now on the running loop ({@code null}: none), to be entered
     * with {@link Timeout#enter()} / {@link Timeout#exit(Throwable)} or {@link Timeout#run}.
     * Python: {@code asyncio.timeout(delay)}.
     */
    public static Timeout timeout(Duration delay) {
        return Timeout.after(delay);
    }

    /**
     * Runs {@code body} with a deadline {@code delay} after subscription ({@code null}: none): at
     * the deadline the task is cancelled and the body's {@link CancelledError} becomes
     * {@link TimeoutError}. Python: {@code async with asyncio.timeout(delay): return await body}.
     */
    public static <T> Mono<T> timeout(Duration delay, Mono<T> body) {
        Objects.requireNonNull(body, "body");
        return timeout(delay, t -> body);
    }

    /**
     * Like {@link #timeout(Duration, Mono)}, giving the body the {@link Timeout} so that it can
     * {@link Timeout#reschedule reschedule} it. Python:
     * {@code async with asyncio.timeout(delay) as t: ...}.
     */
    public static <T> Mono<T> timeout(Duration delay, Function<? super Timeout, ? extends Mono<T>> body) {
        Objects.requireNonNull(body, "body");
        return Mono.defer(() -> Timeout.after(delay).run(body));
    }

    /**
     * A timeout at loop time {@code when} ({@code null}: none). Python:
     * {@code asyncio.timeout_at(when)}.
     */
    public static Timeout timeoutAt(Double when) {
        return Timeout.at(when);
    }

    /**
     * Runs {@code body} with a deadline at loop time {@code when}. Python:
     * {@code async with asyncio.timeout_at(when): return await body}.
     */
    public static <T> Mono<T> timeoutAt(double when, Mono<T> body) {
        Objects.requireNonNull(body, "body");
        return timeoutAt(when, t -> body);
    }

    /**
     * Like {@link #timeoutAt(double, Mono)}, giving the body the {@link Timeout}. Python:
     * {@code async with asyncio.timeout_at(when) as t: ...}.
     */
    public static <T> Mono<T> timeoutAt(double when, Function<? super Timeout, ? extends Mono<T>> body) {
        Objects.requireNonNull(body, "body");
        return Mono.defer(() -> Timeout.at(when).run(body));
    }

    /**
     * Runs {@code body} in a new {@link TaskGroup}: once the body's Mono completes, waits for every
     * task it created in the group; the first failure cancels the others and the body, and the
     * group then raises an {@link ExceptionGroup} of all failures. Python:
     * {@code async with asyncio.TaskGroup() as tg: ...}.
     */
    public static <T> Mono<T> taskGroup(Function<? super TaskGroup, ? extends Mono<T>> body) {
        Objects.requireNonNull(body, "body");
        return Mono.defer(() -> new TaskGroup().run(body));
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

    // ---------------------------------------------------------------- streams

    /**
     * Connects to {@code host:port} over TCP and yields the connection's reader and writer.
     * Python: {@code asyncio.open_connection(host, port)}.
     *
     * @return the pair; or {@link java.net.ConnectException} "Connect call failed ('127.0.0.1',
     *     8888)" when nothing listens there
     * @see StreamReader
     * @see StreamWriter
     */
    public static Mono<StreamPair> openConnection(String host, int port) {
        return StreamSockets.openConnection(host, port, StreamOptions.DEFAULTS);
    }

    /**
     * {@link #openConnection(String, int)} with options: the reader's limit, TLS.
     * Python: {@code asyncio.open_connection(host, port, limit=..., ssl=..., server_hostname=...)}.
     */
    public static Mono<StreamPair> openConnection(String host, int port, StreamOptions options) {
        return StreamSockets.openConnection(host, port, options);
    }

    /**
     * Listens on {@code host:port} (loopback when {@code host} is null; port 0 picks a free one)
     * and calls {@code callback} with each connection's reader and writer; the Mono it returns
     * runs as a task. Python: {@code asyncio.start_server(client_connected_cb, host, port)}.
     *
     * @see Server
     */
    public static Mono<Server> startServer(
            BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback, String host, int port) {
        return StreamSockets.startServer(callback, host, port, StreamOptions.DEFAULTS);
    }

    /** {@link #startServer(BiFunction, String, int)} with options: limit, TLS, backlog. */
    public static Mono<Server> startServer(
            BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback, String host, int port,
            StreamOptions options) {
        return StreamSockets.startServer(callback, host, port, options);
    }

    /**
     * Connects to the Unix-domain socket at {@code path} and yields the connection's reader and
     * writer. Python: {@code asyncio.open_unix_connection(path)}.
     *
     * @return the pair; or {@link java.nio.file.NoSuchFileException} when nothing is at
     *     {@code path}, {@link java.net.ConnectException} "Connection refused" when nothing listens
     */
    public static Mono<StreamPair> openUnixConnection(String path) {
        return StreamSockets.openUnixConnection(path, StreamOptions.DEFAULTS);
    }

    /** {@link #openUnixConnection(String)} with options: the reader's limit, TLS. */
    public static Mono<StreamPair> openUnixConnection(String path, StreamOptions options) {
        return StreamSockets.openUnixConnection(path, options);
    }

    /**
     * Listens on the Unix-domain socket {@code path} (a socket file left there by an earlier
     * server is replaced) and calls {@code callback} with each connection's reader and writer.
     * Python: {@code asyncio.start_unix_server(client_connected_cb, path)}.
     */
    public static Mono<Server> startUnixServer(
            BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback, String path) {
        return StreamSockets.startUnixServer(callback, path, StreamOptions.DEFAULTS);
    }

    /** {@link #startUnixServer(BiFunction, String)} with options: limit, TLS, backlog. */
    public static Mono<Server> startUnixServer(
            BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback, String path,
            StreamOptions options) {
        return StreamSockets.startUnixServer(callback, path, options);
    }

    // ---------------------------------------------------------------- transports and protocols

    /**
     * Connects to {@code host:port} over TCP and attaches a protocol made by {@code factory} (on
     * the loop, once connected) to the new {@link Transport}. Python:
     * {@code loop.create_connection(protocol_factory, host, port)}, whose {@code (transport,
     * protocol)} pair is the transport and its {@link Transport#getProtocol()}.
     *
     * @return the transport, its protocol already told {@code connectionMade}; or
     *     {@link java.net.ConnectException} "Connect call failed ('127.0.0.1', 8888)"
     * @see Protocol
     */
    public static Mono<Transport> createConnection(Supplier<? extends Protocol> factory, String host, int port) {
        return StreamSockets.createConnection(factory, host, port, StreamOptions.DEFAULTS);
    }

    /** {@link #createConnection(Supplier, String, int)} with options (TLS; the limit is unused). */
    public static Mono<Transport> createConnection(Supplier<? extends Protocol> factory, String host, int port,
                                                   StreamOptions options) {
        return StreamSockets.createConnection(factory, host, port, options);
    }

    /**
     * Listens on {@code host:port} (loopback when {@code host} is null; port 0 picks a free one);
     * each accepted connection gets a protocol made by {@code factory}. Python:
     * {@code loop.create_server(protocol_factory, host, port)}.
     */
    public static Mono<Server> createServer(Supplier<? extends Protocol> factory, String host, int port) {
        return StreamSockets.createServer(factory, host, port, StreamOptions.DEFAULTS);
    }

    /** {@link #createServer(Supplier, String, int)} with options: TLS, backlog. */
    public static Mono<Server> createServer(Supplier<? extends Protocol> factory, String host, int port,
                                            StreamOptions options) {
        return StreamSockets.createServer(factory, host, port, options);
    }

    /** {@link #createConnection(Supplier, String, int)} to a Unix-domain socket. Python: {@code loop.create_unix_connection}. */
    public static Mono<Transport> createUnixConnection(Supplier<? extends Protocol> factory, String path,
                                                       StreamOptions options) {
        return StreamSockets.createUnixConnection(factory, path, options);
    }

    /** {@link #createServer(Supplier, String, int)} on a Unix-domain socket. Python: {@code loop.create_unix_server}. */
    public static Mono<Server> createUnixServer(Supplier<? extends Protocol> factory, String path,
                                                StreamOptions options) {
        return StreamSockets.createUnixServer(factory, path, options);
    }

    /**
     * Opens a UDP endpoint bound to {@code localAddr} (loopback, any free port, when null) or,
     * with {@code remoteAddr}, connected to that peer, and attaches a protocol made by
     * {@code factory}. Python: {@code loop.create_datagram_endpoint(protocol_factory,
     * local_addr=..., remote_addr=...)}.
     *
     * @return the transport, its protocol already told {@code connectionMade}
     * @see DatagramProtocol
     */
    public static Mono<DatagramTransport> createDatagramEndpoint(Supplier<? extends DatagramProtocol> factory,
            java.net.InetSocketAddress localAddr, java.net.InetSocketAddress remoteAddr) {
        return DatagramSockets.createEndpoint(factory, localAddr, remoteAddr);
    }

    // ---------------------------------------------------------------- subprocesses

    /**
     * Starts {@code program} with {@code args} (no shell) and yields the running process.
     * Python: {@code asyncio.create_subprocess_exec(program, *args, stdin=..., stdout=..., stderr=...)}.
     *
     * @return the process; or {@link java.io.IOException} when the program cannot be started
     *     ("Cannot run program ...: error=2, No such file or directory")
     * @see Subprocess
     */
    public static Mono<Subprocess> createSubprocessExec(String program, List<String> args, SubprocessOptions options) {
        List<String> cmd = new java.util.ArrayList<>(args.size() + 1);
        cmd.add(Objects.requireNonNull(program, "program"));
        cmd.addAll(args);
        return Subprocess.start(cmd, options);
    }

    /**
     * Runs {@code cmd} with {@code /bin/sh -c}. Python: {@code asyncio.create_subprocess_shell(cmd, ...)}.
     */
    public static Mono<Subprocess> createSubprocessShell(String cmd, SubprocessOptions options) {
        return Subprocess.start(List.of("/bin/sh", "-c", Objects.requireNonNull(cmd, "cmd")), options);
    }
}
