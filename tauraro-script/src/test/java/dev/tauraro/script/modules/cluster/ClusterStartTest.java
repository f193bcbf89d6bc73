package dev.tauraro.script.modules.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.cli.Main;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code "cluster"} start method end to end: three worker members started with
 * {@code tauraro --worker} in JVMs of their own on 127.0.0.1, and scripts run by the command in
 * another, with {@code TAURARO_START_METHOD=cluster}. The scripts' expected output is CPython's
 * (files beside them, made by {@code python3 x.py > x.out}). Every wait is bounded; the members
 * are killed at the end.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClusterStartTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/cluster");
    /** Hazelcast's internal-API access, as the worker command documents, and a small heap. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xss16m", "--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
    private static final List<Process> MEMBERS = new ArrayList<>();
    private static String cluster;
    /** The members' cluster name, given to them and to every script run through TAURARO_CLUSTER_NAME. */
    private static final String NAME = "tauraro-test-" + java.util.UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startThreeMembers() throws Exception {
        List<Integer> ports = freePorts(3);
        cluster = String.join(",", ports.stream().map(p -> "127.0.0.1:" + p).toList());
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int port : ports) {
            List<String> cmd = java();
            cmd.addAll(List.of(Main.class.getName(), "--worker", "--cluster", cluster, "--port", Integer.toString(port),
                    "--slots", "1"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("TAURARO_CLUSTER_NAME", NAME);   // the worker command's --name
            Process p = pb.start();
            MEMBERS.add(p);
            ready.add(readyLine(p));
        }
        for (CompletableFuture<Void> r : ready) {
            r.get(120, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopMembers() throws InterruptedException {
        for (Process p : MEMBERS) {
            p.destroyForcibly();
        }
        for (Process p : MEMBERS) {
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theSeedsParallelProcessingBlockRunsUnchangedOnThreeMembersAndPrintsWhatCPythonPrints() throws Exception {
        Ran r = run(SCRIPTS.resolve("seed.py"), Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", cluster));
        assertThat(r.err).isEmpty();
        assertThat(r.out).isEqualTo(Files.readString(SCRIPTS.resolve("seed.out")));
        assertThat(r.code).isZero();
    }

    @Test
    void thePoolApiWithAnInitializerPrintsWhatCPythonPrints() throws Exception {
        Ran r = run(SCRIPTS.resolve("pool.py"), Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", cluster));
        assertThat(r.err).isEmpty();
        assertThat(r.out).isEqualTo(Files.readString(SCRIPTS.resolve("pool.out")));
        assertThat(r.code).isZero();
    }

    @Test
    void processesRunOnTheMembersAndTheParentSeesWhatCPythonsWould() throws Exception {
        Ran r = run(SCRIPTS.resolve("process.py"), Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", cluster));
        assertThat(r.out).isEqualTo(Files.readString(SCRIPTS.resolve("process.out")));
        // the target that raised: its process's name and exception, as CPython's child prints them
        assertThat(r.err).startsWith("Process Process-2:\nTraceback (most recent call last):\n")
                .contains(", in fail\n    raise ValueError(\"boom\")\n").endsWith("ValueError: boom\n");
        assertThat(r.code).isZero();
    }

    @Test
    void getContextClusterRunsThePoolOnTheMembersNamedByItsArgument(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("ctx.py");
        Files.writeString(script, String.join("\n",
                "import multiprocessing, os",
                "def pid(x):",
                "    return os.getpid()",
                "if __name__ == '__main__':",
                "    ctx = multiprocessing.get_context('cluster', cluster='" + cluster + "')",
                "    with ctx.Pool() as pool:",
                "        print(ctx.get_start_method(), [p != os.getpid() for p in pool.map(pid, range(3))])",
                ""));
        Ran r = run(script, Map.of());
        assertThat(r.err).isEmpty();
        assertThat(r.out).isEqualTo("cluster [True, True, True]\n");
    }

    @Test
    void theScriptsOwnModulesTravelWithThePoolSoMembersNeedNoCopyOfThem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tools"));
        Files.writeString(dir.resolve("tools/__init__.py"), "SCALE = 3\n");
        Files.writeString(dir.resolve("tools/maths.py"), "from . import SCALE\ndef scaled(x):\n    return x * SCALE\n");
        Path script = dir.resolve("own.py");
        Files.writeString(script, String.join("\n",
                "import multiprocessing, os, shutil",
                "from tools.maths import scaled",
                "if __name__ == '__main__':",
                "    with multiprocessing.Pool() as pool:",
                "        # as if the members were on machines without the script's files",
                "        shutil.rmtree(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tools'))",
                "        print(pool.map(scaled, range(6)))",
                ""));
        Ran r = run(script, Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", cluster));
        assertThat(r.err).isEmpty();
        assertThat(r.out).isEqualTo("[0, 3, 6, 9, 12, 15]\n");
    }

    @Test
    void aClusterThatIsNotThereIsAConnectionErrorAfterTheTimeout() throws Exception {
        // the script ends (run's bound) with the error naming the timeout it waited; no wall-clock
        // threshold here: a loaded machine once took 32 s to start the JVM and Hazelcast and give up
        String nobody = "127.0.0.1:" + freePorts(1).get(0);
        Ran r = run(SCRIPTS.resolve("seed.py"), Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", nobody,
                "TAURARO_CLUSTER_TIMEOUT", "1"));
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).startsWith("Traceback (most recent call last):")
                .endsWith("ConnectionError: cannot reach the cluster named '" + NAME + "' (TAURARO_CLUSTER_NAME) at "
                        + nobody + " (TAURARO_CLUSTER) within 1 s; start a worker with: TAURARO_CLUSTER_NAME=" + NAME
                        + " tauraro --worker --cluster " + nobody + "\n");
    }

    @Test
    void aPoolFindsOnlyTheMembersOfTheClusterItNames() throws Exception {
        Ran r = run(SCRIPTS.resolve("seed.py"), Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", cluster,
                "TAURARO_CLUSTER_NAME", "another", "TAURARO_CLUSTER_TIMEOUT", "1"));
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("ConnectionError: cannot reach the cluster named 'another' (TAURARO_CLUSTER_NAME) at "
                + cluster + " (TAURARO_CLUSTER) within 1 s");
    }

    @Test
    void aMisspelledAddressOrStartMethodIsAValueError() throws Exception {
        Ran r = run(SCRIPTS.resolve("seed.py"), Map.of("TAURARO_START_METHOD", "cluster", "TAURARO_CLUSTER", "127.0.0.1"));
        assertThat(r.err).endsWith("ValueError: TAURARO_CLUSTER: expected host:port[,host:port...], got '127.0.0.1'\n");
        r = run(SCRIPTS.resolve("seed.py"), Map.of("TAURARO_START_METHOD", "clutser"));
        assertThat(r.err).endsWith("ValueError: cannot find context for 'clutser' (TAURARO_START_METHOD)\n");
        assertThat(r.code).isEqualTo(1);
    }

    record Ran(int code, String out, String err) {
    }

    /** Runs {@code script} with the command in a JVM of its own, with {@code env} added. */
    private static Ran run(Path script, Map<String, String> env) throws Exception {
        List<String> cmd = java();
        cmd.addAll(List.of(Main.class.getName(), script.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("TAURARO_"));
        pb.environment().put("TAURARO_CLUSTER_NAME", NAME);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("cluster", ".out");
        Path err = Files.createTempFile("cluster", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the script ended").isTrue();
            return new Ran(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<String> java() throws IOException {
        String deps = Files.readString(Path.of(System.getProperty("tauraro.runtimeClasspath"))).strip();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("tauraro.moduleClasses") + File.pathSeparator + deps));
        cmd.addAll(JVM_OPTIONS);
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        return cmd;
    }

    /** Completes when the member prints its ready line; fails with what it printed if it ends first. */
    private static CompletableFuture<Void> readyLine(Process p) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("tauraro worker ready")) {
                        ready.complete(null);
                    } else if (!ready.isDone()) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // killed
            }
            ready.completeExceptionally(new IllegalStateException("the worker ended before it was ready:\n" + seen));
        }, "cluster-worker-output");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    /**
     * {@code n} ports free now, below the kernel's ephemeral range (as the hazelcast module's
     * WorkerJvms picks them, and for its reason: a port from the range may become the local end of
     * any process's outgoing connection before the worker binds it).
     */
    private static List<Integer> freePorts(int n) throws IOException {
        int low = 32768;
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            low = Math.max(11000, Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]));
        }
        List<Integer> ports = new ArrayList<>();
        java.util.Random random = new java.util.Random();
        for (int tries = 0; ports.size() < n && tries < 1000; tries++) {
            int port = 10000 + random.nextInt(low - 10000);
            if (!ports.contains(port)) {
                try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    ports.add(s.getLocalPort());
                } catch (IOException taken) {
                    // in use: try another
                }
            }
        }
        assertThat(ports).hasSize(n);
        return ports;
    }
}
