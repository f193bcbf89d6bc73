package dev.tauraro.websockets;

/**
 * The state of a connection (RFC 6455 section 4 and 7).
 *
 * <p>Python equivalent: {@code websockets.protocol.State}.
 */
public enum State {
    /** The opening handshake is in progress. */
    CONNECTING,
    /** Messages flow both ways. */
    OPEN,
    /** A close frame was sent or received; the close handshake is in progress. */
    CLOSING,
    /** The TCP connection is closed. */
    CLOSED
}
