package dev.tauraro.websockets;

/**
 * An HTTP header of the opening handshake is missing or has a wrong value.
 *
 * <p>Python equivalent: {@code websockets.exceptions.InvalidHeader}; the message reads the same
 * ({@code missing Upgrade header}, {@code invalid Origin header: http://x}).
 */
public final class InvalidHeader extends InvalidHandshake {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String value;

    /** A missing ({@code value} null), empty or invalid header. */
    public InvalidHeader(String name, String value) {
        super(value == null ? "missing " + name + " header"
                : value.isEmpty() ? "empty " + name + " header" : "invalid " + name + " header: " + value);
        this.name = name;
        this.value = value;
    }

    /** The header's name. */
    public String name() {
        return name;
    }

    /** Its value, null when it was missing. */
    public String value() {
        return value;
    }
}
