package dev.tauraro.script.runtime;

/**
 * How many script frames the current thread is running: CPython's recursion depth. Every entry
 * into a script frame (a call from a call node, a call from Java such as a dunder dispatch, a
 * generator or coroutine step) goes through {@link #enter}, which raises {@code RecursionError}
 * once the depth would pass {@code sys.getrecursionlimit()}: runaway recursion ends after the
 * limit's number of frames instead of filling a half-gigabyte Java stack (which took minutes when
 * every level also raised and caught an exception, as a {@code __getattr__} loop does).
 *
 * <p>As in CPython, the module's frame counts as one, so functions may nest {@code limit - 1}
 * deep. Threads the interpreter starts are {@link ScriptThread}s and carry their counter in a
 * field, one type check per call; other threads (the test runner's, Reactor's, pool workers')
 * find theirs in a thread-local, which is per-thread state rather than shared state.
 */
public final class CallDepth {
    private static final ThreadLocal<CallDepth> OTHER_THREADS = ThreadLocal.withInitial(() -> {
        CallDepth d = new CallDepth();
        register(Thread.currentThread(), d);
        return d;
    });
    /** Every thread's counter, for {@code sys._current_frames()}; weak, so ended threads go. */
    private static final java.util.Map<Thread, CallDepth> LIVE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static void register(Thread t, CallDepth d) {
        LIVE.put(t, d);
    }

    /**
     * The innermost running frame of each live thread running script code, read from other threads
     * without synchronisation: a snapshot for diagnostics ({@code sys._current_frames()}, faulthandler),
     * as CPython's.
     */
    static java.util.Map<Thread, Frame> topFrames() {
        java.util.Map<Thread, Frame> tops = new java.util.LinkedHashMap<>();
        synchronized (LIVE) {
            LIVE.forEach((t, d) -> {
                Frame f = d.top;
                if (f != null && t.isAlive()) {
                    tops.put(t, f);
                }
            });
        }
        return tops;
    }

    /** Script frames running on the owning thread, the module's not counted. */
    int depth;
    /**
     * The exception an {@code except} block of this thread is handling (innermost), or null: what
     * {@code sys.exc_info()} and {@code sys.exception()} return, as CPython's per-thread exception stack.
     */
    public PyBaseException handled;
    /**
     * The innermost running script frame of this thread; frames link outwards through
     * {@link Frame#back}. What {@code sys._getframe()} walks: logging's caller, warnings' location,
     * {@code traceback.print_stack}. Pushed and popped where frames are entered (two field stores per call).
     */
    public Frame top;
    /**
     * The {@code contextvars.Context} current on this thread, or null until the script uses
     * contextvars (the script module creates one then). A coroutine step installs its task's
     * context here for the step's duration ({@link FrameDriver}).
     */
    public Object context;
    /**
     * The interpreter parsing source on this thread while no frame runs (a main script, a line at
     * the prompt), or null: whose int/str digit limit the literals meet ({@link IntDigits#limit}).
     */
    public Interpreter parsing;

    /** Makes {@code f} the innermost running frame (after {@link #enter}). */
    public void push(Frame f) {
        f.back = top;
        top = f;
    }

    /** Ends {@code f}'s run: its caller is the innermost frame again. */
    public void pop(Frame f) {
        top = f.back;
    }

    /**
     * Ends a step of a generator's or coroutine's frame: as {@link #pop}, and the frame forgets
     * the frame that resumed it (CPython's suspended frame has no f_back). Otherwise a generator
     * kept alive, such as an {@code itertools.count()}, would keep its last caller's locals
     * reachable, and objects that weakref users expect to be collected would stay.
     */
    public void popStep(Frame f) {
        top = f.back;
        f.back = null;
    }

    /** The counter of the calling thread. */
    public static CallDepth current() {
        return Thread.currentThread() instanceof ScriptThread s ? s.callDepth : OTHER_THREADS.get();
    }

    /**
     * Counts one more frame; pair it with {@link #exit()} in a {@code finally}.
     *
     * @throws PyException RecursionError when the frame would pass {@code limit}
     */
    public void enter(int limit) {
        int d = depth + 1;
        if (d >= limit) {
            throw exceeded("");
        }
        depth = d;
    }

    /**
     * Counts levels of Java-side recursion that CPython counts too (its C code calls
     * {@code Py_EnterRecursiveCall(where)}), such as {@code repr()} dispatching to {@code __repr__}
     * (two levels there: {@code PyObject_Repr} and the evaluation loop's entry): which check trips
     * first decides the message. Pair it with {@link #exit(int)}.
     */
    public void enter(int limit, String where, int levels) {
        int d = depth + levels;
        if (d >= limit) {
            throw exceeded(where);
        }
        depth = d;
    }

    /**
     * One level of a container's recursion in Java that CPython counts as {@code Py_EnterRecursiveCall(where)}
     * (the repr of a list inside a list, {@code ==} of nested lists, a JSON array in an array), against
     * the limit of the interpreter running the innermost frame: a structure nested a million deep gives
     * CPython's RecursionError instead of a minute of walking a deep Java stack. Pair it with {@link #exit(int)} of 1.
     */
    public static CallDepth nest(String where) {
        CallDepth d = current();
        // the module's frame counts here, as CPython's C-level check counts every frame
        d.enter((d.top != null ? d.top.module.interp.recursionLimit : 1000) - 1, where, 1);
        return d;
    }

    /** Leaves the frame counted by {@link #enter}. */
    public void exit() {
        depth--;
    }

    /** Leaves the levels counted by {@link #enter(int, String, int)}. */
    public void exit(int levels) {
        depth -= levels;
    }

    /** The frames the thread is running, the module's included: what the limit is compared with. */
    public int frames() {
        return depth + 1;
    }

    /** CPython's RecursionError; {@code where} is its suffix, such as " while calling a Python object". */
    public static PyException exceeded(String where) {
        return Exceptions.newException(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
    }
}
