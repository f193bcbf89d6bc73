package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.ExceptionContext;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.util.Map;

/**
 * The event loops of one interpreter: how scripts get them ({@code new_event_loop},
 * {@code get_event_loop}, {@code set_event_loop}) and the script-side state each one carries.
 *
 * <p>Python equivalent: asyncio's default event loop policy ({@code asyncio.events}): one current
 * loop per thread, made on demand by {@code get_event_loop()} in the main thread only, until
 * {@code set_event_loop} has been called there.
 *
 * <p>Every loop a script gets is made by {@link #newLoop()}, which fits it to the interpreter:
 * virtual time when the interpreter runs on it (tests); the script GIL released while the loop
 * waits for work, as CPython releases it in the selector, so script threads run meanwhile; a
 * virtual clock held at real time while script threads run (they may call in at any moment); and
 * an exception handler that reports as CPython's does, or calls the script's handler with a
 * context dict.
 */
final class LoopPolicy {
    private final Interpreter interp;
    private final ThreadLocal<EventLoop> current = new ThreadLocal<>();
    /** Whether set_event_loop was called in this thread (get_event_loop then makes no loop). */
    private final ThreadLocal<Boolean> setCalled = new ThreadLocal<>();

    LoopPolicy(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * The script state of a loop, kept in its {@link EventLoop#attachment()}.
     */
    static final class State {
        final Interpreter interp;
        /** The script's exception handler, or None. */
        volatile Object handler = PyNone.NONE;
        volatile boolean debug;
        /** A script executor given to set_default_executor, or None for the loop's own. */
        volatile Object defaultExecutor = PyNone.NONE;
        /** Signal numbers with a handler from add_signal_handler (see {@link LoopSignals}). */
        final java.util.Set<Long> signals = java.util.concurrent.ConcurrentHashMap.newKeySet();

        State(Interpreter interp) {
            this.interp = interp;
        }
    }

    /** The script state of {@code loop}; loops not made by a policy get a fresh one. */
    static State state(EventLoop loop, Interpreter interp) {
        Object a = loop.attachment();
        if (a instanceof State s) {
            return s;
        }
        synchronized (loop) {
            a = loop.attachment();
            if (a instanceof State s) {
                return s;
            }
            State s = new State(interp);
            loop.attach(s);
            return s;
        }
    }

    /** {@code asyncio.new_event_loop()}. */
    EventLoop newLoop() {
        EventLoop loop = interp.virtualTime() ? EventLoop.withVirtualTime() : EventLoop.create();
        State state = state(loop, interp);
        loop.setWaitWrapper(wait -> interp.releasingGil(() -> {
            wait.run();
            return null;
        }));
        loop.holdVirtualClockWhile(interp::otherThreadsRunning);
        loop.setExceptionHandler((java.util.function.Consumer<ExceptionContext>) ctx -> report(loop, state, ctx));
        return loop;
    }

    /** {@code asyncio.get_event_loop()}: the running loop, else this thread's current one. */
    EventLoop getEventLoop() {
        EventLoop running = runningLoop();
        if (running != null) {
            return running;
        }
        EventLoop loop = current.get();
        if (loop == null && setCalled.get() == null && interp.inMainThread()) {
            loop = newLoop();
            setEventLoop(loop);
        }
        if (loop == null) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "There is no current event loop in thread "
                    + Ops.repr(threadName(interp)) + ".");
        }
        return loop;
    }

    /** {@code asyncio.set_event_loop(loop)} (None clears it). */
    void setEventLoop(Object loop) {
        setCalled.set(Boolean.TRUE);
        if (loop != PyNone.NONE && !(loop instanceof EventLoop)) {
            throw Exceptions.typeError("loop must be an instance of AbstractEventLoop or None, not '"
                    + Ops.typeName(loop) + "'");
        }
        if (loop == PyNone.NONE) {
            current.remove();
        } else {
            current.set((EventLoop) loop);
        }
    }

    static EventLoop runningLoop() {
        try {
            return EventLoop.running();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The calling thread's name as {@code threading.current_thread().name} shows it. */
    private static String threadName(Interpreter interp) {
        return interp.inMainThread() ? "MainThread" : Thread.currentThread().getName();
    }

    // ---------------------------------------------------------------- errors nobody could receive

    /**
     * The loop's handler: the script's, called with {@code (loop, context)}, or the default one.
     * CPython's {@code call_exception_handler}: a failing script handler is reported by the default
     * handler as "Unhandled error in exception handler".
     */
    void report(EventLoop loop, State state, ExceptionContext ctx) {
        Object handler = state.handler;
        PyDict context = toDict(ctx);
        if (handler == PyNone.NONE) {
            defaultHandler(state.interp, context);
            return;
        }
        callScriptHandler(loop, state, handler, context);
    }

    /** {@code loop.call_exception_handler(context)} with a script dict. */
    static void callExceptionHandler(EventLoop loop, State state, PyDict context) {
        Object handler = state.handler;
        if (handler == PyNone.NONE) {
            try {
                defaultHandler(state.interp, context);
            } catch (PyException e) {
                print(state.interp, "Exception in default exception handler", e.value);
            }
            return;
        }
        callScriptHandler(loop, state, handler, context);
    }

    private static void callScriptHandler(EventLoop loop, State state, Object handler, PyDict context) {
        try {
            Ops.call(handler, loop, context);
        } catch (PyException e) {
            if (isExit(e.value)) {
                throw e;
            }
            PyDict inner = new PyDict();
            inner.put("message", "Unhandled error in exception handler");
            inner.put("exception", e.value);
            inner.put("context", context);
            try {
                defaultHandler(state.interp, inner);
            } catch (PyException again) {
                print(state.interp, "Exception in default exception handler", again.value);
            }
        }
    }

    private static boolean isExit(PyBaseException e) {
        return e.type().isSubclassOf(Exceptions.SYSTEM_EXIT)
                || e.type().isSubclassOf(Exceptions.KEYBOARD_INTERRUPT);
    }

    /**
     * CPython's {@code default_exception_handler}: the message, then {@code key: repr(value)} for
     * the other keys in sorted order, then the exception's traceback, on standard error.
     */
    static void defaultHandler(Interpreter interp, PyDict context) {
        Object message = context.get("message");
        StringBuilder sb = new StringBuilder(message == null || !Ops.truthy(message)
                ? "Unhandled exception in event loop" : Ops.str(message));
        java.util.TreeMap<String, Object> rest = new java.util.TreeMap<>();
        context.forEach((k, v) -> {
            if (!"message".equals(k) && !"exception".equals(k) && k instanceof String s) {
                rest.put(s, v);
            }
        });
        rest.forEach((k, v) -> sb.append('\n').append(k).append(": ").append(Ops.repr(v)));
        Object exc = context.get("exception");
        print(interp, sb.toString(), exc instanceof PyBaseException e ? e : null);
    }

    private static void print(Interpreter interp, String text, PyBaseException e) {
        interp.out().flush();
        interp.err().println(text);
        if (e != null) {
            interp.err().print(interp.formatTraceback(e));
        }
        interp.err().flush();
    }

    /** A Java context as the dict CPython passes: message, exception, then the details. */
    static PyDict toDict(ExceptionContext ctx) {
        PyDict d = new PyDict();
        d.put("message", ctx.message());
        if (ctx.exception() != null) {
            d.put("exception", Interop.toPy(ctx.exception()).value);
        }
        for (Map.Entry<String, Object> e : ctx.details().entrySet()) {
            Object v = e.getValue();
            d.put(e.getKey(), v instanceof ExceptionContext inner ? toDict(inner) : Interop.toPy(v));
        }
        return d;
    }
}
