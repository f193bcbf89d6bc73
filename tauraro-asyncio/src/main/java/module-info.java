/**
 * Python's asyncio for Java on Project Reactor: the event loop, tasks, {@code gather},
 * {@code waitFor}, {@code timeout}, locks, queues, TCP streams and subprocesses.
 * Exports only the API package; Netty stays an implementation detail.
 */
module dev.tauraro.asyncio {
    requires transitive reactor.core;
    requires transitive org.reactivestreams;
    requires reactor.netty.core;
    requires io.netty.buffer;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.transport.unix.common;

    exports dev.tauraro.asyncio;
}
