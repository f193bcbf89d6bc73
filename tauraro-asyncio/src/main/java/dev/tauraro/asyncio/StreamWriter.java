package dev.tauraro.asyncio;

import reactor.core.publisher.Mono;

/**
 * The writing half of a stream connection.
 *
 * <p>Python equivalent: {@code asyncio.StreamWriter}, the second element of what
 * {@link Asyncio#openConnection} yields and the second argument of a {@link Server}'s callback.
 * <pre>{@code
 * writer.write(data);
 * return writer.drain();          // await writer.drain()
 * }</pre>
 *
 * <h2>Writing and backpressure</h2>
 * {@link #write} never waits: it hands the bytes to the connection, which sends them as the
 * socket accepts them. {@link #drain()} is where a writer waits: while more than 64 KiB are queued
 * and not yet taken by the peer, it suspends until the queue is back under 16 KiB. A writer that
 * drains after its writes therefore holds a bounded amount of memory however slowly the peer
 * reads. A writer that never drains queues everything, as in Python.
 *
 * <h2>Closing</h2>
 * {@link #close()} stops reading at once and closes the connection once everything written has
 * been sent; {@link #waitClosed()} completes when the connection is closed (with the error that
 * ended it, if any). {@link #writeEof()} half-closes: the peer reads the end of the stream while
 * this side can still read. Writes after {@code close()} are dropped silently, as CPython drops
 * them; after {@code writeEof()} they fail.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop that opened the connection.
 *
 * <h2>Differences from CPython</h2>
 * {@link #getExtraInfo} knows what {@link Transport#getExtraInfo} knows. Writes after
 * {@code close()} are dropped even when earlier data is still queued (CPython still sends them
 * then).
 */
public final class StreamWriter {
    private final Transport transport;
    private final StreamReaderProtocol protocol;
    private final StreamReader reader;

    StreamWriter(Transport transport, StreamReaderProtocol protocol, StreamReader reader) {
        this.transport = transport;
        this.protocol = protocol;
        this.reader = reader;
    }

    /**
     * Queues {@code data} for sending. Python: {@code write(data)}.
     *
     * <p>The bytes are copied before this returns, so the caller may refill or reuse the array at
     * once (CPython's {@code write} of a {@code bytearray} likewise sends what it held at the call).
     *
     * @throws IllegalStateException "Cannot call write() after write_eof()"
     */
    public void write(byte[] data) {
        write(data, 0, data.length);
    }

    /** Queues {@code data[offset, offset+length)}, copied as {@link #write(byte[])} does. */
    public void write(byte[] data, int offset, int length) {
        transport.write(data, offset, length);
    }

    /** Queues each array in turn. Python: {@code writelines(data)}. */
    public void writelines(Iterable<byte[]> data) {
        for (byte[] b : data) {
            write(b);
        }
    }

    /**
     * Shuts down the sending side once the queued data is sent; the peer reads the end of the
     * stream. Python: {@code write_eof()}.
     *
     * @throws UnsupportedOperationException "SSL doesn't support half-closes" on TLS
     */
    public void writeEof() {
        transport.writeEof();
    }

    /** Whether {@link #writeEof()} is supported: not on TLS. Python: {@code can_write_eof()}. */
    public boolean canWriteEof() {
        return transport.canWriteEof();
    }

    /**
     * Waits until the queued data is under the low-water mark (at once when it is not over the
     * high one). Python: {@code await writer.drain()}.
     *
     * @return completes empty, or fails with the reader's exception when the connection failed,
     *     or {@link ConnectionResetError} "Connection lost" once the connection is lost
     */
    public Mono<Void> drain() {
        return Mono.defer(() -> {
            Throwable e = reader.exception();
            if (e != null) {
                return Mono.error(e);
            }
            if (transport.isClosing()) {
                // As CPython: yield once, so that a connection_lost pending on the loop is seen by
                // a "write(); await drain()" loop, which would otherwise never learn of it. CPython
                // closes a transport with nothing left to send within that iteration, so drain()
                // after close() fails with "Connection lost"; Netty closes on its own thread and
                // tells the loop later, so with nothing left to send the loss is awaited here.
                return Asyncio.sleep(0).then(Mono.defer(() -> transport.isLost() || transport.getWriteBufferSize() > 0
                        ? protocol.drainHelper()
                        : protocol.closedFuture().owned().onErrorResume(x -> Mono.empty())
                                .then(Mono.defer(protocol::drainHelper))));
            }
            return protocol.drainHelper();
        });
    }

    /** Closes the connection once the queued data is sent; reading stops now. Python: {@code close()}. */
    public void close() {
        transport.close();
    }

    /**
     * Closes the connection at once, dropping queued data. Python: {@code writer.transport.abort()}.
     */
    public void abort() {
        transport.abort();
    }

    /** Whether it is closed or closing. Python: {@code is_closing()}. */
    public boolean isClosing() {
        return transport.isClosing();
    }

    /**
     * Completes once the connection is closed; fails with the error that ended the connection, if
     * one did. Python: {@code await writer.wait_closed()}.
     */
    public Mono<Void> waitClosed() {
        return protocol.closedFuture();
    }

    /** Information about the connection, or null. Python: {@code get_extra_info(name)}. */
    public Object getExtraInfo(String name) {
        return transport.getExtraInfo(name);
    }

    /** Information about the connection, or {@code def}. Python: {@code get_extra_info(name, default)}. */
    public Object getExtraInfo(String name, Object def) {
        return transport.getExtraInfo(name, def);
    }

    /**
     * Upgrades the connection to TLS (see {@link Transport#startTls}): this side is the TLS server
     * when the streams came from a {@link Server}. Python: {@code await writer.start_tls(sslcontext,
     * server_hostname=...)}.
     */
    public Mono<Void> startTls(StreamOptions tls) {
        return transport.startTls(tls, protocol.serverSide()).then();
    }

    /** The connection under the streams. Python: {@code writer.transport}. */
    public Transport transport() {
        return transport;
    }

    /** The reader of the same connection. */
    public StreamReader reader() {
        return reader;
    }

    /** The loop the connection belongs to. */
    public EventLoop getLoop() {
        return transport.loop;
    }

    @Override
    public String toString() {
        return "<StreamWriter transport=" + transport + " reader=" + reader + ">";
    }
}
