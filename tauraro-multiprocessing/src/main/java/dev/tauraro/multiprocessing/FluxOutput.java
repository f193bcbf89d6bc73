package dev.tauraro.multiprocessing;

import dev.tauraro.asyncio.EventLoop;
import java.util.HashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.FluxSink;

/**
 * Pushes a map's results into a {@link FluxSink}, in input order or in completion order.
 *
 * <p>Chunks are put in emission order under this object's lock, into a queue that one thread at
 * a time drains into the sink (so the subscriber never runs under the lock, and signals are
 * serialized). When the Flux was subscribed on an event loop, draining runs on that loop, so
 * asyncio code sees the results on its own thread. The first failure in emission order ends the
 * Flux with that error; a cancelled Flux makes the job stop claiming chunks.
 */
final class FluxOutput<R> implements MapOutput {
    private static final Object COMPLETE = new Object();

    /** A terminal error in the emission queue. */
    private static final class Failure {
        final Throwable error;

        Failure(Throwable error) {
            this.error = error;
        }
    }

    private final FluxSink<R> sink;
    private final boolean ordered;
    private final EventLoop loop;

    // Guarded by this.
    private final HashMap<Integer, Object> byChunk = new HashMap<>();
    private int emitted;
    private int totalChunks = -1;
    /** Written under the lock; read without it to stop the job claiming. */
    private volatile boolean terminated;

    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean cancelled;

    FluxOutput(FluxSink<R> sink, boolean ordered, EventLoop loop) {
        this.sink = sink;
        this.ordered = ordered;
        this.loop = loop;
    }

    /** The subscriber cancelled: stop emitting, and let the job stop claiming. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public boolean abandoned() {
        return cancelled || terminated;
    }

    @Override
    public void chunkDone(int chunk, int start, Object[] values) {
        arrive(chunk, values);
    }

    @Override
    public void chunkFailed(int chunk, Throwable error, boolean broken) {
        arrive(chunk, new Failure(error));
    }

    private void arrive(int chunk, Object item) {
        synchronized (this) {
            if (terminated) {
                return;
            }
            if (ordered) {
                byChunk.put(chunk, item);
                Object next;
                while (!terminated && (next = byChunk.remove(emitted)) != null) {
                    emit(next);
                }
            } else {
                emit(item);
            }
            checkComplete();
        }
        scheduleDrain();
    }

    /** Queues one chunk for the sink (lock held). */
    private void emit(Object item) {
        emitted++;
        queue.add(item);
        if (item instanceof Failure) {
            terminated = true;
        }
    }

    private void checkComplete() {
        if (!terminated && totalChunks >= 0 && emitted >= totalChunks) {
            terminated = true;
            queue.add(COMPLETE);
        }
    }

    @Override
    public void inputEnded(int chunks) {
        synchronized (this) {
            totalChunks = chunks;
            checkComplete();
        }
        scheduleDrain();
    }

    @Override
    public void abort(Throwable error) {
        synchronized (this) {
            if (terminated) {
                return;
            }
            terminated = true;
            queue.add(new Failure(error));
        }
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (loop != null) {
            try {
                loop.callSoonThreadsafe(this::drain);
                return;
            } catch (IllegalStateException closed) {
                // The loop is closed: nobody awaits on it any more; deliver here instead.
            }
        }
        drain();
    }

    @SuppressWarnings("unchecked")
    private void drain() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        while (true) {
            Object item;
            while ((item = queue.poll()) != null) {
                if (cancelled) {
                    queue.clear();
                    break;
                }
                if (item == COMPLETE) {
                    sink.complete();
                } else if (item instanceof Failure) {
                    sink.error(((Failure) item).error);
                } else {
                    for (Object v : (Object[]) item) {
                        if (v == null) {
                            cancelled = true;
                            sink.error(new NullPointerException(
                                    "the function returned null, which a Flux cannot carry"));
                            break;
                        }
                        sink.next((R) v);
                    }
                }
            }
            missed = wip.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }
}
