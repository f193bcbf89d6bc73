package dev.tauraro.multiprocessing.hazelcast;

import java.io.Serializable;
import java.util.function.BiFunction;

/** A {@link BiFunction} that can travel to a cluster member (see {@link SerializableFunction}). */
@FunctionalInterface
public interface SerializableBiFunction<A, B, R> extends BiFunction<A, B, R>, Serializable {
}
