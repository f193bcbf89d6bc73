package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Future;
import dev.tauraro.asyncio.Task;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyCoroutine;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * {@code asyncio.run_coroutine_threadsafe(coro, loop)}: another thread hands a coroutine to a
 * running loop and gets a {@code concurrent.futures.Future} (the script module's) for its outcome.
 * The task is created on the loop through {@link EventLoop#callSoonThreadsafe}; its outcome is
 * copied into the concurrent future, and cancelling the concurrent future cancels the task on its
 * loop: CPython's {@code _chain_future}.
 */
final class AsyncioThreadsafe {
    private AsyncioThreadsafe() {
    }

    static void bind(List<AsyncioModule.Binding> t, Interpreter interp) {
        t.add(new AsyncioModule.Binding("run_coroutine_threadsafe", EventLoop.class, "callSoonThreadsafe",
                new BuiltinFunction("run_coroutine_threadsafe", (a, k) -> {
                    if (!(a[0] instanceof PyCoroutine coro)) {
                        throw Exceptions.typeError("A coroutine object is required");
                    }
                    if (!(a[1] instanceof EventLoop loop)) {
                        throw Exceptions.typeError("run_coroutine_threadsafe() needs an event loop, got "
                                + Ops.typeName(a[1]));
                    }
                    return submit(interp, coro, loop);
                })));
    }

    private static Object submit(Interpreter interp, PyCoroutine coro, EventLoop loop) {
        Object cf = Ops.call(Ops.getAttr(interp.importModule("concurrent.futures"), "Future"));
        interp.enableGil(); // the loop's thread and this one both run script code from now on
        loop.callSoonThreadsafe(() -> {
            Task<?> task;
            try {
                task = loop.createTask((Mono<?>) PyCoroutine.asTask(coro)); // a copy of the loop thread's context
            } catch (RuntimeException e) {
                if (Ops.truthy(Ops.call(Ops.getAttr(cf, "set_running_or_notify_cancel")))) {
                    Ops.call(Ops.getAttr(cf, "set_exception"), Interop.toPy(e).value);
                }
                throw e;
            }
            task.addDoneCallback(done -> copyState(done, cf));
            Ops.call(Ops.getAttr(cf, "add_done_callback"), new BuiltinFunction("_call_check_cancel", (x, y) -> {
                if (Ops.truthy(Ops.call(Ops.getAttr(x[0], "cancelled")))) {
                    loop.callSoonThreadsafe(() -> task.cancel());
                }
                return PyNone.NONE;
            }));
        });
        return cf;
    }

    /** CPython's {@code _copy_future_state} from a task into a concurrent future. */
    private static void copyState(Future<?> done, Object cf) {
        if (done.cancelled()) {
            Ops.call(Ops.getAttr(cf, "cancel"));
        }
        if (!Ops.truthy(Ops.call(Ops.getAttr(cf, "set_running_or_notify_cancel")))) {
            return;
        }
        Throwable e = done.exception();
        if (e != null) {
            PyException p = Interop.toPy(e);
            Ops.call(Ops.getAttr(cf, "set_exception"), p.value);
        } else {
            Ops.call(Ops.getAttr(cf, "set_result"), Interop.toPy((Object) done.result()));
        }
    }
}
