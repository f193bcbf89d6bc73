package dev.tauraro.multiprocessing.hazelcast;

import java.io.Serializable;

/** A {@link Runnable} that can travel to a cluster member (see {@link SerializableFunction}). */
@FunctionalInterface
public interface SerializableRunnable extends Runnable, Serializable {
}
