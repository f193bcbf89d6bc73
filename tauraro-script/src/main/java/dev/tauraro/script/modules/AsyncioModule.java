package dev.tauraro.script.modules;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.BoundedSemaphore;
import dev.tauraro.asyncio.Condition;
import dev.tauraro.asyncio.Event;
import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Future;
import dev.tauraro.asyncio.LifoQueue;
import dev.tauraro.asyncio.Lock;
import dev.tauraro.asyncio.PriorityQueue;
import dev.tauraro.asyncio.Queue;
import dev.tauraro.asyncio.ReturnWhen;
import dev.tauraro.asyncio.Semaphore;
import dev.tauraro.asyncio.Task;
import dev.tauraro.asyncio.TaskGroup;
import dev.tauraro.asyncio.Timeout;
import dev.tauraro.asyncio.WaitResult;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.GenericAliases;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyCoroutine;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PySet;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The binding of Python's {@code asyncio} to {@code dev.tauraro.asyncio}: one table row per
 * Python name, naming the Java member that implements it (checked by {@code AsyncioModuleTest}).
 * Every call goes through the Java API; nothing here re-implements asyncio semantics.
 */
public final class AsyncioModule {
    private AsyncioModule() {
    }

    /**
     * One Python name of the module.
     *
     * @param pythonName the name scripts use
     * @param javaType the class of the Java API that implements it
     * @param javaMember the public member of {@code javaType} (a method name, or "new" for a constructor)
     * @param value what the name is bound to in the module
     */
    public record Binding(String pythonName, Class<?> javaType, String javaMember, Object value) {}

    private static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, impl);
    }

    private static PyClass type(String name, PyCallable ctor, PyClass... bases) {
        return type(name, ctor, Map.of(), bases);
    }

    private static PyClass type(String name, PyCallable ctor, Map<String, Object> dict, PyClass... bases) {
        return PyClass.builtin(name, "asyncio", ctor, dict, bases.length == 0 ? new PyClass[] {Types.OBJECT}
                : bases);
    }

    // Type objects for the Java classes scripts see; immutable, so shared by all interpreters.
    // Future, Task and Queue are generic, as CPython's (asyncio.Future[int] is a types.GenericAlias).
    static final PyClass FUTURE = type("Future", (a, k) -> EventLoop.running().createFuture(), GenericAliases.GENERIC);
    static final PyClass TASK = type("Task", (a, k) -> Asyncio.createTask((Mono<?>) PyCoroutine.asTask(a[0])), FUTURE);
    static final PyClass LOCK = type("Lock", (a, k) -> new Lock());
    static final PyClass SEMAPHORE = type("Semaphore", (a, k) -> new Semaphore(a.length == 0 ? 1
            : (int) Ops.toLong(Args.arg(a, k, 0, "value", 1L))));
    static final PyClass BOUNDED_SEMAPHORE = type("BoundedSemaphore", (a, k) -> new BoundedSemaphore(a.length == 0 ? 1
            : (int) Ops.toLong(Args.arg(a, k, 0, "value", 1L))), SEMAPHORE);
    static final PyClass EVENT = type("Event", (a, k) -> new Event());
    static final PyClass CONDITION = type("Condition", (a, k) -> a.length == 0 || a[0] == PyNone.NONE
            ? new Condition() : new Condition((Lock) a[0]));
    static final PyClass QUEUE = type("Queue", (a, k) -> new Queue<Object>(
            (int) Ops.toLong(Args.arg(a, k, 0, "maxsize", 0L))), GenericAliases.GENERIC);
    static final PyClass LIFO_QUEUE = type("LifoQueue", (a, k) -> new LifoQueue<Object>(
            (int) Ops.toLong(Args.arg(a, k, 0, "maxsize", 0L))), QUEUE);
    static final PyClass PRIORITY_QUEUE = type("PriorityQueue", (a, k) -> new PriorityQueue<Object>(
            (int) Ops.toLong(Args.arg(a, k, 0, "maxsize", 0L)), (x, y) -> Ops.compare(x, y, "<")), QUEUE);
    static final PyClass TASK_GROUP = type("TaskGroup", (a, k) -> new TaskGroup());
    static final PyClass TIMEOUT = type("Timeout", (a, k) -> Timeout.at(a[0] == PyNone.NONE ? null
            : Ops.toDouble(a[0])));
    static final PyClass ABSTRACT_LOOP = type("AbstractEventLoop", null);
    /** The class of the loops scripts get; CPython's on Linux is {@code _UnixSelectorEventLoop}. */
    static final PyClass LOOP = type("_UnixSelectorEventLoop", null, ABSTRACT_LOOP);
    static final PyClass BARRIER = type("Barrier", (a, k) -> new dev.tauraro.asyncio.Barrier(
            (int) Ops.toLong(Args.arg(a, k, 0, "parties", 1L))));
    static final PyClass HANDLE = type("Handle", null);
    static final PyClass TIMER_HANDLE = type("TimerHandle", null, HANDLE);

    /** {@code asyncio.as_completed}: an iterator of awaitables yielding results in completion order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object asCompleted(Object[] a, String[] k) {
        List<Mono<Object>> aws = new ArrayList<>();
        for (Object o : Ops.toList(a[0])) {
            aws.add((Mono<Object>) Interop.awaitable(PyCoroutine.asTask(o)));
        }
        Object timeout = Args.arg(a, k, 1, "timeout", PyNone.NONE);
        reactor.core.publisher.Flux<Future<Object>> flux = timeout == PyNone.NONE ? Asyncio.asCompleted(aws)
                : Asyncio.asCompleted(aws, java.time.Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)));
        EventLoop loop = EventLoop.running();
        java.util.ArrayDeque<Object> ready = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Future<Object>> waiters = new java.util.ArrayDeque<>();
        java.util.function.Consumer<Object> deliver = x -> {
            Future<Object> w = waiters.poll();
            if (w != null) {
                w.setResult(x);
            } else {
                ready.add(x);
            }
        };
        flux.subscribe(deliver::accept, e -> {
            deliver.accept(e);
            for (Future<Object> w = waiters.poll(); w != null; w = waiters.poll()) {
                w.setResult(e);
            }
            ready.add(e);
        });
        int n = aws.size();
        return new dev.tauraro.script.runtime.PyIterator() {
            int count;

            @Override
            public Object next() {
                if (count++ >= n) {
                    return null;
                }
                return Mono.defer(() -> {
                    Object x = ready.isEmpty() ? null : ready.peek() instanceof Throwable ? ready.peek() : ready.poll();
                    Mono<Object> m;
                    if (x != null) {
                        m = Mono.just(x);
                    } else {
                        Future<Object> w = loop.createFuture();
                        waiters.add(w);
                        m = w;
                    }
                    return m.flatMap(v -> v instanceof Future f ? (Mono<Object>) f : Mono.error((Throwable) v));
                });
            }
        };
    }

    /** The binding table, in the order of the asyncio documentation. */
    public static List<Binding> bindings(Interpreter interp) {
        List<Binding> t = new ArrayList<>();
        LoopPolicy policy = new LoopPolicy(interp);
        PyClass[] runnerType = new PyClass[1];
        runnerType[0] = type("Runner", (a, k) -> new ScriptRunner(runnerType[0], policy,
                Args.kwarg(a, k, "debug", PyNone.NONE), Args.kwarg(a, k, "loop_factory", PyNone.NONE)));
        // asyncio.run(main, *, debug=None): "with Runner(debug=debug) as runner: return runner.run(main)"
        t.add(new Binding("run", dev.tauraro.asyncio.Runner.class, "run", fn("run", (a, k) -> {
            if (LoopPolicy.runningLoop() != null) {
                throw Exceptions.newException(Exceptions.RUNTIME_ERROR,
                        "asyncio.run() cannot be called from a running event loop");
            }
            ScriptRunner runner = new ScriptRunner(runnerType[0], policy, Args.kwarg(a, k, "debug", PyNone.NONE),
                    PyNone.NONE);
            try {
                return runner.run(a[0]);
            } finally {
                runner.close();
            }
        })));
        t.add(new Binding("Runner", dev.tauraro.asyncio.Runner.class, "new", runnerType[0]));
        t.add(new Binding("sleep", Asyncio.class, "sleep", fn("sleep", (a, k) -> {
            double d = Ops.toDouble(Args.arg(a, k, 0, "delay", 0L));
            Object result = Args.arg(a, k, 1, "result", PyNone.NONE);
            return result == PyNone.NONE ? Asyncio.sleep(d)
                    : Asyncio.sleep(java.time.Duration.ofNanos((long) (d * 1e9)), result);
        })));
        t.add(new Binding("gather", Asyncio.class, "gatherFuture", fn("gather", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            boolean returnExceptions = Ops.truthy(Args.kwarg(a, k, "return_exceptions", false));
            List<Mono<?>> aws = new ArrayList<>();
            for (int i = 0; i < a.length - nk; i++) {
                aws.add(Interop.awaitable(PyCoroutine.asTask(a[i])));
            }
            return Asyncio.gatherFuture(returnExceptions, aws);
        })));
        t.add(new Binding("create_task", Asyncio.class, "createTask", fn("create_task", (a, k) -> {
            Object name = Args.arg(a, k, 1, "name", PyNone.NONE);
            Mono<?> coro = Interop.awaitable(PyCoroutine.asTask(a[0]));
            return name == PyNone.NONE ? Asyncio.createTask(coro) : Asyncio.createTask(coro, Ops.str(name));
        })));
        t.add(new Binding("ensure_future", Asyncio.class, "createTask", fn("ensure_future", (a, k) ->
                a[0] instanceof Future<?> f ? f : Asyncio.createTask(Interop.awaitable(PyCoroutine.asTask(a[0]))))));
        t.add(new Binding("current_task", Asyncio.class, "currentTask", fn("current_task", (a, k) -> {
            Task<?> c = Asyncio.currentTask();
            return c == null ? PyNone.NONE : c;
        })));
        t.add(new Binding("all_tasks", Asyncio.class, "allTasks", fn("all_tasks", (a, k) -> {
            PySet s = new PySet();
            s.addAll(Asyncio.allTasks());
            return s;
        })));
        t.add(new Binding("get_running_loop", Asyncio.class, "getRunningLoop",
                fn("get_running_loop", (a, k) -> Asyncio.getRunningLoop())));
        t.add(new Binding("_get_running_loop", EventLoop.class, "running", fn("_get_running_loop", (a, k) -> {
            EventLoop l = LoopPolicy.runningLoop();
            return l == null ? PyNone.NONE : l;
        })));
        t.add(new Binding("get_event_loop", EventLoop.class, "running",
                fn("get_event_loop", (a, k) -> policy.getEventLoop())));
        t.add(new Binding("new_event_loop", EventLoop.class, "create",
                fn("new_event_loop", (a, k) -> policy.newLoop())));
        t.add(new Binding("set_event_loop", EventLoop.class, "create", fn("set_event_loop", (a, k) -> {
            policy.setEventLoop(a[0]);
            return PyNone.NONE;
        })));
        // to_thread is a coroutine function: the job is submitted when it is awaited
        t.add(new Binding("to_thread", Asyncio.class, "toThread", fn("to_thread", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            Object func = a[0];
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            String[] kw = nk == 0 ? null : k;
            return Mono.defer(() -> ScriptJobs.submit(EventLoop.running(), interp, func, rest, kw));
        })));
        t.add(new Binding("wrap_future", EventLoop.class, "wrapFuture", fn("wrap_future", (a, k) -> {
            if (a[0] instanceof Future<?> f) {
                return f;
            }
            Object loop = Args.kwarg(a, k, "loop", PyNone.NONE);
            return LoopMethods.wrapConcurrent(loop == PyNone.NONE ? policy.getEventLoop() : (EventLoop) loop, a[0]);
        })));
        t.add(new Binding("wait_for", Asyncio.class, "waitFor", fn("wait_for", (a, k) -> {
            Object timeout = Args.arg(a, k, 1, "timeout", PyNone.NONE);
            if (timeout == PyNone.NONE) {
                return Interop.awaitable(a[0]);   // awaited in place, as CPython's wait_for does then
            }
            return Asyncio.waitFor(Interop.awaitable(PyCoroutine.asTask(a[0])), Ops.toDouble(timeout));
        })));
        // asyncio.wait is a coroutine function: its argument checks raise when it is awaited
        t.add(new Binding("wait", Asyncio.class, "wait", fn("wait", (a, k) -> Mono.defer(() -> {
            Object given = a[0];
            if (given instanceof Mono) {
                throw Exceptions.typeError("expect a list of futures, not " + Ops.typeName(given));
            }
            if (!Ops.truthy(given)) {
                throw Exceptions.valueError("Set of Tasks/Futures is empty.");
            }
            Object timeout = Args.kwarg(a, k, "timeout", PyNone.NONE);
            Object when = Args.kwarg(a, k, "return_when", "ALL_COMPLETED");
            if (!(when instanceof String w) || !List.of("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED")
                    .contains(w)) {
                throw Exceptions.valueError("Invalid return_when value: " + Ops.str(when));
            }
            PySet distinct = new PySet();
            distinct.addAll(Ops.toList(given));
            for (Object o : distinct) {
                if (o instanceof Mono && !(o instanceof Future)) {
                    throw Exceptions.typeError("Passing coroutines is forbidden, use tasks explicitly.");
                }
            }
            List<Future<?>> fs = new ArrayList<>();
            for (Object o : distinct) {
                fs.add(o instanceof Future<?> f ? f : Asyncio.createTask(Interop.awaitable(PyCoroutine.asTask(o))));
            }
            ReturnWhen rw = ReturnWhen.valueOf((String) when);
            Mono<WaitResult<Future<?>>> m = timeout == PyNone.NONE ? Asyncio.wait(fs, rw)
                    : Asyncio.wait(fs, java.time.Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)), rw);
            return m.map(r -> new PyTuple(new Object[] {setOf(r.done()), setOf(r.pending())}));
        }))));
        t.add(new Binding("FIRST_COMPLETED", ReturnWhen.class, "FIRST_COMPLETED", "FIRST_COMPLETED"));
        t.add(new Binding("FIRST_EXCEPTION", ReturnWhen.class, "FIRST_EXCEPTION", "FIRST_EXCEPTION"));
        t.add(new Binding("ALL_COMPLETED", ReturnWhen.class, "ALL_COMPLETED", "ALL_COMPLETED"));
        // CPython's shield: an outer future mirroring an inner task; cancelling the outer one
        // (at once, as a plain future) leaves the inner task running.
        t.add(new Binding("shield", Future.class, "addDoneCallback", fn("shield", (a, k) -> {
            @SuppressWarnings("unchecked")
            Future<Object> inner = a[0] instanceof Future<?> f ? (Future<Object>) f
                    : Asyncio.createTask((Mono<Object>) Interop.awaitable(PyCoroutine.asTask(a[0])));
            Future<Object> outer = EventLoop.running().createFuture();
            inner.addDoneCallback(done -> {
                if (outer.done()) {
                    return;
                }
                if (done.cancelled()) {
                    outer.cancel();
                } else if (done.exception() != null) {
                    outer.setException(done.exception());
                } else {
                    outer.setResult(done.result());
                }
            });
            return outer;
        })));
        t.add(new Binding("timeout", Asyncio.class, "timeout", fn("timeout", (a, k) -> a[0] == PyNone.NONE
                ? Asyncio.timeoutAt(null) : Asyncio.timeout(java.time.Duration.ofNanos((long) (Ops.toDouble(a[0])
                * 1e9))))));
        t.add(new Binding("timeout_at", Asyncio.class, "timeoutAt", fn("timeout_at", (a, k) ->
                Asyncio.timeoutAt(a[0] == PyNone.NONE ? null : Ops.toDouble(a[0])))));
        t.add(new Binding("as_completed", Asyncio.class, "asCompleted", fn("as_completed", AsyncioModule::asCompleted)));
        t.add(new Binding("iscoroutine", Mono.class, "subscribe", fn("iscoroutine", (a, k) ->
                a[0] instanceof dev.tauraro.script.runtime.PyCoroutine)));
        t.add(new Binding("iscoroutinefunction", Mono.class, "subscribe", fn("iscoroutinefunction", (a, k) ->
                a[0] instanceof dev.tauraro.script.runtime.PyFunction f
                        && f.code.kind == dev.tauraro.script.runtime.Code.Kind.COROUTINE)));
        t.add(new Binding("isfuture", Future.class, "done", fn("isfuture", (a, k) -> a[0] instanceof Future)));
        t.add(new Binding("Barrier", dev.tauraro.asyncio.Barrier.class, "new", BARRIER));
        t.add(new Binding("BrokenBarrierError", dev.tauraro.asyncio.BrokenBarrierError.class, "new",
                Exceptions.BROKEN_BARRIER_ERROR));
        t.add(new Binding("Future", EventLoop.class, "createFuture", FUTURE));
        t.add(new Binding("AbstractEventLoop", EventLoop.class, "create", ABSTRACT_LOOP));
        t.add(new Binding("Handle", dev.tauraro.asyncio.Handle.class, "cancel", HANDLE));
        t.add(new Binding("TimerHandle", dev.tauraro.asyncio.TimerHandle.class, "when", TIMER_HANDLE));
        t.add(new Binding("Task", Asyncio.class, "createTask", TASK));
        t.add(new Binding("Lock", Lock.class, "new", LOCK));
        t.add(new Binding("Semaphore", Semaphore.class, "new", SEMAPHORE));
        t.add(new Binding("BoundedSemaphore", BoundedSemaphore.class, "new", BOUNDED_SEMAPHORE));
        t.add(new Binding("Event", Event.class, "new", EVENT));
        t.add(new Binding("Condition", Condition.class, "new", CONDITION));
        t.add(new Binding("Queue", Queue.class, "new", QUEUE));
        t.add(new Binding("LifoQueue", LifoQueue.class, "new", LIFO_QUEUE));
        t.add(new Binding("PriorityQueue", PriorityQueue.class, "new", PRIORITY_QUEUE));
        t.add(new Binding("TaskGroup", TaskGroup.class, "new", TASK_GROUP));
        t.add(new Binding("Timeout", Timeout.class, "at", TIMEOUT));
        t.add(new Binding("CancelledError", dev.tauraro.asyncio.CancelledError.class, "new",
                Exceptions.CANCELLED_ERROR));
        t.add(new Binding("TimeoutError", dev.tauraro.asyncio.TimeoutError.class, "new", Exceptions.TIMEOUT_ERROR));
        t.add(new Binding("InvalidStateError", dev.tauraro.asyncio.InvalidStateError.class, "new",
                Exceptions.INVALID_STATE_ERROR));
        t.add(new Binding("QueueEmpty", dev.tauraro.asyncio.QueueEmpty.class, "new", Exceptions.QUEUE_EMPTY));
        t.add(new Binding("QueueFull", dev.tauraro.asyncio.QueueFull.class, "new", Exceptions.QUEUE_FULL));
        t.add(new Binding("QueueShutDown", dev.tauraro.asyncio.QueueShutDown.class, "new",
                Exceptions.QUEUE_SHUT_DOWN));
        AsyncioStreams.bind(t, interp);
        AsyncioProtocols.bind(t, interp);
        AsyncioThreadsafe.bind(t, interp);
        AsyncioSubprocess.bind(t, interp);
        return t;
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("asyncio", interp);
        for (Binding b : bindings(interp)) {
            m.set(b.pythonName(), b.value());
        }
        return m;
    }

    private static PySet setOf(Collection<?> c) {
        PySet s = new PySet();
        s.addAll(c);
        return s;
    }

    /** Positional argument {@code i}, or keyword {@code name}, or {@code def}. */
    // ================================================================ Java objects seen by scripts

    public static boolean owns(Object o) {
        return o instanceof Future || o instanceof Lock || o instanceof Semaphore || o instanceof Event
                || o instanceof Condition || o instanceof Queue || o instanceof TaskGroup || o instanceof Timeout
                || o instanceof EventLoop || o instanceof dev.tauraro.asyncio.Barrier
                || o instanceof dev.tauraro.asyncio.Handle || o instanceof ScriptRunner;
    }

    public static PyClass typeOf(Object o) {
        if (o instanceof Task) {
            return TASK;
        }
        if (o instanceof Future) {
            return FUTURE;
        }
        if (o instanceof Lock) {
            return LOCK;
        }
        if (o instanceof BoundedSemaphore) {
            return BOUNDED_SEMAPHORE;
        }
        if (o instanceof Semaphore) {
            return SEMAPHORE;
        }
        if (o instanceof Event) {
            return EVENT;
        }
        if (o instanceof Condition) {
            return CONDITION;
        }
        if (o instanceof LifoQueue) {
            return LIFO_QUEUE;
        }
        if (o instanceof PriorityQueue) {
            return PRIORITY_QUEUE;
        }
        if (o instanceof Queue) {
            return QUEUE;
        }
        if (o instanceof TaskGroup) {
            return TASK_GROUP;
        }
        if (o instanceof Timeout) {
            return TIMEOUT;
        }
        if (o instanceof EventLoop) {
            return LOOP;
        }
        if (o instanceof dev.tauraro.asyncio.Barrier) {
            return BARRIER;
        }
        if (o instanceof dev.tauraro.asyncio.TimerHandle) {
            return TIMER_HANDLE;
        }
        if (o instanceof dev.tauraro.asyncio.Handle) {
            return HANDLE;
        }
        if (o instanceof ScriptRunner r) {
            return r.type;
        }
        return null;
    }

    /** The repr of an object this module owns, where CPython's differs from the Java toString; else null. */
    public static String repr(Object o) {
        if (o instanceof EventLoop loop) {
            return "<" + LOOP.name + " running=" + (loop.isRunning() ? "True" : "False") + " closed="
                    + (loop.isClosed() ? "True" : "False") + " debug="
                    + (LoopPolicy.state(loop, null).debug ? "True" : "False") + ">";
        }
        return null;
    }

    private static Object none(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    /** Throwable for a Java API from an {@code __aexit__} exception argument. */
    private static Throwable bodyError(Object v) {
        if (v instanceof PyBaseException e) {
            return Interop.toJava(new PyException(e));
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object attr(Object o, String name) {
        if (o instanceof Future<?> f) {
            Object r = futureAttr((Future<Object>) f, name);
            if (r != null || !(o instanceof Task<?>)) {
                return r;
            }
            Task<?> t = (Task<?>) o;
            return switch (name) {
                case "get_name" -> fn(name, (a, k) -> t.getName());
                case "set_name" -> fn(name, (a, k) -> {
                    t.setName(Ops.str(a[0]));
                    return PyNone.NONE;
                });
                case "cancelling" -> fn(name, (a, k) -> (long) t.cancelling());
                case "uncancel" -> fn(name, (a, k) -> (long) t.uncancel());
                case "get_coro" -> fn(name, (a, k) -> t.getCoro());
                // frames are not kept for suspended tasks: the stack is empty, as CPython's may be
                case "get_stack" -> fn(name, (a, k) -> new PyList());
                default -> null;
            };
        }
        if (o instanceof Lock || o instanceof Semaphore) {
            return switch (name) {
                case "acquire" -> fn(name, (a, k) -> acquire(o));
                case "release" -> fn(name, (a, k) -> {
                    release(o);
                    return PyNone.NONE;
                });
                case "locked" -> fn(name, (a, k) -> o instanceof Lock lk ? lk.locked() : ((Semaphore) o).locked());
                case "__aenter__" -> fn(name, (a, k) -> acquire(o).then(Mono.just(PyNone.NONE)));
                case "__aexit__" -> fn(name, (a, k) -> {
                    release(o);
                    return Mono.just(Boolean.FALSE);
                });
                default -> null;
            };
        }
        if (o instanceof Event e) {
            return switch (name) {
                case "set" -> fn(name, (a, k) -> {
                    e.set();
                    return PyNone.NONE;
                });
                case "clear" -> fn(name, (a, k) -> {
                    e.clear();
                    return PyNone.NONE;
                });
                case "is_set" -> fn(name, (a, k) -> e.isSet());
                case "wait" -> fn(name, (a, k) -> e.await());
                default -> null;
            };
        }
        if (o instanceof Condition c) {
            return switch (name) {
                case "acquire" -> fn(name, (a, k) -> c.acquire());
                case "release" -> fn(name, (a, k) -> {
                    c.release();
                    return PyNone.NONE;
                });
                case "locked" -> fn(name, (a, k) -> c.locked());
                case "wait" -> fn(name, (a, k) -> c.await());
                case "wait_for" -> fn(name, (a, k) -> c.waitFor(() -> Ops.call(a[0])));
                case "notify" -> fn(name, (a, k) -> {
                    c.signal(a.length == 0 ? 1 : (int) Ops.toLong(a[0]));
                    return PyNone.NONE;
                });
                case "notify_all" -> fn(name, (a, k) -> {
                    c.signalAll();
                    return PyNone.NONE;
                });
                case "__aenter__" -> fn(name, (a, k) -> c.acquire().then(Mono.just(PyNone.NONE)));
                case "__aexit__" -> fn(name, (a, k) -> {
                    c.release();
                    return Mono.just(Boolean.FALSE);
                });
                default -> null;
            };
        }
        if (o instanceof Queue q) {
            return switch (name) {
                case "put" -> fn(name, (a, k) -> q.put(a[0]));
                case "get" -> fn(name, (a, k) -> q.get());
                case "put_nowait" -> fn(name, (a, k) -> {
                    q.putNowait(a[0]);
                    return PyNone.NONE;
                });
                case "get_nowait" -> fn(name, (a, k) -> q.getNowait());
                case "qsize" -> fn(name, (a, k) -> (long) q.qsize());
                case "empty" -> fn(name, (a, k) -> q.empty());
                case "full" -> fn(name, (a, k) -> q.full());
                case "maxsize" -> (long) q.maxsize();
                case "task_done" -> fn(name, (a, k) -> {
                    q.taskDone();
                    return PyNone.NONE;
                });
                case "join" -> fn(name, (a, k) -> q.join());
                case "shutdown" -> fn(name, (a, k) -> {
                    q.shutdown(Ops.truthy(Args.arg(a, k, 0, "immediate", Boolean.FALSE)));
                    return PyNone.NONE;
                });
                default -> null;
            };
        }
        if (o instanceof TaskGroup g) {
            return switch (name) {
                case "create_task" -> fn(name, (a, k) -> {
                    Object n = Args.arg(a, k, 1, "name", PyNone.NONE);
                    Mono<?> coro = Interop.awaitable(PyCoroutine.asTask(a[0]));
                    return n == PyNone.NONE ? g.createTask(coro) : g.createTask(coro, Ops.str(n));
                });
                case "__aenter__" -> fn(name, (a, k) -> g.enter());
                case "__aexit__" -> fn(name, (a, k) -> g.exit(bodyError(a[1])).then(Mono.just(Boolean.FALSE)));
                default -> null;
            };
        }
        if (o instanceof Timeout t) {
            return switch (name) {
                case "when" -> fn(name, (a, k) -> none(t.when()));
                case "reschedule" -> fn(name, (a, k) -> {
                    t.reschedule(a[0] == PyNone.NONE ? null : Ops.toDouble(a[0]));
                    return PyNone.NONE;
                });
                case "expired" -> fn(name, (a, k) -> t.expired());
                case "__aenter__" -> fn(name, (a, k) -> t.enter());
                case "__aexit__" -> fn(name, (a, k) -> t.exit(bodyError(a[1])).then(Mono.just(Boolean.FALSE)));
                default -> null;
            };
        }
        if (o instanceof dev.tauraro.asyncio.Barrier b) {
            return switch (name) {
                case "wait" -> fn(name, (a, k) -> b.await().map(i -> (Object) (long) i));
                case "reset" -> fn(name, (a, k) -> b.reset());
                case "abort" -> fn(name, (a, k) -> b.abort());
                case "parties" -> (long) b.parties();
                case "n_waiting" -> (long) b.nWaiting();
                case "broken" -> b.broken();
                case "__aenter__" -> fn(name, (a, k) -> b.await().map(i -> (Object) (long) i));
                case "__aexit__" -> fn(name, (a, k) -> Mono.just(Boolean.FALSE));
                default -> null;
            };
        }
        if (o instanceof dev.tauraro.asyncio.Handle h) {
            return switch (name) {
                case "cancel" -> fn(name, (a, k) -> {
                    h.cancel();
                    return PyNone.NONE;
                });
                case "cancelled" -> fn(name, (a, k) -> h.cancelled());
                case "when" -> h instanceof dev.tauraro.asyncio.TimerHandle t
                        ? fn(name, (a, k) -> t.when()) : null;
                default -> null;
            };
        }
        if (o instanceof EventLoop loop) {
            return LoopMethods.attr(loop, name, null);
        }
        if (o instanceof ScriptRunner r) {
            return r.attr(name);
        }
        return null;
    }

    /** A script callable as a done callback; equal for the same callable, so removal finds it. */
    private record ScriptCallback(Object fn) implements java.util.function.Consumer<Future<Object>> {
        @Override
        public void accept(Future<Object> f) {
            Ops.call(fn, f);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScriptCallback c && c.fn == fn;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(fn);
        }
    }

    private static Mono<Boolean> acquire(Object l) {
        return l instanceof Lock lk ? lk.acquire() : ((Semaphore) l).acquire();
    }

    private static void release(Object l) {
        if (l instanceof Lock lk) {
            lk.release();
        } else {
            ((Semaphore) l).release();
        }
    }

    private static Object futureAttr(Future<Object> f, String name) {
        return switch (name) {
            case "done" -> fn(name, (a, k) -> f.done());
            case "cancelled" -> fn(name, (a, k) -> f.cancelled());
            case "result" -> fn(name, (a, k) -> {
                try {
                    return Interop.toPy(f.result());
                } catch (RuntimeException e) {
                    throw Interop.toPy(e);
                }
            });
            case "exception" -> fn(name, (a, k) -> {
                try {
                    Throwable e = f.exception();
                    return e == null ? PyNone.NONE : Interop.toPy(e).value;
                } catch (RuntimeException e) {
                    throw Interop.toPy(e);
                }
            });
            case "cancel" -> fn(name, (a, k) -> {
                Object msg = Args.arg(a, k, 0, "msg", PyNone.NONE);
                return msg == PyNone.NONE ? f.cancel() : f.cancel(Ops.str(msg));
            });
            case "set_result" -> fn(name, (a, k) -> {
                f.setResult(a[0]);
                return PyNone.NONE;
            });
            case "set_exception" -> fn(name, (a, k) -> {
                f.setException(Interop.toJava(Interop.raiseable(a[0])));
                return PyNone.NONE;
            });
            case "add_done_callback" -> fn(name, (a, k) -> {
                Object cb = a[0];
                f.addDoneCallback(new ScriptCallback(cb));
                return PyNone.NONE;
            });
            case "remove_done_callback" -> fn(name, (a, k) -> (long) f.removeDoneCallback(new ScriptCallback(a[0])));
            case "get_loop" -> fn(name, (a, k) -> f.getLoop());
            default -> null;
        };
    }

    static PyList listOf(Collection<?> c) {
        return new PyList(c);
    }
}
