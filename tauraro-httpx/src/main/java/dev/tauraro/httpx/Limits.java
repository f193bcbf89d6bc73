package dev.tauraro.httpx;

import java.time.Duration;
import java.util.Objects;

/**
 * The size of a client's connection pool.
 *
 * <p>{@link #DEFAULT} is httpx's: at most 100 connections, 20 kept alive while idle, an idle
 * connection closed after 5 s. A request that finds every connection busy waits for one, for at
 * most the pool timeout ({@link Timeout#pool()}), then fails with {@link PoolTimeout}.
 *
 * <p>Python equivalent: {@code httpx.Limits}.
 *
 * <p>Differences from httpx: when more than {@code maxKeepaliveConnections} would be idle, the
 * connection just freed is closed (httpx closes the oldest idle one); HTTP/2 connections are not
 * counted. {@code null} for {@code maxConnections} means 2<sup>31</sup>-1.
 */
public final class Limits {
    /** httpx's default limits: 100 connections, 20 keep-alive, 5 s expiry. */
    public static final Limits DEFAULT = new Limits(100, 20, Duration.ofSeconds(5));

    private final Integer maxConnections;
    private final Integer maxKeepaliveConnections;
    private final Duration keepaliveExpiry;

    /** Each value may be null for "no limit". */
    public Limits(Integer maxConnections, Integer maxKeepaliveConnections, Duration keepaliveExpiry) {
        if (maxConnections != null && maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
        }
        if (maxKeepaliveConnections != null && maxKeepaliveConnections < 0) {
            throw new IllegalArgumentException("maxKeepaliveConnections must not be negative: " + maxKeepaliveConnections);
        }
        this.maxConnections = maxConnections;
        this.maxKeepaliveConnections = maxKeepaliveConnections;
        this.keepaliveExpiry = keepaliveExpiry;
    }

    public Integer maxConnections() {
        return maxConnections;
    }

    public Integer maxKeepaliveConnections() {
        return maxKeepaliveConnections;
    }

    public Duration keepaliveExpiry() {
        return keepaliveExpiry;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Limits l && Objects.equals(maxConnections, l.maxConnections)
                && Objects.equals(maxKeepaliveConnections, l.maxKeepaliveConnections)
                && Objects.equals(keepaliveExpiry, l.keepaliveExpiry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxConnections, maxKeepaliveConnections, keepaliveExpiry);
    }

    /** As httpx's repr: {@code Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)}. */
    @Override
    public String toString() {
        return "Limits(max_connections=" + (maxConnections == null ? "None" : maxConnections)
                + ", max_keepalive_connections=" + (maxKeepaliveConnections == null ? "None" : maxKeepaliveConnections)
                + ", keepalive_expiry=" + Timeout.secs(keepaliveExpiry) + ")";
    }
}
