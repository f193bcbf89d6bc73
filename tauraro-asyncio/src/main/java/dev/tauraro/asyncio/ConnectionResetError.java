package dev.tauraro.asyncio;

import java.net.SocketException;

/**
 * The connection was reset by the peer, or lost while a writer waited to drain.
 *
 * <p>Python equivalent: {@code ConnectionResetError}. Stream reads raise it after the peer reset
 * the connection ("Connection reset by peer"), and {@link StreamWriter#drain()} raises it once the
 * connection is lost ("Connection lost"), as CPython's streams do.
 *
 * <p>Differences from CPython: it is a {@link SocketException}, so Java code that handles socket
 * failures in general catches it; Python's has an {@code errno} (104), which the script binding
 * adds.
 */
public class ConnectionResetError extends SocketException {
    private static final long serialVersionUID = 1L;

    /** A reset with a message. */
    public ConnectionResetError(String message) {
        super(message);
    }

    /** A reset with a message and the transport's own exception. */
    public ConnectionResetError(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    @Override
    public String toString() {
        return "ConnectionResetError('" + getMessage() + "')";
    }
}
