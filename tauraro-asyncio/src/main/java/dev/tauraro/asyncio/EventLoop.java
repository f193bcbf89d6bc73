package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A single-threaded event loop: the thread that runs it runs every callback and every task step.
 *
 * <p>Python equivalent: {@code asyncio.AbstractEventLoop} (the selector loop's scheduling rules).
 *
 * <h2>Scheduling</h2>
 * Each iteration first moves the timers that are due onto the ready queue (in deadline order,
 * ties in scheduling order), then runs exactly the callbacks that were ready when the iteration
 * began, in FIFO order. Callbacks scheduled while it runs wait for the next iteration, as in
 * CPython. A task starts only when its creator yields, and between two awaits of a task nothing
 * else runs.
 *
 * <h2>Time</h2>
 * {@link #time()} is monotonic, in seconds. A loop made by {@link #withVirtualTime()} has a clock
 * that stands still while callbacks run and, whenever nothing is ready, jumps straight to the next
 * timer: timed code runs instantly and deterministically, which is how the tests use it.
 * The real clock is read once per iteration, as in uvloop (libuv), so tasks started together that
 * sleep equally long also wake together, in the order they went to sleep. When waiting for a
 * timer the loop waits whole milliseconds, rounded up, as CPython's epoll selector does.
 *
 * <h2>Thread-safety</h2>
 * Only {@link #callSoonThreadsafe(Runnable)} may be called from other threads. Every other method
 * must be called from the loop's thread (or before it runs); a call from another thread while the
 * loop runs fails at once. Interrupting the loop's thread while the loop waits for work stops it:
 * {@link #runUntilComplete} throws a {@link CompletionException} caused by an
 * {@link InterruptedException}, and the thread's interrupt flag is set again on the way out.
 *
 * <h2>Differences from CPython</h2>
 * There is no selector: I/O belongs to Reactor Netty, whose results reach the loop through
 * {@link #callSoonThreadsafe(Runnable)}. Exceptions that escape a plain callback go to the exception
 * handler, which by default prints them to standard error.
 */
public final class EventLoop implements AutoCloseable {
    private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();
    private static final AtomicInteger EXECUTOR_THREADS = new AtomicInteger();

    private final ReadyQueue ready = new ReadyQueue();
    private final TimerQueue timers = new TimerQueue();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final boolean virtualTime;
    private final long origin = System.nanoTime();
    private long virtualNow;
    /** The real clock as read in this iteration (see nanoTime), valid while nowCached. */
    private long cachedNow;
    private boolean nowCached;
    private long timerSeq;

    /** The thread running the loop, or null while it does not run. */
    private volatile Thread thread;
    /** True while the loop thread is (about to be) parked waiting for the inbox or a timer. */
    private volatile boolean parked;
    private boolean stopping;
    /** Set when the loop stopped because its thread was interrupted; the flag is restored on exit. */
    private boolean interrupted;
    /** Volatile: read by other threads through isClosed() and callSoonThreadsafe(). */
    private volatile boolean closed;
    /** The executor used when none is given: made on first use, or set by setDefaultExecutor. */
    private Executor defaultExecutor;
    /** Set by shutdownDefaultExecutor: the default executor takes no more work. Loop thread only. */
    private boolean executorShutdownCalled;
    /**
     * Operations running on other threads that will report back through the inbox (executor jobs,
     * wrapped CompletableFutures, subprocesses). While any is pending, a virtual clock does not
     * jump: see {@link #clockHeld()}. Loop thread only.
     */
    private int foreignWork;
    /** How often a loop whose virtual clock is held by a condition checks it again. */
    private static final long HOLD_RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** See {@link #holdVirtualClockWhile}; null when nothing else holds the virtual clock. */
    private volatile BooleanSupplier clockHold;
    /** See {@link #setWaitWrapper}; null to park directly. */
    private volatile Consumer<Runnable> waitWrapper;
    /** The handler set by setExceptionHandler, or null for {@link #defaultExceptionHandler}. */
    private volatile Consumer<ExceptionContext> exceptionHandler;
    /** See {@link #attach(Object)}. */
    private volatile Object attachment;
    private final Scheduler scheduler = new LoopScheduler(this);

    /** The task whose step is running now, or null. Read by every await to register with it. */
    Task<?> current;
    /** Intrusive list of the tasks that are not done (newest first). */
    Task<?> liveTasks;

    private EventLoop(boolean virtualTime) {
        this.virtualTime = virtualTime;
    }

    /** A new loop on the real monotonic clock. Python: {@code asyncio.new_event_loop()}. */
    public static EventLoop create() {
        return new EventLoop(false);
    }

    /**
     * A new loop whose clock starts at 0 and jumps to the next timer whenever nothing is ready, so
     * that sleeps and timeouts take no real time.
     */
    public static EventLoop withVirtualTime() {
        return new EventLoop(true);
    }

    /**
     * The loop running in the current thread.
     *
     * @throws IllegalStateException "no running event loop" when there is none
     */
    public static EventLoop running() {
        EventLoop loop = RUNNING.get();
        if (loop == null) {
            throw new IllegalStateException("no running event loop");
        }
        return loop;
    }

    /**
     * The loop running in the current thread, or null: for code that works with and without a
     * loop, and is called often enough that {@link #running()}'s exception would cost (a stack
     * trace per call). Python: {@code asyncio._get_running_loop()}.
     */
    public static EventLoop runningOrNull() {
        return RUNNING.get();
    }

    /** Loop time in seconds; only differences are meaningful. */
    public double time() {
        return nanoTime() / 1e9;
    }

    /**
     * Loop time in nanoseconds. On the real clock it is read at most once per iteration and then
     * cached, as libuv (and so uvloop) does: timers that tasks arm in one iteration with equal delays
     * get equal deadlines and fire together, in arming order, however long the iteration ran —
     * which is what CPython shows for the usual "start N tasks that each sleep(d)" script, where its
     * own iterations are short enough for those timers to fall due together. Other threads get a
     * fresh reading.
     */
    long nanoTime() {
        if (virtualTime) {
            return virtualNow;
        }
        if (Thread.currentThread() != thread) {
            return System.nanoTime() - origin;
        }
        if (!nowCached) {
            cachedNow = System.nanoTime() - origin;
            nowCached = true;
        }
        return cachedNow;
    }

    /** Whether this loop runs on a virtual clock. */
    public boolean isVirtualTime() {
        return virtualTime;
    }

    /**
     * Moves a virtual clock forward by {@code delta}; timers that become due fire on the next
     * iteration.
     *
     * @throws IllegalStateException if this loop uses the real clock
     */
    public void advance(Duration delta) {
        if (!virtualTime) {
            throw new IllegalStateException("advance() needs a loop made by EventLoop.withVirtualTime()");
        }
        if (delta.isNegative()) {
            throw new IllegalArgumentException("cannot advance time by a negative duration: " + delta);
        }
        checkThread();
        virtualNow += delta.toNanos();
    }

    // ---------------------------------------------------------------- scheduling

    /** Schedules {@code callback} to run on the next iteration. Python: {@code loop.call_soon}. */
    public Handle callSoon(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        checkNotClosed();
        checkThread();
        Handle h = new Handle(this, callback);
        ready.add(h);
        return h;
    }

    /** Schedules a callback from any thread. Python: {@code loop.call_soon_threadsafe}. */
    public Handle callSoonThreadsafe(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        checkNotClosed();
        Handle h = new Handle(this, callback);
        inbox.add(h);
        wakeUp();
        return h;
    }

    /** Schedules {@code callback} after {@code delay}. Python: {@code loop.call_later}. */
    public TimerHandle callLater(Duration delay, Runnable callback) {
        return callAtNanos(nanoTime() + delay.toNanos(), callback);
    }

    /** Schedules {@code callback} after {@code delaySeconds}. Python: {@code loop.call_later}. */
    public TimerHandle callLater(double delaySeconds, Runnable callback) {
        return callAtNanos(nanoTime() + secondsToNanos(delaySeconds), callback);
    }

    /** Schedules {@code callback} at loop time {@code when} (seconds). Python: {@code loop.call_at}. */
    public TimerHandle callAt(double when, Runnable callback) {
        return callAtNanos(secondsToNanos(when), callback);
    }

    TimerHandle callAtNanos(long deadline, Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        checkNotClosed();
        checkThread();
        TimerHandle t = new TimerHandle(this, callback, deadline, timerSeq++);
        timers.add(t);
        return t;
    }

    static long secondsToNanos(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("delay must be a number, not NaN");
        }
        if (seconds >= Long.MAX_VALUE / 1e9) {
            return Long.MAX_VALUE / 2;
        }
        return (long) (seconds * 1e9);
    }

    /** Internal fast path: queue a callback with no handle. Loop thread only. */
    void schedule(Runnable r) {
        ready.add(r);
    }

    void timerCancelled() {
        timers.noteCancelled();
    }

    /**
     * This loop as a Reactor {@link Scheduler}, for plain Reactor code that wants to run on the
     * loop's thread: {@code flux.publishOn(loop.scheduler())}. Work is scheduled with
     * {@link #callSoon}/{@link #callSoonThreadsafe} (FIFO from any one thread) and, when delayed or
     * periodic, with loop timers, so {@code Mono.delay(d, loop.scheduler())} follows the loop's
     * clock (virtual time included). Callable from any thread. Disposing it does nothing: it lives
     * as long as the loop, and rejects work once the loop is closed.
     */
    public Scheduler scheduler() {
        return scheduler;
    }

    // ---------------------------------------------------------------- futures and tasks

    /** A new pending future bound to this loop. Python: {@code loop.create_future()}. */
    public <T> Future<T> createFuture() {
        return new Future<>(this);
    }

    /** Wraps {@code coro} in a task and schedules its first step. Python: {@code loop.create_task}. */
    public <T> Task<T> createTask(Mono<T> coro) {
        return createTask(coro, null);
    }

    /** Like {@link #createTask(Mono)}, with a task name ({@code null} for the default "Task-N"). */
    public <T> Task<T> createTask(Mono<T> coro, String name) {
        Objects.requireNonNull(coro, "coro");
        checkNotClosed();
        checkThread();
        Task<T> task = new Task<>(this, coro, name);
        ready.add(task);
        return task;
    }

    void taskStarted(Task<?> t) {
        Task<?> head = liveTasks;
        t.nextLive = head;
        if (head != null) {
            head.prevLive = t;
        }
        liveTasks = t;
    }

    void taskFinished(Task<?> t) {
        Task<?> prev = t.prevLive;
        Task<?> next = t.nextLive;
        if (prev != null) {
            prev.nextLive = next;
        } else if (liveTasks == t) {
            liveTasks = next;
        }
        if (next != null) {
            next.prevLive = prev;
        }
        t.prevLive = null;
        t.nextLive = null;
    }

    /**
     * The tasks of this loop that are not done yet, oldest first (the order CPython's weak set
     * yields in practice, which decides the order in which {@code asyncio.run} cancels them).
     * Python: {@code asyncio.all_tasks()}.
     */
    public Set<Task<?>> allTasks() {
        ArrayList<Task<?>> newestFirst = new ArrayList<>();
        for (Task<?> t = liveTasks; t != null; t = t.nextLive) {
            newestFirst.add(t);
        }
        Set<Task<?>> result = new LinkedHashSet<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            result.add(newestFirst.get(i));
        }
        return result;
    }

    /** The task whose step is running, or null. Python: {@code asyncio.current_task()}. */
    public Task<?> currentTask() {
        return current;
    }

    // ---------------------------------------------------------------- running

    /**
     * Runs the loop in the calling thread until {@code main} completes, and returns its result.
     * A {@link Future} of this loop is awaited as it is; any other Mono is wrapped in a task.
     * Python: {@code loop.run_until_complete}.
     *
     * @throws IllegalStateException if this loop or another one already runs in this thread, or if
     *     the loop is closed
     */
    public <T> T runUntilComplete(Mono<T> main) {
        Objects.requireNonNull(main, "main");
        enter();
        try {
            Future<T> f = main instanceof Future && ((Future<T>) main).loop == this
                    ? (Future<T>) main : createTask(main);
            // As CPython's run_until_complete: the future's completion stops the loop through a done
            // callback, so the iteration in which that callback runs is finished first. Callbacks
            // queued before it (say, the first step of a task main created just before returning)
            // still run before the loop returns; the rest wait for the next run.
            Runnable stopper = this::stop;
            f.addCallback(stopper);
            try {
                runUntilStopped();
            } finally {
                f.removeCallback(stopper);
            }
            if (!f.done()) {
                throw new IllegalStateException("Event loop stopped before Future completed.");
            }
            return f.result();
        } finally {
            exit();
        }
    }

    /** Runs the loop until {@link #stop()} is called. Python: {@code loop.run_forever()}. */
    public void runForever() {
        enter();
        try {
            runUntilStopped();
        } finally {
            exit();
        }
    }

    /** CPython's run_forever body: at least one iteration, even when stop() came first. */
    private void runUntilStopped() {
        try {
            do {
                runOnce();
            } while (!stopping);
        } finally {
            stopping = false;
        }
    }

    /**
     * Makes {@link #runForever()} (or {@link #runUntilComplete}) return once the current iteration
     * has run; called before they run, they run one iteration and return. Python:
     * {@code loop.stop()}.
     */
    public void stop() {
        stopping = true;
    }

    /** Whether a thread is running this loop now. */
    public boolean isRunning() {
        return thread != null;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the loop: pending callbacks are dropped and the default executor is shut down.
     *
     * @throws IllegalStateException "Cannot close a running event loop" while it runs
     */
    @Override
    public void close() {
        if (isRunning()) {
            throw new IllegalStateException("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        while (!ready.isEmpty()) {
            ready.poll();
        }
        inbox.clear();
        Executor ex;
        synchronized (this) {
            ex = defaultExecutor;
            defaultExecutor = null;
        }
        if (ex instanceof ExecutorService es) {
            es.shutdown(); // as CPython's close(): shutdown(wait=False)
        }
    }

    private void enter() {
        checkNotClosed();
        if (thread != null) {
            throw new IllegalStateException("This event loop is already running");
        }
        if (RUNNING.get() != null) {
            throw new IllegalStateException("Cannot run the event loop while another loop is running");
        }
        thread = Thread.currentThread();
        RUNNING.set(this);
    }

    private void exit() {
        RUNNING.remove();
        thread = null;
        if (interrupted) {
            interrupted = false;
            Thread.currentThread().interrupt();
        }
    }

    /** One iteration, as in CPython's {@code BaseEventLoop._run_once}. */
    private void runOnce() {
        nowCached = false;
        drainInbox();
        if (ready.isEmpty() && !stopping) {
            TimerHandle next = nextLiveTimer();
            if (next == null) {
                park(-1);
                nowCached = false;
            } else {
                long wait = next.deadline - nanoTime();
                if (wait > 0 && inbox.isEmpty()) {
                    if (virtualTime && !clockHeld()) {
                        virtualNow = next.deadline;
                    } else {
                        long before = System.nanoTime();
                        long slice = roundUpToMillis(wait);
                        if (virtualTime && foreignWork == 0) {
                            // Held by holdVirtualClockWhile's condition, which may turn false
                            // without waking the loop (a thread that called in and then ended):
                            // look again every few milliseconds rather than wait out a long timer.
                            slice = Math.min(slice, HOLD_RECHECK_NANOS);
                        }
                        park(slice);
                        nowCached = false;
                        if (virtualTime) {
                            // Another thread may call in: time passes as it would on the real clock.
                            virtualNow += Math.min(wait, System.nanoTime() - before);
                        }
                    }
                }
            }
            drainInbox();
        }
        if (!timers.isEmpty()) {
            // Only read the clock when a timer may be due: a loop that passes one task at a time
            // (a contended lock) runs millions of iterations, and the clock read is most of their cost.
            long end = nanoTime() + 1;
            TimerHandle t;
            while ((t = timers.peek()) != null && (t.cancelled() || t.deadline < end)) {
                timers.poll();
                if (!t.cancelled()) {
                    ready.add(t);
                }
            }
        }
        for (int n = ready.size(); n > 0; n--) {
            Runnable r = ready.poll();
            try {
                r.run();
            } catch (Throwable e) {
                if (r instanceof Handle h) {
                    callExceptionHandler(new ExceptionContext("Exception in callback " + h.callback, e,
                            java.util.Map.of("handle", h)));
                } else {
                    callExceptionHandler("Exception in callback " + r, e);
                }
            }
        }
    }

    /**
     * CPython's selector loop waits in epoll, whose timeout is whole milliseconds rounded up, so
     * timers armed microseconds apart (say, by tasks started in one iteration) fall due together
     * and run in one iteration. Waiting the same way keeps script output in CPython's order.
     */
    static long roundUpToMillis(long nanos) {
        return (nanos + 999_999) / 1_000_000 * 1_000_000;
    }

    private TimerHandle nextLiveTimer() {
        TimerHandle t;
        while ((t = timers.peek()) != null && t.cancelled()) {
            timers.poll();
        }
        return t;
    }

    private void drainInbox() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            ready.add(r);
        }
    }

    private void park(long nanos) {
        Consumer<Runnable> wrapper = waitWrapper;
        if (wrapper == null) {
            parkNow(nanos);
        } else {
            wrapper.accept(() -> parkNow(nanos));
        }
    }

    private void parkNow(long nanos) {
        if (Thread.interrupted()) {
            // LockSupport.park returns at once while the flag is set, so waiting on would spin.
            // An interrupt cannot be delivered to a coroutine: stop the loop instead, and hand the
            // flag back to the caller when the loop exits (exit()).
            interrupted = true;
            throw new CompletionException(new InterruptedException("event loop thread interrupted"));
        }
        parked = true;
        try {
            if (inbox.isEmpty()) {
                if (nanos < 0) {
                    LockSupport.park(this);
                } else {
                    LockSupport.parkNanos(this, nanos);
                }
            }
        } finally {
            parked = false;
        }
    }

    private void wakeUp() {
        Thread t = thread;
        if (parked && t != null) {
            LockSupport.unpark(t);
        }
    }

    // ---------------------------------------------------------------- executors and errors

    /**
     * Runs {@code fn} on {@code executor} (the loop's default executor when null) and completes on
     * this loop. Cold: nothing runs until subscribed, and unsubscribing (cancelling the awaiting
     * task) cancels the returned future: a job no thread has started yet then never runs, a running
     * one runs on but its outcome is dropped. Python: {@code loop.run_in_executor}.
     */
    public <T> Mono<T> runInExecutor(Executor executor, Callable<? extends T> fn) {
        Objects.requireNonNull(fn, "fn");
        return Mono.defer(() -> runInExecutorFuture(executor, fn).owned());
    }

    /**
     * Eager {@link #runInExecutor}, exactly as Python's: submits {@code fn} now and returns the
     * future of this loop that receives its outcome. Cancelling the future before a thread starts
     * the job keeps it from running. Loop thread only.
     *
     * @throws IllegalStateException "Executor shutdown has been called" for the default executor
     *     after {@link #shutdownDefaultExecutor()}
     */
    public <T> Future<T> runInExecutorFuture(Executor executor, Callable<? extends T> fn) {
        Objects.requireNonNull(fn, "fn");
        checkNotClosed();
        checkThread();
        Executor ex = executor;
        if (ex == null) {
            if (executorShutdownCalled) {
                throw new IllegalStateException("Executor shutdown has been called");
            }
            ex = defaultExecutor();
        }
        Future<T> f = createFuture();
        foreignWork++;
        try {
            ex.execute(() -> {
                if (f.done()) {
                    Bridge.post(this, () -> foreignWork--);
                    return; // cancelled before it started: do not run it
                }
                // Bridge.post: a loop closed meanwhile (the awaiter was cancelled) just drops it.
                try {
                    T value = fn.call();
                    Bridge.post(this, () -> {
                        foreignWork--;
                        if (!f.done()) {
                            f.setResult(value);
                        }
                    });
                } catch (Throwable e) {
                    Bridge.post(this, () -> {
                        foreignWork--;
                        if (!f.done()) {
                            f.setException(e);
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            foreignWork--;
            f.setException(e);
        }
        return f;
    }

    /**
     * A future of this loop mirroring {@code cf}, which may complete on any thread; cancelling the
     * future cancels {@code cf}. Loop thread only. Python: {@code asyncio.wrap_future(cf, loop=loop)}.
     */
    public <T> Future<T> wrapFuture(java.util.concurrent.CompletableFuture<T> cf) {
        Objects.requireNonNull(cf, "cf");
        checkNotClosed();
        checkThread();
        return Bridge.fromCompletableFuture(this, cf);
    }

    /**
     * Replaces the executor that {@link #runInExecutor} uses when given none. An
     * {@link ExecutorService} is shut down by {@link #shutdownDefaultExecutor()} and
     * {@link #close()}; any other executor is the caller's to end. Python:
     * {@code loop.set_default_executor}.
     */
    public synchronized void setDefaultExecutor(Executor executor) {
        defaultExecutor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * Shuts the default executor down and completes once every job it was given has finished; the
     * wait happens on a thread of its own, so the loop keeps running meanwhile. Later calls of
     * {@link #runInExecutor} without an executor fail with "Executor shutdown has been called".
     * {@code asyncio.run} calls it before closing its loop. Python:
     * {@code loop.shutdown_default_executor()}.
     */
    public Mono<Void> shutdownDefaultExecutor() {
        return Mono.defer(() -> {
            checkThread();
            executorShutdownCalled = true;
            Executor ex;
            synchronized (this) {
                ex = defaultExecutor;
            }
            if (!(ex instanceof ExecutorService es)) {
                return Mono.empty();
            }
            Future<Void> done = createFuture();
            foreignWork++;
            Thread waiter = new Thread(() -> {
                es.shutdown();
                boolean interrupted = false;
                while (true) {
                    try {
                        if (es.awaitTermination(1, TimeUnit.DAYS)) {
                            break;
                        }
                    } catch (InterruptedException e) {
                        interrupted = true;
                        break;
                    }
                }
                boolean stoppedEarly = interrupted;
                Bridge.post(this, () -> {
                    foreignWork--;
                    if (!done.done()) {
                        if (stoppedEarly) {
                            done.setException(new CompletionException(new InterruptedException()));
                        } else {
                            done.setResult(null);
                        }
                    }
                });
            }, "asyncio-shutdown-default-executor");
            waiter.setDaemon(true);
            waiter.start();
            return done;
        });
    }

    /**
     * Counts an operation on another thread that will report back through
     * {@link #callSoonThreadsafe}: while one is pending a virtual clock waits in real time. Pair
     * with {@link #foreignWorkDone()}. Loop thread only.
     */
    void foreignWorkStarted() {
        foreignWork++;
    }

    /** The counted operation reported back (see {@link #foreignWorkStarted()}). Loop thread only. */
    void foreignWorkDone() {
        foreignWork--;
    }

    /**
     * Whether a virtual clock must not jump: work on other threads may call in at any moment, and
     * it must find the clock where the real one would be.
     */
    private boolean clockHeld() {
        if (foreignWork > 0) {
            return true;
        }
        BooleanSupplier hold = clockHold;
        return hold != null && hold.getAsBoolean();
    }

    /**
     * Makes a virtual clock keep real time while {@code condition} holds: instead of jumping to the
     * next timer when nothing is ready, the loop waits for it as a real clock would, because other
     * threads may call in meanwhile (an embedding interpreter passes "script threads are running").
     * The loop's own executor jobs, wrapped futures and subprocesses hold the clock this way by
     * themselves. Has no effect on a real-time loop; {@code null} removes the condition.
     */
    public void holdVirtualClockWhile(BooleanSupplier condition) {
        clockHold = condition;
    }

    /**
     * Runs every wait of the loop's thread for work (the loop is idle until a callback arrives or a
     * timer falls due) through {@code wrapper}, which must run the given Runnable once, on the
     * calling thread. An embedding interpreter with a global lock releases it there, as CPython
     * releases its GIL around the selector's wait; {@code null} removes the wrapper.
     */
    public void setWaitWrapper(Consumer<Runnable> wrapper) {
        waitWrapper = wrapper;
    }

    private synchronized Executor defaultExecutor() {
        if (defaultExecutor == null) {
            int workers = Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
            ThreadPoolExecutor ex = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread th = new Thread(r, "asyncio-" + EXECUTOR_THREADS.incrementAndGet());
                        th.setDaemon(true);
                        return th;
                    });
            ex.allowCoreThreadTimeOut(true);
            defaultExecutor = ex;
        }
        return defaultExecutor;
    }

    /**
     * Replaces the handler for exceptions that escape plain callbacks and for errors reported while
     * shutting down; it receives the message (with CPython's {@code key: value} lines, see
     * {@link ExceptionContext#logMessage()}) and the exception. {@code null} restores the default
     * handler. Python: {@code loop.set_exception_handler}.
     */
    public void setExceptionHandler(BiConsumer<String, Throwable> handler) {
        this.exceptionHandler = handler == null ? null : ctx -> handler.accept(ctx.logMessage(), ctx.exception());
    }

    /**
     * Replaces the exception handler with one that receives the whole {@link ExceptionContext};
     * {@code null} restores the default handler. Python: {@code loop.set_exception_handler}.
     */
    public void setExceptionHandler(Consumer<ExceptionContext> handler) {
        this.exceptionHandler = handler;
    }

    /** The handler set by {@code setExceptionHandler}, or null. Python: {@code loop.get_exception_handler}. */
    public Consumer<ExceptionContext> getExceptionHandler() {
        return exceptionHandler;
    }

    /**
     * Reports {@code context} to the exception handler (the default one when none is set). An
     * exception thrown by the handler is reported to the default handler as "Unhandled error in
     * exception handler"; nothing is thrown to the caller. Python: {@code loop.call_exception_handler}.
     */
    public void callExceptionHandler(ExceptionContext context) {
        Consumer<ExceptionContext> handler = exceptionHandler;
        if (handler == null) {
            try {
                defaultExceptionHandler(context);
            } catch (Throwable inner) {
                printException("Exception in default exception handler", inner);
            }
            return;
        }
        try {
            handler.accept(context);
        } catch (Throwable inner) {
            try {
                defaultExceptionHandler(new ExceptionContext("Unhandled error in exception handler", inner,
                        java.util.Map.of("context", context)));
            } catch (Throwable again) {
                printException("Exception in default exception handler", again);
            }
        }
    }

    void callExceptionHandler(String message, Throwable e) {
        callExceptionHandler(new ExceptionContext(message, e));
    }

    /**
     * The default handler: prints {@link ExceptionContext#logMessage()} and the exception's stack
     * trace to standard error. Python: {@code loop.default_exception_handler} (which logs them).
     */
    public void defaultExceptionHandler(ExceptionContext context) {
        if (context.exception() == null) {
            System.err.println(context.logMessage());
        } else {
            printException(context.logMessage(), context.exception());
        }
    }

    private static void printException(String message, Throwable e) {
        System.err.println(message);
        e.printStackTrace();
    }

    /**
     * Keeps {@code attachment} with the loop: an embedding layer (the script interpreter) keeps its
     * per-loop state here instead of in a map of loops.
     */
    public void attach(Object attachment) {
        this.attachment = attachment;
    }

    /** The object given to {@link #attach}, or null. */
    public Object attachment() {
        return attachment;
    }

    void checkThread() {
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            throw new IllegalStateException(
                    "Non-thread-safe operation invoked on an event loop other than the current one");
        }
    }

    boolean inLoopThread() {
        return thread == Thread.currentThread();
    }

    private void checkNotClosed() {
        if (closed) {
            throw new IllegalStateException("Event loop is closed");
        }
    }

    @Override
    public String toString() {
        return "<EventLoop running=" + isRunning() + " closed=" + closed
                + (virtualTime ? " virtual-time" : "") + ">";
    }
}
