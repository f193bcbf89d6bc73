package dev.tauraro.websockets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One WebSocket message: text or bytes.
 *
 * <p>Python equivalent: what {@code await websocket.recv()} returns, a {@code str} for a text
 * message and {@code bytes} for a binary one. Java has no common type for both, so a message
 * says which it is.
 *
 * <p>Differences from websockets: a binary message's bytes are shared with the message, not
 * copied; do not modify them.
 */
public final class Message {
    private final String text;
    private final byte[] bytes;

    private Message(String text, byte[] bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    /** A text message. */
    public static Message text(String text) {
        return new Message(Objects.requireNonNull(text, "text"), null);
    }

    /** A binary message. */
    public static Message binary(byte[] bytes) {
        return new Message(null, Objects.requireNonNull(bytes, "bytes"));
    }

    /** True for a text message, false for a binary one. */
    public boolean isText() {
        return text != null;
    }

    /**
     * The text of a text message.
     *
     * @throws IllegalStateException for a binary message
     */
    public String text() {
        if (text == null) {
            throw new IllegalStateException("binary message has no text");
        }
        return text;
    }

    /** The bytes of a binary message, or the UTF-8 encoding of a text message. */
    public byte[] bytes() {
        return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text or the bytes: a {@code String} or a {@code byte[]}. */
    public Object value() {
        return text != null ? text : bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && Objects.equals(text, m.text) && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return text != null ? text.hashCode() : Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return text != null ? "Message.text(" + text.length() + " chars)" : "Message.binary(" + bytes.length + " bytes)";
    }
}
