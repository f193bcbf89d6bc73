package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

/**
 * Authentication applied to each request a client sends. The simple form is a function from the
 * request to the request to send; a scheme that must see the server's answer (a challenge, an
 * expired token) overrides {@link #flow(Request)} instead and may send several requests.
 *
 * <pre>{@code
 * AsyncClient.builder().auth(Auth.basic("user", "pass")).build();
 * client.get(url, RequestOptions.builder().auth(Auth.digest("user", "pass")).build());
 * Auth signed = request -> request.withHeader("X-Signature", sign(request));
 * Auth refreshing = Auth.ofFlow(request -> new AuthFlow() { ... });   // see AuthFlow
 * }</pre>
 *
 * <p>Auth is applied when a request is sent, not when it is built: {@code buildRequest} gives the
 * request without credentials, and {@code send} adds the client's auth, as httpx. A per-request
 * auth replaces the client's; with none, a URL's {@code user:password@} is sent as basic auth. The
 * {@code Authorization} header is dropped when a redirect leads to another origin.
 *
 * <p>Python equivalent: {@code httpx.Auth} ({@link #flow} is {@code auth_flow}),
 * {@code httpx.BasicAuth}, {@code httpx.DigestAuth} ({@link DigestAuth}), and a plain function as
 * {@code auth=} (httpx's {@code FunctionAuth}). Bearer tokens are written in httpx as a header or a
 * custom {@code Auth}.
 *
 * <p>Differences from httpx: bearer tokens have their own factory ({@link #bearer}); a custom
 * multi-request scheme is an {@link AuthFlow} object with {@code first()} and {@code
 * next(response)} rather than a generator, and one flow serves both clients (httpx has {@code
 * sync_auth_flow} and {@code async_auth_flow}).
 */
@FunctionalInterface
public interface Auth {
    /**
     * The request to send instead of {@code request}. For a scheme built on {@link #flow}, the
     * first request of its flow.
     */
    Request apply(Request request);

    /** The flow that authenticates {@code request}; by default, sending {@link #apply}'s request once. */
    default AuthFlow flow(Request request) {
        return AuthFlow.single(apply(request));
    }

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

    /** HTTP Digest (RFC 7616), answering the server's challenge; see {@link DigestAuth}. */
    static Auth digest(String username, String password) {
        return new DigestAuth(username, password);
    }

    /** A scheme whose every request runs the flow {@code start} makes for it. */
    static Auth ofFlow(Function<? super Request, ? extends AuthFlow> start) {
        Objects.requireNonNull(start, "start");
        return new Auth() {
            @Override
            public Request apply(Request request) {
                return flow(request).first();
            }

            @Override
            public AuthFlow flow(Request request) {
                return Objects.requireNonNull(start.apply(request), "the auth flow factory returned null");
            }
        };
    }
}
