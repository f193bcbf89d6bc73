package dev.tauraro.websockets;

/**
 * The server answered the opening handshake with an HTTP status other than 101.
 *
 * <p>Python equivalent: {@code websockets.exceptions.InvalidStatus}; the message reads the
 * same: {@code server rejected WebSocket connection: HTTP 403}.
 */
public final class InvalidStatus extends InvalidHandshake {
    private static final long serialVersionUID = 1L;

    private final transient Response response;

    InvalidStatus(Response response) {
        super("server rejected WebSocket connection: HTTP " + response.status());
        this.response = response;
    }

    /** The server's HTTP response. */
    public Response response() {
        return response;
    }
}
