package dev.tauraro.asyncio;

/**
 * The callbacks a stream connection's {@link Transport} makes as things happen on it.
 *
 * <p>Python equivalent: {@code asyncio.Protocol}, what {@code loop.create_connection} and
 * {@code loop.create_server} make with their protocol factory.
 * <pre>{@code
 * class Echo implements Protocol {
 *     Transport transport;
 *     public void connectionMade(Transport t) { transport = t; }
 *     public void dataReceived(byte[] data) { transport.write(data); }
 * }
 * Asyncio.createServer(Echo::new, "127.0.0.1", 0)
 * }</pre>
 *
 * <h2>Order and thread</h2>
 * Every callback runs on the thread of the loop that owns the connection, one at a time:
 * {@link #connectionMade} first, then any number of {@link #dataReceived}, at most one
 * {@link #eofReceived}, and {@link #connectionLost} last, exactly once. {@link #pauseWriting} and
 * {@link #resumeWriting} alternate, starting with a pause, while the connection is open.
 *
 * <h2>Errors</h2>
 * An exception thrown by {@link #dataReceived} or {@link #eofReceived} is reported to the loop's
 * exception handler ("Fatal error: protocol.data_received() call failed.") and the connection is
 * closed at once, {@link #connectionLost} receiving that exception; one thrown by the other
 * callbacks is reported ("Exception in callback ...") and the connection carries on. The loop
 * keeps running either way.
 *
 * <p>Every method has an empty default, as Python's base class has.
 */
public interface Protocol {
    /** The connection is open; {@code transport} is how to write to it. */
    default void connectionMade(Transport transport) {
    }

    /** The peer sent {@code data} (never empty; owned by the callee). */
    default void dataReceived(byte[] data) {
    }

    /**
     * The peer will send no more (it half-closed or closed its side).
     *
     * @return true to keep the connection open for writing (a half-close); false to close it, as
     *     Python's default {@code None} does. TLS connections close either way.
     */
    default boolean eofReceived() {
        return false;
    }

    /**
     * The connection is closed.
     *
     * @param exc null for a regular close or end of stream, else the error that ended it
     */
    default void connectionLost(Throwable exc) {
    }

    /** The transport's write buffer went over its high-water mark: stop writing for now. */
    default void pauseWriting() {
    }

    /** The write buffer drained to its low-water mark: writing may resume. */
    default void resumeWriting() {
    }
}
