package dev.tauraro.asyncio;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import reactor.core.publisher.Mono;

/**
 * One stream connection's transport: the loop-side state of a Netty channel, shared by its
 * {@link StreamReader} and {@link StreamWriter}.
 *
 * <p>Python equivalent: the selector loop's {@code _SelectorSocketTransport} together with the
 * {@code StreamReaderProtocol} and {@code FlowControlMixin} that connect it to the streams. Netty
 * events arrive through {@link StreamChannelHandler} as callbacks posted to the loop, so this
 * state is touched by the loop thread only, except for the fields marked otherwise.
 *
 * <h2>Flow control</h2>
 * Reading: the reader pauses the transport when it buffers more than twice its limit; separately,
 * bytes received but not yet fed to the reader ({@link #inFlight}) stop reading at Netty's end
 * once over {@link #inFlightBound}. Reading runs while neither holds. Writing: writes go to Netty's
 * outbound buffer at once; it is "paused" while Netty reports the channel unwritable (more than
 * 64 KiB queued, until it is back under 16 KiB: CPython's default high and low water marks), and
 * {@code drain()} waits for that.
 */
final class StreamTransport implements ChannelFutureListener, ReadFlow {
    /** CPython's default write-buffer water marks ({@code FlowControlMixin}, 64 KiB / 16 KiB). */
    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = 16 * 1024;

    final EventLoop loop;
    final Channel channel;
    final StreamReader reader;
    /** The TLS context, or null on a plain connection. */
    final SSLContext sslContext;

    /** Bytes read by Netty and not yet fed to the reader; any thread. */
    final AtomicLong inFlight = new AtomicLong();
    final long inFlightBound;
    /** The first failure of a write (Netty thread), reported as the reason the connection was lost. */
    private volatile Throwable writeError;

    private boolean readingPaused;
    private boolean closing;
    private boolean eofWritten;
    private boolean lost;
    private ChannelFuture lastWrite;
    private final List<Future<Void>> drainWaiters = new ArrayList<>(1);
    private final Future<Void> closed;
    /** Held from the connection's arrival on the loop until it is lost; see {@link #holdClock()}. */
    private StreamSockets.ClockHold clockHold;
    /** Told once when the connection is lost (a server counts its connections this way). */
    private Runnable onLost;

    StreamTransport(EventLoop loop, Channel channel, StreamReader reader, SSLContext sslContext) {
        this.loop = loop;
        this.channel = channel;
        this.reader = reader;
        this.sslContext = sslContext;
        this.inFlightBound = Math.max(reader.limit(), 64 * 1024);
        this.closed = loop.createFuture();
        reader.setTransport(this);
        // Made on a Netty thread: the hold starts on the loop, before connectionLost (posted later)
        post(this::holdClock);
    }

    /**
     * While the connection is open the peer may send at any moment, so a virtual clock keeps real
     * time (a read under a timeout must not time out before the data could arrive).
     */
    private void holdClock() {
        if (!lost && clockHold == null) {
            clockHold = new StreamSockets.ClockHold(loop);
        }
    }

    /** Runs {@code r} on the loop; dropped if the loop has closed. Any thread. */
    void post(Runnable r) {
        Bridge.post(loop, r);
    }

    Throwable writeError() {
        return writeError;
    }

    void onLost(Runnable r) {
        onLost = r;
    }

    // ---------------------------------------------------------------- events from Netty (on the loop)

    void dataReceived(byte[] data) {
        inFlight.addAndGet(-data.length);
        if (!closing && !lost) {
            reader.feedData(data);
        }
        updateReading();
    }

    /** The peer shut its side down (CPython's {@code eof_received}); TLS connections then close. */
    void eofReceived() {
        if (lost) {
            return;
        }
        reader.feedEof();
        if (sslContext != null) {
            close();
        }
    }

    /** The channel became writable again: CPython's {@code resume_writing} wakes every drain. */
    void resumeWriting() {
        if (!channel.isWritable()) {
            return;     // it filled up again since Netty reported it
        }
        for (Future<Void> w : List.copyOf(drainWaiters)) {
            if (!w.done()) {
                w.setResult(null);
            }
        }
    }

    /** CPython's {@code connection_lost(exc)}: the reader, the close waiter and drains learn of it. */
    void connectionLost(Throwable exc) {
        if (lost) {
            return;
        }
        lost = true;
        closing = true;
        if (clockHold != null) {
            clockHold.release();
        }
        if (exc == null) {
            reader.feedEof();
        } else {
            reader.setException(exc);
        }
        if (exc == null) {
            closed.setResult(null);
        } else {
            closed.setException(exc);
        }
        for (Future<Void> w : List.copyOf(drainWaiters)) {
            if (!w.done()) {
                if (exc == null) {
                    w.setResult(null);
                } else {
                    w.setException(exc);
                }
            }
        }
        Runnable r = onLost;
        if (r != null) {
            onLost = null;
            r.run();
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public void pauseReading() {
        readingPaused = true;
        updateReading();
    }

    @Override
    public void resumeReading() {
        readingPaused = false;
        updateReading();
    }

    /** Turns Netty's reading on or off to match the state (see "Flow control"). */
    void updateReading() {
        boolean want = !readingPaused && !closing && inFlight.get() <= inFlightBound;
        ChannelConfig c = channel.config();
        if (c.isAutoRead() != want) {
            c.setAutoRead(want);
        }
    }

    // ---------------------------------------------------------------- writing

    /** CPython's transport {@code write}: queue at once; dropped once closing, as CPython drops it. */
    void write(byte[] data, int off, int len) {
        if (eofWritten) {
            throw new IllegalStateException("Cannot call write() after write_eof()");
        }
        if (len == 0 || closing) {
            return;
        }
        ByteBuf b = channel.alloc().buffer(len);
        b.writeBytes(data, off, len);
        ChannelFuture f = channel.writeAndFlush(b);
        f.addListener(this);
        lastWrite = f;
    }

    /** A write finished (Netty thread): remember the first failure as the connection's loss reason. */
    @Override
    public void operationComplete(ChannelFuture f) {
        if (!f.isSuccess() && writeError == null && !(f.cause() instanceof ClosedChannelException)) {
            writeError = StreamChannelHandler.translate(f.cause());
        }
    }

    boolean canWriteEof() {
        return sslContext == null;
    }

    /** Shuts the sending side down once everything written is sent. Python: {@code write_eof()}. */
    void writeEof() {
        if (sslContext != null) {
            throw new UnsupportedOperationException("SSL doesn't support half-closes");
        }
        if (closing || eofWritten) {
            return;
        }
        eofWritten = true;
        if (channel instanceof DuplexChannel d) {
            afterWrites(d::shutdownOutput);
        }
    }

    /** Closes once everything written is sent; reading stops at once. Python: {@code close()}. */
    void close() {
        if (closing) {
            return;
        }
        closing = true;
        updateReading();
        afterWrites(channel::close);
    }

    /** Closes at once, dropping unsent data. Python: {@code transport.abort()}. */
    void abort() {
        closing = true;
        updateReading();
        channel.close();
    }

    boolean isClosing() {
        return closing;
    }

    private void afterWrites(Runnable action) {
        ChannelFuture last = lastWrite;
        if (last == null || last.isDone()) {
            action.run();
        } else {
            last.addListener(f -> action.run());
        }
    }

    /** CPython's {@code FlowControlMixin._drain_helper}. */
    Mono<Void> drainHelper() {
        if (lost) {
            return Mono.error(new ConnectionResetError("Connection lost"));
        }
        if (channel.isWritable()) {
            return Mono.empty();
        }
        Future<Void> w = loop.createFuture();
        drainWaiters.add(w);
        return w.owned().doFinally(s -> drainWaiters.remove(w));
    }

    /** Completes when the connection is lost: empty, or with the error that ended it. */
    Future<Void> closedFuture() {
        return closed;
    }

    // ---------------------------------------------------------------- information

    /** {@code get_extra_info(name)}: peername, sockname, sslcontext, peercert, cipher; else null. */
    Object extraInfo(String name) {
        return switch (name) {
            case "peername" -> address(channel.remoteAddress());
            case "sockname" -> address(channel.localAddress());
            case "sslcontext" -> sslContext;
            case "peercert" -> {
                SSLSession s = session();
                if (s == null) {
                    yield null;
                }
                try {
                    Certificate[] chain = s.getPeerCertificates();
                    yield chain.length == 0 ? null : chain[0];
                } catch (SSLPeerUnverifiedException e) {
                    yield null;
                }
            }
            case "cipher" -> {
                SSLSession s = session();
                yield s == null ? null : s.getCipherSuite();
            }
            default -> null;
        };
    }

    private SSLSession session() {
        SslHandler h = channel.pipeline().get(SslHandler.class);
        return h == null ? null : h.engine().getSession();
    }

    /** A socket address as the API shows it: InetSocketAddress as is; a Unix socket as its path. */
    static Object address(SocketAddress a) {
        if (a instanceof DomainSocketAddress d) {
            return d.path();
        }
        if (a instanceof InetSocketAddress || a == null) {
            return a;
        }
        return a.toString();
    }

    @Override
    public String toString() {
        return "<StreamTransport " + channel.localAddress() + " -> " + channel.remoteAddress()
                + (lost ? " closed" : closing ? " closing" : "") + ">";
    }
}
