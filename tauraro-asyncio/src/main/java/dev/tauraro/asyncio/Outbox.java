package dev.tauraro.asyncio;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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
 * takes everything queued so far and flushes it together, and the bytes still queued
 * ({@link #queued()}) count toward the high-water mark as CPython's unsent bytes do.
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
    private final AtomicLong queued = new AtomicLong();
    /** The last write given to Netty (Netty's thread only). */
    private ChannelFuture last;

    /**
     * @param onWritten told of every write's outcome (on Netty's thread)
     * @param onDrained run on Netty's thread after queued bytes were handed to the channel
     */
    Outbox(Channel channel, ChannelFutureListener onWritten, Runnable onDrained) {
        this.channel = channel;
        this.onWritten = onWritten;
        this.onDrained = onDrained;
    }

    /** Queues {@code b} (now owned by the outbox) to be written and flushed. Any thread. */
    void write(ByteBuf b) {
        queued.addAndGet(b.readableBytes());
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

    /** Bytes queued and not yet handed to the channel. */
    long queued() {
        return queued.get();
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
                queued.addAndGet(-b.readableBytes());
                b.release();
            }
        }
    }

    /** Netty's thread: hands over everything queued, in order, with one flush per batch. */
    @Override
    public void run() {
        // Cleared first: anything queued from here on is either taken below or schedules a new run.
        scheduled.set(false);
        long handed = 0;
        boolean unflushed = false;
        Object o;
        while ((o = queue.poll()) != null) {
            if (o instanceof ByteBuf b) {
                handed += b.readableBytes();
                last = channel.write(b);
                last.addListener(onWritten);
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
        if (handed > 0) {
            queued.addAndGet(-handed);
            onDrained.run();
        }
    }
}
