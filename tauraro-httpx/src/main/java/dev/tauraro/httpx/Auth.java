package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Authentication applied to each request a client sends: a function from the request to the
 * request to send. {@link #basic} and {@link #bearer} are the built-in schemes; any lambda is a
 * custom one.
 *
 * <pre>{@code
 * AsyncClient.builder().auth(Auth.basic("user", "pass")).build();
 * client.get(url, RequestOptions.builder().auth(Auth.bearer(token)).build());
 * Auth signed = request -> request.withHeader("X-Signature", sign(request));
 * }</pre>
 *
 * <p>The {@code Authorization} header is dropped when a redirect leads to another origin, as httpx.
 *
 * <p>Python equivalent: {@code httpx.Auth}, {@code httpx.BasicAuth}; bearer tokens are written in
 * httpx as a header or a custom {@code Auth}.
 *
 * <p>Differences from httpx: no digest scheme and no multi-request auth flows yet: an auth here
 * sees one request and cannot react to a {@code 401}.
 */
@FunctionalInterface
public interface Auth {
    /** The request to send instead of {@code request}. */
    Request apply(Request request);

    /** HTTP Basic: {@code Authorization: Basic base64(username:password)}. */
    static Auth basic(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return r -> r.withHeader("Authorization", "Basic " + token);
    }

    /** A bearer token: {@code Authorization: Bearer token}. */
    static Auth bearer(String token) {
        Objects.requireNonNull(token, "token");
        return r -> r.withHeader("Authorization", "Bearer " + token);
    }
}
