package dev.tauraro.script.modules.cluster;

import dev.tauraro.multiprocessing.hazelcast.ClusterWorker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code tauraro --worker [--cluster host:port,...] [--host H] [--port P] [--slots N] [--name C]}:
 * a worker member that runs the tasks of script pools (and of Java {@code ClusterPool}s whose
 * classes are on its class path). Without {@code --cluster}, {@code TAURARO_CLUSTER} names the
 * members, and without {@code --name}, {@code TAURARO_CLUSTER_NAME} the cluster, as they do for the pools. Runs until the process is stopped.
 */
public final class ScriptWorker {
    private ScriptWorker() {
    }

    /** Starts the worker member with the options after {@code --worker}. */
    public static void main(String[] options) {
        List<String> args = new ArrayList<>(Arrays.asList(options));
        String env = System.getenv("TAURARO_CLUSTER");
        if (env != null && !env.isBlank() && args.stream().noneMatch(a -> a.equals("--cluster")
                || a.startsWith("--cluster="))) {
            args.add("--cluster");
            args.add(env.strip());
        }
        String name = ClusterStart.clusterName();
        if (name != null && args.stream().noneMatch(a -> a.equals("--name") || a.startsWith("--name="))) {
            args.add("--name");
            args.add(name);
        }
        ClusterWorker.main(args.toArray(new String[0]));
    }
}
