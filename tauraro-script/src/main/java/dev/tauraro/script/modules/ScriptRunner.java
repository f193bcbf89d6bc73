package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Future;
import dev.tauraro.asyncio.Runner;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import reactor.core.publisher.Mono;

/**
 * {@code asyncio.Runner} for scripts, and so {@code asyncio.run}: a {@link Runner} whose loop the
 * interpreter's {@link LoopPolicy} makes and, as CPython's runner does, sets as the thread's
 * current loop until the runner closes (unless a {@code loop_factory} made it).
 */
final class ScriptRunner {
    /** The script type of runners: made per interpreter, since its constructor needs the policy. */
    final PyClass type;
    private final LoopPolicy policy;
    private final Runner runner;
    private boolean setEventLoop;

    ScriptRunner(PyClass type, LoopPolicy policy, Object debug, Object loopFactory) {
        this.type = type;
        this.policy = policy;
        this.runner = new Runner(() -> {
            EventLoop loop;
            if (loopFactory == PyNone.NONE) {
                loop = policy.newLoop();
                policy.setEventLoop(loop);
                setEventLoop = true;
            } else {
                Object made = Ops.call(loopFactory);
                if (!(made instanceof EventLoop l)) {
                    throw Exceptions.typeError("loop_factory must return an event loop, not "
                            + Ops.typeName(made));
                }
                loop = l;
            }
            if (debug != PyNone.NONE) {
                LoopPolicy.state(loop, null).debug = Ops.truthy(debug);
            }
            return loop;
        });
    }

    /** The contextvars Context every run of this runner happens in (null while contextvars is unused). */
    private Object context;
    private boolean contextTaken;

    /** {@code Runner.run(coro)}: the coroutine as the main task of the runner's loop. */
    Object run(Object coro) {
        if (!(coro instanceof Mono<?> m) || coro instanceof Future) {
            throw Exceptions.valueError("a coroutine was expected, got " + Ops.repr(coro));
        }
        if (LoopPolicy.runningLoop() != null) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR,
                    "Runner.run() cannot be called from a running event loop");
        }
        if (!contextTaken) {   // as CPython's Runner: one copy of the context, made at the first run
            contextTaken = true;
            context = dev.tauraro.script.runtime.PyCoroutine.copyContext(coro);
        }
        dev.tauraro.script.runtime.PyCoroutine.inContext(coro, context);
        try {
            return Interop.toPy((Object) runner.run(m));
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Interop.toPy(e);
        }
    }

    EventLoop getLoop() {
        try {
            return runner.getLoop();
        } catch (IllegalStateException e) {
            throw Interop.toPy(e);
        }
    }

    /** Cancels what is left, waits for the default executor, closes the loop and unsets it. */
    void close() {
        try {
            runner.close();
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Interop.toPy(e);
        } finally {
            if (setEventLoop) {
                setEventLoop = false;
                policy.setEventLoop(PyNone.NONE);
            }
        }
    }

    Object attr(String name) {
        return switch (name) {
            case "run" -> new dev.tauraro.script.runtime.BuiltinFunction(name, (a, k) -> run(a[0]));
            case "close" -> new dev.tauraro.script.runtime.BuiltinFunction(name, (a, k) -> {
                close();
                return PyNone.NONE;
            });
            case "get_loop" -> new dev.tauraro.script.runtime.BuiltinFunction(name, (a, k) -> getLoop());
            case "__enter__" -> new dev.tauraro.script.runtime.BuiltinFunction(name, (a, k) -> {
                getLoop();
                return this;
            });
            case "__exit__" -> new dev.tauraro.script.runtime.BuiltinFunction(name, (a, k) -> {
                close();
                return Boolean.FALSE;
            });
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<asyncio.runners.Runner object at 0x" + Ops.hexId(this) + ">";
    }
}
