/**
 * A multiprocessing {@code Pool} whose workers are the members of a Hazelcast cluster:
 * {@code ClusterPool}, the worker member {@code ClusterWorker} and the serializable task types.
 * Exports only the API package.
 */
module dev.tauraro.multiprocessing.hazelcast {
    requires transitive dev.tauraro.multiprocessing;
    requires transitive com.hazelcast.core;
    requires info.picocli;
    requires java.logging;

    exports dev.tauraro.multiprocessing.hazelcast;
    // picocli reads the worker command's options reflectively; Hazelcast makes the messages
    // (ChunkBatch, a DataSerializable) it reads with their no-argument constructors
    opens dev.tauraro.multiprocessing.hazelcast to info.picocli, com.hazelcast.core;
}
