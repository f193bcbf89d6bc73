package dev.tauraro.asyncio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;

/**
 * The protocol that makes a {@link Transport} a pair of streams: what arrives feeds a
 * {@link StreamReader}, and the transport's write flow control becomes {@link StreamWriter#drain()}.
 *
 * <p>Python equivalent: {@code asyncio.StreamReaderProtocol} together with its
 * {@code FlowControlMixin}. On a server it also calls the {@code client_connected_cb} with the
 * new pair and runs the Mono it returns as a task; a failing task is reported ("Unhandled
 * exception in client_connected_cb") and its connection closed, as CPython does.
 */
final class StreamReaderProtocol implements Protocol {
    private final EventLoop loop;
    private final StreamReader reader;
    /** The server's callback; null on a client. */
    private final BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback;
    private final Future<Void> closed;
    private final List<Future<Void>> drainWaiters = new ArrayList<>(1);
    private Transport transport;
    private StreamWriter writer;
    private boolean paused;
    private boolean lost;

    StreamReaderProtocol(EventLoop loop, int limit,
                         BiFunction<? super StreamReader, ? super StreamWriter, ? extends Mono<?>> callback) {
        this.loop = loop;
        this.reader = new StreamReader(limit);
        this.callback = callback;
        this.closed = loop.createFuture();
    }

    /** Whether the streams are a server's (CPython's {@code start_tls} then takes the server side). */
    boolean serverSide() {
        return callback != null;
    }

    StreamPair pair() {
        return new StreamPair(reader, writer);
    }

    @Override
    public void connectionMade(Transport t) {
        transport = t;
        reader.setTransport(t);
        writer = new StreamWriter(t, this, reader);
        if (callback == null) {
            return;
        }
        Mono<?> session;
        try {
            session = callback.apply(reader, writer);
        } catch (RuntimeException | Error e) {
            loop.callExceptionHandler("Exception in client_connected_cb", e);
            t.close();
            return;
        }
        if (session != null) {
            Task<?> task = loop.createTask(session);
            task.addDoneCallback(done -> {
                if (!done.cancelled() && done.exception() != null) {
                    loop.callExceptionHandler("Unhandled exception in client_connected_cb", done.exception());
                    t.close();
                }
            });
        }
    }

    @Override
    public void dataReceived(byte[] data) {
        reader.feedOwned(data);   // the transport's own copy: nobody else holds it
    }

    /** Keeps a plain connection open for writing (the transport closes a TLS one anyway). */
    @Override
    public boolean eofReceived() {
        reader.feedEof();
        return true;
    }

    /** The reader, the close waiter and every drain learn of it. */
    @Override
    public void connectionLost(Throwable exc) {
        lost = true;
        if (exc == null) {
            reader.feedEof();
            closed.setResult(null);
        } else {
            reader.setException(exc);
            closed.setException(exc);
        }
        wakeDrains(exc);
    }

    @Override
    public void pauseWriting() {
        paused = true;
    }

    @Override
    public void resumeWriting() {
        paused = false;
        wakeDrains(null);
    }

    private void wakeDrains(Throwable exc) {
        for (Future<Void> w : List.copyOf(drainWaiters)) {
            if (!w.done()) {
                if (exc == null) {
                    w.setResult(null);
                } else {
                    w.setException(exc);
                }
            }
        }
    }

    /** CPython's {@code FlowControlMixin._drain_helper}: waits while writing is paused. */
    Mono<Void> drainHelper() {
        if (lost) {
            return Mono.error(new ConnectionResetError("Connection lost"));
        }
        if (!paused) {
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

    @Override
    public String toString() {
        return "<StreamReaderProtocol reader=" + reader + ">";
    }
}
