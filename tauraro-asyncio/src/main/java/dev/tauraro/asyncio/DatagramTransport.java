package dev.tauraro.asyncio;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A UDP endpoint: sends datagrams, and hands those it receives to its {@link DatagramProtocol}.
 *
 * <p>Python equivalent: {@code asyncio.DatagramTransport} (the selector loop's
 * {@code _SelectorDatagramTransport}), what {@link Asyncio#createDatagramEndpoint} yields.
 *
 * <h2>Threads</h2>
 * Netty receives and sends on its own threads; received datagrams and errors are posted to the
 * loop that owns the endpoint, in order, and the protocol is called there. Use a transport from
 * its loop's thread.
 *
 * <h2>Differences from CPython</h2>
 * There is no write-buffer flow control ({@code pause_writing} is never called): a datagram goes
 * to Netty's outbound buffer at once. {@link #getExtraInfo} knows {@code sockname} and
 * {@code peername}.
 */
public final class DatagramTransport {
    final EventLoop loop;
    final Channel channel;
    /** The peer of a connected endpoint ({@code remote_addr}), else null. */
    private final InetSocketAddress remote;
    private DatagramProtocol protocol;
    /** Events that arrived before the protocol was attached, in order; null once it is. */
    private List<Runnable> early = new ArrayList<>(2);
    private boolean closing;
    private boolean lost;
    private StreamSockets.ClockHold clockHold;

    DatagramTransport(EventLoop loop, Channel channel, InetSocketAddress remote) {
        this.loop = loop;
        this.channel = channel;
        this.remote = remote;
        // Made on a Netty thread: a datagram may come at any moment, so a virtual clock keeps real time
        Bridge.post(loop, () -> {
            if (!lost && clockHold == null) {
                clockHold = new StreamSockets.ClockHold(loop);
            }
        });
    }

    /** Attaches the protocol (on the loop): {@code connectionMade}, then what was waiting for it. */
    void start(DatagramProtocol p) {
        protocol = Objects.requireNonNull(p, "protocol");
        callback("connection_made", () -> p.connectionMade(this));
        List<Runnable> waiting = early;
        early = null;
        waiting.forEach(Runnable::run);
        // Reactor Netty leaves reading to whoever subscribes to the inbound side; nobody does here
        channel.config().setAutoRead(true);
    }

    private void whenStarted(Runnable r) {
        if (early != null) {
            early.add(r);
        } else {
            r.run();
        }
    }

    private void callback(String name, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            loop.callExceptionHandler(new ExceptionContext("Exception in callback "
                    + protocol.getClass().getSimpleName() + "." + name + "()", e,
                    Map.of("protocol", protocol, "transport", this)));
        }
    }

    // ---------------------------------------------------------------- events from Netty (on the loop)

    void datagramReceived(byte[] data, InetSocketAddress from) {
        whenStarted(() -> {
            if (!closing) {
                callback("datagram_received", () -> protocol.datagramReceived(data, from));
            }
        });
    }

    void errorReceived(Throwable exc) {
        whenStarted(() -> {
            if (!lost) {
                callback("error_received", () -> protocol.errorReceived(exc));
            }
        });
    }

    void connectionLost() {
        if (clockHold != null) {
            clockHold.release();
        }
        whenStarted(() -> {
            if (lost) {
                return;
            }
            lost = true;
            closing = true;
            if (clockHold != null) {
                clockHold.release();
            }
            callback("connection_lost", () -> protocol.connectionLost(null));
        });
    }

    // ---------------------------------------------------------------- sending

    /** Sends {@code data} to the connected peer. Python: {@code sendto(data)}. */
    public void sendto(byte[] data) {
        sendto(data, null);
    }

    /**
     * Sends {@code data} (a copy is taken) to {@code addr}, or to the connected peer when
     * {@code addr} is null. As in CPython 3.11, empty data is not sent, data is dropped once
     * closing, a failure to send reaches the protocol's {@code errorReceived}, and sending without
     * an address from an endpoint that is not connected is a fatal error: reported to the loop's
     * exception handler ("Fatal write error on datagram transport"), the endpoint closed.
     * Python: {@code sendto(data, addr)}.
     *
     * @throws IllegalArgumentException "Invalid address: must be None or ('127.0.0.1', 9999)" when a
     *     connected endpoint is given another address
     */
    public void sendto(byte[] data, InetSocketAddress addr) {
        Objects.requireNonNull(data, "data");
        if (remote != null && addr != null && !sameAddress(addr, remote)) {
            throw new IllegalArgumentException("Invalid address: must be None or " + describe(remote));
        }
        if (data.length == 0 || closing) {
            return;
        }
        if (remote == null && addr == null) {
            loop.callExceptionHandler(new ExceptionContext("Fatal write error on datagram transport",
                    new IllegalArgumentException("sendto(): AF_INET address must be tuple, not NoneType"),
                    Map.of("protocol", protocol, "transport", this)));
            close();
            return;
        }
        Object msg = remote != null ? Unpooled.copiedBuffer(data) : new DatagramPacket(Unpooled.copiedBuffer(data), addr);
        ChannelFuture f = channel.writeAndFlush(msg);
        f.addListener(done -> {
            if (!done.isSuccess() && !(done.cause() instanceof ClosedChannelException)) {
                Bridge.post(loop, () -> errorReceived(done.cause()));
            }
        });
    }

    private static boolean sameAddress(InetSocketAddress a, InetSocketAddress b) {
        return a.getPort() == b.getPort() && a.getHostString().equals(b.getHostString());
    }

    /** An address as CPython writes it: {@code ('127.0.0.1', 9999)}. */
    static String describe(InetSocketAddress a) {
        return "('" + a.getHostString() + "', " + a.getPort() + ")";
    }

    /** Bytes queued and not yet sent. Python: {@code get_write_buffer_size()}. */
    public long getWriteBufferSize() {
        ChannelOutboundBuffer b = channel.unsafe().outboundBuffer();
        return b == null ? 0 : b.totalPendingWriteBytes();
    }

    /** Closes once what was sent has left; the protocol's {@code connectionLost(null)} follows. Python: {@code close()}. */
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        channel.close();
    }

    /** Closes at once. Python: {@code abort()}. */
    public void abort() {
        close();
    }

    /** Whether it is closed or closing. Python: {@code is_closing()}. */
    public boolean isClosing() {
        return closing;
    }

    /** The protocol its events go to. Python: {@code get_protocol()}. */
    public DatagramProtocol getProtocol() {
        return protocol;
    }

    /** Sends later events to {@code p} instead. Python: {@code set_protocol(protocol)}. */
    public void setProtocol(DatagramProtocol p) {
        protocol = Objects.requireNonNull(p, "protocol");
    }

    /** The loop its protocol's callbacks run on. */
    public EventLoop getLoop() {
        return loop;
    }

    /** {@code sockname} (the bound address) or {@code peername} (a connected endpoint's peer); else null. */
    public Object getExtraInfo(String name) {
        return switch (name) {
            case "sockname" -> Transport.address(channel.localAddress());
            case "peername" -> remote == null ? null : Transport.address(channel.remoteAddress());
            default -> null;
        };
    }

    /** Information about the endpoint, or {@code def}. Python: {@code get_extra_info(name, default)}. */
    public Object getExtraInfo(String name, Object def) {
        Object v = getExtraInfo(name);
        return v == null ? def : v;
    }

    @Override
    public String toString() {
        return "<DatagramTransport " + channel.localAddress() + (remote != null ? " -> " + remote : "")
                + (lost ? " closed" : closing ? " closing" : "") + ">";
    }
}
