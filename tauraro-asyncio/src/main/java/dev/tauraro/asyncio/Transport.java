package dev.tauraro.asyncio;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import reactor.core.publisher.Mono;

/**
 * One stream connection (TCP or Unix-domain, plain or TLS): writes to it, and hands what happens
 * on it to its {@link Protocol}.
 *
 * <p>Python equivalent: {@code asyncio.Transport} (the selector loop's
 * {@code _SelectorSocketTransport}), what {@link Asyncio#createConnection} yields and what a
 * protocol's {@code connectionMade} receives. Streams are a layer over it: a
 * {@link StreamReader}/{@link StreamWriter} pair is a transport whose protocol feeds the reader
 * ({@code StreamReaderProtocol}), so both kinds of code share this one connection core.
 *
 * <h2>Threads</h2>
 * Netty does the socket I/O on its own threads; its events arrive through
 * {@code StreamChannelHandler} as callbacks posted to the loop that owns the connection, in the
 * order Netty saw them, and the protocol is called there. Events that arrive before the protocol
 * is attached wait for it. Use a transport from its loop's thread.
 *
 * <h2>Flow control</h2>
 * Reading: {@link #pauseReading()} stops it until {@link #resumeReading()} (Netty's thread stops
 * after at most one more buffer, see {@link #updateReading()}); separately, bytes received but not
 * yet handed to the protocol ({@link #inFlight}) stop reading at Netty's end once over
 * {@link #inFlightBound}. Writing: {@link #write} queues the bytes for Netty's thread,
 * which hands everything queued to the socket together ({@link Outbox}); when the unsent bytes
 * (queued, or refused by the socket so far) go over the high-water mark (64 KiB by default) the
 * protocol's {@code pauseWriting} is called, and {@code resumeWriting} once they are back under
 * the low one (16 KiB): CPython's defaults, changed with {@link #setWriteBufferLimits}.
 *
 * <h2>Differences from CPython</h2>
 * {@link #getExtraInfo} knows {@code peername}, {@code sockname} (an {@code InetSocketAddress},
 * or a Unix socket's path), {@code sslcontext}, {@code peercert} (the peer's
 * {@code java.security.cert.Certificate}) and {@code cipher} (the suite's name); Python's
 * {@code socket} and {@code ssl_object} are absent. Writes after {@link #close()} are dropped even
 * when earlier data is still queued (CPython still sends them then). Bytes Netty had read before
 * {@link #pauseReading()} took effect still reach {@code dataReceived} while paused (CPython's
 * selector loop calls nothing until {@code resume_reading()}). A write larger than the
 * high-water mark pauses the protocol briefly even when the socket takes it at once: Netty sends
 * from its own thread, after {@code write} has returned.
 */
public final class Transport implements ChannelFutureListener, ReadFlow {
    /** CPython's default write-buffer water marks ({@code FlowControlMixin}, 64 KiB / 16 KiB). */
    static final int HIGH_WATER = 64 * 1024;
    static final int LOW_WATER = 16 * 1024;
    /** The pipeline name of the TLS handler {@link #startTls} adds. */
    static final String START_TLS = "tauraro.tls";

    final EventLoop loop;
    final Channel channel;
    /** The TLS context, or null on a plain connection; set by {@code start_tls}. */
    private SSLContext sslContext;

    /** Bytes read by Netty and not yet handed to the protocol; any thread. */
    final AtomicLong inFlight = new AtomicLong();
    final long inFlightBound;
    /** The first failure of a write (Netty thread), reported as the reason the connection was lost. */
    private volatile Throwable writeError;

    /** Null until attached on the loop by {@link #start}. */
    private Protocol protocol;
    /** Events that arrived before the protocol was attached, in order; null once it is. */
    private List<Runnable> early = new ArrayList<>(2);
    private boolean readingPaused;
    /** Whether the loop wants input (see {@link #updateReading()}); read by Netty's thread. */
    private volatile boolean wantRead;
    /**
     * From {@link #startTls}'s call until its handler is in the pipeline: reading is held and the
     * bytes Netty had already read are kept here (then given to the TLS handler), not to the
     * protocol. Null otherwise. Loop thread.
     */
    private List<byte[]> tlsPending;
    /** Read by Netty's thread after a write was sent (see {@link #postWritable()}). */
    private volatile boolean writingPaused;
    /** Whether a {@link #writable()} task is on its way to the loop (see {@link #postWritable()}). */
    private final AtomicBoolean writablePosted = new AtomicBoolean();
    private boolean closing;
    private boolean eofWritten;
    private boolean lost;
    /** Set when a protocol callback failed: the reason given to {@code connectionLost}. */
    private Throwable fatal;
    /** Writes and the actions that must follow them, on their way to Netty's thread. */
    private final Outbox outbox;
    /** Held from the connection's arrival on the loop until it is lost; see {@link #holdClock()}. */
    private StreamSockets.ClockHold clockHold;
    /** Told once when the connection is lost (a server counts its connections this way). */
    private Runnable onLost;

    Transport(EventLoop loop, Channel channel, SSLContext sslContext, long inFlightBound) {
        this.loop = loop;
        this.channel = channel;
        this.sslContext = sslContext;
        this.inFlightBound = inFlightBound;
        this.outbox = new Outbox(channel, this, this::postWritable,
                () -> channel.config().getWriteBufferWaterMark().low());
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

    /**
     * Attaches the protocol (on the loop): {@code connectionMade}, then the events that were
     * waiting for it, then reading starts.
     */
    void start(Protocol p) {
        protocol = Objects.requireNonNull(p, "protocol");
        callback("connection_made", () -> p.connectionMade(this));
        List<Runnable> waiting = early;
        early = null;
        for (Runnable r : waiting) {
            r.run();
        }
        updateReading();
    }

    private void whenStarted(Runnable r) {
        if (early != null) {
            early.add(r);
        } else {
            r.run();
        }
    }

    /** Runs a protocol callback whose failure CPython reports as a failing loop callback. */
    private void callback(String name, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            loop.callExceptionHandler(new ExceptionContext("Exception in callback " + protocolName() + "."
                    + name + "()", e, Map.of("protocol", protocol, "transport", this)));
        }
    }

    private String protocolName() {
        return protocol.getClass().getSimpleName();
    }

    /**
     * CPython's {@code _fatal_error}: reports a failure to the loop's exception handler and closes
     * the connection at once; the protocol's {@code connectionLost} gets the failure.
     */
    private void fatalError(String message, RuntimeException e) {
        loop.callExceptionHandler(new ExceptionContext(message, e, Map.of("protocol", protocol, "transport", this)));
        if (fatal == null) {
            fatal = e;
        }
        abort();
    }

    // ---------------------------------------------------------------- events from Netty (on the loop)

    /** A burst of buffers Netty read, in order: each goes to the protocol; reading is checked once. */
    void dataReceived(List<byte[]> burst) {
        for (byte[] data : burst) {
            dataReceived(data);
        }
        if (early == null) {
            updateReading();
        }
    }

    private void dataReceived(byte[] data) {
        inFlight.addAndGet(-data.length);
        if (tlsPending != null) {
            tlsPending.add(data);
            return;
        }
        whenStarted(() -> {
            if (!closing && !lost) {
                try {
                    protocol.dataReceived(data);
                } catch (RuntimeException e) {
                    fatalError("Fatal error: protocol.data_received() call failed.", e);
                }
            }
        });
    }

    /** The peer shut its side down: the protocol decides whether to close; TLS connections close. */
    void eofReceived() {
        whenStarted(() -> {
            if (lost) {
                return;
            }
            boolean keepOpen;
            try {
                keepOpen = protocol.eofReceived();
            } catch (RuntimeException e) {
                fatalError("Fatal error: protocol.eof_received() call failed.", e);
                return;
            }
            if (!keepOpen || sslContext != null) {
                close();
            }
        });
    }

    /** The channel became writable again: the protocol may resume writing. */
    void writable() {
        writablePosted.set(false);  // first: a change after this point posts again
        if (!writingPaused || !underLowWater() || protocol == null) {
            return;     // never paused, or it filled up again since Netty reported it
        }
        writingPaused = false;
        try {
            protocol.resumeWriting();
        } catch (RuntimeException e) {
            loop.callExceptionHandler(new ExceptionContext("protocol.resume_writing() failed", e,
                    Map.of("protocol", protocol, "transport", this)));
        }
    }

    /**
     * CPython's {@code _maybe_pause_protocol}: after a write, or when the limits change. The
     * unsent bytes are those still queued for Netty's thread plus those the socket has not taken
     * ({@link Outbox#unsent()}). Pausing at once is what bounds a stream writer's memory: a
     * {@code drain()} right after the write must see it.
     */
    private void maybePauseWriting() {
        if (writingPaused || protocol == null || !overHighWater()) {
            return;
        }
        writingPaused = true;
        // Netty's thread reads writingPaused after lowering the unsent count: either it saw the
        // flag (and posts writable()) or this second look sees the lower count.
        if (!overHighWater()) {
            writingPaused = false;
            return;
        }
        try {
            protocol.pauseWriting();
        } catch (RuntimeException e) {
            loop.callExceptionHandler(new ExceptionContext("protocol.pause_writing() failed", e,
                    Map.of("protocol", protocol, "transport", this)));
        }
    }

    private boolean overHighWater() {
        return outbox.unsent() > channel.config().getWriteBufferWaterMark().high();
    }

    private boolean underLowWater() {
        return outbox.unsent() <= channel.config().getWriteBufferWaterMark().low();
    }

    /**
     * Netty's thread, after a write was sent with the unsent bytes at or below the low-water mark,
     * or the channel became writable: a paused writer may go on. One {@link #writable()} task at a time is enough, since it looks
     * at the state when it runs.
     */
    void postWritable() {
        if (writingPaused && writablePosted.compareAndSet(false, true)) {
            post(this::writable);
        }
    }

    /** The channel is closed: the protocol's {@code connectionLost}, once. */
    void connectionLost(Throwable exc) {
        if (clockHold != null) {
            clockHold.release();
        }
        Throwable reason = fatal != null ? fatal : exc;
        whenStarted(() -> {
            if (lost) {
                return;
            }
            lost = true;
            closing = true;
            callback("connection_lost", () -> protocol.connectionLost(reason));
            Runnable r = onLost;
            if (r != null) {
                onLost = null;
                r.run();
            }
        });
    }

    // ---------------------------------------------------------------- reading

    /** Stops reading until {@link #resumeReading()}. Python: {@code pause_reading()}. */
    @Override
    public void pauseReading() {
        readingPaused = true;
        updateReading();
    }

    /** Reading continues. Python: {@code resume_reading()}. */
    @Override
    public void resumeReading() {
        readingPaused = false;
        updateReading();
    }

    /** Whether it reads: open and not paused. Python: {@code is_reading()}. */
    public boolean isReading() {
        return !closing && !readingPaused;
    }

    /**
     * Turns Netty's reading on or off to match the state (see "Flow control"). Turning it off
     * from here is a task for Netty's thread, so a pause only raises {@link #wantRead} and Netty
     * stops after its next read; resuming before that costs nothing. Closing, the wait for the
     * protocol and {@code start_tls} stop it at once.
     */
    void updateReading() {
        boolean stopNow = early != null || tlsPending != null || closing;
        boolean want = !stopNow && !readingPaused;
        wantRead = want;
        ChannelConfig c = channel.config();
        if (want) {
            // Netty stopped over the in-flight bound: on again once the loop has caught up
            // halfway, not after every buffer (each turn-on is a task for Netty's thread)
            if (!c.isAutoRead() && inFlight.get() <= inFlightBound / 2) {
                c.setAutoRead(true);
            }
        } else if (stopNow && c.isAutoRead()) {
            c.setAutoRead(false);
        }
    }

    /** Whether the loop wants more input now; Netty's thread asks after each read. */
    boolean wantsInput() {
        return wantRead;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Queues {@code data} for sending at once; dropped once closing, as CPython drops it. The bytes
     * are copied before this returns: the caller may reuse the array at once. Python:
     * {@code write(data)}.
     *
     * @throws IllegalStateException "Cannot call write() after write_eof()"
     */
    public void write(byte[] data) {
        write(data, 0, data.length);
    }

    /** Queues {@code data[off, off+len)}. */
    public void write(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        if (eofWritten) {
            throw new IllegalStateException("Cannot call write() after write_eof()");
        }
        if (len == 0 || closing) {
            return;
        }
        // The copy into Netty's (direct) buffer is one the socket needs anyway: Netty sends only
        // from native memory and would copy a buffer wrapping the caller's array on its own
        // thread. Wrapping would only move that copy off the loop (no gain in the bulk benchmark)
        // while letting the caller's later changes to the array reach the peer.
        ByteBuf b = channel.alloc().buffer(len);
        b.writeBytes(data, off, len);
        outbox.write(b);
        maybePauseWriting();
    }

    /** Queues each array in turn. Python: {@code writelines(list_of_data)}. */
    public void writelines(Iterable<byte[]> data) {
        for (byte[] b : data) {
            write(b);
        }
    }

    /** A write finished (Netty thread): remember the first failure as the connection's loss reason. */
    @Override
    public void operationComplete(ChannelFuture f) {
        if (!f.isSuccess() && writeError == null && !(f.cause() instanceof ClosedChannelException)) {
            writeError = StreamChannelHandler.translate(f.cause());
        }
    }

    /** Whether {@link #writeEof()} is supported: not on TLS. Python: {@code can_write_eof()}. */
    public boolean canWriteEof() {
        return sslContext == null;
    }

    /**
     * Shuts the sending side down once everything written is sent; the peer reads the end of
     * the stream. Python: {@code write_eof()}.
     *
     * @throws UnsupportedOperationException "SSL doesn't support half-closes" on TLS
     */
    public void writeEof() {
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

    /**
     * Closes once everything written is sent; reading stops at once, and the protocol's
     * {@code connectionLost(null)} follows. Python: {@code close()}.
     */
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        updateReading();
        afterWrites(channel::close);
    }

    /** Closes at once, dropping unsent data. Python: {@code abort()}. */
    public void abort() {
        closing = true;
        updateReading();
        channel.close();
    }

    /** Whether it is closed or closing. Python: {@code is_closing()}. */
    public boolean isClosing() {
        return closing;
    }

    boolean isLost() {
        return lost;
    }

    private void afterWrites(Runnable action) {
        outbox.afterWrites(action);
    }

    /**
     * Sets the write buffer's water marks: the protocol is paused above {@code high} bytes and
     * resumed at {@code low}. Python: {@code set_write_buffer_limits(high, low)}, where a missing
     * {@code high} is {@code 4 * low} (64 KiB without either) and a missing {@code low} is
     * {@code high / 4}; see {@link #setWriteBufferLimits(Integer, Integer)}.
     *
     * @throws IllegalArgumentException "high (1) must be >= low (2) must be >= 0"
     */
    public void setWriteBufferLimits(int high, int low) {
        if (!(high >= low && low >= 0)) {
            throw new IllegalArgumentException("high (" + high + ") must be >= low (" + low + ") must be >= 0");
        }
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(low, high));
        maybePauseWriting();
    }

    /** {@link #setWriteBufferLimits(int, int)} with Python's defaults for a null limit. */
    public void setWriteBufferLimits(Integer high, Integer low) {
        int h = high != null ? high : low != null ? 4 * low : HIGH_WATER;
        int l = low != null ? low : h / 4;
        setWriteBufferLimits(h, l);
    }

    /** {@code {low, high}}. Python: {@code get_write_buffer_limits()}. */
    public int[] getWriteBufferLimits() {
        WriteBufferWaterMark m = channel.config().getWriteBufferWaterMark();
        return new int[] {m.low(), m.high()};
    }

    /** Bytes queued and not yet taken by the socket. Python: {@code get_write_buffer_size()}. */
    public long getWriteBufferSize() {
        return outbox.unsent();
    }

    // ---------------------------------------------------------------- information

    /** The protocol its events go to. Python: {@code get_protocol()}. */
    public Protocol getProtocol() {
        return protocol;
    }

    /** Sends later events to {@code p} instead. Python: {@code set_protocol(protocol)}. */
    public void setProtocol(Protocol p) {
        protocol = Objects.requireNonNull(p, "protocol");
    }

    /** The loop its protocol's callbacks run on. */
    public EventLoop getLoop() {
        return loop;
    }

    SSLContext sslContext() {
        return sslContext;
    }

    /**
     * Upgrades the connection to TLS where it stands: what is written from now on is encrypted,
     * after the handshake. The peer must start its side at the same point of the conversation.
     * Python: {@code loop.start_tls(transport, protocol, sslcontext, server_side=...,
     * server_hostname=...)}.
     *
     * <p>Differences from CPython: the same transport carries on (CPython returns a new one and
     * the old one must not be used again).
     *
     * @param tls the context ({@link StreamOptions#ssl()}, required), the name a client expects in
     *     the certificate (the peer's address when null), the name check and the handshake timeout
     * @param serverSide whether this side is the TLS server
     * @return this transport once the handshake is done; fails with the TLS error (the connection
     *     is then closed), or {@link IllegalStateException} if it already runs TLS
     */
    public Mono<Transport> startTls(StreamOptions tls, boolean serverSide) {
        return Mono.defer(() -> {
            if (tls.ssl() == null) {
                return Mono.error(new IllegalArgumentException("start_tls needs an SSL context"));
            }
            if (sslContext != null || channel.pipeline().get(SslHandler.class) != null) {
                return Mono.error(new IllegalStateException("Transport already runs TLS"));
            }
            if (closing) {
                return Mono.error(new ConnectionResetError("Connection lost"));
            }
            SslHandler h = Tls.upgrade(channel, tls, serverSide);
            // As CPython's start_tls pauses reading where it is called, every byte not yet given
            // to the protocol belongs to TLS: Netty may already have read the peer's first
            // handshake bytes (posted to this loop, not yet run) before the handler is in place.
            // Those are kept, reading stops, and once the handler is in they go through it first.
            tlsPending = new ArrayList<>(1);
            // On Netty's thread, after the writes queued before this call: those go out in clear
            Mono<Void> handshake = Mono.create(sink -> outbox.inOrder(() -> {
                channel.config().setAutoRead(false);
                channel.pipeline().addFirst(START_TLS, h);
                h.handshakeFuture().addListener(f -> {
                    if (f.isSuccess()) {
                        sink.success();
                    } else {
                        sink.error(f.cause());
                    }
                });
                // Posted after every read so far: when it runs, tlsPending holds all of them
                post(this::feedTlsPending);
            }));
            return StreamSockets.onLoop(loop, handshake.thenReturn(Boolean.TRUE), x -> { }).map(x -> {
                sslContext = tls.ssl();
                return this;
            }).doOnError(e -> abort());
        });
    }

    /** Gives the bytes read before the TLS handler was in place to it, in order; reading resumes. */
    private void feedTlsPending() {
        List<byte[]> kept = tlsPending;
        tlsPending = null;
        channel.eventLoop().execute(() -> {
            for (byte[] b : kept) {
                channel.pipeline().fireChannelRead(Unpooled.wrappedBuffer(b));
            }
            if (!kept.isEmpty()) {
                channel.pipeline().fireChannelReadComplete();
            }
            post(this::updateReading);
        });
    }

    /** Information about the connection, or null. Python: {@code get_extra_info(name)}. */
    public Object getExtraInfo(String name) {
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

    /** Information about the connection, or {@code def}. Python: {@code get_extra_info(name, default)}. */
    public Object getExtraInfo(String name, Object def) {
        Object v = getExtraInfo(name);
        return v == null ? def : v;
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
        return "<Transport " + channel.localAddress() + " -> " + channel.remoteAddress()
                + (lost ? " closed" : closing ? " closing" : "") + ">";
    }
}
