package dev.tauraro.httpx;

/**
 * A request's total deadline ({@link ClientBuilder#deadline}) passed before it finished: it covers
 * waiting for a connection, connecting, sending, and receiving the whole body, however slowly the
 * server drips it (httpx's timeouts are per phase and per read, so a slow-dripping server can hold
 * a request for ever).
 *
 * <p>Python equivalent: none (beyond httpx); a {@link TimeoutException}, so code catching httpx's
 * timeouts catches it too.
 *
 * <p>Differences from httpx: httpx has no whole-request deadline; wrap the call in {@code
 * anyio.fail_after} or {@code asyncio.timeout} there, which raise their own exceptions rather than
 * an httpx one.
 */
public class DeadlineExceeded extends TimeoutException {
    public DeadlineExceeded(String message, Request request) {
        super(message, request);
    }
}
