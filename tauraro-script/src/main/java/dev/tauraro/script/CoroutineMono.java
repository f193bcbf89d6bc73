package dev.tauraro.script;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.Task;
import dev.tauraro.script.runtime.PyCoroutine;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * A script coroutine as Java sees it: a cold {@link Mono} whose subscription runs the coroutine as
 * {@code asyncio.run} would, on an interpreter thread. Cancelling the subscription cancels the run's
 * main task, as Ctrl-C does under {@code asyncio.run}: the coroutine gets {@code CancelledError} at
 * the await it is suspended in, so its {@code except}/{@code finally} blocks run, and the run ends
 * without a signal to the cancelled subscriber. A subscription cancelled before the run started never
 * starts it.
 */
final class CoroutineMono {
    private CoroutineMono() {
    }

    /**
     * {@code run} is {@code asyncio.run} applied to what it is given, under the interpreter's lock;
     * it is given a Mono that completes as {@code coro} does and first notes the task running it.
     */
    static Mono<Object> of(PyCoroutine coro, Scheduler scheduler, Function<Mono<Object>, Object> run) {
        return Mono.create(sink -> {
            MainTask main = new MainTask();
            sink.onCancel(main::cancel);
            scheduler.schedule(() -> main.run(sink, coro, run));
        });
    }

    /** One subscription's run: the task to cancel once it exists, and whether it was cancelled. */
    private static final class MainTask {
        private Task<?> task;
        private boolean cancelled;

        void run(MonoSink<Object> sink, PyCoroutine coro, Function<Mono<Object>, Object> run) {
            if (isCancelled()) {
                return;
            }
            Object result;
            try {
                result = run.apply(Mono.defer(() -> {
                    started(Asyncio.currentTask());
                    return coro;
                }));
            } catch (Throwable e) {
                if (!isCancelled()) {   // a cancelled subscriber takes no signal (nor would Reactor's log want it)
                    sink.error(e);
                }
                return;
            }
            sink.success(result);
        }

        private synchronized boolean isCancelled() {
            return cancelled;
        }

        private synchronized void started(Task<?> t) {
            task = t;
            if (cancelled) {
                t.cancel();   // cancelled while the run was starting: we are on the task's loop
            }
        }

        synchronized void cancel() {
            cancelled = true;
            Task<?> t = task;
            if (t != null) {
                t.getLoop().callSoonThreadsafe(t::cancel);
            }
        }
    }
}
