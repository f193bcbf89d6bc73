package dev.tauraro.multiprocessing;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.EventLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * A pool of worker threads that run functions over data in parallel.
 *
 * <p>Python equivalent: {@code multiprocessing.Pool}.
 *
 * <pre>{@code
 * try (Pool pool = new Pool()) {                 // Python: with multiprocessing.Pool() as pool:
 *     List<Long> results = pool.map(Example::cpuIntensive, List.of(1_000_000, 2_000_000, 3_000_000));
 *     System.out.println(results);
 * }
 * }</pre>
 *
 * <h2>Work</h2>
 * {@link #map} splits its input into chunks (by default CPython's size: the length divided by four
 * times the number of workers, rounded up) and returns the results in input order;
 * {@link #starmap} unpacks pairs into a two-argument function; {@link #apply} runs one call.
 * Each has an {@code ...Async} form returning an {@link AsyncResult}, optionally with a callback
 * and an error callback. {@link #imap} and {@link #imapUnordered} return iterators that yield
 * results as they arrive (chunks of one item by default) and read the input lazily.
 *
 * <h2>Reactive and asyncio forms</h2>
 * {@link #applyMono} and {@link #mapMono} are cold Monos; {@link #mapFlux} (input order) and
 * {@link #mapUnorderedFlux} (completion order) are cold Fluxes. Each subscription submits the work
 * anew. Subscribed inside an asyncio task, they complete on that task's event loop, so asyncio
 * code can await pool work without blocking the loop:
 *
 * <pre>{@code
 * long n = Asyncio.run(pool.applyMono(() -> cpuIntensive(3_000_000))
 *         .flatMap(v -> Asyncio.sleep(Duration.ofMillis(100), v)));   // back on the loop
 * }</pre>
 *
 * A pool is also an {@link Executor}, so {@code Asyncio.runInExecutor(pool, fn)} works as
 * Python's {@code await loop.run_in_executor(executor, fn)} does.
 *
 * Cancelling the awaiting task (or the Mono's {@code CompletableFuture}) drops an apply that no
 * worker has started; cancelling a Flux stops the pool from starting more of its chunks. A null
 * result is an empty Mono, and fails a Flux with {@link NullPointerException}.
 *
 * <h2>Failures</h2>
 * An exception raised by the function reaches the caller: {@code map} and {@code get()} throw it
 * (the very object the worker threw, so its stack trace is the worker side; checked exceptions
 * are wrapped in {@link CompletionException}). As in CPython a map fails with the first exception
 * reported once all its chunks have finished (a {@link BrokenPoolError} outranks the others),
 * and the rest of a failed chunk is not computed. An
 * {@link Error} escaping a task (a {@link StackOverflowError}, an {@link OutOfMemoryError}, ...)
 * kills its worker: the work it was running fails with {@link BrokenPoolError} (cause: the
 * error), and a new worker takes its place. A failing initializer breaks the pool: everything
 * pending fails with {@link BrokenPoolError}, as does any later submission. A caller never waits
 * forever on a dead worker.
 *
 * <h2>Life cycle</h2>
 * {@link #shutdown()} (Python's {@code close()}) stops new submissions and lets the queued work
 * finish; {@link #terminate()} stops at once, interrupting running tasks and failing every pending
 * result with {@link BrokenPoolError}; {@link #join()} waits for the workers to exit after
 * either. {@link #close()}, used by try-with-resources, is {@link #terminate()}, exactly like
 * Python's {@code with Pool() as pool:}. Any submission after shutdown or terminate throws
 * {@link IllegalStateException} "Pool not running". Always end a pool one of these ways: idle
 * workers otherwise wait for work for as long as the JVM runs (they are daemon threads, so they
 * never keep it alive).
 *
 * <h2>Fairness</h2>
 * Work is started in submission order: no chunk of a later call starts while an earlier call
 * still has chunks waiting. Within a {@code map}, {@code starmap} or their async forms half the
 * workers take chunks from the front of the input and half from the back, which finishes uneven
 * chunks sooner than one queue ({@code [1e6, 2e6, 3e6]} on two workers runs as
 * {@code 1e6 + 2e6 | 3e6}); the iterators and Fluxes hand out chunks in input order.
 *
 * <h2>Thread-safety</h2>
 * Every method may be called from any thread. The blocking ones ({@code map}, {@code apply},
 * {@code starmap}, the iterators, {@code join}) must not be called on an event loop thread: use
 * the Mono and Flux forms there.
 *
 * <h2>Differences from CPython</h2>
 * Workers are daemon Java threads of this JVM ({@code ForkPoolWorker-N}), not processes: they run
 * in parallel (there is no GIL) and share memory. Nothing is pickled: arguments and results are
 * shared references, so the function must be thread-safe and must not mutate its inputs unless
 * that is intended; lambdas and unpicklable objects work. Python's {@code close()} is
 * {@link #shutdown()} here, because Java's {@code close()} is what try-with-resources calls.
 * Threads cannot be killed, so {@link #terminate()} interrupts them and returns without waiting;
 * a task that ignores interrupts runs on until it finishes, and {@link #join()} waits for it.
 * Results of terminated work fail with {@link BrokenPoolError} where CPython's would hang. A
 * {@code chunksize} below 1 is rejected for every method (CPython accepts 0 in {@code map} and
 * returns a list of {@code None}). The iterators' input is read by the workers as they take
 * chunks, not by a feeder thread; as in CPython, an iterator that is abandoned still has its whole
 * input computed (terminate the pool to stop an endless one), while a cancelled Flux stops.
 * Callbacks run on the worker that finished the work, not on a single result-handler thread. Blocking calls interrupted in the waiting thread throw
 * {@link CompletionException} caused by the {@link InterruptedException}, with the flag restored.
 */
public final class Pool implements AutoCloseable, Executor {
    private enum State { RUN, CLOSE, TERMINATE }

    private final int processes;
    private final Runnable initializer;
    private final int maxTasksPerChild;
    /** Runs the claimed work: in the worker thread, or elsewhere (see {@link TaskRunner}). */
    final TaskRunner runner;
    /** {@code runner.chunksPerClaim()}, read once: every claim of a map asks for it. */
    final int chunksPerClaim;
    /** Set once the runner has been closed (the last worker exited after shutdown or terminate). */
    private boolean runnerClosed;
    /** The process that created the pool: the parent of its workers. */
    private final Process owner;

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a job is queued or the state changes (workers wait here when idle). */
    private final Condition workAvailable = lock.newCondition();
    /** Signalled when the last worker exits. */
    private final Condition workersExited = lock.newCondition();
    /** Jobs with chunks left to claim, oldest first (guarded by lock). */
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    /** Live workers (guarded by lock). */
    private final Set<Worker> workers = new HashSet<>();
    /**
     * Workers that left {@link #workers} but whose thread may still be finishing (a worker leaves
     * the set from inside its own loop): {@link #join()} joins them, as CPython joins its worker
     * processes. Pruned of finished ones as it grows, so it stays small.
     */
    private final List<Worker> exiting = new ArrayList<>();
    /** Workers waiting for a job (guarded by lock). */
    private int idle;
    /** Jobs whose outcome is not final yet: what terminate and a broken pool must fail. */
    private final Set<Job> outstanding = ConcurrentHashMap.newKeySet();
    private volatile State state = State.RUN;
    /** The initializer failure that broke the pool, or null. */
    private volatile Throwable broken;

    /** A pool with one worker per available processor. Python: {@code Pool()}. */
    public Pool() {
        this(builder());
    }

    /**
     * A pool with {@code processes} workers. Python: {@code Pool(processes)}.
     *
     * @throws IllegalArgumentException "Number of processes must be at least 1"
     */
    public Pool(int processes) {
        this(builder().processes(processes));
    }

    private Pool(Builder b) {
        this.processes = b.processes > 0 ? b.processes : Multiprocessing.cpuCount();
        this.initializer = b.initializer;
        this.maxTasksPerChild = b.maxTasksPerChild;
        this.runner = b.runner;
        this.chunksPerClaim = Math.max(1, b.runner.chunksPerClaim());
        this.owner = Process.current();
        lock.lock();
        try {
            int threads = (int) Math.min(Integer.MAX_VALUE, (long) processes * Math.max(1, runner.workersPerProcess()));
            for (int i = 0; i < threads; i++) {
                spawnWorker(i);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A builder for a pool with an initializer or a task limit per worker. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures a {@link Pool}: Python's keyword arguments {@code processes}, {@code initializer},
     * {@code initargs} and {@code maxtasksperchild}.
     *
     * <pre>{@code
     * Pool pool = Pool.builder().processes(4).initializer(Db::connect).maxTasksPerChild(100).build();
     * }</pre>
     */
    public static final class Builder {
        private int processes;
        private Runnable initializer;
        private int maxTasksPerChild;
        private TaskRunner runner = LocalRunner.INSTANCE;

        private Builder() {
        }

        /**
         * The number of workers (default: {@link Multiprocessing#cpuCount()}).
         *
         * @throws IllegalArgumentException "Number of processes must be at least 1"
         */
        public Builder processes(int processes) {
            if (processes < 1) {
                throw new IllegalArgumentException("Number of processes must be at least 1");
            }
            this.processes = processes;
            return this;
        }

        /** Runs {@code initializer} once in each worker, before it takes any work (null: none). */
        public Builder initializer(Runnable initializer) {
            this.initializer = initializer;
            return this;
        }

        /**
         * Runs {@code initializer.accept(initarg)} once in each worker, before it takes any work.
         * Python: {@code initializer=f, initargs=(arg,)}; for several arguments capture them in a
         * {@link Runnable}.
         */
        public <A> Builder initializer(Consumer<? super A> initializer, A initarg) {
            Objects.requireNonNull(initializer, "initializer");
            this.initializer = () -> initializer.accept(initarg);
            return this;
        }

        /**
         * Replaces each worker with a fresh one after it has run {@code n} tasks (a task is one
         * chunk of a map, or one apply). Python: {@code maxtasksperchild}.
         *
         * @throws IllegalArgumentException "maxtasksperchild must be a positive int or None"
         */
        public Builder maxTasksPerChild(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxtasksperchild must be a positive int or None");
            }
            this.maxTasksPerChild = n;
            return this;
        }

        /**
         * Where the workers run the work they claim (default: in the worker thread itself). The
         * pool closes the runner once it has stopped and its last worker has exited. Used by
         * {@code tauraro-multiprocessing-hazelcast} to run a pool's work on a cluster.
         */
        public Builder runner(TaskRunner runner) {
            this.runner = Objects.requireNonNull(runner, "runner");
            return this;
        }

        /** Starts the pool's workers. */
        public Pool build() {
            return new Pool(this);
        }
    }

    /** The number of workers. */
    public int processes() {
        return processes;
    }

    // ---------------------------------------------------------------- apply

    /** Runs {@code fn} on a worker and returns its result. Python: {@code apply(fn)}. */
    public <R> R apply(Callable<? extends R> fn) {
        return this.<R>applyAsync(fn).get();
    }

    /** Runs {@code fn} on a worker. Python: {@code apply_async(fn)}. */
    public <R> AsyncResult<R> applyAsync(Callable<? extends R> fn) {
        return applyAsync(fn, null, null);
    }

    /**
     * Runs {@code fn} on a worker; {@code callback} receives the value, or {@code errorCallback}
     * the exception, on the worker, before the result is ready. Either may be null. Python:
     * {@code apply_async(fn, callback=..., error_callback=...)}.
     */
    public <R> AsyncResult<R> applyAsync(Callable<? extends R> fn, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        Objects.requireNonNull(fn, "fn");
        AsyncResult<R> result = new AsyncResult<>("ApplyResult", callback, errorCallback);
        submit(new ApplyJob<R>(this, fn, result));
        return result;
    }

    /**
     * A cold Mono that runs {@code fn} on a worker when subscribed. Inside an asyncio task it
     * completes on the task's loop and cancelling the task drops the call if it has not started.
     */
    public <R> Mono<R> applyMono(Callable<? extends R> fn) {
        Objects.requireNonNull(fn, "fn");
        return Mono.defer(() -> bridge(this.<R>applyAsync(fn)));
    }

    /**
     * Runs {@code task} on a worker: the pool as a plain {@link Executor}, which is what lets
     * asyncio code hand it work with {@code Asyncio.runInExecutor(pool, fn)} (Python:
     * {@code await loop.run_in_executor(executor, fn)}). An exception escaping {@code task} goes
     * to the worker thread's uncaught-exception handler, as with {@link
     * java.util.concurrent.ThreadPoolExecutor}, rather than vanishing.
     *
     * @throws RejectedExecutionException "Pool not running" once the pool is shut down or terminated
     */
    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        try {
            applyAsync(() -> {
                task.run();
                return null;
            }, null, e -> {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            });
        } catch (IllegalStateException e) {
            throw new RejectedExecutionException(e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- map

    /**
     * Applies {@code fn} to every item, in parallel, and returns the results in input order.
     * Python: {@code map(fn, iterable)}.
     */
    public <T, R> List<R> map(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return this.<T, R>mapAsync(fn, iterable).get();
    }

    /** Like {@link #map(Function, Iterable)} with chunks of {@code chunksize} items. */
    public <T, R> List<R> map(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return this.<T, R>mapAsync(fn, iterable, chunksize).get();
    }

    /** Python: {@code map_async(fn, iterable)}. */
    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, ? extends R> fn,
            Iterable<? extends T> iterable) {
        return mapAsync(fn, iterable, 0, null, null);
    }

    /**
     * Python: {@code map_async(fn, iterable, chunksize)}.
     *
     * @throws IllegalArgumentException "Chunksize must be 1+, not N"
     */
    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, int chunksize) {
        return mapAsync(fn, iterable, checkChunksize(chunksize), null, null);
    }

    /** Python: {@code map_async(fn, iterable, callback=..., error_callback=...)}. */
    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, Consumer<? super List<R>> callback,
            Consumer<? super Throwable> errorCallback) {
        return mapAsync(fn, iterable, 0, callback, errorCallback);
    }

    /**
     * Python: {@code map_async(fn, iterable, chunksize, callback, error_callback)}; the callbacks
     * may be null.
     *
     * @throws IllegalArgumentException "Chunksize must be 1+, not N" (0 here means the default)
     */
    public <T, R> AsyncResult<List<R>> mapAsync(Function<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, int chunksize, Consumer<? super List<R>> callback,
            Consumer<? super Throwable> errorCallback) {
        Objects.requireNonNull(fn, "fn");
        Object[] items = toArray(iterable);
        int cs = chunksize == 0 ? defaultChunksize(items.length) : checkChunksize(chunksize);
        AsyncResult<List<R>> result = new AsyncResult<>("MapResult", callback, errorCallback);
        checkRunning();
        if (items.length == 0) {
            result.succeed(new ArrayList<>());
            return result;
        }
        MapResultOutput<R> out = new MapResultOutput<>(result, items.length);
        MapJob<T, R> job = MapJob.eager(this, fn, items, cs, out);
        result.setCanceller(() -> {
            job.stop();
            job.abort(new java.util.concurrent.CancellationException("map cancelled"));
        });
        submit(job);
        return result;
    }

    /** A cold Mono of {@link #mapAsync(Function, Iterable)}, completing on the caller's loop. */
    public <T, R> Mono<List<R>> mapMono(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        Objects.requireNonNull(fn, "fn");
        return Mono.defer(() -> bridge(this.<T, R>mapAsync(fn, iterable)));
    }

    /** Like {@link #mapMono(Function, Iterable)} with chunks of {@code chunksize} items. */
    public <T, R> Mono<List<R>> mapMono(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        Objects.requireNonNull(fn, "fn");
        checkChunksize(chunksize);
        return Mono.defer(() -> bridge(this.<T, R>mapAsync(fn, iterable, chunksize)));
    }

    // ---------------------------------------------------------------- starmap

    /**
     * Applies a two-argument {@code fn} to each pair, in parallel; results in input order.
     * Python: {@code starmap(fn, [(a, b), ...])}, with {@link Map#entry} as the pair.
     */
    public <A, B, R> List<R> starmap(BiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return this.<A, B, R>starmapAsync(fn, pairs).get();
    }

    /** Like {@link #starmap(BiFunction, Iterable)} with chunks of {@code chunksize} pairs. */
    public <A, B, R> List<R> starmap(BiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize) {
        return this.<A, B, R>starmapAsync(fn, pairs, chunksize).get();
    }

    /** Python: {@code starmap_async(fn, pairs)}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(BiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return starmapAsync(fn, pairs, 0, null, null);
    }

    /** Python: {@code starmap_async(fn, pairs, chunksize)}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(BiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize) {
        return starmapAsync(fn, pairs, checkChunksize(chunksize), null, null);
    }

    /**
     * Python: {@code starmap_async(fn, pairs, chunksize, callback, error_callback)}; the callbacks
     * may be null and a chunksize of 0 means the default.
     */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(BiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize,
            Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback) {
        Objects.requireNonNull(fn, "fn");
        Function<Map.Entry<? extends A, ? extends B>, R> star = e -> fn.apply(e.getKey(), e.getValue());
        return mapAsync(star, pairs, chunksize, callback, errorCallback);
    }

    // ---------------------------------------------------------------- imap

    /**
     * Applies {@code fn} to every item and yields the results in input order as they become
     * available; the iterator's {@code hasNext()} and {@code next()} block. Python:
     * {@code imap(fn, iterable)}.
     */
    public <T, R> Iterator<R> imap(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return imap(fn, iterable, 1);
    }

    /**
     * Like {@link #imap(Function, Iterable)} with chunks of {@code chunksize} items.
     *
     * @throws IllegalArgumentException "Chunksize must be 1+, not N"
     */
    public <T, R> Iterator<R> imap(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return iterate(fn, iterable, chunksize, true);
    }

    /** Like {@link #imap(Function, Iterable)}, yielding results in completion order. */
    public <T, R> Iterator<R> imapUnordered(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return imapUnordered(fn, iterable, 1);
    }

    /** Like {@link #imap(Function, Iterable, int)}, yielding results in completion order. */
    public <T, R> Iterator<R> imapUnordered(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return iterate(fn, iterable, chunksize, false);
    }

    private <T, R> Iterator<R> iterate(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize, boolean ordered) {
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(iterable, "iterable");
        checkRunning();
        checkChunksize(chunksize);
        IMapIterator<R> it = new IMapIterator<>(ordered, chunksize);
        submit(MapJob.lazy(this, fn, iterable.iterator(), chunksize, it));
        return it;
    }

    // ---------------------------------------------------------------- Flux

    /**
     * A cold Flux of {@code fn} applied to every item, in input order, emitted as results become
     * available (chunks of one item). The first failure ends it with that exception.
     */
    public <T, R> Flux<R> mapFlux(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return mapFlux(fn, iterable, 1);
    }

    /** Like {@link #mapFlux(Function, Iterable)} with chunks of {@code chunksize} items. */
    public <T, R> Flux<R> mapFlux(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return flux(fn, iterable, chunksize, true);
    }

    /** Like {@link #mapFlux(Function, Iterable)}, emitting in completion order. */
    public <T, R> Flux<R> mapUnorderedFlux(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return mapUnorderedFlux(fn, iterable, 1);
    }

    /** Like {@link #mapFlux(Function, Iterable, int)}, emitting in completion order. */
    public <T, R> Flux<R> mapUnorderedFlux(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return flux(fn, iterable, chunksize, false);
    }

    private <T, R> Flux<R> flux(Function<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize, boolean ordered) {
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(iterable, "iterable");
        checkChunksize(chunksize);
        return Flux.create(sink -> {
            FluxOutput<R> out = new FluxOutput<>(sink, ordered, EventLoop.runningOrNull());
            sink.onDispose(out::cancel);
            try {
                submit(MapJob.lazy(this, fn, iterable.iterator(), chunksize, out));
            } catch (RuntimeException e) {
                sink.error(e);
            }
        }, FluxSink.OverflowStrategy.BUFFER);
    }

    // ---------------------------------------------------------------- life cycle

    /**
     * Accepts no more work; the workers exit once the queued work is done. Python:
     * {@code close()} (renamed: in Java {@code close()} is try-with-resources' terminate).
     */
    public void shutdown() {
        lock.lock();
        try {
            if (state == State.RUN) {
                state = State.CLOSE;
                workAvailable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops at once: queued work is dropped, every pending result fails with
     * {@link BrokenPoolError} "Pool terminated", and running tasks are interrupted. Returns
     * without waiting; {@link #join()} waits for the workers. Python: {@code terminate()}.
     */
    public void terminate() {
        List<Worker> running;
        lock.lock();
        try {
            if (state == State.TERMINATE) {
                return;
            }
            state = State.TERMINATE;
            queue.clear();
            running = new ArrayList<>(workers);
            workAvailable.signalAll();
        } finally {
            lock.unlock();
        }
        abortAll(new BrokenPoolError("Pool terminated"));
        for (Worker w : running) {
            w.interrupt();
        }
    }

    /** Python's {@code __exit__}: {@link #terminate()}. */
    @Override
    public void close() {
        terminate();
    }

    /**
     * Waits for every worker to exit. Python: {@code join()}.
     *
     * @throws IllegalStateException "Pool is still running" unless {@link #shutdown()} or
     *     {@link #terminate()} was called
     */
    public void join() {
        lock.lock();
        try {
            if (state == State.RUN) {
                throw new IllegalStateException("Pool is still running");
            }
            while (!workers.isEmpty()) {
                workersExited.await();
            }
        } catch (InterruptedException e) {
            throw AsyncResult.interrupted(e);
        } finally {
            lock.unlock();
        }
        List<Worker> last;
        lock.lock();
        try {
            last = new ArrayList<>(exiting);
            exiting.clear();
        } finally {
            lock.unlock();
        }
        for (Worker w : last) {
            if (!w.isCurrentThread()) {
                w.join();
            }
        }
    }

    /** CPython's repr: {@code <multiprocessing.pool.Pool state=RUN pool_size=4>}. */
    @Override
    public String toString() {
        return "<multiprocessing.pool.Pool state=" + state + " pool_size=" + processes + ">";
    }

    // ---------------------------------------------------------------- submission

    private void checkRunning() {
        if (state != State.RUN) {
            throw new IllegalStateException("Pool not running");
        }
        Throwable b = broken;
        if (b != null) {
            throw brokenPool(b);
        }
    }

    private static BrokenPoolError brokenPool(Throwable cause) {
        return new BrokenPoolError("A worker initializer failed, the pool is not usable anymore", cause);
    }

    void submit(Job job) {
        lock.lock();
        try {
            checkRunning();
            outstanding.add(job);
            queue.addLast(job);
            for (int n = Math.min(idle, job.width()); n > 0; n--) {
                workAvailable.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    void jobFinished(Job job) {
        outstanding.remove(job);
    }

    private void abortAll(Throwable error) {
        for (Job j : outstanding) {
            j.abort(error);
        }
    }

    static int checkChunksize(int chunksize) {
        if (chunksize < 1) {
            throw new IllegalArgumentException("Chunksize must be 1+, not " + chunksize);
        }
        return chunksize;
    }

    /** CPython's {@code _map_async}: {@code divmod(len, 4 * processes)}, plus one if a remainder. */
    int defaultChunksize(int length) {
        int per = processes * 4;
        int cs = length / per;
        return length % per != 0 ? cs + 1 : Math.max(cs, 1);
    }

    private static Object[] toArray(Iterable<?> iterable) {
        Objects.requireNonNull(iterable, "iterable");
        if (iterable instanceof Collection) {
            return ((Collection<?>) iterable).toArray();
        }
        ArrayList<Object> list = new ArrayList<>();
        for (Object o : iterable) {
            list.add(o);
        }
        return list.toArray();
    }

    /** The result as a Mono: on the running event loop if there is one, else on the worker. */
    private static <R> Mono<R> bridge(AsyncResult<R> result) {
        CompletableFuture<R> cf = result.toCompletableFuture();
        return EventLoop.runningOrNull() != null ? Asyncio.wrapFuture(cf) : Mono.fromFuture(cf);
    }


    // ---------------------------------------------------------------- workers

    /** Starts one more worker for {@code slot} (lock held). */
    private void spawnWorker(int slot) {
        Worker w = new Worker(this, owner, slot, slot < processes && runner.workersAreProcesses());
        workers.add(w);
        try {
            w.start();
        } catch (Throwable e) {
            workers.remove(w);
            throw e;
        }
    }

    /**
     * The worker loop: run the initializer, then claim chunks of the job at the head of the queue
     * until the pool stops or the task limit is reached. Called by {@link Worker#run()}.
     */
    void work(Worker w) {
        try {
            if (initializer != null) {
                try {
                    initializer.run();
                } catch (Throwable e) {
                    breakPool(e);
                    return;
                }
            }
            Job job = null;
            int done = 0;
            while (maxTasksPerChild == 0 || done < maxTasksPerChild) {
                if (job != null && job.runOne(w)) {
                    done++;
                    Thread.interrupted(); // a task's stray interrupt must not reach the next one
                    continue;
                }
                job = nextJob();
                if (job == null) {
                    break;
                }
            }
        } catch (Throwable e) {
            // The worker dies: fail the chunk it was running so that no caller waits for it.
            Job j = w.job;
            int[] running = w.runningChunks();
            w.job = null;
            if (j != null) {
                try {
                    for (int c : running) {
                        j.chunkBroken(c, e);
                    }
                } catch (Throwable ignored) {
                    // Out of memory again, most likely; terminate() can still fail the job.
                }
            }
        } finally {
            workerExited(w);
        }
    }

    /**
     * The job at the head of the queue, dropping exhausted ones; waits while the queue is empty.
     * Null when the worker should exit.
     */
    private Job nextJob() {
        lock.lock();
        try {
            while (true) {
                if (state == State.TERMINATE || broken != null) {
                    return null;
                }
                Job head;
                while ((head = queue.peekFirst()) != null && head.exhausted()) {
                    queue.pollFirst();
                }
                if (head != null) {
                    return head;
                }
                if (state == State.CLOSE) {
                    return null;
                }
                idle++;
                try {
                    workAvailable.await();
                } catch (InterruptedException e) {
                    // terminate() interrupts idle workers too: re-check the state.
                } finally {
                    idle--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** A worker ended (retired, died, or the pool stopped): replace it while there is work. */
    private void workerExited(Worker w) {
        boolean closeRunner;
        lock.lock();
        try {
            workers.remove(w);
            exiting.removeIf(x -> !x.isAlive());
            exiting.add(w);
            boolean replace = broken == null
                    && (state == State.RUN || (state == State.CLOSE && !queue.isEmpty()));
            if (replace) {
                try {
                    spawnWorker(w.slot);
                } catch (Throwable e) {
                    if (workers.isEmpty()) {
                        breakPoolLocked(e);
                    }
                }
            }
            if (workers.isEmpty()) {
                workersExited.signalAll();
            }
            closeRunner = workers.isEmpty() && !replace && !runnerClosed;
            runnerClosed |= closeRunner;
        } finally {
            lock.unlock();
        }
        if (broken != null) {
            abortAll(brokenPool(broken));
        }
        if (closeRunner) {
            runner.close();
        }
    }

    /** An initializer failed: nothing can run any more; fail everything pending. */
    private void breakPool(Throwable cause) {
        lock.lock();
        try {
            breakPoolLocked(cause);
        } finally {
            lock.unlock();
        }
        abortAll(brokenPool(cause));
    }

    private void breakPoolLocked(Throwable cause) {
        if (broken == null) {
            broken = cause;
            queue.clear();
            workAvailable.signalAll();
        }
    }
}
