package dev.tauraro.websockets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One message being sent in fragments (RFC 6455 section 5.4): the first fragment goes out in a
 * text or binary frame without FIN, the next ones in continuation frames, and {@link #end()}
 * sends an empty final continuation frame, as websockets does.
 *
 * <p>Python equivalent: what {@code await websocket.send(iterable)} and
 * {@code await websocket.send(async_iterable)} do with each item. Most Java code calls
 * {@link Connection#send(org.reactivestreams.Publisher)}, which drives this class; it is public
 * for callers that produce fragments one at a time (the script binding iterates a Python
 * iterator itself):
 * <pre>{@code
 * ws.startFragmented().flatMap(f -> f.send("frag").then(f.send("mented")).then(f.end()))
 * }</pre>
 *
 * <p>Call one method at a time, each after the previous one's Mono completed. While a fragmented
 * message is being sent, the connection's other {@code send} calls wait for its end and
 * {@link Websockets#broadcast} skips the connection; pings, pongs and a close may go out between
 * fragments. All fragments must be of the first one's type (all {@code String} or all
 * {@code byte[]}): otherwise the connection is closed with 1011 and the call fails, as websockets
 * raises {@code TypeError}.
 *
 * <p>Differences from websockets: an empty fragment sends no frame (Netty's permessage-deflate
 * encoder cannot compress an empty non-final frame); the message received is the same.
 */
public final class FragmentedSend {
    private final Connection connection;
    private final Sinks.Empty<Void> finished = Sinks.empty();

    // Calls are sequential (each after the previous one completed), possibly on different
    // threads: volatile gives each call the previous one's writes.
    private volatile Boolean text;       // the first fragment's type, null before it
    private volatile boolean started;    // a frame of this message was written
    private volatile boolean over;

    FragmentedSend(Connection connection) {
        this.connection = connection;
    }

    /** Sends a text fragment. */
    public Mono<Void> send(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        return connection.loop().wrap(Mono.defer(() -> fragment(true, fragment.getBytes(StandardCharsets.UTF_8))));
    }

    /** Sends a binary fragment. */
    public Mono<Void> send(byte[] fragment) {
        Objects.requireNonNull(fragment, "fragment");
        byte[] copy = fragment.clone();
        return connection.loop().wrap(Mono.defer(() -> fragment(false, copy)));
    }

    /** Sends a {@code String}, {@code byte[]} or {@link Message} fragment; anything else fails the message. */
    Mono<Void> sendObject(Object fragment) {
        if (fragment instanceof String s) {
            return send(s);
        }
        if (fragment instanceof byte[] b) {
            return send(b);
        }
        if (fragment instanceof Message m) {
            return m.isText() ? send(m.text()) : send(m.bytes());
        }
        String what = fragment == null ? "null" : fragment.getClass().getName();
        return connection.loop().wrap(Mono.defer(() -> abort(new IllegalArgumentException(
                (text == null ? "fragments must be String or byte[], not " : "fragments must be of one type, not ")
                        + what))));
    }

    /** Ends the message: sends the final frame, then lets the connection's other sends go. */
    public Mono<Void> end() {
        return connection.loop().wrap(Mono.defer(() -> {
            if (over) {
                return Mono.error(new IllegalStateException("fragmented message already ended"));
            }
            over = true;
            WebSocketFrame last;
            if (text == null) {
                last = null;                                     // no fragment at all: no message
            } else if (!started) {
                last = frame(text, true, Unpooled.EMPTY_BUFFER);  // only empty fragments: an empty message
            } else {
                last = new ContinuationWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER);
            }
            Mono<Void> write = last == null ? Mono.empty() : connection.writeFragment(last);
            return write.doFinally(s -> release());
        }));
    }

    /**
     * Gives up on the message: the connection is closed with 1011 "error in fragmented message"
     * (the peer cannot be told otherwise that the message will not end). Completes when the
     * connection is closed. Python: what {@code send} does when the iterable raises.
     */
    public Mono<Void> fail() {
        return connection.loop().wrap(Mono.defer(() -> {
            over = true;
            connection.fail(CloseFrame.INTERNAL_ERROR, "error in fragmented message");
            release();
            return connection.closedSignal();
        }));
    }

    /** Completes when the message ended or failed: the connection's other sends wait for it. */
    Mono<Void> finished() {
        return finished.asMono();
    }

    private Mono<Void> fragment(boolean isText, byte[] data) {
        if (over) {
            return Mono.error(new IllegalStateException("fragmented message already ended"));
        }
        if (text == null) {
            text = isText;
        } else if (text != isText) {
            return abort(new IllegalArgumentException("fragments must be of one type: "
                    + (text ? "String" : "byte[]") + " then " + (isText ? "String" : "byte[]")));
        }
        if (data.length == 0) {
            return Mono.empty();
        }
        ByteBuf content = Unpooled.wrappedBuffer(data);
        WebSocketFrame f = started ? new ContinuationWebSocketFrame(false, 0, content) : frame(isText, false, content);
        started = true;
        return connection.writeFragment(f);
    }

    /** Closes with 1011, then fails with {@code error}: websockets' TypeError path. */
    private Mono<Void> abort(RuntimeException error) {
        return fail().then(Mono.error(error));
    }

    private static WebSocketFrame frame(boolean text, boolean fin, ByteBuf content) {
        return text ? new TextWebSocketFrame(fin, 0, content) : new BinaryWebSocketFrame(fin, 0, content);
    }

    /** The connection closed before the message ended: later calls fail with ConnectionClosed. */
    void connectionClosed() {
        finished.tryEmitEmpty();
    }

    private void release() {
        connection.fragmentedEnded(this);
        finished.tryEmitEmpty();
    }
}
