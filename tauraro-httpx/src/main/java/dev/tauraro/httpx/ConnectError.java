package dev.tauraro.httpx;

/**
 * Could not connect to the host (refused, unreachable, unknown name).
 *
 * <p>Python equivalent: {@code httpx.ConnectError}.
 *
 * <p>Differences from httpx: the errno texts ({@code [Errno 111] Connection refused}, {@code
 * [Errno -2] Name or service not known}) are Linux's, as CPython prints them there, whatever the
 * platform the JVM runs on; other connect failures carry the JVM's message.
 */
public class ConnectError extends NetworkError {
    public ConnectError(String message, Request request) {
        super(message, request);
    }

    public ConnectError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
