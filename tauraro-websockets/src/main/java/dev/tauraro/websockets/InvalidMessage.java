package dev.tauraro.websockets;

/**
 * The server's handshake response never came or could not be read: most often the connection
 * closed first, which is transient, so the reconnecting {@code connect} retries it.
 *
 * <p>Python equivalent: {@code websockets.exceptions.InvalidMessage} ("did not receive a valid
 * HTTP response"), whose cause is then an {@code EOFError}; here the cause is the transport's
 * exception.
 */
public class InvalidMessage extends InvalidHandshake {
    private static final long serialVersionUID = 1L;

    InvalidMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
