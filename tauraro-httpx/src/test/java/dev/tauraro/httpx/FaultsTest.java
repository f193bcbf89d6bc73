package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** Faults the other test classes do not cover: a stalled upload, and a body larger than the heap. */
class FaultsTest {
    @Test
    void anUploadTheServerNeverReadsGivesAWriteTimeout() throws IOException {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket deaf = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(deaf.accept());   // accepts, never reads: the socket buffers fill up
                    }
                } catch (IOException closed) {
                    // test over
                }
            }, "deaf-server");
            t.setDaemon(true);
            t.start();
            // 256 MiB, made as it is sent: far more than the kernel's socket buffers hold.
            Flux<byte[]> body = Flux.range(0, 256).map(i -> new byte[1 << 20]);
            try (Client c = Client.builder().timeout(Timeout.of(5.0).withWrite(0.5)).build()) {
                assertThatThrownBy(() -> c.post("http://127.0.0.1:" + deaf.getLocalPort() + "/upload",
                        RequestOptions.builder().content(body).build()))
                        .isInstanceOf(WriteTimeout.class).isInstanceOf(TimeoutException.class).hasMessage("timed out");
                PoolAssert.noneActive(c::poolStats);
            }
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    /**
     * A server that resets the connection while a large body is being sent. httpx 0.28.1 (httpcore
     * 1.0.9) gives RemoteProtocolError here, as this does: its HTTP/1.1 layer ignores the failed
     * write and reads the response, and there is none. (Debian's httpx 0.23 gave WriteError
     * "[Errno 104] Connection reset by peer"; the issue follows the latest release.)
     */
    @Test
    void aServerResettingAnUploadIsARemoteProtocolErrorAsInHttpx028() throws IOException {
        try (ServerSocket resetting = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        try (Socket s = resetting.accept()) {
                            s.getInputStream().readNBytes(1024);   // a little of the request
                            s.setSoLinger(true, 0);                // then close with a reset
                        }
                    }
                } catch (IOException closed) {
                    // test over
                }
            }, "resetting-server");
            t.setDaemon(true);
            t.start();
            // 64 MiB, made as it is sent: far more than the socket buffers hold.
            Flux<byte[]> body = Flux.range(0, 64).map(i -> new byte[1 << 20]);
            try (Client c = Client.create()) {
                for (RequestOptions o : List.of(RequestOptions.builder().content(body).build(),
                        RequestOptions.builder().content(new byte[32 << 20]).build())) {
                    assertThatThrownBy(() -> c.post("http://127.0.0.1:" + resetting.getLocalPort() + "/upload", o))
                            .isInstanceOf(RemoteProtocolError.class).isNotInstanceOf(WriteError.class)
                            .hasMessage("Server disconnected without sending a response.");
                }
                PoolAssert.noneActive(c::poolStats);
            }
        }
    }

    /** An I/O failure before any response that Reactor Netty reports as such (not as the peer's close). */
    @Test
    void anIoFailureWhileSendingIsAWriteError() {
        Request r = new Request("POST", "http://127.0.0.1:1/upload");
        RuntimeException e = Errors.beforeResponse(new IOException("Broken pipe"), r);
        assertThat(e).isInstanceOf(WriteError.class).isInstanceOf(NetworkError.class).hasMessage("Broken pipe");
        assertThat(((WriteError) e).request()).isSameAs(r);
    }

    @Test
    void aBodyEightTimesLargerThanTheHeapStreamsThrough() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("bigbody", ".out");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx64m", "-XX:MaxDirectMemorySize=64m",
                "-cp", System.getProperty("java.class.path"), BigBodyMain.class.getName(), "512"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int code = p.waitFor();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertThat(code).as(printed).isZero();
        assertThat(printed.strip().lines().reduce((a, b) -> b).orElse("")).isEqualTo(Long.toString(512L << 20));
    }
}
