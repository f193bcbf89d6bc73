package dev.tauraro.multiprocessing.hazelcast;

import java.io.Serializable;
import java.util.concurrent.Callable;

/** A {@link Callable} that can travel to a cluster member (see {@link SerializableFunction}). */
@FunctionalInterface
public interface SerializableCallable<R> extends Callable<R>, Serializable {
}
