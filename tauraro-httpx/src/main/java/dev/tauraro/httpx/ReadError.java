package dev.tauraro.httpx;

/**
 * The network failed while receiving data.
 *
 * <p>Python equivalent: {@code httpx.ReadError}.
 *
 * <p>Differences from httpx: the message is the JVM's or Netty's text for the failure (or {@code
 * connection closed}), not CPython's {@code [Errno N] ...} wording.
 */
public class ReadError extends NetworkError {
    public ReadError(String message, Request request) {
        super(message, request);
    }

    public ReadError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
