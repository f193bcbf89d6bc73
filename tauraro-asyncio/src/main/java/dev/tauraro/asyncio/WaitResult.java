package dev.tauraro.asyncio;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The outcome of {@link Asyncio#wait}: the futures that are done and those still pending.
 *
 * <p>Python equivalent: the {@code (done, pending)} tuple of sets returned by
 * {@code asyncio.wait}. Both sets are unmodifiable and keep the order in which the futures were
 * passed to {@code wait} (duplicates removed), so iteration is deterministic.
 *
 * <pre>{@code
 * Asyncio.wait(List.of(t1, t2), null, ReturnWhen.FIRST_COMPLETED).map(r -> r.done().size())
 * }</pre>
 *
 * <p>Differences from CPython: Python's sets iterate in an unspecified order; these iterate in
 * argument order.
 *
 * @param <F> the type of the futures waited on
 * @param done the futures that were done (finished or cancelled) when {@code wait} returned
 * @param pending the futures that were not done yet
 */
public record WaitResult<F extends Future<?>>(Set<F> done, Set<F> pending) {
    /** Copies both sets, keeping their iteration order. */
    public WaitResult {
        done = Collections.unmodifiableSet(new LinkedHashSet<>(done));
        pending = Collections.unmodifiableSet(new LinkedHashSet<>(pending));
    }

    /** Reads like the Python tuple: {@code ({<Task finished ...>}, set())}. */
    @Override
    public String toString() {
        return "(" + repr(done) + ", " + repr(pending) + ")";
    }

    private static String repr(Set<?> set) {
        if (set.isEmpty()) {
            return "set()";
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Object o : set) {
            j.add(String.valueOf(o));
        }
        return j.toString();
    }
}
