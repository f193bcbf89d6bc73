package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jazzer fuzz test of the handshake input path, over a real socket: whatever bytes a client
 * sends before closing its side, the server answers with one HTTP response or none, the
 * response being a rejection (4xx, 5xx) or the 101 of a handshake, and then closes the
 * connection. A server that hangs fails the test at the socket's read timeout.
 *
 * <p>A normal test run replays the inputs in {@code HandshakeFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-websockets test -Dtest=HandshakeFuzzTest}.
 */
class HandshakeFuzzTest {
    private static Server server;

    @BeforeAll
    static void start() {
        server = Websockets.serve(ws -> ws.messages().concatMap(ws::send), "127.0.0.1", 0,
                Options.builder().pingInterval(null).subprotocols("chat", "superchat").build()).block(WAIT);
    }

    @AfterAll
    static void stop() {
        server.close();
        server.waitClosed().block(WAIT);
    }

    @FuzzTest(maxDuration = "60s")
    void arbitraryRequestBytesGetAnHttpAnswerOrNoneAndAClose(byte[] input) throws IOException {
        byte[] answer;
        // Jazzer's SSRF detector refuses connections while fuzzing unless allowed: only this server
        int port = server.port();
        try (SilentCloseable allowed = BugDetectors.allowNetworkConnections(
                (host, p) -> p == port && ("127.0.0.1".equals(host) || "localhost".equals(host)));
             Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout((int) WAIT.toMillis());      // bounds a hang: the read below fails
            s.getOutputStream().write(input);
            s.shutdownOutput();
            answer = s.getInputStream().readAllBytes(); // up to the server's close
        } catch (java.net.SocketException resetByServer) {
            return;                                     // the server dropped the connection: a clean rejection
        }
        if (answer.length == 0) {
            return;
        }
        String head = new String(answer, 0, Math.min(answer.length, 64), StandardCharsets.ISO_8859_1);
        assertThat(head).matches("(?s)HTTP/1\\.1 (101|4\\d\\d|5\\d\\d) .*");
    }
}
