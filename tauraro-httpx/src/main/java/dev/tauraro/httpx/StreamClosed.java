package dev.tauraro.httpx;

/**
 * The stream was closed before its content was read.
 *
 * <p>Python equivalent: {@code httpx.StreamClosed}. The message is httpx's.
 *
 * <p>Differences from httpx: none.
 */
public class StreamClosed extends StreamError {
    public StreamClosed() {
        super("Attempted to read or stream content, but the stream has been closed.");
    }
}
