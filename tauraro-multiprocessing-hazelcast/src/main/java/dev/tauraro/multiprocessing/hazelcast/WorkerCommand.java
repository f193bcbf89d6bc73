package dev.tauraro.multiprocessing.hazelcast;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of {@link ClusterWorker#main}. */
@Command(name = "tauraro-worker",
        description = "Runs a worker member of a tauraro multiprocessing cluster (Hazelcast).")
final class WorkerCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--cluster", split = ",", paramLabel = "HOST:PORT",
            description = "Members to join, comma-separated (default: this member alone).")
    List<String> cluster = List.of();

    @Option(names = "--name", description = "Cluster name (default: ${DEFAULT-VALUE}).")
    String name = HazelcastConfigs.DEFAULT_CLUSTER_NAME;

    @Option(names = "--host", description = "Address to bind and announce (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to bind (default: ${DEFAULT-VALUE}).")
    int port = HazelcastConfigs.DEFAULT_PORT;

    @Option(names = "--slots", description = "Tasks run at once (default: the processors).")
    Integer slots;

    @Override
    public Integer call() {
        ClusterWorker.Builder b = ClusterWorker.builder().clusterName(name).host(host).port(port)
                .cluster(cluster.toArray(new String[0]));
        if (slots != null) {
            b.slots(slots);
        }
        ClusterWorker w = b.start();
        System.out.println("tauraro worker ready: " + w.instance().getCluster().getLocalMember().getAddress()
                + ", " + w.slots() + " slots, cluster '" + name + "'");
        System.out.flush();
        return 0; // Hazelcast's threads keep the JVM running until it is stopped
    }
}
