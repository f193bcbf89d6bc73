package dev.tauraro.httpx;

/**
 * A timeout expired (connect, read, write or pool). Catch this to handle every timeout kind.
 *
 * <p>Python equivalent: {@code httpx.TimeoutException}.
 *
 * <p>Differences from httpx: {@link DeadlineExceeded} (a whole-request deadline, beyond httpx) is
 * one too.
 */
public class TimeoutException extends TransportError {
    public TimeoutException(String message, Request request) {
        super(message, request);
    }

    public TimeoutException(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
