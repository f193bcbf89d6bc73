package dev.tauraro.websockets;

import dev.tauraro.asyncio.TimeoutError;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;

/**
 * One open WebSocket connection, on the server (given to the handler) or the client (from
 * {@link Websockets#connect}).
 *
 * <p>Python equivalent: {@code websockets.asyncio.connection.Connection} (its
 * {@code ServerConnection} and {@code ClientConnection} subclasses).
 * <pre>{@code
 * Websockets.connect("ws://127.0.0.1:8765").flatMap(ws ->
 *         ws.send("hello").then(ws.recv()).doFinally(s -> ws.close()))
 * }</pre>
 *
 * <h2>Receiving</h2>
 * Received messages wait in a queue of at most {@code maxQueue} messages; while it is full the
 * connection stops reading from the socket, so a slow consumer slows its peer down instead of
 * filling memory. {@link #recv()} takes the next message; {@link #messages()} is the
 * {@code async for message in websocket} form, which ends normally when the connection closes
 * with 1000 or 1001 and with {@link ConnectionClosedError} otherwise. Concurrent {@code recv}
 * calls are served in FIFO order.
 *
 * <h2>Closing</h2>
 * {@link #close(int, String)} sends a close frame and waits for the peer's, at most
 * {@code closeTimeout}; a close frame from the peer is echoed. After the close, {@code recv} and
 * {@code send} fail with {@link ConnectionClosed}: {@link ConnectionClosedOK} if both close frames
 * carried 1000 or 1001, {@link ConnectionClosedError} otherwise.
 *
 * <h2>Threads</h2>
 * Every method may be called from any thread. Results complete on the network thread, or, when
 * the connection was made under {@code Asyncio.run}, on that asyncio loop.
 *
 * <h2>Differences from websockets</h2>
 * <ul>
 * <li>{@code recv()} returns a {@link Message} (text or bytes) where Python returns
 *     {@code str | bytes}.</li>
 * <li>Concurrent {@code recv()} calls wait in turn instead of raising {@code ConcurrencyError}.</li>
 * <li>{@link #ping()} completes with the round-trip time, as the future returned by Python's
 *     {@code await ws.ping()} does.</li>
 * <li>A fragmented message is sent from a {@link Publisher} ({@link #send(Publisher)}) or one
 *     fragment at a time ({@link #startFragmented()}) where Python takes an iterable.</li>
 * </ul>
 */
public final class Connection implements AutoCloseable {
    private final String id = UUID.randomUUID().toString();
    private final Channel channel;
    private final Options options;
    private final boolean server;
    private final Request request;
    private final Response response;
    private final String subprotocol;
    private final LoopBinding loop;
    private final Sinks.Empty<Void> closed = Sinks.empty();

    // Guarded by this.
    private State state = State.OPEN;
    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private final ArrayDeque<MonoSink<Message>> receivers = new ArrayDeque<>();
    private final LinkedHashMap<ByteBuffer, PingWaiter> pings = new LinkedHashMap<>();
    private boolean reading = true;
    private CloseFrame rcvd;
    private CloseFrame sent;
    private Boolean rcvdThenSent;
    // Why this side failed the connection, if the peer broke the protocol or a limit: the cause
    // of every ConnectionClosed raised afterwards, as websockets chains its parser's error.
    private WebSocketException failure;
    private double latency;
    private ScheduledFuture<?> closeTimer;
    private ScheduledFuture<?> keepaliveTimer;
    private FragmentedSend fragmenting;

    private static final String FLUSHES = "tauraro.websocket.flushes";
    // Network thread only: sends waiting for the write buffer to drain (see submit).
    private final ArrayDeque<Sinks.One<Void>> drainWaiters = new ArrayDeque<>();

    // Network thread only: the message being reassembled from fragments.
    private ByteArrayOutputStream fragments;
    private boolean fragmentsText;

    private record PingWaiter(MonoSink<Duration> sink, long sentAt) {
    }

    Connection(Channel channel, Options options, boolean server, Request request, Response response,
               String subprotocol, LoopBinding loop) {
        this.channel = channel;
        this.options = options;
        this.server = server;
        this.request = request;
        this.response = response;
        this.subprotocol = subprotocol;
        this.loop = loop;
    }

    /** Starts reading frames and the keepalive. Called once, on the network thread. */
    void open() {
        replaceInflater();
        FrameHandler frames = new FrameHandler(this);
        // Frames written while a batch of input is being read (replies to many clients at once)
        // go out in one write at the batch's end instead of one send() per frame: the syscalls
        // were most of a busy server's cost. Writes at other times are flushed at once.
        channel.pipeline().addFirst(FLUSHES, new io.netty.handler.flush.FlushConsolidationHandler(
                io.netty.handler.flush.FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, false));
        if (channel.pipeline().get(reactor.netty.NettyPipeline.ReactiveBridge) != null) {
            channel.pipeline().addBefore(reactor.netty.NettyPipeline.ReactiveBridge, "tauraro.websocket", frames);
        } else {
            channel.pipeline().addLast("tauraro.websocket", frames);   // a bare pipeline: the fuzz test's
        }
        // Netty turns unwritable above its high mark and writable below its low one; asyncio
        // pauses above the high mark and resumes at or below the low one, hence the + 1 (and
        // high >= low, which Netty requires, even when both marks are equal).
        int low = options.writeLimitLow() + 1;
        channel.config().setWriteBufferWaterMark(
                new WriteBufferWaterMark(low, Math.max(options.writeLimitHigh(), low)));
        channel.config().setAutoRead(true);
        scheduleKeepalive();
    }

    /** Puts a {@link BoundedInflater} in place of Netty's permessage-deflate decoder, if negotiated. */
    private void replaceInflater() {
        for (Map.Entry<String, io.netty.channel.ChannelHandler> e : channel.pipeline()) {
            if (e.getValue().getClass().getSimpleName().equals("PerMessageDeflateDecoder")) {
                channel.pipeline().replace(e.getKey(), "tauraro.inflate",
                        new BoundedInflater(options.maxSize(), this::fail));
                return;
            }
        }
    }

    /** Whether this connection decompresses with {@link BoundedInflater}: for tests. */
    boolean inflatesWithALimit() {
        return channel.pipeline().get("tauraro.inflate") != null;
    }

    // ------------------------------------------------------------------ identity

    /** A unique identifier of this connection. Python: {@code id} (a UUID). */
    public String id() {
        return id;
    }

    /** The current state. */
    public synchronized State state() {
        return state;
    }

    /** The local address of the socket. Python: {@code local_address}. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** The peer's address. Python: {@code remote_address}. */
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    /** The opening handshake's request. Python: {@code request}. */
    public Request request() {
        return request;
    }

    /** The opening handshake's response. Python: {@code response}. */
    public Response response() {
        return response;
    }

    /** The negotiated subprotocol, or null. Python: {@code subprotocol}. */
    public String subprotocol() {
        return subprotocol;
    }

    /** Round-trip time of the latest ping, in seconds; 0 before the first pong. Python: {@code latency}. */
    public synchronized double latency() {
        return latency;
    }

    /** The code of the close frame received, 1006 if none arrived, null while not closed. Python: {@code close_code}. */
    public synchronized Integer closeCode() {
        if (state != State.CLOSED) {
            return null;
        }
        return rcvd == null ? CloseFrame.ABNORMAL_CLOSURE : rcvd.code();
    }

    /** The reason of the close frame received, "" if none arrived, null while not closed. Python: {@code close_reason}. */
    public synchronized String closeReason() {
        if (state != State.CLOSED) {
            return null;
        }
        return rcvd == null ? "" : rcvd.reason();
    }

    /** Messages received and not yet taken: at most {@code maxQueue} plus one being decoded. */
    synchronized int queuedMessages() {
        return queue.size();
    }

    /** True on the server side of a connection. */
    public boolean isServerSide() {
        return server;
    }

    // ------------------------------------------------------------------ receiving

    /**
     * The next message. Fails with {@link ConnectionClosed} once the connection is closed and
     * every received message was taken. Python: {@code await websocket.recv()}.
     */
    public Mono<Message> recv() {
        return loop.wrap(Mono.create(this::receive));
    }

    /**
     * The next message, failing with {@code TimeoutError} when none arrives in time; a message
     * arriving after that stays queued for the next call.
     */
    public Mono<Message> recv(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return loop.wrap(Mono.<Message>create(this::receive)
                .timeout(timeout, Mono.error(() -> new TimeoutError("timed out waiting for a message"))));
    }

    /**
     * Every message until the connection closes: completes on a 1000/1001 close, fails with
     * {@link ConnectionClosedError} on any other. Python: {@code async for message in websocket}.
     */
    public Flux<Message> messages() {
        return recv().repeat().onErrorResume(ConnectionClosedOK.class, e -> Flux.empty());
    }

    private void receive(MonoSink<Message> sink) {
        Message m;
        boolean resume = false;
        synchronized (this) {
            m = queue.poll();
            if (m == null) {
                if (state == State.CLOSED) {
                    sink.error(closedException());
                    return;
                }
                receivers.add(sink);
                sink.onCancel(() -> {
                    synchronized (this) {
                        receivers.remove(sink);
                    }
                });
                return;
            }
            if (!reading && queue.size() <= lowWater()) {
                reading = true;
                resume = true;
            }
        }
        if (resume) {
            channel.config().setAutoRead(true);
        }
        sink.success(m);
    }

    /** Below this many queued messages a paused reader resumes: a quarter of maxQueue unless set, as websockets. */
    private int lowWater() {
        return options.maxQueueLow();
    }

    /** A complete message arrived (network thread). */
    private void deliver(Message m) {
        MonoSink<Message> receiver;
        synchronized (this) {
            receiver = receivers.poll();
            if (receiver == null) {
                queue.add(m);
                Integer max = options.maxQueue();
                if (max != null && queue.size() >= max && reading) {
                    reading = false;
                    channel.config().setAutoRead(false);
                }
                return;
            }
        }
        receiver.success(m);
    }

    // ------------------------------------------------------------------ sending

    /** Sends a text message. Python: {@code await websocket.send(str)}. */
    public Mono<Void> send(String text) {
        Objects.requireNonNull(text, "text");
        return loop.wrap(Mono.defer(() -> write(() -> new TextWebSocketFrame(text))));
    }

    /** Sends a binary message. Python: {@code await websocket.send(bytes)}. */
    public Mono<Void> send(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return loop.wrap(Mono.defer(() -> write(() -> new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes)))));
    }

    /** Sends a message as it was received: text or bytes. */
    public Mono<Void> send(Message message) {
        return message.isText() ? send(message.text()) : send(message.bytes());
    }

    /**
     * Sends one message in fragments: each element ({@code String}, {@code byte[]} or
     * {@link Message}, all of the first one's type) goes out in its own frame, then an empty
     * final frame ends the message (see {@link FragmentedSend}). Nothing is sent for an empty
     * publisher. Elements are requested one at a time, each after the previous one was sent.
     * Python: {@code await websocket.send(iterable)} or {@code send(async_iterable)}.
     *
     * <p>If the publisher fails, or an element has another type than the first (websockets'
     * {@code TypeError}: here {@code IllegalArgumentException}), or the subscription is
     * cancelled half-way, the connection is closed with 1011 "error in fragmented message" and
     * the Mono fails with that error.
     */
    public Mono<Void> send(Publisher<?> fragments) {
        Objects.requireNonNull(fragments, "fragments");
        return Mono.defer(() -> {
            AtomicReference<FragmentedSend> message = new AtomicReference<>();
            return Flux.from(fragments)
                    // errors of the source wait for the fragment in progress (BOUNDARY), so that
                    // a message that was started is always failed below
                    .concatMapDelayError(fragment -> (message.get() != null ? Mono.just(message.get())
                            : startFragmented().doOnNext(message::set))
                            .flatMap(m -> m.sendObject(fragment)), false, 1)
                    .then(Mono.defer(() -> message.get() == null ? Mono.<Void>empty() : message.get().end()))
                    .onErrorResume(e -> message.get() == null ? Mono.error(e)
                            : message.get().fail().onErrorResume(x -> Mono.empty()).then(Mono.error(e)))
                    .doOnCancel(() -> {
                        if (message.get() != null) {
                            message.get().fail().subscribe(null, e -> { });
                        }
                    });
        });
    }

    /**
     * Starts a fragmented message once no other one is being sent; see {@link FragmentedSend}.
     * Fails with {@link ConnectionClosed} if the connection is not open.
     */
    public Mono<FragmentedSend> startFragmented() {
        return loop.wrap(Mono.defer(this::claimFragmented));
    }

    private Mono<FragmentedSend> claimFragmented() {
        Mono<Void> busy;
        synchronized (this) {
            if (state != State.OPEN) {
                return Mono.error(closedException());
            }
            if (fragmenting == null) {
                fragmenting = new FragmentedSend(this);
                return Mono.just(fragmenting);
            }
            busy = fragmenting.finished();
        }
        return busy.then(Mono.defer(this::claimFragmented));
    }

    /** {@code message} ended or failed: other sends may go. */
    synchronized void fragmentedEnded(FragmentedSend message) {
        if (fragmenting == message) {
            fragmenting = null;
        }
    }

    LoopBinding loop() {
        return loop;
    }

    /**
     * Writes a whole message's frame, made only once no fragmented message is being sent: as in
     * websockets, a message never lands between the fragments of another.
     */
    private Mono<Void> write(Supplier<WebSocketFrame> frame) {
        return Mono.defer(() -> {
            Mono<Void> busy;
            synchronized (this) {
                if (state != State.OPEN) {
                    return Mono.error(closedException());
                }
                if (fragmenting == null) {
                    // Submitted under the lock, so that no fragmented message starts before it.
                    return submit(frame.get(), false);
                }
                busy = fragmenting.finished();
            }
            return busy.then(write(frame));
        });
    }

    /** Writes a frame of a fragmented message (the caller, {@link FragmentedSend}, holds the turn). */
    Mono<Void> writeFragment(WebSocketFrame frame) {
        synchronized (this) {
            if (state != State.OPEN) {
                frame.release();
                return Mono.error(closedException());
            }
            // Through the event loop's task queue: after every write submitted before the message
            // started, even those submitted from other threads and not yet run.
            return submit(frame, true);
        }
    }

    /**
     * Writes and flushes {@code frame} on the event loop (at once when called there, unless
     * {@code queued}). Completes as websockets' {@code send} does after its {@code drain()}: once
     * the frame is buffered, if the write buffer holds at most {@code writeLimit} bytes; otherwise
     * once it has drained to the low mark. So a peer that does not read stalls the sender while
     * memory stays bounded, and a fast peer costs no wait for the socket.
     */
    private Mono<Void> submit(WebSocketFrame frame, boolean queued) {
        Sinks.One<Void> done = Sinks.one();
        Runnable w = () -> {
            channel.writeAndFlush(frame).addListener((ChannelFuture f) -> {
                if (!f.isSuccess()) {
                    done.tryEmitError(afterWriteFailure(f.cause()));
                }
            });
            if (channel.isWritable()) {
                done.tryEmitEmpty();
            } else if (channel.isActive()) {
                drainWaiters.add(done);
            }
            // else: the write fails, and its listener reports it
        };
        if (!queued && channel.eventLoop().inEventLoop()) {
            w.run();
        } else {
            try {
                channel.eventLoop().execute(w);
            } catch (java.util.concurrent.RejectedExecutionException loopGone) {
                frame.release();
                return Mono.error(closedException());
            }
        }
        return done.asMono();
    }

    /** The write buffer went over the high mark or under the low one (event loop). */
    void onWritabilityChanged() {
        if (channel.isWritable()) {
            Sinks.One<Void> waiter;
            while ((waiter = drainWaiters.poll()) != null) {
                waiter.tryEmitEmpty();
            }
        }
    }

    /** Bytes waiting in the write buffer: frames written and not yet taken by the socket. */
    long bufferedBytes() {
        io.netty.channel.ChannelOutboundBuffer b = channel.unsafe().outboundBuffer();
        return b == null ? 0 : b.totalPendingWriteBytes();
    }

    /** Writes without waiting, unless the socket is not writable (a slow peer): for broadcast. */
    boolean offer(WebSocketFrame frame) {
        synchronized (this) {
            if (state != State.OPEN || fragmenting != null || !channel.isWritable()) {
                return false;
            }
        }
        channel.writeAndFlush(frame, channel.voidPromise());
        return true;
    }

    private synchronized Throwable afterWriteFailure(Throwable cause) {
        return state == State.OPEN ? cause : closedException();
    }

    // ------------------------------------------------------------------ ping / pong

    /** Sends a ping with 4 random bytes; see {@link #ping(byte[])}. */
    public Mono<Duration> ping() {
        byte[] data = new byte[4];
        ThreadLocalRandom.current().nextBytes(data);
        return ping(data);
    }

    /**
     * Sends a ping and completes with the round-trip time when the matching pong arrives (a pong
     * also answers every earlier ping). Python: {@code pong_waiter = await ws.ping(data);
     * latency = await pong_waiter}.
     *
     * @throws IllegalStateException (in the Mono) if a ping with the same data awaits its pong
     */
    public Mono<Duration> ping(byte[] data) {
        byte[] copy = data.clone();
        return loop.wrap(Mono.create(sink -> {
            ByteBuffer key = ByteBuffer.wrap(copy);
            synchronized (this) {
                if (state != State.OPEN) {
                    sink.error(closedException());
                    return;
                }
                if (pings.containsKey(key)) {
                    sink.error(new IllegalStateException("already waiting for a pong with the same data"));
                    return;
                }
                pings.put(key, new PingWaiter(sink, System.nanoTime()));
            }
            sink.onCancel(() -> {
                synchronized (this) {
                    pings.remove(key);
                }
            });
            channel.writeAndFlush(new PingWebSocketFrame(Unpooled.wrappedBuffer(copy)));
        }));
    }

    /** Sends an unsolicited pong. Python: {@code await websocket.pong(data)}. */
    public Mono<Void> pong(byte[] data) {
        byte[] copy = data.clone();
        return loop.wrap(Mono.defer(() -> {
            synchronized (this) {
                if (state != State.OPEN) {
                    return Mono.error(closedException());
                }
            }
            // A control frame: it may go out between the fragments of a message.
            return submit(new PongWebSocketFrame(Unpooled.wrappedBuffer(copy)), false);
        }));
    }

    private void onPong(ByteBuf content) {
        byte[] data = new byte[content.readableBytes()];
        content.getBytes(content.readerIndex(), data);
        ByteBuffer key = ByteBuffer.wrap(data);
        List<Map.Entry<PingWaiter, Long>> done = new ArrayList<>();
        long now = System.nanoTime();
        synchronized (this) {
            if (!pings.containsKey(key)) {
                return;     // unsolicited pong: ignored, as RFC 6455 section 5.5.3 allows
            }
            Iterator<Map.Entry<ByteBuffer, PingWaiter>> it = pings.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<ByteBuffer, PingWaiter> e = it.next();
                it.remove();
                done.add(Map.entry(e.getValue(), now - e.getValue().sentAt()));
                if (e.getKey().equals(key)) {
                    latency = (now - e.getValue().sentAt()) / 1e9;
                    break;
                }
            }
        }
        for (Map.Entry<PingWaiter, Long> d : done) {
            d.getKey().sink().success(Duration.ofNanos(d.getValue()));
        }
    }

    private void scheduleKeepalive() {
        Duration interval = options.pingInterval();
        if (interval == null) {
            return;
        }
        synchronized (this) {
            if (state != State.OPEN) {
                return;
            }
            keepaliveTimer = channel.eventLoop().schedule(this::keepalive, interval.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void keepalive() {
        Duration timeout = options.pingTimeout();
        Mono<Duration> pong = ping();
        if (timeout != null) {
            pong = pong.timeout(timeout);
        }
        pong.subscribe(latency -> scheduleKeepalive(), e -> {
            if (e instanceof java.util.concurrent.TimeoutException) {
                fail(CloseFrame.INTERNAL_ERROR, "keepalive ping timeout");
            }
        });
    }

    // ------------------------------------------------------------------ closing

    /** Closes with 1000 and no reason. */
    @Override
    public void close() {
        close(CloseFrame.NORMAL_CLOSURE, "").subscribe(null, e -> { });
    }

    /**
     * Performs the close handshake: sends a close frame, waits for the peer's (at most
     * {@code closeTimeout}) and for the TCP connection to close. Completes at once if the
     * connection is already closed. Python: {@code await websocket.close(code, reason)}.
     *
     * @throws IllegalArgumentException if {@code code} may not be sent (1005, 1006, 1015, ...)
     *                                  or {@code reason} is longer than 123 bytes in UTF-8
     */
    public Mono<Void> close(int code, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (!CloseFrame.isSendable(code)) {
            throw new IllegalArgumentException("invalid status code " + code);
        }
        if (reason.getBytes(StandardCharsets.UTF_8).length > 123) {
            throw new IllegalArgumentException("close reason is longer than 123 bytes");
        }
        return loop.wrap(Mono.defer(() -> {
            boolean midMessage;
            synchronized (this) {
                midMessage = fragmenting != null && state == State.OPEN;
            }
            if (midMessage) {
                // websockets: a close frame would cut a fragmented message short, so the
                // connection fails instead
                fail(CloseFrame.INTERNAL_ERROR, "close during fragmented message");
            } else {
                startClosing(code, reason, false);
            }
            return closed.asMono();
        }));
    }

    /** Completes when the TCP connection is closed. Python: {@code await websocket.wait_closed()}. */
    public Mono<Void> waitClosed() {
        return loop.wrap(closed.asMono());
    }

    /** Same as {@link #waitClosed()} but never handed to a loop: for the network layer. */
    Mono<Void> closedSignal() {
        return closed.asMono();
    }

    /**
     * Sends a close frame if none was sent. With {@code failing}, the connection is dropped as
     * soon as the frame is written (websockets' {@code fail}); otherwise it waits for the peer.
     */
    private void startClosing(int code, String reason, boolean failing) {
        boolean send;
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            send = sent == null && state == State.OPEN;
            if (send) {
                sent = new CloseFrame(code, reason);
                state = State.CLOSING;
                cancelKeepalive();
            }
            if (!failing && closeTimer == null) {
                closeTimer = channel.eventLoop().schedule(() -> { channel.close(); },
                        options.closeTimeout().toNanos(), TimeUnit.NANOSECONDS);
            }
        }
        if (send) {
            ChannelFuture f = channel.writeAndFlush(new CloseWebSocketFrame(code, reason));
            if (failing) {
                f.addListener(ChannelFutureListener.CLOSE);
            }
        } else if (failing) {
            channel.close();
        }
    }

    /** Closes with {@code code} without waiting for the peer. Python: {@code fail}. */
    void fail(int code, String reason) {
        recordFailure(code, reason);
        startClosing(code, reason, true);
    }

    /** Keeps a protocol (1002) or size (1009) failure as the cause of later errors, unless closing already began. */
    private synchronized void recordFailure(int code, String reason) {
        if (sent != null || state == State.CLOSED) {
            return;
        }
        if (code == CloseFrame.MESSAGE_TOO_BIG) {
            failure = new PayloadTooBig(reason);
        } else if (code == CloseFrame.PROTOCOL_ERROR) {
            failure = new ProtocolError(reason);
        }
    }

    private void cancelKeepalive() {
        if (keepaliveTimer != null) {
            keepaliveTimer.cancel(false);
        }
    }

    private void onClose(CloseWebSocketFrame frame) {
        ByteBuf content = frame.content();
        int code = content.readableBytes() >= 2 ? content.getUnsignedShort(content.readerIndex()) : -1;
        if (content.readableBytes() == 1 || (code != -1 && !CloseFrame.isSendable(code))) {
            fail(CloseFrame.PROTOCOL_ERROR, "invalid close frame");
            return;
        }
        String reason = code == -1 ? "" : Utf8.decode(content.slice(content.readerIndex() + 2, content.readableBytes() - 2));
        if (reason == null) {
            fail(CloseFrame.INVALID_DATA, "invalid UTF-8 in close reason");
            return;
        }
        CloseFrame received = new CloseFrame(code == -1 ? CloseFrame.NO_STATUS_RCVD : code, reason);
        boolean echo;
        synchronized (this) {
            if (rcvd != null) {
                return;
            }
            rcvd = received;
            echo = sent == null;
            if (echo) {
                sent = received;
                rcvdThenSent = true;
            } else {
                rcvdThenSent = false;
            }
            state = State.CLOSING;
            cancelKeepalive();
            flushFragments();
        }
        ChannelFuture f = echo
                ? channel.writeAndFlush(new CloseWebSocketFrame(true, 0, frame.content().retainedDuplicate()))
                : channel.newSucceededFuture();
        if (server) {
            // The server closes the TCP connection once the handshake is complete (RFC 6455 7.1.1).
            f.addListener(ChannelFutureListener.CLOSE);
        } else {
            synchronized (this) {
                if (closeTimer == null) {
                    closeTimer = channel.eventLoop().schedule(() -> { channel.close(); },
                            options.closeTimeout().toNanos(), TimeUnit.NANOSECONDS);
                }
            }
        }
    }

    private void flushFragments() {
        fragments = null;
    }

    /** The TCP connection is closed (network thread). */
    void onInactive() {
        List<MonoSink<Message>> waiting;
        List<PingWaiter> pending;
        ConnectionClosed error;
        FragmentedSend unfinished;
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            unfinished = fragmenting;
            fragmenting = null;
            cancelKeepalive();
            if (closeTimer != null) {
                closeTimer.cancel(false);
            }
            waiting = new ArrayList<>(receivers);
            receivers.clear();
            pending = new ArrayList<>(pings.values());
            pings.clear();
            error = closedException();
        }
        for (MonoSink<Message> r : waiting) {
            r.error(error);
        }
        for (PingWaiter p : pending) {
            p.sink().error(error);
        }
        if (unfinished != null) {
            unfinished.connectionClosed();     // sends waiting for its end now fail with ConnectionClosed
        }
        Sinks.One<Void> drain;
        while ((drain = drainWaiters.poll()) != null) {
            drain.tryEmitError(error);
        }
        closed.tryEmitEmpty();
    }

    /** Netty's decoder rejected the input and has sent a close frame with this code itself. */
    void onError(Throwable cause) {
        if (cause instanceof CorruptedWebSocketFrameException c && c.closeStatus() != null) {
            recordFailure(c.closeStatus().code(), c.getMessage());   // Netty's reason text is generic
            synchronized (this) {
                if (sent == null) {
                    sent = new CloseFrame(c.closeStatus().code(), c.closeStatus().reasonText());
                    state = State.CLOSING;
                }
            }
        }
        channel.close();
    }

    private ConnectionClosed closedException() {
        ConnectionClosed e = ConnectionClosed.of(rcvd, sent, rcvdThenSent);
        if (failure != null) {
            e.initCause(failure);
        }
        return e;
    }

    // ------------------------------------------------------------------ frames in

    /** One decoded frame arrived (network thread); this method owns it. */
    void onFrame(WebSocketFrame frame) {
        try {
            if (frame.rsv() != 0) {
                // Extensions clear the bits they own before frames get here (RFC 6455 5.2).
                fail(CloseFrame.PROTOCOL_ERROR, "reserved bits must be 0");
            } else if (frame instanceof PingWebSocketFrame) {
                if (state() == State.OPEN) {
                    channel.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
                }
            } else if (frame instanceof PongWebSocketFrame) {
                onPong(frame.content());
            } else if (frame instanceof CloseWebSocketFrame close) {
                onClose(close);
            } else if (state() == State.OPEN) {
                onData(frame);
            }
        } finally {
            ReferenceCountUtil.release(frame);
        }
    }

    private void onData(WebSocketFrame frame) {
        ByteBuf content = frame.content();
        boolean continuation = frame instanceof ContinuationWebSocketFrame;
        if (continuation != (fragments != null)) {
            fail(CloseFrame.PROTOCOL_ERROR, continuation ? "unexpected continuation frame" : "expected a continuation frame");
            return;
        }
        int before = fragments == null ? 0 : fragments.size();
        int size = content.readableBytes() + before;
        Integer max = options.maxSize();
        if (max != null && size > max) {
            fragments = null;
            // the latest websockets' reason (its PayloadTooBig's message)
            fail(CloseFrame.MESSAGE_TOO_BIG, "frame with " + content.readableBytes() + " bytes "
                    + (before > 0 ? "after reading " + before + " bytes " : "") + "exceeds limit of " + max + " bytes");
            return;
        }
        if (frame.isFinalFragment() && fragments == null) {
            if (frame instanceof TextWebSocketFrame) {
                deliverText(content);
            } else {
                deliver(Message.binary(bytesOf(content)));
            }
            return;
        }
        if (fragments == null) {
            fragments = new ByteArrayOutputStream();
            fragmentsText = frame instanceof TextWebSocketFrame;
        }
        fragments.writeBytes(bytesOf(content));
        if (frame.isFinalFragment()) {
            byte[] all = fragments.toByteArray();
            fragments = null;
            if (fragmentsText) {
                deliverText(Unpooled.wrappedBuffer(all));
            } else {
                deliver(Message.binary(all));
            }
        }
    }

    private void deliverText(ByteBuf utf8) {
        String text = Utf8.decode(utf8);
        if (text == null) {
            fail(CloseFrame.INVALID_DATA, "invalid UTF-8");
        } else {
            deliver(Message.text(text));
        }
    }

    private static byte[] bytesOf(ByteBuf content) {
        byte[] b = new byte[content.readableBytes()];
        content.getBytes(content.readerIndex(), b);
        return b;
    }

    /** Reads like websockets' repr: {@code <Connection id=... OPEN /chat>}. */
    @Override
    public String toString() {
        return "<" + (server ? "ServerConnection" : "ClientConnection") + " " + state() + " " + request.path() + ">";
    }
}
