package dev.tauraro.script.runtime;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A coroutine object: what calling an {@code async def} returns. It is a cold {@link Mono}:
 * subscribing runs the body on the caller's thread until its first real suspension; awaiting
 * inside the body subscribes to the awaited Mono and resumes the frame when it signals.
 *
 * <p>A suspended coroutine is its heap {@link Frame} plus the subscription it waits on: it holds
 * no thread. Awaits that complete synchronously are looped over (a trampoline), so a chain of
 * immediately-ready awaits does not grow the Java stack.
 */
public final class PyCoroutine extends Mono<Object> {
    private final Frame frame;
    private boolean started;

    public PyCoroutine(Frame frame) {
        this.frame = frame;
    }

    /** The contextvars Context of the task this coroutine is the body of, or null (see {@link #asTask}). */
    private Object taskContext;

    /**
     * Marks {@code coro}, about to become the body of a new asyncio task, to run in a copy of the
     * current contextvars Context, as CPython's tasks do; returns it. Nothing happens while the
     * script has not imported contextvars, or for what is not a coroutine.
     */
    public static Object asTask(Object coro) {
        if (coro instanceof PyCoroutine c && !c.started) {
            c.taskContext = copyContext(c);
        }
        return coro;
    }

    /** Marks {@code coro} to run in {@code context} (a Runner's context, shared by its runs); returns it. */
    public static Object inContext(Object coro, Object context) {
        if (coro instanceof PyCoroutine c && !c.started) {
            c.taskContext = context;
        }
        return coro;
    }

    /**
     * A copy of the calling thread's contextvars Context, for {@code coro} (a coroutine, whose
     * interpreter is asked); null while that interpreter has not imported contextvars.
     */
    public static Object copyContext(Object coro) {
        if (!(coro instanceof PyCoroutine c)) {
            return null;
        }
        PyModule cv = c.frame.module.interp.modules().get("contextvars");
        return cv == null ? null : Ops.call(cv.get("copy_context"));
    }

    public String name() {
        return frame.function.name;
    }

    /**
     * Whether {@link #awaitInline} may run this coroutine: it is fresh and not the body of a task
     * (which runs in its own contextvars Context).
     */
    public boolean inlinable() {
        return !started && taskContext == null;
    }

    /**
     * Set when {@link #awaitInline} ran the body to a suspension that nothing has handled yet: what
     * it waits on is in {@code frame.yielded}, and whoever awaits or steps this coroutine next takes
     * it from there.
     */
    private boolean suspendedInline;

    /**
     * {@code await coro} for a fresh coroutine ({@link #inlinable}), run on the awaiting frame's
     * Java stack as CPython runs it, instead of suspending the awaiting frame and subscribing:
     * the awaiting frame still counts towards the recursion limit and is the new frame's caller,
     * as in CPython. The body runs until it returns or first suspends for real.
     *
     * @return the coroutine's result when the body returned without suspending; null when it
     *     suspended (the awaiting frame then awaits this coroutine, which continues from there)
     * @throws PyException what the body raised
     */
    public Object awaitInline() {
        started = true;
        running = true;
        int status;
        try {
            status = runBody(null, null);
        } finally {
            running = false;
        }
        if (status == StmtNode.SUSPEND) {
            suspendedInline = true;
            return null;
        }
        finished = true;
        return Interop.toPy(frame.ret);
    }

    @Override
    public void subscribe(CoreSubscriber<? super Object> actual) {
        if (suspendedInline) {
            suspendedInline = false;
            Driver d = new Driver(frame, actual, null);
            actual.onSubscribe(d);
            d.resumeSuspended();
            return;
        }
        if (started) {
            reactor.core.publisher.Operators.error(actual, Exceptions.newException(Exceptions.RUNTIME_ERROR,
                    "cannot reuse already awaited coroutine"));
            return;
        }
        started = true;
        Driver d = new Driver(frame, actual, taskContext);
        actual.onSubscribe(d);
        d.step(null, null);
    }

    // ------------------------------------------------ driving by hand: send, throw, close

    /**
     * Makes the body run while {@code e} is handled ({@code __aexit__} of an exception): a bare
     * {@code raise} re-raises it, {@code sys.exc_info()} returns it and what the body raises has it
     * as its context, as CPython's frames see the exception their caller handles.
     */
    public void handling(PyBaseException e) {
        if (!started) {
            frame.handling = e;
        }
    }

    /** Set once the body returned or raised (driven by hand or by a task), or was closed. */
    private boolean finished;
    /** True once driven by hand (send/throw), so that a later await of it is refused. */
    private boolean manual;
    /** True while a manual step runs the body: a nested send is CPython's "already executing". */
    private boolean running;
    /**
     * What the body awaits while driven by hand, when that is itself driven step by step: another
     * coroutine, or the generator an {@code __await__} returned. Null when the body awaits a Mono
     * (a future, a sleep), which is then what {@code send} returns, as an asyncio future yields itself.
     */
    private Object delegate;

    /**
     * {@code coro.send(value)} / {@code coro.throw(exc)}: runs the body to its next suspension and
     * returns what it yields out; raises {@code StopIteration(result)} when it returns.
     */
    Object step(Object value, RuntimeException thrown) {
        if (running) {
            throw Exceptions.valueError("coroutine already executing");
        }
        if (finished || started && !manual && !suspendedInline) { // ended, or awaited by a task that drives it
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        }
        if (!started) {
            if (thrown != null) {
                started = true;
                manual = true;
                finished = true;
                throw thrown;
            }
            if (value != PyNone.NONE) {
                throw Exceptions.typeError("can't send non-None value to a just-started coroutine");
            }
        }
        started = true;
        manual = true;
        running = true;
        try {
            return advance(value, thrown);
        } finally {
            running = false;
        }
    }

    private Object advance(Object value, RuntimeException thrown) {
        while (true) {
            if (delegate != null) {
                Object inner = delegate;
                try {
                    Object out = inner instanceof PyCoroutine c ? c.step(value, thrown)
                            : ((PyGenerator) inner).resume(value, thrown);
                    if (out != null) {
                        return out;
                    }
                    value = ((PyGenerator) inner).returnValue(); // a generator finished
                    thrown = null;
                } catch (PyException e) {
                    if (inner instanceof PyCoroutine && e.value.type().isSubclassOf(Exceptions.STOP_ITERATION)) {
                        value = e.value.args.size() > 0 ? e.value.args.get(0) : PyNone.NONE;
                        thrown = null;
                    } else {
                        value = null;
                        thrown = e;
                    }
                }
                delegate = null;
            }
            int status;
            if (suspendedInline) { // run inline by an await up to this suspension: take it from there
                suspendedInline = false;
                status = StmtNode.SUSPEND;
            } else {
                status = runBody(value, thrown);
            }
            if (status != StmtNode.SUSPEND) {
                finished = true;
                Object r = frame.ret == null ? PyNone.NONE : frame.ret;
                throw r == PyNone.NONE ? Exceptions.newException(Exceptions.STOP_ITERATION)
                        : Exceptions.newException(Exceptions.STOP_ITERATION, r);
            }
            if (!frame.awaiting) {
                finished = true;
                throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "'yield' inside a coroutine is not supported");
            }
            Object aw = frame.yielded;
            frame.yielded = null;
            value = PyNone.NONE;
            thrown = null;
            if (aw instanceof PyCoroutine c) {
                delegate = c;
                continue;
            }
            if (aw instanceof PyInstance inst && inst.type().lookup("__await__") != null) {
                Object it = Ops.call(inst.type().lookup("__await__"), inst);
                if (it instanceof PyGenerator g) {
                    delegate = g;
                    continue;
                }
                if (!(it instanceof reactor.core.publisher.Mono<?>)) {
                    value = null;
                    thrown = Exceptions.typeError("__await__() returned non-iterator of type '" + Ops.typeName(it)
                            + "'");
                    continue;
                }
                return it;
            }
            if (aw instanceof reactor.core.publisher.Mono<?>) {
                return aw;
            }
            value = null;
            thrown = Exceptions.typeError("object " + Ops.typeName(aw) + " can't be used in 'await' expression");
        }
    }

    /** Runs the body once from where it paused; returns its status, or throws what it raised. */
    private int runBody(Object value, RuntimeException thrown) {
        Code code = frame.function.code;
        frame.sent = value;
        frame.thrown = thrown;
        CallDepth depth = CallDepth.current();
        frame.calls = depth;
        depth.enter(frame.module.interp.recursionLimit);
        depth.push(frame);
        try {
            return code.body.exec(frame);
        } catch (PyException e) {
            finished = true;
            e.leaveFrame(code.filename, code.name);
            throw Exceptions.escapedStopIteration(e, "coroutine");
        } catch (StackOverflowError e) {
            finished = true;
            throw CallDepth.exceeded("");
        } finally {
            depth.exit();
            depth.popStep(frame);
        }
    }

    /** {@code coro.close()}: throws GeneratorExit in at the await it is paused at, if it has started. */
    void close() {
        if (finished || !started) {
            started = true;
            finished = true;
            return;
        }
        if (!manual) {
            return; // an asyncio task drives it; cancelling is the way to stop that
        }
        try {
            step(null, Exceptions.newException(Exceptions.GENERATOR_EXIT));
        } catch (PyException e) {
            PyClass t = e.value.type();
            if (t.isSubclassOf(Exceptions.GENERATOR_EXIT) || t.isSubclassOf(Exceptions.STOP_ITERATION)) {
                finished = true;
                return;
            }
            throw e;
        }
        finished = true;
        throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "coroutine ignored GeneratorExit");
    }

    Object attr(String name) {
        return switch (name) {
            case "__name__" -> name();
            case "__qualname__" -> frame.function.qualname;
            case "send" -> new BuiltinFunction("send", (a, k) -> {
                if (a.length != 1) {
                    throw Exceptions.typeError("send() takes exactly one argument (" + a.length + " given)");
                }
                return step(a[0], null);
            });
            case "throw" -> new BuiltinFunction("throw", (a, k) -> {
                if (a.length < 1 || a.length > 3) {
                    throw Exceptions.typeError("throw expected at least 1 argument, got " + a.length);
                }
                return step(null, Interop.raiseable(a[0]));
            });
            case "close" -> new BuiltinFunction("close", (a, k) -> {
                close();
                return PyNone.NONE;
            });
            case "cr_running" -> running;
            case "cr_suspended" -> started && !running && !finished; // paused at an await (3.11)
            case "cr_frame" -> finished ? PyNone.NONE : new FrameView(frame);
            case "cr_code" -> new CodeObject(frame.function.code);
            case "cr_origin" -> PyNone.NONE; // origin tracking is off, as CPython's by default
            case "cr_await" -> delegate == null ? PyNone.NONE : delegate;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<coroutine object " + frame.function.qualname + " at 0x"
                + Ops.hexId(this) + ">";
    }

    /** Drives the coroutine's frame for its one subscriber: the run ends when the body returns or raises. */
    /** Runs the body for an awaiting task; marks the coroutine finished when the body ends. */
    final class Driver extends FrameDriver {
        Driver(Frame frame, CoreSubscriber<? super Object> actual, Object taskContext) {
            super(frame, actual, taskContext);
        }

        @Override
        void raised(PyException e) {
            done = true;
            finished = true;
            Code code = frame.function.code;
            e.leaveFrame(code.filename, code.name);
            actual.onError(Interop.toJava(Exceptions.escapedStopIteration(e, "coroutine")));
        }

        @Override
        void returned() {
            done = true;
            finished = true;
            Object r = frame.ret;
            actual.onNext(r == null ? PyNone.NONE : r);
            actual.onComplete();
        }

        @Override
        RuntimeException yielded() {
            return Exceptions.newException(Exceptions.RUNTIME_ERROR, "'yield' inside a coroutine is not supported");
        }
    }
}
