package dev.tauraro.multiprocessing.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.tauraro.multiprocessing.Multiprocessing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;

/**
 * A worker member of the cluster: a Hazelcast member that runs {@link ClusterPool} tasks on
 * {@code slots} threads.
 *
 * <p>Started from the command line (the class path must hold this module, Hazelcast and the
 * classes of the tasks it will run):
 *
 * <pre>
 * java -cp 'lib/*:app.jar' dev.tauraro.multiprocessing.hazelcast.ClusterWorker \
 *      --cluster 10.0.0.1:5701,10.0.0.2:5701 --host 10.0.0.2 [--port 5701] [--slots 8] [--name tauraro]
 * </pre>
 *
 * or embedded in any Java program:
 *
 * <pre>{@code
 * try (ClusterWorker w = ClusterWorker.builder().cluster("127.0.0.1:5701").slots(4).start()) {
 *     ...                                  // this JVM runs pool tasks until closed
 * }
 * }</pre>
 *
 * A program that already runs a Hazelcast member makes it a worker with
 * {@link #configure(Config, int)} before starting it.
 *
 * <h2>Network</h2>
 * The member binds {@code host:port} only (default {@code 127.0.0.1:5701}, so nothing is exposed
 * unless asked) and joins the members listed by TCP/IP; multicast is off. Hazelcast logs at
 * WARNING through {@code java.util.logging} and does not phone home.
 *
 * <h2>Differences from CPython</h2>
 * CPython's workers are processes forked or spawned by the pool itself; here the workers are
 * long-lived JVMs that pools on other machines send tasks to. Tasks' classes are not shipped: they
 * must be on every worker's class path.
 */
public final class ClusterWorker implements AutoCloseable {
    private final HazelcastInstance instance;
    private final int slots;

    private ClusterWorker(HazelcastInstance instance, int slots) {
        this.instance = instance;
        this.slots = slots;
    }

    /** A builder for a worker member. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes {@code config} (a member's) a worker's: it will run pool tasks on {@code slots}
     * threads and advertise them to pools. Returns {@code config}.
     *
     * @throws IllegalArgumentException "slots must be at least 1"
     */
    public static Config configure(Config config, int slots) {
        Objects.requireNonNull(config, "config");
        return HazelcastConfigs.makeWorker(config, checkSlots(slots));
    }

    private static int checkSlots(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1");
        }
        return slots;
    }

    /** Configures and starts a {@link ClusterWorker}. */
    public static final class Builder {
        private final List<String> cluster = new ArrayList<>();
        private String clusterName = HazelcastConfigs.DEFAULT_CLUSTER_NAME;
        private String host = "127.0.0.1";
        private int port = HazelcastConfigs.DEFAULT_PORT;
        private int slots = Multiprocessing.cpuCount();

        private Builder() {
        }

        /** The members to join, as {@code host:port} (this member's own address may be among them). */
        public Builder cluster(String... members) {
            cluster.addAll(Arrays.asList(members));
            return this;
        }

        /** The cluster's name (default {@code tauraro}); members and pools of one cluster share it. */
        public Builder clusterName(String name) {
            this.clusterName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The address this member binds and announces (default {@code 127.0.0.1}). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port this member binds (default 5701). */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1-65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /** How many tasks this member runs at once (default: its processors). */
        public Builder slots(int slots) {
            this.slots = checkSlots(slots);
            return this;
        }

        /** Starts the member and joins the cluster. */
        public ClusterWorker start() {
            List<String> members = new ArrayList<>(cluster);
            if (members.isEmpty()) {
                members.add(host + ":" + port);
            }
            Config config = HazelcastConfigs.member(clusterName, members, host, port);
            HazelcastConfigs.makeWorker(config, slots);
            return new ClusterWorker(Hazelcast.newHazelcastInstance(config), slots);
        }
    }

    /** The Hazelcast member this worker runs in. */
    public HazelcastInstance instance() {
        return instance;
    }

    /** How many tasks it runs at once. */
    public int slots() {
        return slots;
    }

    /** Leaves the cluster; pools re-run the chunks it was running on the other members. */
    @Override
    public void close() {
        instance.shutdown();
    }

    @Override
    public String toString() {
        return "<ClusterWorker " + instance.getCluster().getLocalMember().getAddress() + " slots=" + slots + ">";
    }

    /**
     * The worker command: starts a worker member and runs until the JVM is stopped. Prints one
     * line, {@code tauraro worker ready: ...}, once it has joined. Exits 2 on bad options, 1 when
     * the member cannot start.
     */
    public static void main(String[] args) {
        int code = new CommandLine(new WorkerCommand())
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    cl.getErr().println("tauraro-worker: " + e);
                    return 1;
                })
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
