package dev.tauraro.asyncio;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;

/**
 * The Netty end of a UDP endpoint: runs on Netty's thread and posts each datagram, error and the
 * close to the owning {@link DatagramTransport} on its loop, in the order Netty saw them. It
 * consumes what it handles, so Reactor Netty's bridge neither buffers datagrams nor closes the
 * endpoint on an error (a refused datagram is an error to report, not the end of the endpoint).
 */
final class DatagramChannelHandler extends ChannelInboundHandlerAdapter {
    static final String NAME = "tauraro.datagram";

    private final DatagramTransport transport;

    DatagramChannelHandler(DatagramTransport transport) {
        this.transport = transport;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof DatagramPacket p)) {
            ctx.fireChannelRead(msg);
            return;
        }
        byte[] data;
        InetSocketAddress from;
        try {
            data = new byte[p.content().readableBytes()];
            p.content().readBytes(data);
            from = p.sender();
        } finally {
            p.release();
        }
        Bridge.post(transport.loop, () -> transport.datagramReceived(data, from));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Bridge.post(transport.loop, () -> transport.errorReceived(cause));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Bridge.post(transport.loop, transport::connectionLost);
        ctx.fireChannelInactive();
    }
}
