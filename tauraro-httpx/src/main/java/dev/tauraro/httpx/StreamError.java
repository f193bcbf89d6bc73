package dev.tauraro.httpx;

/**
 * A body was used in a way its streaming state does not allow (streamed twice, read after close,
 * accessed before being read).
 *
 * <p>Python equivalent: {@code httpx.StreamError} (a {@code RuntimeError}, not an
 * {@code HTTPError}).
 *
 * <p>Differences from httpx: none.
 */
public class StreamError extends RuntimeException {
    public StreamError(String message) {
        super(message);
    }
}
