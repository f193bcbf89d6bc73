package dev.tauraro.websockets;

/**
 * The URI given to {@link Websockets#connect} is not a ws:// or wss:// URI.
 *
 * <p>Python equivalent: {@code websockets.exceptions.InvalidURI}; the message reads the same:
 * {@code http://x isn't a valid URI: scheme isn't ws or wss}.
 */
public final class InvalidURI extends WebSocketException {
    private static final long serialVersionUID = 1L;

    private final String uri;

    InvalidURI(String uri, String why) {
        super(uri + " isn't a valid URI: " + why);
        this.uri = uri;
    }

    /** The rejected URI. */
    public String uri() {
        return uri;
    }
}
