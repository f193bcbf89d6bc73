package dev.tauraro.websockets;

/**
 * A {@link ConnectionClosed} for a connection that ended abnormally: a close code other than 1000/1001, or no close frame at all.
 *
 * <p>Python equivalent: {@code websockets.exceptions.ConnectionClosedError}.
 */
public final class ConnectionClosedError extends ConnectionClosed {
    private static final long serialVersionUID = 1L;

    ConnectionClosedError(CloseFrame rcvd, CloseFrame sent, Boolean rcvdThenSent) {
        super(rcvd, sent, rcvdThenSent);
    }
}
