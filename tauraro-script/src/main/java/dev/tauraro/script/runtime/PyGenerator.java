package dev.tauraro.script.runtime;

/**
 * A generator: a paused {@link Frame} resumed by {@code next()}, {@code send()} and
 * {@code throw()}. The frame lives on the heap between steps; no thread is involved.
 */
public final class PyGenerator {
    private final Frame frame;
    private boolean started;
    private boolean running;
    private boolean finished;

    public PyGenerator(Frame frame) {
        this.frame = frame;
    }

    public String name() {
        return frame.function.name;
    }

    /**
     * Resumes the frame with a value (or an exception to raise at the yield).
     *
     * @return the next yielded value, or null when the generator returned (its value in
     *     {@link #returnValue})
     */
    public Object resume(Object value, RuntimeException thrown) {
        if (running) {
            throw Exceptions.valueError("generator already executing");
        }
        if (finished) {
            frame.ret = null; // the return value goes with the first StopIteration only, as CPython's
            if (thrown != null) {
                throw thrown;
            }
            return null;
        }
        if (!started && thrown != null) {
            finished = true; // thrown in before the first line: the generator ends without running
            throw thrown;
        }
        if (!started && value != null && value != PyNone.NONE && thrown == null) {
            throw Exceptions.typeError("can't send non-None value to a just-started generator");
        }
        started = true;
        PyGenerator delegate = thrown == null && frame.delegate instanceof PyGenerator g ? g : null;
        if (delegate == null) {
            frame.sent = value;
            frame.thrown = thrown;
        }
        int status;
        Code code = frame.function.code;
        CallDepth depth = beginStep();
        try {
            // one exit from the try (each return there is another copy of the finally block)
            status = delegate != null && resumeDelegate(delegate, value) ? StmtNode.SUSPEND : code.body.exec(frame);
        } catch (StackOverflowError e) {
            throw ended(CallDepth.exceeded(""));
        } catch (PyException e) {
            throw ended(e);
        } finally {
            endStep(depth);
        }
        if (status == StmtNode.SUSPEND) {
            if (frame.awaiting) {
                throw Exceptions.typeError("'await' is not allowed in a generator");
            }
            return frame.yielded;
        }
        finished = true;
        return null;
    }

    /**
     * Resumes the generator a paused {@code yield from} delegates to, as the {@code yield from}
     * would: true when it yielded (its value in {@link Frame#yielded}, this frame stays paused).
     * Otherwise its end (return value or exception) is left in the frame for the {@code yield from},
     * which the body then runs into. The frames between stay on the thread's frame stack and in the
     * recursion depth as they would.
     */
    private boolean resumeDelegate(PyGenerator delegate, Object value) {
        Object v;
        try {
            v = delegate.resume(value == null ? PyNone.NONE : value, null);
        } catch (RuntimeException e) {
            frame.delegate = new Frame.Delegated(null, e);
            return false;
        }
        if (v == null) {
            frame.delegate = new Frame.Delegated(delegate.returnValue(), null);
            return false;
        }
        frame.yielded = v;
        frame.awaiting = false;
        return true;
    }

    /** The value of the generator's {@code return} once finished. */
    public Object returnValue() {
        return frame.ret == null ? PyNone.NONE : frame.ret;
    }

    public boolean finished() {
        return finished;
    }

    /** {@code next(gen)} semantics: raises StopIteration(value) at the end. */
    public Object send(Object value) {
        Object v = resume(value, null);
        if (v == null) {
            throw stopIteration();
        }
        return v;
    }

    private PyException stopIteration() {
        Object r = returnValue();
        return r == PyNone.NONE ? Exceptions.newException(Exceptions.STOP_ITERATION)
                : Exceptions.newException(Exceptions.STOP_ITERATION, r);
    }

    public PyIterator iterator() {
        return new Steps(this, frame.function.code.body instanceof GenExprBody body ? body : null);
    }

    /** Starts a step of the frame: running, one more level of depth (or RecursionError), the innermost frame. */
    private CallDepth beginStep() {
        running = true;
        CallDepth depth = CallDepth.current();
        frame.calls = depth;
        try {
            depth.enter(frame.module.interp.recursionLimit);
        } catch (PyException e) {
            running = false;
            throw e;
        }
        depth.push(frame);
        return depth;
    }

    /** Ends a step begun by {@link #beginStep}, however it ended. */
    private void endStep(CallDepth depth) {
        running = false;
        depth.exit();
        depth.popStep(frame);
    }

    /**
     * {@code next()} on a generator expression's generator (see {@link GenExprBody}): what
     * {@link #resume} does for a plain {@code next()}, with the body asked for its next item
     * directly rather than run to its suspension.
     */
    Object nextItem(GenExprBody body) {
        if (running) {
            throw Exceptions.valueError("generator already executing");
        }
        if (finished) {
            frame.ret = null;
            return null;
        }
        started = true;
        CallDepth depth = beginStep();
        Object v;
        try {
            v = body.next(frame);
        } catch (StackOverflowError e) {
            throw ended(CallDepth.exceeded(""));
        } catch (PyException e) {
            throw ended(e);
        } finally {
            endStep(depth);
        }
        if (v == null) {
            finished = true;
        }
        return v;
    }

    /** The generator ends with an exception from its frame: a StopIteration becomes RuntimeError. */
    private PyException ended(PyException e) {
        finished = true;
        Code code = frame.function.code;
        e.leaveFrame(code.filename, code.name);
        return Exceptions.escapedStopIteration(e, "generator");
    }

    /**
     * The generator stepped as an iterator (a {@code for} loop's). Named so that {@code yield from}
     * over an object whose {@code __iter__} is a generator function can find the generator, to send
     * and throw into it as CPython's does.
     */
    public static final class Steps extends PyIterator {
        public final PyGenerator generator;
        /** A generator expression's body, which gives items directly, or null. */
        private final GenExprBody body;

        Steps(PyGenerator generator, GenExprBody body) {
            this.generator = generator;
            this.body = body;
        }

        @Override
        public Object next() {
            return body != null ? generator.nextItem(body) : generator.resume(PyNone.NONE, null);
        }
    }

    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            Object v = resume(null, Exceptions.newException(Exceptions.GENERATOR_EXIT));
            if (v != null) {
                throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.value.type().isSubclassOf(Exceptions.GENERATOR_EXIT)) {
                throw e;
            }
        }
    }

    Object attr(String name) {
        return switch (name) {
            case "send" -> new BuiltinFunction("send", (a, k) -> send(a[0]));
            case "__next__" -> new BuiltinFunction("__next__", (a, k) -> send(PyNone.NONE));
            case "throw" -> new BuiltinFunction("throw", (a, k) -> {
                Object v = resume(null, Interop.raiseable(a[0]));
                if (v == null) {
                    throw stopIteration();
                }
                return v;
            });
            case "close" -> new BuiltinFunction("close", (a, k) -> {
                close();
                return PyNone.NONE;
            });
            case "__iter__" -> new BuiltinFunction("__iter__", this, (a, k) -> this);
            case "__name__" -> name();
            case "__qualname__" -> frame.function.qualname;
            case "gi_running" -> running;
            case "gi_suspended" -> started && !running && !finished; // paused at a yield (3.11)
            case "gi_frame" -> finished ? PyNone.NONE : new FrameView(frame);
            case "gi_code" -> new CodeObject(frame.function.code);
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<generator object " + frame.function.qualname + " at 0x"
                + Ops.hexId(this) + ">";
    }
}
