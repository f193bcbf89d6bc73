package dev.tauraro.websockets;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.EventLoop;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * The tauraro-asyncio loop that a server or a client connection belongs to, if any.
 *
 * <p>Network events complete on Netty's threads. Code running under {@code Asyncio.run} must see
 * them on its own loop thread, with asyncio's "nothing runs between two awaits" guarantee, so a
 * connection made while a loop was running hands every result back to that loop
 * ({@link Asyncio#await}) and runs server handlers as tasks of that loop. Without a loop, results
 * arrive on Netty's threads as in plain Reactor code.
 */
final class LoopBinding {
    static final LoopBinding NONE = new LoopBinding(null, null);
    private static final Logger LOG = Loggers.getLogger("websockets.server");

    private final EventLoop loop;
    private final Thread thread;

    private LoopBinding(EventLoop loop, Thread thread) {
        this.loop = loop;
        this.thread = thread;
    }

    /** The loop running in the calling thread, or {@link #NONE}. */
    static LoopBinding capture() {
        EventLoop loop = EventLoop.runningOrNull();
        return loop == null ? NONE : new LoopBinding(loop, Thread.currentThread());
    }

    /** {@code source}, resuming on the loop when subscribed from the loop's thread. */
    <T> Mono<T> wrap(Mono<T> source) {
        if (loop == null) {
            return source;
        }
        return Mono.defer(() -> Thread.currentThread() == thread ? Asyncio.await(source) : source);
    }

    /**
     * Runs {@code work} as a task of the loop and completes with its result on the caller's side
     * (any thread); without a loop, subscribes to it at once. Hooks of a server started under
     * {@code Asyncio.run} run there, as its handlers do: script code only runs on its loop.
     */
    <T> Mono<T> onLoop(java.util.function.Supplier<? extends org.reactivestreams.Publisher<T>> work) {
        Mono<T> body = Mono.defer(() -> Mono.from(work.get()));
        if (loop == null) {
            return body;
        }
        return Mono.create(sink -> {
            try {
                loop.callSoonThreadsafe(() -> loop.createTask(body).addDoneCallback(f -> {
                    if (f.cancelled()) {
                        sink.error(new java.util.concurrent.CancellationException("hook cancelled"));
                    } else if (f.exception() != null) {
                        sink.error(f.exception());
                    } else {
                        sink.success(f.result());
                    }
                }));
            } catch (RuntimeException loopClosed) {
                sink.error(loopClosed);
            }
        });
    }

    /** Starts {@code session}: as a task of the loop, or subscribed at once without one. */
    void start(Mono<?> session, Runnable onRejected) {
        if (loop == null) {
            session.subscribe(null, e -> LOG.error("connection session failed", e));
            return;
        }
        try {
            loop.callSoonThreadsafe(() -> loop.createTask(session));
        } catch (RuntimeException loopClosed) {
            onRejected.run();
        }
    }
}
