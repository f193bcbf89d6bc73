package dev.tauraro.httpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A client's mounted transports (httpx's {@code mounts}): the transport for a URL is the one of
 * the most specific matching pattern ({@link URLPattern}), else the client's own.
 */
final class Mounts {
    private record Mount(URLPattern pattern, Transport transport) {
    }

    private final List<Mount> mounts;   // most specific first

    private Mounts(List<Mount> mounts) {
        this.mounts = mounts;
    }

    static Mounts of(Map<String, Transport> byPattern) {
        List<Mount> list = new ArrayList<>();
        byPattern.forEach((p, t) -> list.add(new Mount(URLPattern.of(p), t)));
        // A stable sort: equally specific patterns keep their order, as httpx's sorted().
        list.sort((a, b) -> a.pattern().compareTo(b.pattern()));
        return new Mounts(List.copyOf(list));
    }

    /** The transport for {@code url}: a mounted one, or {@code fallback} (also for a null mount). */
    Transport transportFor(URL url, Transport fallback) {
        for (Mount m : mounts) {
            if (m.pattern().matches(url)) {
                return m.transport() == null ? fallback : m.transport();
            }
        }
        return fallback;
    }

    /** Whether every mounted transport (a null mount being the client's own) satisfies {@code test}. */
    boolean all(java.util.function.Predicate<Transport> test) {
        for (Mount m : mounts) {
            if (m.transport() != null && !test.test(m.transport())) {
                return false;
            }
        }
        return true;
    }

    /** {@code own} plus the pool counts of the mounted transports. */
    PoolStats poolStats(PoolStats own) {
        int idle = own.idle();
        int active = own.active();
        int pending = own.pending();
        for (Mount m : mounts) {
            if (m.transport() != null) {
                PoolStats s = m.transport().poolStats();
                idle += s.idle();
                active += s.active();
                pending += s.pending();
            }
        }
        return new PoolStats(idle, active, pending);
    }

    void close() {
        for (Mount m : mounts) {
            if (m.transport() != null) {
                m.transport().close();
            }
        }
    }
}
