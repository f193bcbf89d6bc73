package dev.tauraro.httpx;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how a client repeats a failed request (beyond httpx, which never retries by itself).
 *
 * <ul>
 *   <li>A failure to connect ({@link ConnectError}, {@link ConnectTimeout}) is retried for every
 *       method: the server never saw the request.</li>
 *   <li>A failure after sending ({@link ReadError}, {@link ReadTimeout},
 *       {@link RemoteProtocolError}) is retried only for idempotent methods (GET, HEAD, OPTIONS,
 *       PUT, DELETE, TRACE).</li>
 *   <li>A 429 or 503 response is retried (idempotent methods only), after its {@code Retry-After}
 *       seconds when it gives them.</li>
 * </ul>
 * Attempt {@code n} (from 1) waits {@code backoff * 2^(n-1)}, at most {@code maxBackoff}, scaled by
 * a random factor in [0.5, 1] (jitter). No retry starts once {@code maxTotal} has passed since the
 * first attempt; the last failure or response is then the result.
 *
 * <pre>{@code
 * AsyncClient.builder().retries(Retries.of(3)).build();   // up to 3 attempts, 0.1 s, 0.2 s apart
 * }</pre>
 *
 * <p>Python equivalent: none. httpx itself never repeats a request; the nearest is {@code
 * httpx.HTTPTransport(retries=n)}, which repeats only a failed connect ({@code ConnectError},
 * {@code ConnectTimeout}) up to {@code n} times, 0, 0.5, 1, 2 s ... apart, for any method.
 *
 * <p>Differences from httpx: not in httpx (see above).
 *
 * @param attempts the most attempts, the first included (1 = no retry)
 * @param backoff the wait before the second attempt
 * @param maxBackoff the longest wait between two attempts
 * @param maxTotal no retry starts after this time since the first attempt
 */
public record Retries(int attempts, Duration backoff, Duration maxBackoff, Duration maxTotal) {
    static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    public Retries {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxTotal, "maxTotal");
    }

    /** Up to {@code attempts} attempts, 0.1 s backoff doubling up to 5 s, within 30 s. */
    public static Retries of(int attempts) {
        return new Retries(attempts, Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** Whether {@code error} from sending {@code request} may be retried. */
    boolean retryable(Throwable error, Request request) {
        if (error instanceof ConnectError || error instanceof ConnectTimeout) {
            return true;
        }
        return (error instanceof ReadError || error instanceof ReadTimeout || error instanceof RemoteProtocolError)
                && IDEMPOTENT.contains(request.method());
    }

    /** Whether {@code response} asks to be retried. */
    boolean retryable(Response response) {
        return (response.statusCode() == 429 || response.statusCode() == 503)
                && IDEMPOTENT.contains(response.request().method());
    }

    /** The wait before attempt {@code next} (2 or more); {@code random} in [0, 1). */
    Duration delay(int next, double random) {
        double base = backoff.toNanos() * Math.pow(2, next - 2);
        double capped = Math.min(base, maxBackoff.toNanos());
        return Duration.ofNanos((long) (capped * (0.5 + random / 2)));
    }

    /** The wait a response's {@code Retry-After} asks for, in whole seconds; null when absent or a date. */
    static Duration retryAfter(Response response) {
        String v = response.headers().get("Retry-After");
        if (v == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
        } catch (NumberFormatException date) {
            return null;  // an HTTP date: fall back to the backoff
        }
    }
}
