package dev.tauraro.websockets;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An HTTP response: the server's answer to the opening handshake, or a plain HTTP answer
 * returned by a {@code processRequest} hook.
 *
 * <p>Python equivalent: {@code websockets.http11.Response}.
 *
 * @param status  the status code, 101 for a successful handshake
 * @param reason  the reason phrase
 * @param headers the response headers
 * @param body    the body, empty for a handshake
 */
public record Response(int status, String reason, Headers headers, byte[] body) {
    public Response {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    /**
     * A plain-text response, as websockets' {@code connection.respond(status, text)} builds:
     * {@code Content-Type: text/plain; charset=utf-8} and the text as body.
     */
    public static Response text(int status, String reason, String text) {
        return new Response(status, reason,
                Headers.of(java.util.Map.of("Content-Type", "text/plain; charset=utf-8")),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** The standard reason phrase of {@code status} ("Unauthorized" for 401), "" when it has none. */
    public static String reasonPhrase(int status) {
        String phrase = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        return phrase.startsWith("Unknown Status") ? "" : phrase;
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
