package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interop both ways with Python's websockets library (Debian's python3-websockets, which
 * {@code .ci/run} installs), compression negotiated and refused both ways: our client offers it
 * to a Python server that accepts or refuses it, a Python client offers it to our server that
 * accepts or refuses it. Only behaviour on which websockets 10.4 and
 * the latest release agree is checked.
 */
class PythonInteropTest {
    static final String PYTHON = "/usr/bin/python3";

    @BeforeAll
    static void pythonWebsocketsIsInstalled() throws Exception {
        Process p = new ProcessBuilder(PYTHON, "-c", "import websockets").redirectErrorStream(true).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0,
                "skipped: /usr/bin/python3 cannot import websockets (install python3-websockets)");
    }

    static Path script(String name) {
        return Paths.get("src/test/resources/interop", name).toAbsolutePath();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void ourClientTalksToAPythonServer(boolean compression) throws Exception {
        ourClientAgainstPython(compression, List.of(), "ws", Options.DEFAULTS);
    }

    @Test
    void ourClientTalksToAPythonServerOverTls(@TempDir Path dir) throws Exception {
        TlsFixture tls = TlsFixture.create(dir, "ip:127.0.0.1");
        ourClientAgainstPython(true, List.of("--tls", tls.certPem.toString(), tls.keyPem.toString()), "wss",
                Options.builder().ssl(tls.client).build());
    }

    private static void ourClientAgainstPython(boolean compression, List<String> args, String scheme, Options base)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, script("python_server.py").toString()));
        if (!compression) {
            cmd.add("--no-compression");
        }
        cmd.addAll(args);
        // its stderr carries the traceback websockets logs for the failing handler
        Process python = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8));
            String uri = scheme + "://127.0.0.1:" + out.readLine();
            InteropScenarios.ourClientAgainst(uri, compression, base);
        } finally {
            python.getOutputStream().close();
            if (!python.waitFor(20, TimeUnit.SECONDS)) {
                python.destroyForcibly();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aPythonClientTalksToOurServer(boolean compression) throws Exception {
        pythonClientAgainstUs(compression, List.of(), "ws", Options.DEFAULTS);
    }

    @Test
    void aPythonClientTalksToOurServerOverTls(@TempDir Path dir) throws Exception {
        TlsFixture tls = TlsFixture.create(dir, "ip:127.0.0.1");
        pythonClientAgainstUs(true, List.of("--cafile", tls.certPem.toString()), "wss",
                Options.builder().ssl(tls.server).build());
    }

    private static void pythonClientAgainstUs(boolean compression, List<String> args, String scheme, Options base)
            throws Exception {
        List<Integer> closeCodes = new ArrayList<>();
        Server server = InteropScenarios.serverForPeers(compression, closeCodes, base);
        try (server) {
            // the Python client always offers permessage-deflate: without compression, our server refuses it
            List<String> cmd = new ArrayList<>(List.of(PYTHON, script("python_client.py").toString(),
                    scheme + "://127.0.0.1:" + server.port()));
            cmd.addAll(args);
            Process python = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = readAll(python);
            assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output).isEqualTo(String.join("\n",
                    "subprotocol chat",
                    "extensions " + (compression ? "permessage-deflate" : "None"),
                    "text héllo",
                    "bytes b'\\x00\\x01\\xff'",
                    "fragmented fragmented",
                    "big 10485760",
                    "pong received",
                    "closed 4002 bye",
                    "handler error 1011",
                    "server closed ConnectionClosedOK 1001 restarting",
                    ""));
            assertThat(python.exitValue()).isZero();
            synchronized (closeCodes) {
                assertThat(closeCodes).containsExactlyInAnyOrder(4002, null, 1001);
            }
        }
        server.waitClosed().block(WAIT);
    }

    private static String readAll(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
