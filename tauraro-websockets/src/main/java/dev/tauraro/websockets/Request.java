package dev.tauraro.websockets;

import java.util.Objects;

/**
 * The HTTP request that opened a connection.
 *
 * <p>Python equivalent: {@code websockets.http11.Request}.
 *
 * @param path    the request target: path and query, as in {@code /chat?room=1}
 * @param headers the request headers
 */
public record Request(String path, Headers headers) {
    public Request {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
    }
}
