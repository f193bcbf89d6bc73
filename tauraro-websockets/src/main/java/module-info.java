/**
 * WebSocket servers and clients for Java, as Python's websockets library has them: {@code serve},
 * {@code connect}, close codes, keepalive and deflate. Exports only the API package.
 */
module dev.tauraro.websockets {
    requires transitive dev.tauraro.asyncio;
    requires reactor.netty.core;
    requires reactor.netty.http;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;

    exports dev.tauraro.websockets;
}
