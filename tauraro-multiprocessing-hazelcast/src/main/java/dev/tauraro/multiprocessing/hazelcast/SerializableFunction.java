package dev.tauraro.multiprocessing.hazelcast;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A {@link Function} that can travel to a cluster member: a lambda or method reference written
 * where this type is expected is compiled serializable (what it captures must be serializable too).
 *
 * <p>Python equivalent: a picklable function, which is what {@code multiprocessing} sends to its
 * workers.
 */
@FunctionalInterface
public interface SerializableFunction<T, R> extends Function<T, R>, Serializable {
}
