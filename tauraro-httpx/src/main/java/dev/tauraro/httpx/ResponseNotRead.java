package dev.tauraro.httpx;

/**
 * A streamed response's content was accessed before it was read.
 *
 * <p>Python equivalent: {@code httpx.ResponseNotRead}. The message is httpx's.
 *
 * <p>Differences from httpx: none.
 */
public class ResponseNotRead extends StreamError {
    public ResponseNotRead() {
        super("Attempted to access streaming response content, without having called `read()`.");
    }
}
