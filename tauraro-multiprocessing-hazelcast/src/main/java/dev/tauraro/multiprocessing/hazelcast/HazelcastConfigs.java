package dev.tauraro.multiprocessing.hazelcast;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Hazelcast settings shared by worker members and the clients a {@link ClusterPool} builds:
 * explicit TCP/IP members (multicast and auto-detection off), no phone-home, logging through
 * {@code java.util.logging} at WARNING, and failure detection in seconds rather than Hazelcast's
 * default minute, so that a killed member's chunks are re-run promptly.
 */
final class HazelcastConfigs {
    /** The member attribute holding a worker member's slot count; members without it run no tasks. */
    static final String SLOTS_ATTRIBUTE = "tauraro.slots";
    /** The executor that runs pool tasks on a worker member (one thread per slot). */
    static final String EXECUTOR = "tauraro-pool";
    /** Hazelcast's own default port, where a worker listens unless told otherwise. */
    static final int DEFAULT_PORT = 5701;
    static final String DEFAULT_CLUSTER_NAME = "tauraro";
    /** Held so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");
    /**
     * A client's own logger: it warns on every failed connection attempt and on shutdown, while
     * the pool reports what matters as exceptions (no cluster, no member left); SEVERE only.
     */
    private static final Logger CLIENT_LOG = Logger.getLogger("com.hazelcast.client");

    private HazelcastConfigs() {
    }

    /** The slots a member offers, 0 for a member that is not a tauraro worker. */
    static int slots(Member member) {
        if (member.isLiteMember()) {
            return 0;
        }
        String s = member.getAttribute(SLOTS_ATTRIBUTE);
        if (s == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Makes {@code config} a worker's: {@code slots} threads run pool tasks and the member
     * advertises them. The rest of the configuration (network, join) is the caller's.
     */
    static Config makeWorker(Config config, int slots) {
        config.getMemberAttributeConfig().setAttribute(SLOTS_ATTRIBUTE, Integer.toString(slots));
        config.getExecutorConfig(EXECUTOR).setPoolSize(slots).setStatisticsEnabled(false);
        return config;
    }

    /** A member that binds {@code host:port} and joins the explicit {@code members}. */
    static Config member(String clusterName, List<String> members, String host, int port) {
        Config c = new Config();
        c.setClusterName(clusterName);
        quiet(c.getProperties());
        // Join at once instead of Hazelcast's 5 s wait for other members starting at the same time.
        c.setProperty("hazelcast.wait.seconds.before.join", "0");
        c.setProperty("hazelcast.max.wait.seconds.before.join", "1");
        c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        // Bind only the given address (loopback by default), never every interface.
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.local.localAddress", host);
        NetworkConfig n = c.getNetworkConfig();
        n.setPort(port).setPortAutoIncrement(false);
        JoinConfig join = n.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        return c;
    }

    /** A client of the cluster at {@code members}, giving up connecting after {@code connectTimeout}. */
    static ClientConfig client(String clusterName, List<String> members, Duration connectTimeout) {
        ClientConfig c = new ClientConfig();
        c.setClusterName(clusterName);
        quiet(c.getProperties());
        synchronized (CLIENT_LOG) {
            if (CLIENT_LOG.getLevel() == null) {
                CLIENT_LOG.setLevel(Level.SEVERE);
            }
        }
        c.setProperty("hazelcast.client.heartbeat.interval", "1000");
        c.setProperty("hazelcast.client.heartbeat.timeout", "5000");
        c.getNetworkConfig().setAddresses(members);
        c.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(connectTimeout.toMillis())
                .setInitialBackoffMillis(100)
                .setMaxBackoffMillis(1000);
        return c;
    }

    private static void quiet(Properties p) {
        p.setProperty("hazelcast.phone.home.enabled", "false");
        p.setProperty("hazelcast.logging.type", "jdk");
        // Hazelcast logs each start-up step at INFO; a user who set a level keeps it.
        synchronized (HAZELCAST_LOG) {
            if (HAZELCAST_LOG.getLevel() == null) {
                HAZELCAST_LOG.setLevel(Level.WARNING);
            }
        }
    }
}
