package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Future;
import dev.tauraro.script.runtime.Gil;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;

/**
 * Script functions run on an event loop's default executor ({@code loop.run_in_executor(None,
 * ...)}, {@code asyncio.to_thread}): each job is a Java executor thread that runs the function
 * holding the script GIL, as a CPython executor thread holds the GIL while it runs Python code.
 *
 * <p>The function releases the GIL wherever CPython's would ({@code time.sleep}, lock and queue
 * waits, joins), and the loop's own thread releases it while the loop is idle (see
 * {@link LoopPolicy}), so a job that blocks does not stop the loop and the loop does not stop the
 * job. The job's outcome reaches the loop's future through the loop's inbox.
 */
final class ScriptJobs {
    private ScriptJobs() {
    }

    /**
     * Submits {@code func(*args, **kw)} to {@code loop}'s default executor and returns the future
     * of the loop that gets its outcome. Called on the loop's thread.
     */
    static Future<Object> submit(EventLoop loop, Interpreter interp, Object func, Object[] args, String[] kwnames) {
        // From here on several threads run script code: the calling thread, which is running the
        // script, becomes the GIL's holder if the GIL is new.
        interp.enableGil();
        return loop.runInExecutorFuture(null, () -> {
            Gil gil = interp.gil();
            gil.lock();
            try {
                return Ops.callKw(func, args, kwnames);
            } finally {
                gil.unlock();
            }
        });
    }
}
