package dev.tauraro.asyncio;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.util.AttributeKey;
import java.net.InetSocketAddress;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.NettyPipeline;
import reactor.netty.udp.UdpClient;
import reactor.netty.udp.UdpServer;

/**
 * Opens UDP endpoints on Reactor Netty ({@code create_datagram_endpoint}): a bound endpoint
 * ({@code UdpServer}) when only a local address is given, a connected one ({@code UdpClient})
 * when a remote address is. Every channel gets a {@link DatagramChannelHandler} and a
 * {@link DatagramTransport} when Netty initialises it; the protocol is attached on the loop once
 * the endpoint is open.
 */
final class DatagramSockets {
    private static final AttributeKey<DatagramTransport> TRANSPORT = AttributeKey.valueOf("tauraro.datagram.transport");

    private DatagramSockets() {
    }

    static Mono<DatagramTransport> createEndpoint(Supplier<? extends DatagramProtocol> factory,
                                                  InetSocketAddress local, InetSocketAddress remote) {
        return Mono.defer(() -> {
            EventLoop loop = EventLoop.running();
            Mono<? extends Connection> open;
            if (remote != null) {
                UdpClient client = UdpClient.create().remoteAddress(() -> remote)
                        .doOnChannelInit((o, ch, a) -> install(loop, ch, remote));
                if (local != null) {
                    client = client.bindAddress(() -> local);
                }
                open = client.connect();
            } else {
                InetSocketAddress bind = local != null ? local : new InetSocketAddress("127.0.0.1", 0);
                open = UdpServer.create().bindAddress(() -> bind)
                        .doOnChannelInit((o, ch, a) -> install(loop, ch, null)).bind();
            }
            Mono<DatagramTransport> opened = open.map(c -> c.channel().attr(TRANSPORT).get());
            return StreamSockets.onLoop(loop, opened, DatagramTransport::abort).map(t -> {
                DatagramProtocol p;
                try {
                    p = factory.get();
                } catch (RuntimeException e) {
                    t.abort();
                    throw e;
                }
                t.start(p);
                return t;
            });
        });
    }

    private static void install(EventLoop loop, Channel channel, InetSocketAddress remote) {
        DatagramTransport t = new DatagramTransport(loop, channel, remote);
        channel.attr(TRANSPORT).set(t);
        ChannelPipeline p = channel.pipeline();
        DatagramChannelHandler h = new DatagramChannelHandler(t);
        if (p.get(NettyPipeline.ReactiveBridge) != null) {
            p.addBefore(NettyPipeline.ReactiveBridge, DatagramChannelHandler.NAME, h);
        } else {
            p.addLast(DatagramChannelHandler.NAME, h);
        }
    }
}
