package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

/**
 * Interop both ways with Node's {@code ws} library, the second independent peer. The test
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
            Options options = Options.builder().maxSize(16 << 20).subprotocols("chat").build();
            Connection ws = Websockets.connect(uri, options).block(WAIT);
            assertThat(ws.subprotocol()).isEqualTo("chat");
            ws.send("extensions").block(WAIT);
            assertThat(ws.recv().block(WAIT).text()).isEqualTo(compression ? "permessage-deflate" : "none");
            ws.send("héllo").block(WAIT);
            assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("héllo"));
            byte[] big = new byte[10 << 20];
            Arrays.fill(big, (byte) 'x');
            ws.send(big).block(WAIT);
            assertThat(ws.recv().block(WAIT).bytes()).isEqualTo(big);
            assertThat(ws.ping().block(WAIT)).isPositive();
            ws.send("close").block(WAIT);
            assertThatThrownBy(() -> ws.messages().blockLast(WAIT)).isInstanceOf(ConnectionClosedError.class)
                    .hasMessage("received 4001 (private use) done; then sent 4001 (private use) done");

            Connection failing = Websockets.connect(uri, options).block(WAIT);
            failing.send("fail").block(WAIT);
            assertThatThrownBy(() -> failing.recv().block(WAIT)).isInstanceOf(ConnectionClosedError.class);
            assertThat(failing.closeCode()).isEqualTo(1011);

            Connection normal = Websockets.connect(uri, options).block(WAIT);
            normal.close(1000, "").block(WAIT);
            assertThat(normal.closeCode()).isEqualTo(1000);
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
        Options options = Options.builder().maxSize(16 << 20).subprotocols("chat").compression(compression).build();
        Server server = Websockets.serve(ws -> switch (ws.request().path()) {
            case "/fail" -> Mono.error(new IllegalStateException("handler failed on purpose"));
            case "/server-close" -> ws.close(1001, "restarting");
            default -> ws.messages().concatMap(ws::send).then();
        }, "127.0.0.1", 0, options).block(WAIT);
        try (server) {
            List<String> args = new ArrayList<>(List.of(PythonInteropTest.script("node_client.js").toString(),
                    "ws://127.0.0.1:" + server.port()));
            if (!compression) {
                args.add("--no-compression");
            }
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
