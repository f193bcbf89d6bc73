package dev.tauraro.httpx;

/**
 * A streamed request's content was accessed before it was read.
 *
 * <p>Python equivalent: {@code httpx.RequestNotRead}. The message is httpx's.
 *
 * <p>Differences from httpx: none.
 */
public class RequestNotRead extends StreamError {
    public RequestNotRead() {
        super("Attempted to access streaming request content, without having called `read()`.");
    }
}
