package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interop both ways with Node's {@code ws} library, the second independent peer; compression is
 * negotiated and refused both ways, as with Python's websockets. The test
 * installs a pinned {@code ws} with npm into {@code target/node} on first use; it is skipped
 * only when {@code node} or {@code npm} is not installed.
 */
class NodeInteropTest {
    static final String WS_VERSION = "8.18.3";
    static final Path PREFIX = Paths.get("target/node").toAbsolutePath();

    @BeforeAll
    static void nodeAndWsAreAvailable() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"), "skipped: node or npm is not installed");
        if (!Files.isDirectory(PREFIX.resolve("node_modules/ws"))) {
            Files.createDirectories(PREFIX);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save",
                    "--prefix", PREFIX.toString(), "ws@" + WS_VERSION)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(npm.waitFor(300, TimeUnit.SECONDS)).as("npm install finished").isTrue();
            assertThat(npm.exitValue()).as("npm install ws@" + WS_VERSION).isZero();
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static ProcessBuilder node(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("node"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("NODE_PATH", PREFIX.resolve("node_modules").toString());
        return pb;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void ourClientTalksToANodeServer(boolean compression) throws Exception {
        List<String> args = new ArrayList<>(List.of(PythonInteropTest.script("node_server.js").toString()));
        if (!compression) {
            args.add("--no-compression");
        }
        Process server = node(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String uri = "ws://127.0.0.1:" + out.readLine();
            InteropScenarios.ourClientAgainst(uri, compression);
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aNodeClientTalksToOurServer(boolean compression) throws Exception {
        List<Integer> closeCodes = new ArrayList<>();
        Server server = InteropScenarios.serverForPeers(compression, closeCodes);
        try (server) {
            // the Node client always offers permessage-deflate: without compression, our server refuses it
            List<String> args = new ArrayList<>(List.of(PythonInteropTest.script("node_client.js").toString(),
                    "ws://127.0.0.1:" + server.port()));
            Process client = node(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = readAll(client);
            assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output).isEqualTo(String.join("\n",
                    "subprotocol chat",
                    "extensions " + (compression ? "permessage-deflate" : "none"),
                    "text héllo",
                    "bytes 0 1 255",
                    "fragmented fragmented",
                    "big 10485760",
                    "pong ping-data",
                    "closed 4002 bye",
                    "handler error 1011",
                    "server closed 1001 restarting",
                    ""));
            assertThat(client.exitValue()).isZero();
        }
        server.waitClosed().block(WAIT);
    }

    private static String readAll(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
