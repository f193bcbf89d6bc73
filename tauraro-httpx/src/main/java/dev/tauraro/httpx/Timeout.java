package dev.tauraro.httpx;

import java.time.Duration;
import java.util.Objects;

/**
 * The four timeouts of a request, each a {@link Duration} or null for none.
 *
 * <ul>
 *   <li>{@code connect}: establishing the connection;</li>
 *   <li>{@code read}: the longest wait for the next bytes of the response;</li>
 *   <li>{@code write}: the longest wait to send the next bytes of the request;</li>
 *   <li>{@code pool}: the longest wait for a connection from the client's pool.</li>
 * </ul>
 *
 * <pre>{@code
 * Timeout.DEFAULT                     // 5 s each, as httpx
 * Timeout.of(10.0)                    // 10 s each
 * Timeout.of(10.0).withConnect(2.0)   // 2 s to connect, 10 s for the rest
 * Timeout.NONE                        // wait for ever
 * }</pre>
 *
 * <p>Python equivalent: {@code httpx.Timeout}.
 *
 * <p>Differences from httpx: the phases are per-read and per-write, as httpx's; a whole-request
 * deadline does not exist yet.
 */
public final class Timeout {
    /** 5 seconds for each phase: httpx's default. */
    public static final Timeout DEFAULT = of(5.0);
    /** No timeout at all. */
    public static final Timeout NONE = new Timeout(null, null, null, null);

    private final Duration connect;
    private final Duration read;
    private final Duration write;
    private final Duration pool;

    /** A timeout per phase; null disables that phase's timeout. */
    public Timeout(Duration connect, Duration read, Duration write, Duration pool) {
        this.connect = check(connect);
        this.read = check(read);
        this.write = check(write);
        this.pool = check(pool);
    }

    private static Duration check(Duration d) {
        if (d != null && d.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + d);
        }
        return d;
    }

    /** The same timeout, in seconds, for every phase; null for none. */
    public static Timeout of(Double seconds) {
        Duration d = seconds(seconds);
        return new Timeout(d, d, d, d);
    }

    static Duration seconds(Double s) {
        if (s == null) {
            return null;
        }
        if (s.isNaN() || s < 0) {
            throw new IllegalArgumentException("timeout must be a non-negative number of seconds: " + s);
        }
        return Duration.ofNanos((long) (s * 1e9));
    }

    public Duration connect() {
        return connect;
    }

    public Duration read() {
        return read;
    }

    public Duration write() {
        return write;
    }

    public Duration pool() {
        return pool;
    }

    public Timeout withConnect(Double seconds) {
        return new Timeout(seconds(seconds), read, write, pool);
    }

    public Timeout withRead(Double seconds) {
        return new Timeout(connect, seconds(seconds), write, pool);
    }

    public Timeout withWrite(Double seconds) {
        return new Timeout(connect, read, seconds(seconds), pool);
    }

    public Timeout withPool(Double seconds) {
        return new Timeout(connect, read, write, seconds(seconds));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeout t && Objects.equals(connect, t.connect) && Objects.equals(read, t.read)
                && Objects.equals(write, t.write) && Objects.equals(pool, t.pool);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connect, read, write, pool);
    }

    /** As httpx's repr: {@code Timeout(timeout=5.0)} or {@code Timeout(connect=1.0, read=5.0, write=5.0, pool=5.0)}. */
    @Override
    public String toString() {
        if (Objects.equals(connect, read) && Objects.equals(read, write) && Objects.equals(write, pool)) {
            return "Timeout(timeout=" + secs(connect) + ")";
        }
        return "Timeout(connect=" + secs(connect) + ", read=" + secs(read) + ", write=" + secs(write) + ", pool="
                + secs(pool) + ")";
    }

    static String secs(Duration d) {
        return d == null ? "None" : Double.toString(d.toNanos() / 1e9);
    }
}
