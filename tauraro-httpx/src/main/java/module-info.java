/**
 * An httpx-style HTTP client for Java on Reactor Netty: {@code Client}, {@code AsyncClient},
 * {@code Response}, timeouts, limits, proxies and httpx's errors. Exports only the API package.
 */
module dev.tauraro.httpx {
    requires transitive dev.tauraro.asyncio;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires reactor.netty.core;
    requires reactor.netty.http;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.compression;
    requires io.netty.codec.http;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.handler.proxy;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    requires io.netty.transport.unix.common;
    requires jdk.net;
    // read by Netty's decoders for br and zstd: required here so that they are resolved on the module path
    requires com.aayushatharva.brotli4j;
    requires com.github.luben.zstd_jni;

    exports dev.tauraro.httpx;
}
