package dev.tauraro.asyncio;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * A transport's writes on their way from the asyncio loop to Netty's thread, which alone may
 * write to the channel.
 *
 * <p>Why not {@code channel.writeAndFlush} from the loop: each call is a task of its own for
 * Netty's thread (a wake-up per write), and Netty counts a write as pending from the moment it is
 * submitted, so a single 64 KiB write already crossed CPython's high-water mark and paused the
 * writer until Netty's thread had run, the loop had heard of it and the writer had resumed: one
 * chunk in flight at a time. CPython's {@code write()} offers the bytes to the socket at once and
 * only buffers what the socket refuses. Here the loop queues its writes, one task of Netty's
 * takes everything queued so far and flushes it together. The bytes not yet sent
 * ({@link #unsent()}: queued here or waiting in Netty's buffer) count toward the high-water mark
 * as CPython's unsent bytes do. One count, kept from {@code write} until Netty reports the buffer
 * written, so that no reader sees a buffer twice (or not at all) while it passes from the queue to
 * Netty, as a sum of the queue's count and Netty's would.
 *
 * <p>Actions that must follow the writes made before them (the end of output, closing, the TLS
 * handler of {@code start_tls}) go through the same queue, so they keep their place.
 */
final class Outbox implements Runnable {
    /** Runs once every write queued before it has finished. */
    private record AfterWrites(Runnable action) {
    }

    private final Channel channel;
    private final ChannelFutureListener onWritten;
    private final Runnable onDrained;
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong unsent = new AtomicLong();
    private final IntSupplier lowWater;
    /** The last write given to Netty (Netty's thread only). */
    private ChannelFuture last;

    /**
     * @param onWritten told of every write's outcome (on Netty's thread)
     * @param onDrained run on Netty's thread when a write finished with the unsent bytes at or
     *     below the low-water mark {@code lowWater} gives at that moment
     */
    Outbox(Channel channel, ChannelFutureListener onWritten, Runnable onDrained, IntSupplier lowWater) {
        this.channel = channel;
        this.onWritten = onWritten;
        this.onDrained = onDrained;
        this.lowWater = lowWater;
    }

    /** Queues {@code b} (now owned by the outbox) to be written and flushed. Any thread. */
    void write(ByteBuf b) {
        unsent.addAndGet(b.readableBytes());
        queue.add(b);
        schedule();
    }

    /** Runs {@code action} on Netty's thread once the writes queued before it have finished. */
    void afterWrites(Runnable action) {
        queue.add(new AfterWrites(action));
        schedule();
    }

    /** Runs {@code action} on Netty's thread after the writes queued before it were handed on. */
    void inOrder(Runnable action) {
        queue.add(action);
        schedule();
    }

    /** Bytes written and not yet sent: queued here or in Netty's outbound buffer. */
    long unsent() {
        return unsent.get();
    }

    /** Netty's thread: a buffer of {@code n} bytes was sent (or failed and was dropped). */
    private void sent(int n) {
        if (unsent.addAndGet(-n) <= lowWater.getAsInt()) {
            onDrained.run();
        }
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                channel.eventLoop().execute(this);
            } catch (RejectedExecutionException shutDown) {
                discard();
            }
        }
    }

    /** Netty's event loop is gone: nothing queued can be sent; the buffers are freed. */
    private void discard() {
        Object o;
        while ((o = queue.poll()) != null) {
            if (o instanceof ByteBuf b) {
                unsent.addAndGet(-b.readableBytes());
                b.release();
            }
        }
    }

    /** Netty's thread: hands over everything queued, in order, with one flush per batch. */
    @Override
    public void run() {
        // Cleared first: anything queued from here on is either taken below or schedules a new run.
        scheduled.set(false);
        boolean unflushed = false;
        Object o;
        while ((o = queue.poll()) != null) {
            if (o instanceof ByteBuf b) {
                int n = b.readableBytes();
                last = channel.write(b);
                last.addListener(onWritten);
                last.addListener(f -> sent(n));
                unflushed = true;
                continue;
            }
            if (unflushed) {
                channel.flush();
                unflushed = false;
            }
            if (o instanceof AfterWrites a) {
                ChannelFuture f = last;
                if (f == null || f.isDone()) {
                    a.action().run();
                } else {
                    f.addListener(done -> a.action().run());
                }
            } else {
                ((Runnable) o).run();
            }
        }
        if (unflushed) {
            channel.flush();
        }
    }
}
