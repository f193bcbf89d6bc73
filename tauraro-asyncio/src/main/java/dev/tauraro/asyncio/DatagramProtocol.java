package dev.tauraro.asyncio;

import java.net.InetSocketAddress;

/**
 * The callbacks a {@link DatagramTransport} makes as datagrams arrive.
 *
 * <p>Python equivalent: {@code asyncio.DatagramProtocol}, what
 * {@code loop.create_datagram_endpoint} makes with its protocol factory.
 * <pre>{@code
 * class Echo implements DatagramProtocol {
 *     DatagramTransport transport;
 *     public void connectionMade(DatagramTransport t) { transport = t; }
 *     public void datagramReceived(byte[] data, InetSocketAddress from) { transport.sendto(data, from); }
 * }
 * Asyncio.createDatagramEndpoint(Echo::new, new InetSocketAddress("127.0.0.1", 0), null)
 * }</pre>
 *
 * <h2>Order and thread</h2>
 * Every callback runs on the thread of the loop that owns the endpoint: {@link #connectionMade}
 * first, then datagrams and errors as they come, and {@link #connectionLost} last, once.
 *
 * <h2>Errors</h2>
 * An exception thrown by a callback is reported to the loop's exception handler and the
 * endpoint carries on. Every method has an empty default, as Python's base class has.
 */
public interface DatagramProtocol {
    /** The endpoint is open; {@code transport} is how to send from it. */
    default void connectionMade(DatagramTransport transport) {
    }

    /** A datagram arrived from {@code addr} ({@code data} may be empty; owned by the callee). */
    default void datagramReceived(byte[] data, InetSocketAddress addr) {
    }

    /**
     * A send or receive failed, for instance with {@link java.net.PortUnreachableException} when a
     * connected endpoint's peer has no socket (Python: {@code ConnectionRefusedError}).
     */
    default void errorReceived(Throwable exc) {
    }

    /** The endpoint is closed; {@code exc} is null for a regular close. */
    default void connectionLost(Throwable exc) {
    }
}
