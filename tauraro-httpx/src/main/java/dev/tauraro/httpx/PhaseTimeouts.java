package dev.tauraro.httpx;

import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.WriteTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * httpx's read and write timeouts on one connection: one handler for the connection's life, armed
 * and disarmed per exchange, where Reactor Netty's {@code responseTimeout} and a
 * {@code WriteTimeoutHandler} added and removed a handler, subscribed to the exchange's end, and
 * scheduled and cancelled a timer on every request (about a tenth of a short request's CPU time).
 *
 * <p>The same rules as those handlers: the write timeout runs from the exchange's start (Reactor
 * Netty's {@code doOnRequest}) to the request's end ({@code doAfterRequest}) and fires when a write
 * has waited that long with no write completing; the read timeout runs from the request's end to
 * the response's end (or the connection's return to its pool) and fires when nothing has been read
 * for that long. Either fires once: {@link WriteTimeoutException} or {@link ReadTimeoutException}
 * down the pipeline, then the connection is closed.
 *
 * <p>One timer per connection, scheduled only while a phase is armed and none is pending: it checks
 * the time of the last progress when it runs and schedules itself again for the rest, so a
 * sequence of short requests under a 5 s timeout schedules it about once every 5 s.
 *
 * <p>Thread-safety: all state is touched on the connection's event loop; calls from elsewhere are
 * passed to it.
 */
final class PhaseTimeouts extends ChannelDuplexHandler implements ChannelFutureListener {
    private static final String NAME = "tauraro.httpx.timeouts";
    private static final long OFF = -1;

    private final Channel channel;
    private ChannelHandlerContext ctx;   // set when added
    private final Runnable check = this::check;
    private long writeTimeout = OFF;   // nanoseconds
    private long readTimeout = OFF;
    private int pendingWrites;         // written, not yet completed, whether armed or not
    private long lastWriteProgress;    // System.nanoTime() when pendingWrites became > 0 or a write completed
    private long lastRead;
    private boolean reading;           // inside a read burst (channelRead seen, channelReadComplete not yet)
    private ScheduledFuture<?> timer;
    private long timerAt;

    private PhaseTimeouts(Channel channel) {
        this.channel = channel;
    }

    /**
     * Arms the write timeout ({@code nanos}, or {@link #OFF}) for an exchange starting on
     * {@code channel}, and disarms the read timeout left by an exchange that ended abnormally.
     */
    static void startWriting(Channel channel, long nanos) {
        start(channel, true, nanos);
    }

    /** The request is sent: disarms the write timeout and arms the read timeout ({@code nanos}, or {@link #OFF}). */
    static void startReading(Channel channel, long nanos) {
        start(channel, false, nanos);
    }

    private static void start(Channel channel, boolean writing, long nanos) {
        PhaseTimeouts t = on(channel);
        if (t == null) {
            return;
        }
        // Called on the loop for every request: no task made then.
        if (channel.eventLoop().inEventLoop()) {
            t.arm(writing, nanos);
        } else {
            channel.eventLoop().execute(() -> t.arm(writing, nanos));
        }
    }

    private void arm(boolean writing, long nanos) {
        if (writing) {
            armWrite(nanos);
        } else {
            armRead(nanos);
        }
    }

    private void armWrite(long nanos) {
        readTimeout = OFF;
        writeTimeout = nanos;
        if (nanos != OFF && pendingWrites > 0) {
            lastWriteProgress = System.nanoTime();
            ensureTimer(nanos);
        }
    }

    private void armRead(long nanos) {
        writeTimeout = OFF;
        readTimeout = nanos;
        if (nanos != OFF) {
            lastRead = System.nanoTime();
            ensureTimer(nanos);
        }
    }

    /** The exchange on {@code channel} has ended: nothing is timed until the next one starts. */
    static void stop(Channel channel) {
        ConnectionState state = ConnectionState.peek(channel);
        PhaseTimeouts t = state == null ? null : state.timeouts();
        if (t == null) {
            return;
        }
        if (channel.eventLoop().inEventLoop()) {
            t.disarm();
        } else {
            channel.eventLoop().execute(t::disarm);
        }
    }

    private void disarm() {
        readTimeout = OFF;
        writeTimeout = OFF;
    }

    /** Converts a timeout to this handler's nanoseconds; null means none. */
    static long nanos(java.time.Duration d, boolean zeroDisables) {
        if (d == null) {
            return OFF;
        }
        long millis = d.toMillis();
        if (millis <= 0) {
            // Reactor Netty's responseTimeout read a timeout below 1 ms as none; the write
            // timeout was at least 1 ms. Kept as they were.
            return zeroDisables ? OFF : TimeUnit.MILLISECONDS.toNanos(1);
        }
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** The handler of {@code channel}, installed on first use; null when the channel is closed. */
    private static PhaseTimeouts on(Channel channel) {
        ConnectionState state = ConnectionState.of(channel);
        PhaseTimeouts t = state.timeouts();
        if (t != null || !channel.isOpen()) {
            return t;
        }
        t = new PhaseTimeouts(channel);
        state.setTimeouts(t);
        // First, nearest the socket: it sees every read and write whatever the protocol above.
        channel.pipeline().addFirst(NAME, t);
        return t;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        ctx = context;
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        ConnectionState.of(context.channel()).removeTimeouts(this);
        cancelTimer();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        cancelTimer();
        super.channelInactive(context);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) throws Exception {
        reading = true;
        context.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) throws Exception {
        reading = false;
        if (readTimeout != OFF) {
            lastRead = System.nanoTime();
        }
        context.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext context, Object msg, ChannelPromise promise) throws Exception {
        ChannelPromise p = promise.unvoid();
        if (pendingWrites++ == 0) {
            lastWriteProgress = System.nanoTime();
        }
        p.addListener(this);
        if (writeTimeout != OFF) {
            ensureTimer(writeTimeout);
        }
        context.write(msg, p);
    }

    /** A write completed (or failed). */
    @Override
    public void operationComplete(ChannelFuture future) {
        pendingWrites--;
        lastWriteProgress = System.nanoTime();
    }

    /** Makes sure the timer runs within {@code delay} nanoseconds from now. */
    private void ensureTimer(long delay) {
        long at = System.nanoTime() + delay;
        if (timer != null) {
            if (timerAt - at <= 0) {
                return;
            }
            timer.cancel(false);
        }
        timerAt = at;
        timer = channel.eventLoop().schedule(check, delay, TimeUnit.NANOSECONDS);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void check() {
        timer = null;
        if (ctx == null || !channel.isOpen()) {
            return;
        }
        long now = System.nanoTime();
        long next = Long.MAX_VALUE;
        if (writeTimeout != OFF && pendingWrites > 0) {
            long left = writeTimeout - (now - lastWriteProgress);
            if (left <= 0) {
                fire(WriteTimeoutException.INSTANCE);
                return;
            }
            next = left;
        }
        if (readTimeout != OFF) {
            long left = reading ? readTimeout : readTimeout - (now - lastRead);
            if (left <= 0) {
                fire(ReadTimeoutException.INSTANCE);
                return;
            }
            next = Math.min(next, left);
        }
        if (next != Long.MAX_VALUE) {
            ensureTimer(next);
        }
    }

    private void fire(Exception e) {
        disarm();
        ctx.fireExceptionCaught(e);
        ctx.close();
    }
}
