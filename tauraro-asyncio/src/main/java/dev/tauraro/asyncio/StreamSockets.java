package dev.tauraro.asyncio;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.AttributeKey;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.NettyPipeline;
import reactor.netty.tcp.TcpClient;
import reactor.netty.tcp.TcpServer;

/**
 * Opens stream connections and servers on Reactor Netty, TCP or Unix-domain (Netty's native
 * epoll transport, which Reactor Netty uses on Linux), for streams ({@code open_connection},
 * {@code start_server}) and for protocols ({@code create_connection}, {@code create_server}):
 * a pair of streams is a transport whose protocol is a {@link StreamReaderProtocol}.
 *
 * <p>Every channel gets a {@link StreamChannelHandler} when Netty initialises it, before any byte
 * can arrive, and a {@link Transport} bound to the asyncio loop that asked for the
 * connection. Results reach the loop through {@code callSoonThreadsafe}; a connection that
 * completes after its awaiting task was cancelled is closed instead of leaking.
 *
 * <p>Sockets are configured for asyncio's stream semantics: half-closure allowed (the peer's
 * {@code write_eof} is an end of stream for the reader, not a close) and the write-buffer water
 * marks of CPython's transports.
 */
final class StreamSockets {
    private static final AttributeKey<Transport> TRANSPORT = AttributeKey.valueOf("tauraro.stream.transport");
    private static final WriteBufferWaterMark WATER_MARK =
            new WriteBufferWaterMark(Transport.LOW_WATER, Transport.HIGH_WATER);

    private StreamSockets() {
    }

    // ---------------------------------------------------------------- streams

    static Mono<StreamPair> openConnection(String host, int port, StreamOptions options) {
        return createConnection(streams(options), host, port, options).map(StreamSockets::pair);
    }

    static Mono<StreamPair> openUnixConnection(String path, StreamOptions options) {
        return createUnixConnection(streams(options), path, options).map(StreamSockets::pair);
    }

    static Mono<Server> startServer(BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback,
                                    String host, int port, StreamOptions options) {
        return createServer(streams(options, callback), host, port, options);
    }

    static Mono<Server> startUnixServer(BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback,
                                        String path, StreamOptions options) {
        return createUnixServer(streams(options, callback), path, options);
    }

    private static Supplier<Protocol> streams(StreamOptions options) {
        return streams(options, null);
    }

    private static Supplier<Protocol> streams(StreamOptions options,
            BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback) {
        return () -> new StreamReaderProtocol(EventLoop.running(), options.limit(), callback);
    }

    private static StreamPair pair(Transport t) {
        return ((StreamReaderProtocol) t.getProtocol()).pair();
    }

    // ---------------------------------------------------------------- transports

    static Mono<Transport> createConnection(Supplier<? extends Protocol> factory, String host, int port,
                                            StreamOptions options) {
        checkPort(port);
        String name = host == null ? "127.0.0.1" : host;
        return connect(() -> InetSocketAddress.createUnresolved(name, port), name, "('" + name + "', " + port + ")",
                options, factory);
    }

    static Mono<Transport> createUnixConnection(Supplier<? extends Protocol> factory, String path,
                                                StreamOptions options) {
        Objects.requireNonNull(path, "path");
        return connect(() -> new DomainSocketAddress(path), null, path, options, factory);
    }

    static Mono<Server> createServer(Supplier<? extends Protocol> factory, String host, int port,
                                     StreamOptions options) {
        checkPort(port);
        String name = host == null ? "127.0.0.1" : host;
        return listen(factory, () -> InetSocketAddress.createUnresolved(name, port), options);
    }

    /**
     * As CPython 3.11, a socket file left at {@code path} by an earlier server is removed first;
     * any other file there makes the bind fail ("Address already in use").
     */
    static Mono<Server> createUnixServer(Supplier<? extends Protocol> factory, String path, StreamOptions options) {
        Objects.requireNonNull(path, "path");
        return Mono.defer(() -> {
            removeStaleSocket(Path.of(path));
            return listen(factory, () -> new DomainSocketAddress(path), options);
        });
    }

    private static void removeStaleSocket(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if ((mode & 0170000) == 0140000) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // nothing there (or no way to tell): the bind reports what is wrong
        }
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535.");
        }
    }

    // ---------------------------------------------------------------- clients

    private static Mono<Transport> connect(Supplier<SocketAddress> remote, String host, String description,
                                           StreamOptions options, Supplier<? extends Protocol> factory) {
        return Mono.defer(() -> {
            EventLoop loop = EventLoop.running();
            TcpClient client = TcpClient.create()
                    .remoteAddress(remote)
                    .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                    .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .doOnChannelInit((observer, channel, address) -> install(loop, channel, options));
            if (options.ssl() != null) {
                client = client.secure(spec -> Tls.client(spec, options, host));
            }
            Mono<Transport> connected = client.connect().map(StreamSockets::transportOf);
            return onLoop(loop, connected, Transport::abort)
                    .onErrorMap(e -> connectError(e, description))
                    .map(t -> {
                        Protocol p;
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

    /** CPython's messages for a failed connect: "Connect call failed ('127.0.0.1', 8888)". */
    private static Throwable connectError(Throwable e, String description) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof IOException)) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT);
        // Netty's epoll transport reports a missing Unix socket file as a bare FileNotFoundException
        if (root instanceof java.io.FileNotFoundException || m.contains("no such file")) {
            NoSuchFileException nf = new NoSuchFileException(description);
            nf.initCause(root);
            return nf;
        }
        if (root instanceof ConnectException || m.contains("connection refused")) {
            ConnectException ce = new ConnectException(description.startsWith("(")
                    ? "Connect call failed " + description : "Connection refused");
            ce.initCause(root);
            return ce;
        }
        return e;
    }

    // ---------------------------------------------------------------- servers

    private static Mono<Server> listen(Supplier<? extends Protocol> factory, Supplier<SocketAddress> local,
                                       StreamOptions options) {
        return Mono.defer(() -> {
            EventLoop loop = EventLoop.running();
            Server server = new Server(loop, factory);
            TcpServer tcp = TcpServer.create()
                    .bindAddress(local)
                    .option(ChannelOption.SO_BACKLOG, options.backlog())
                    .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                    .doOnChannelInit((observer, channel, address) -> install(loop, channel, options))
                    .handle((in, out) -> {
                        Channel[] ch = new Channel[1];
                        in.withConnection(c -> {
                            ch[0] = c.channel();
                            server.accepted(transportOf(c));
                        });
                        // Reactor Netty closes the connection when this completes: on its close.
                        return Mono.create(sink -> ch[0].closeFuture().addListener(f -> sink.success()));
                    });
            if (options.ssl() != null) {
                tcp = tcp.secure(spec -> Tls.server(spec, options));
            }
            Mono<DisposableServer> bound = tcp.bind().map(ds -> (DisposableServer) ds);
            return onLoop(loop, bound, DisposableServer::dispose).map(ds -> {
                server.listening(ds, Transport.address(ds.address()));
                return server;
            });
        });
    }

    // ---------------------------------------------------------------- shared

    /**
     * Puts the stream handler into a new channel's pipeline, ahead of Reactor Netty's bridge.
     * Reading stays off until the transport has its protocol.
     */
    private static void install(EventLoop loop, Channel channel, StreamOptions options) {
        // Bytes posted to the loop and not yet fed: room for a few of Netty's 64 KiB reads, so that a
        // loop a little behind does not turn Netty's reading off and on again for every read
        Transport t = new Transport(loop, channel, options.ssl(), 4L * Math.max(options.limit(), 64 * 1024));
        channel.attr(TRANSPORT).set(t);
        ChannelPipeline p = channel.pipeline();
        StreamChannelHandler h = new StreamChannelHandler(t);
        if (p.get(NettyPipeline.ReactiveBridge) != null) {
            p.addBefore(NettyPipeline.ReactiveBridge, StreamChannelHandler.NAME, h);
        } else {
            p.addLast(StreamChannelHandler.NAME, h);
        }
    }

    private static Transport transportOf(Connection c) {
        return c.channel().attr(TRANSPORT).get();
    }

    /**
     * Subscribes to {@code source} and completes on {@code loop}; cancelling the awaiting task
     * cancels the source, and a value that arrives after the cancellation is given to
     * {@code discard} (on the loop) so that a late connection or server does not leak.
     */
    static <T> Mono<T> onLoop(EventLoop loop, Mono<T> source, Consumer<? super T> discard) {
        return Mono.defer(() -> {
            Future<T> f = loop.createFuture();
            // Netty answers from its own threads: a virtual clock keeps real time meanwhile, so a
            // timeout around the connect does not fire before the network could answer.
            ClockHold hold = new ClockHold(loop);
            Disposable d = source.subscribe(
                    v -> Bridge.post(loop, () -> {
                        hold.release();
                        if (f.done()) {
                            discard.accept(v);
                        } else {
                            f.setResult(v);
                        }
                    }),
                    e -> Bridge.post(loop, () -> {
                        hold.release();
                        if (!f.done()) {
                            f.setException(e);
                        }
                    }));
            f.addCallback(() -> {
                if (f.cancelled()) {
                    hold.release();
                    d.dispose();
                }
            });
            return f.owned();
        });
    }

    /**
     * Keeps a virtual clock in real time (see {@link EventLoop#holdVirtualClockWhile}) from its
     * creation until {@link #release()}, which may be called more than once. Loop thread only.
     */
    static final class ClockHold {
        private final EventLoop loop;
        private boolean held = true;

        ClockHold(EventLoop loop) {
            this.loop = loop;
            loop.foreignWorkStarted();
        }

        void release() {
            if (held) {
                held = false;
                loop.foreignWorkDone();
            }
        }
    }
}
