package dev.tauraro.websockets;

/**
 * A {@link ConnectionClosed} for a connection that ended normally: both close frames carried 1000, 1001 or no code.
 *
 * <p>Python equivalent: {@code websockets.exceptions.ConnectionClosedOK}.
 */
public final class ConnectionClosedOK extends ConnectionClosed {
    private static final long serialVersionUID = 1L;

    ConnectionClosedOK(CloseFrame rcvd, CloseFrame sent, Boolean rcvdThenSent) {
        super(rcvd, sent, rcvdThenSent);
    }
}
