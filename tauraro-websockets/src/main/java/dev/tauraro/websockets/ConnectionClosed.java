package dev.tauraro.websockets;

/**
 * Raised when using a connection that is closed: receiving after the close, sending after it, or
 * the close handshake ending while waiting.
 *
 * <p>Python equivalent: {@code websockets.exceptions.ConnectionClosed}. Its subclasses tell
 * whether the close was normal: {@link ConnectionClosedOK} when both close frames carried
 * 1000, 1001 or no code, {@link ConnectionClosedError} otherwise (including a lost connection,
 * where no close frame arrived).
 */
public class ConnectionClosed extends WebSocketException {
    private static final long serialVersionUID = 1L;

    private final transient CloseFrame rcvd;
    private final transient CloseFrame sent;
    private final Boolean rcvdThenSent;

    ConnectionClosed(CloseFrame rcvd, CloseFrame sent, Boolean rcvdThenSent) {
        super(describe(rcvd, sent, rcvdThenSent));
        this.rcvd = rcvd;
        this.sent = sent;
        this.rcvdThenSent = rcvdThenSent;
    }

    /** The close frame received from the peer, or null when none arrived. */
    public CloseFrame rcvd() {
        return rcvd;
    }

    /** The close frame sent to the peer, or null when none was sent. */
    public CloseFrame sent() {
        return sent;
    }

    /** True if the peer's close came first, false if ours did, null unless both exist. */
    public Boolean rcvdThenSent() {
        return rcvdThenSent;
    }

    /**
     * The exception for a connection that ended with these frames: {@link ConnectionClosedOK}
     * when both exist and carry 1000, 1001 or no code, {@link ConnectionClosedError} otherwise.
     */
    public static ConnectionClosed of(CloseFrame rcvd, CloseFrame sent, Boolean rcvdThenSent) {
        boolean ok = rcvd != null && sent != null && isOk(rcvd.code()) && isOk(sent.code());
        return ok ? new ConnectionClosedOK(rcvd, sent, rcvdThenSent)
                : new ConnectionClosedError(rcvd, sent, rcvdThenSent);
    }

    private static boolean isOk(int code) {
        return code == CloseFrame.NORMAL_CLOSURE || code == CloseFrame.GOING_AWAY || code == CloseFrame.NO_STATUS_RCVD;
    }

    private static String describe(CloseFrame rcvd, CloseFrame sent, Boolean rcvdThenSent) {
        if (rcvd == null) {
            return sent == null ? "no close frame received or sent" : "sent " + sent + "; no close frame received";
        }
        if (sent == null) {
            return "received " + rcvd + "; no close frame sent";
        }
        return Boolean.TRUE.equals(rcvdThenSent) ? "received " + rcvd + "; then sent " + sent
                : "sent " + sent + "; then received " + rcvd;
    }
}
