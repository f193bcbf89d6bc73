package dev.tauraro.websockets;

import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The delays between reconnection attempts of {@link Websockets#reconnecting}: websockets'
 * {@code backoff()}, a truncated exponential backoff. The first attempt waits a random time
 * under the initial delay (5 s; RFC 6455 section 7.2.3 asks clients to spread their reconnections
 * after an abnormal closure), the second the minimum delay (3.1 s), then each one the previous
 * times the factor (1.618), up to the maximum (90 s), forever.
 *
 * <p>As in websockets, the environment variables {@code WEBSOCKETS_BACKOFF_INITIAL_DELAY},
 * {@code WEBSOCKETS_BACKOFF_MIN_DELAY}, {@code WEBSOCKETS_BACKOFF_MAX_DELAY} and
 * {@code WEBSOCKETS_BACKOFF_FACTOR} (seconds, and a factor) change the defaults.
 */
final class Backoff implements Iterator<Duration> {
    static final double INITIAL_DELAY = fromEnv("WEBSOCKETS_BACKOFF_INITIAL_DELAY", 5);
    static final double MIN_DELAY = fromEnv("WEBSOCKETS_BACKOFF_MIN_DELAY", 3.1);
    static final double MAX_DELAY = fromEnv("WEBSOCKETS_BACKOFF_MAX_DELAY", 90);
    static final double FACTOR = fromEnv("WEBSOCKETS_BACKOFF_FACTOR", 1.618);

    private final double initial;
    private final double min;
    private final double max;
    private final double factor;
    private double next = -1;       // the delay after the current one; -1 before the first

    Backoff() {
        this(INITIAL_DELAY, MIN_DELAY, MAX_DELAY, FACTOR);
    }

    Backoff(double initial, double min, double max, double factor) {
        this.initial = initial;
        this.min = min;
        this.max = max;
        this.factor = factor;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Duration next() {
        double seconds;
        if (next < 0) {
            seconds = ThreadLocalRandom.current().nextDouble() * initial;
            next = min;
        } else if (next < max) {
            seconds = next;
            next *= factor;
        } else {
            seconds = max;
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    private static double fromEnv(String name, double otherwise) {
        String v = System.getenv(name);
        return v == null ? otherwise : Double.parseDouble(v);
    }
}
