package dev.tauraro.asyncio;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Netty end of a stream connection: runs on Netty's event-loop thread and hands every event
 * to the owning {@link Transport} on its asyncio loop, in the order Netty saw them.
 *
 * <p>It sits in the pipeline before Reactor Netty's reactive bridge and consumes what it handles
 * (data, end of input, errors), so Reactor Netty neither buffers the data nor closes the
 * connection when the peer half-closes it.
 *
 * <p>Reads are handed to the loop a burst at a time: what Netty read from the socket in one go
 * (until its {@code channelReadComplete}) travels as one task, so the loop is woken once per
 * burst, not once per buffer. Every other event hands the pending burst over first, which keeps
 * Netty's order.
 *
 * <p>Flow control, Netty's half: received bytes are counted until the loop has fed them to the
 * protocol; once more than the transport's in-flight bound is outstanding, or once the loop no
 * longer wants input ({@link Transport#wantsInput()}), reading stops here, on Netty's thread,
 * after the buffer just read: stopping needs no task from the loop, and at most one buffer more
 * arrives after a pause. The loop turns reading back on.
 */
final class StreamChannelHandler extends ChannelDuplexHandler {
    static final String NAME = "tauraro.stream";

    private final Transport transport;
    /** Buffers read since the last hand-over to the loop, in order; null when none (Netty thread). */
    private List<byte[]> burst;
    /** The first error seen on this channel (Netty thread only). */
    private Throwable error;

    StreamChannelHandler(Transport transport) {
        this.transport = transport;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf b)) {
            ctx.fireChannelRead(msg);
            return;
        }
        byte[] data;
        try {
            data = new byte[b.readableBytes()];
            b.readBytes(data);
        } finally {
            ReferenceCountUtil.release(b);
        }
        if (data.length == 0) {
            return;
        }
        if (burst == null) {
            burst = new ArrayList<>(4);
        }
        burst.add(data);
        if (transport.inFlight.addAndGet(data.length) > transport.inFlightBound || !transport.wantsInput()) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        handOver();
        ctx.fireChannelReadComplete();
    }

    /** Posts the buffers read so far to the loop as one task. */
    private void handOver() {
        List<byte[]> b = burst;
        if (b != null) {
            burst = null;
            transport.post(() -> transport.dataReceived(b));
        }
    }

    /**
     * Asks Netty for more input, unless the peer has shut its side down: there is nothing left to
     * read then, and Netty's epoll transport, which dropped the socket from its epoll set once
     * no events were wanted, fails to re-arm it ("epoll_ctl(..) failed with error(-2)"), which
     * would kill the half-closed connection (the loop may turn reading back on before it hears of
     * the end of input).
     */
    @Override
    public void read(ChannelHandlerContext ctx) {
        if (ctx.channel() instanceof DuplexChannel d && d.isInputShutdown()) {
            return;
        }
        ctx.read();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        handOver();
        if (evt instanceof ChannelInputShutdownEvent) {
            transport.post(transport::eofReceived);
        } else if (!(evt instanceof ChannelInputShutdownReadComplete)) {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            transport.postWritable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        handOver();
        if (error == null) {
            error = translate(cause);
        }
        if (isTls(cause) && ctx.pipeline().get(Transport.START_TLS) == null) {
            // A failed handshake: Reactor Netty's connect (or accept) is still waiting for it and
            // only learns of the failure from this exception; without it the connect never ends.
            // (Not after start_tls: the transport's own handshake future reports that one.)
            ctx.fireExceptionCaught(cause);
        }
        ctx.close();
    }

    private static boolean isTls(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        handOver();
        Throwable e = error != null ? error : transport.writeError();
        transport.post(() -> transport.connectionLost(e));
        ctx.fireChannelInactive();
    }

    /**
     * The exception stream code sees for a transport failure: a reset as
     * {@link ConnectionResetError} with CPython's text, anything else unchanged.
     */
    static Throwable translate(Throwable cause) {
        if (cause instanceof IOException && !(cause instanceof ConnectionResetError)) {
            String m = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("connection reset")) {
                return new ConnectionResetError("Connection reset by peer", cause);
            }
        }
        return cause;
    }
}
