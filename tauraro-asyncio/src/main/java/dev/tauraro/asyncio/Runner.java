package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/** {@code asyncio.run}: run a main Mono on a fresh loop, then cancel what is left and close. */
final class Runner {
    private Runner() {
    }

    static <T> T run(Mono<T> main, EventLoop loop) {
        if (EventLoop.runningOrNull() != null) {
            throw new IllegalStateException("asyncio.run() cannot be called from a running event loop");
        }
        // Fail before the shutdown below, which would otherwise hide the reason under its own error.
        if (loop.isClosed()) {
            throw new IllegalStateException("Event loop is closed");
        }
        if (loop.isRunning()) {
            throw new IllegalStateException("This event loop is already running");
        }
        try {
            return loop.runUntilComplete(main);
        } finally {
            try {
                cancelAllTasks(loop);
            } finally {
                loop.close();
            }
        }
    }

    /** CPython's {@code asyncio.runners._cancel_all_tasks}. */
    private static void cancelAllTasks(EventLoop loop) {
        Set<Task<?>> pending = loop.allTasks();
        if (pending.isEmpty()) {
            return;
        }
        List<Task<?>> tasks = new ArrayList<>(pending);
        for (Task<?> t : tasks) {
            t.cancel();
        }
        loop.runUntilComplete(new GatheringFuture(loop, tasks, true));
        for (Task<?> t : tasks) {
            if (!t.cancelled() && t.exception() != null) {
                loop.callExceptionHandler("unhandled exception during asyncio.run() shutdown\ntask: " + t,
                        t.exception());
            }
        }
    }
}
