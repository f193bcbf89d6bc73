package dev.tauraro.websockets;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Writes every HTTP response of the server as HTTP/1.1. Reactor Netty answers in the request's
 * version, so a request line of {@code HTTP/0.1} got an {@code HTTP/0.1 426} back (found by
 * {@code HandshakeFuzzTest}); websockets only speaks HTTP/1.1 and rejects other versions with a
 * 400, which {@link Server} sends.
 */
@ChannelHandler.Sharable
final class Http11Responses extends ChannelOutboundHandlerAdapter {
    static final Http11Responses INSTANCE = new Http11Responses();
    static final String NAME = "tauraro.http11";

    private Http11Responses() {
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse r && !HttpVersion.HTTP_1_1.equals(r.protocolVersion())) {
            r.setProtocolVersion(HttpVersion.HTTP_1_1);
        }
        ctx.write(msg, promise);
    }
}
