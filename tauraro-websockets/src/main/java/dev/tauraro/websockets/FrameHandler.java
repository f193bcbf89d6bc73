package dev.tauraro.websockets;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * Takes every decoded frame before Reactor Netty sees it and hands it to its {@link Connection}.
 *
 * <p>Reactor Netty's own websocket operations answer a close frame by closing the socket at once
 * and close the socket right after sending one, so the close handshake never completes and the
 * close code is lost. Frames stop here instead; Reactor Netty keeps the HTTP upgrade, the codecs,
 * TLS and the socket.
 */
final class FrameHandler extends ChannelInboundHandlerAdapter {
    private final Connection connection;

    FrameHandler(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof WebSocketFrame frame) {
            connection.onFrame(frame);
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        connection.onInactive();
        ctx.fireChannelInactive();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection.onWritabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        connection.onError(cause);
        if (!(cause instanceof CorruptedWebSocketFrameException)) {
            // Not a peer breaking the protocol (which the close code reports): pass it on to be logged.
            ctx.fireExceptionCaught(cause);
        }
    }
}
