package dev.tauraro.websockets;

import java.util.Map;
import java.util.Objects;

/**
 * The content of a close frame: a status code and a reason.
 *
 * <p>Python equivalent: {@code websockets.frames.Close}. {@link #toString()} reads like its
 * {@code str()}: {@code 1000 (OK) bye}.
 *
 * @param code   the close code (RFC 6455 section 7.4), 1005 for a close frame without one
 * @param reason the reason, empty when there is none
 */
public record CloseFrame(int code, String reason) {
    /** 1000: the purpose of the connection was fulfilled. */
    public static final int NORMAL_CLOSURE = 1000;
    /** 1001: an endpoint is going away (a server shutting down). */
    public static final int GOING_AWAY = 1001;
    /** 1002: the peer broke the protocol. */
    public static final int PROTOCOL_ERROR = 1002;
    /** 1005: a close frame without a code was received; never sent. */
    public static final int NO_STATUS_RCVD = 1005;
    /** 1006: the connection was lost without a close frame; never sent. */
    public static final int ABNORMAL_CLOSURE = 1006;
    /** 1007: a text message was not valid UTF-8. */
    public static final int INVALID_DATA = 1007;
    /** 1009: a message was larger than {@code maxSize}. */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** 1011: the handler failed or a keepalive ping timed out. */
    public static final int INTERNAL_ERROR = 1011;

    private static final Map<Integer, String> EXPLANATIONS = Map.ofEntries(
            Map.entry(1000, "OK"),
            Map.entry(1001, "going away"),
            Map.entry(1002, "protocol error"),
            Map.entry(1003, "unsupported data"),
            Map.entry(1005, "no status received [internal]"),
            Map.entry(1006, "connection closed abnormally [internal]"),
            Map.entry(1007, "invalid frame payload data"),
            Map.entry(1008, "policy violation"),
            Map.entry(1009, "message too big"),
            Map.entry(1010, "extension required"),
            Map.entry(1011, "unexpected error"),
            Map.entry(1012, "service restart"),
            Map.entry(1013, "try again later"),
            Map.entry(1014, "bad gateway"),
            Map.entry(1015, "TLS handshake failure [internal]"));

    public CloseFrame {
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Whether {@code code} may be sent in a close frame: 1000-1003, 1007-1014 and 3000-4999, as
     * websockets accepts.
     */
    public static boolean isSendable(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code < 5000);
    }

    /** {@code 1000 (OK) reason}, as websockets prints a close frame. */
    @Override
    public String toString() {
        String explanation;
        if (code >= 3000 && code < 4000) {
            explanation = "registered";
        } else if (code >= 4000 && code < 5000) {
            explanation = "private use";
        } else {
            explanation = EXPLANATIONS.getOrDefault(code, "unknown");
        }
        String result = code + " (" + explanation + ")";
        return reason.isEmpty() ? result : result + " " + reason;
    }
}
