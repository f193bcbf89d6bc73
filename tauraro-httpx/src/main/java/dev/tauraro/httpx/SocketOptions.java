package dev.tauraro.httpx;

import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.nio.NioChannelOption;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.util.Map;
import jdk.net.ExtendedSocketOptions;
import reactor.netty.http.client.HttpClient;

/**
 * The socket-level options of {@link TransportBuilder} ({@code uds}, {@code local_address},
 * {@code socket_options}) applied to a Reactor Netty client.
 *
 * <p>Java's {@link SocketOption}s are the public names; Netty needs its own {@link ChannelOption}s,
 * and the keep-alive tuning ones differ with the transport Reactor Netty runs on: the native
 * epoll transport (Linux, the default where it loads) has its own constants, NIO takes the
 * JDK's option wrapped.
 */
final class SocketOptions {
    private static final Map<SocketOption<?>, ChannelOption<?>> STANDARD = Map.of(
            StandardSocketOptions.SO_KEEPALIVE, ChannelOption.SO_KEEPALIVE,
            StandardSocketOptions.TCP_NODELAY, ChannelOption.TCP_NODELAY,
            StandardSocketOptions.SO_RCVBUF, ChannelOption.SO_RCVBUF,
            StandardSocketOptions.SO_SNDBUF, ChannelOption.SO_SNDBUF,
            StandardSocketOptions.SO_REUSEADDR, ChannelOption.SO_REUSEADDR,
            StandardSocketOptions.SO_LINGER, ChannelOption.SO_LINGER,
            StandardSocketOptions.IP_TOS, ChannelOption.IP_TOS);

    private SocketOptions() {
    }

    /** Netty's option for {@code option}; refuses the options this transport does not set. */
    @SuppressWarnings("unchecked")
    static <V> ChannelOption<V> channelOption(SocketOption<V> option) {
        ChannelOption<?> standard = STANDARD.get(option);
        if (standard != null) {
            return (ChannelOption<V>) standard;
        }
        ChannelOption<?> keepalive = keepaliveTuning(option);
        if (keepalive == null) {
            throw new IllegalArgumentException("unsupported socket option: " + option.name());
        }
        return (ChannelOption<V>) keepalive;
    }

    private static ChannelOption<?> keepaliveTuning(SocketOption<?> option) {
        boolean epoll = Epoll.isAvailable();
        if (option == ExtendedSocketOptions.TCP_KEEPIDLE) {
            return epoll ? EpollChannelOption.TCP_KEEPIDLE : NioChannelOption.of(option);
        }
        if (option == ExtendedSocketOptions.TCP_KEEPINTERVAL) {
            return epoll ? EpollChannelOption.TCP_KEEPINTVL : NioChannelOption.of(option);
        }
        if (option == ExtendedSocketOptions.TCP_KEEPCOUNT) {
            return epoll ? EpollChannelOption.TCP_KEEPCNT : NioChannelOption.of(option);
        }
        return null;
    }

    /** The local address {@code host} names: an IP literal, or a name looked up now (as Python's bind would). */
    static InetAddress localAddress(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("local_address is not a known address: " + host, e);
        }
    }

    /** {@code c} connecting as {@code config} says: to its Unix socket, from its local address, with its options. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static HttpClient apply(HttpClient c, TransportBuilder<?, ?> config) {
        if (config.uds != null) {
            String path = config.uds.toString();
            c = c.remoteAddress(() -> new io.netty.channel.unix.DomainSocketAddress(path));
        }
        if (config.localAddress != null) {
            InetAddress local = config.localAddress;
            c = c.bindAddress(() -> new InetSocketAddress(local, 0));
        }
        for (Map.Entry<SocketOption<?>, Object> e : config.socketOptions.entrySet()) {
            c = c.option((ChannelOption) channelOption(e.getKey()), e.getValue());
        }
        return c;
    }
}
