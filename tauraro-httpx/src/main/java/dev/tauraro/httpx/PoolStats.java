package dev.tauraro.httpx;

/**
 * A snapshot of a client's connection pool, summed over all hosts.
 *
 * <p>Python equivalent: none (httpx has no pool statistics); in the spirit of Trio's
 * {@code statistics()}.
 *
 * <p>Differences from httpx: httpx has no pool statistics API; the nearest is the repr of
 * httpcore's {@code ConnectionPool} ({@code Requests: 1 active, 0 queued | Connections: 1 active,
 * 0 idle}), reached through private attributes.
 *
 * @param idle connections waiting in the pool for a request; one the server closed while it
 *     waited is counted until the pool next hands out a connection for its host, which is when
 *     Reactor Netty's pool drops it
 * @param active connections carrying a request or a response being read
 * @param pending requests waiting for a connection
 */
public record PoolStats(int idle, int active, int pending) {
}
