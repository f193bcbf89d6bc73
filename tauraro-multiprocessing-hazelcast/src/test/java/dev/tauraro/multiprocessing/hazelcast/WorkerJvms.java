package dev.tauraro.multiprocessing.hazelcast;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Worker members in separate JVMs on 127.0.0.1, started with the documented command on the test
 * class path. Each fixture has its own cluster name and ports, so fixtures never meet. Every wait
 * is bounded; {@link #close()} kills whatever is still running.
 */
final class WorkerJvms implements AutoCloseable {
    /** For tests: a small heap and the quick compiler only, which starts a member sooner. */
    private static final List<String> QUICK_START = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** The JVM options the worker command documents (Hazelcast's internal-API access). */
    private static final List<String> JVM_OPTIONS = List.of("--add-modules", "java.se", "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
    private static final long START_SECONDS = 90;

    final String clusterName = "test-" + UUID.randomUUID();
    /** The ports reserved for this fixture's members, in start order. */
    private final List<Integer> ports;
    private final List<Process> started = new ArrayList<>();
    private final boolean quickStart;

    /** Room for {@code maxMembers} members, started for tests (quick start, small heap). */
    WorkerJvms(int maxMembers) {
        this(maxMembers, true);
    }

    /** Room for {@code maxMembers} members; {@code quickStart} false gives them the JVM's defaults (benchmarks). */
    WorkerJvms(int maxMembers, boolean quickStart) {
        this.ports = freePorts(maxMembers);
        this.quickStart = quickStart;
    }

    /** The addresses of all the members this fixture may start (the join list). */
    String[] addresses() {
        return ports.stream().map(p -> "127.0.0.1:" + p).toArray(String[]::new);
    }

    /** The port of a member this fixture started. */
    synchronized int port(Process p) {
        return ports.get(started.indexOf(p));
    }

    /** Starts the next member (with {@code slots} slots) without waiting for it to join. */
    synchronized CompletableFuture<Process> startAsync(int slots) {
        int port = ports.get(started.size());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (quickStart) {
            cmd.addAll(QUICK_START);
        }
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ClusterWorker.class.getName(),
                "--cluster", String.join(",", addresses()), "--port", Integer.toString(port),
                "--name", clusterName, "--slots", Integer.toString(slots)));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started.add(p);
        CompletableFuture<Process> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("tauraro worker ready")) {
                        ready.complete(p);
                    } else if (!ready.isDone()) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            ready.completeExceptionally(new IllegalStateException("worker on port " + port + " ended before it was ready:\n" + seen));
        }, "worker-output-" + port);
        reader.setDaemon(true);
        reader.start();
        return ready.orTimeout(START_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts the next member and waits (bounded) until it has joined. */
    Process start(int slots) {
        return startAsync(slots).join();
    }

    /** Starts {@code n} members at once and waits for all of them. */
    List<Process> startAll(int n, int slots) {
        List<CompletableFuture<Process>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(startAsync(slots));
        }
        return all.stream().map(CompletableFuture::join).toList();
    }

    /** Kills a member at once, as a crash would (SIGKILL), and waits for its JVM to be gone. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() throws InterruptedException {
        for (Process p : started) {
            p.destroyForcibly();
        }
        for (Process p : started) {
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Terminates {@code pool} (if built) and then kills the members: a test class's teardown. */
    static void stop(ClusterPool pool, WorkerJvms workers) throws InterruptedException {
        try {
            if (pool != null) {
                pool.terminate();
            }
        } finally {
            workers.close();
        }
    }

    /**
     * {@code n} ports free now, below the kernel's ephemeral range: a member binds its port seconds
     * after the check, and a port from the ephemeral range (what {@code new ServerSocket(0)} hands
     * out) may meanwhile become the local end of any process's outgoing connection; a CI run once
     * failed so ("Port ... is already in use"). Ports below the range are only taken by a bind.
     */
    private static List<Integer> freePorts(int n) {
        int low = ephemeralLow();
        List<Integer> ports = new ArrayList<>();
        java.util.Random random = new java.util.Random();
        for (int tries = 0; ports.size() < n; tries++) {
            if (tries > 1000) {
                throw new IllegalStateException("no free ports below " + low);
            }
            int port = 10000 + random.nextInt(low - 10000);
            if (ports.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                ports.add(s.getLocalPort());
            } catch (IOException taken) {
                // in use: try another
            }
        }
        return ports;
    }

    /** The first port of the kernel's ephemeral range (Linux's default when it cannot be read). */
    private static int ephemeralLow() {
        try {
            String range = java.nio.file.Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Math.max(11000, Integer.parseInt(range.split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return 32768;
        }
    }
}
