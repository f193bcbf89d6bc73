package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script asyncio streams against CPython 3.11 (/usr/bin/python3) as the independent peer, in both
 * directions: {@code interop/stream_client.py} run by tauraro talks to {@code stream_server.py}
 * run by CPython, and the other way round. Each side must print exactly what it prints when
 * CPython runs both sides (measured in the same test, against the same scripts): echo by lines,
 * a 1 MiB upload ended by {@code write_eof}, {@code readexactly}/{@code readuntil}, a peer closing
 * mid-{@code readexactly} ({@code IncompleteReadError}) and, against the CPython server, a reset
 * ({@code ConnectionResetError}). Real time, 127.0.0.1 only.
 */
@Timeout(300)
class StreamsInteropTest {
    private static Path script(String name) {
        try {
            return Path.of(StreamsInteropTest.class.getResource("/interop/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    record Run(int code, String out, String err) {}

    private static Process python(String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", script(name).toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    private static Run finish(Process p) throws Exception {
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
        return new Run(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a script in-process on the real clock. */
    private static Run tauraro(String name, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        Path p = script(name);
        List<String> argv = new ArrayList<>(List.of(p.toString()));
        argv.addAll(List.of(args));
        int code = Main.execute(new SourceFile(p.toString(), Files.readString(p)), argv, false, o,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        o.flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The port the server wrote to {@code file}, once it is there. */
    private static String port(Path file, CompletableFuture<?> server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !server.isDone()) {
            if (Files.exists(file)) {
                String s = Files.readString(file).strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server wrote no port" + (server.isDone() ? ": " + server.get() : ""));
    }

    private static Run pythonServerWith(Path dir, String tag, ClientRunner client) throws Exception {
        Path portFile = dir.resolve(tag + ".port");
        Process server = python("stream_server.py", portFile.toString());
        CompletableFuture<Run> serverRun = CompletableFuture.supplyAsync(() -> {
            try {
                return finish(server);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Run c = client.run(port(portFile, serverRun));
            Run s;
            try {
                s = serverRun.get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the CPython server did not finish after the client " + c, e);
            }
            assertThat(s.code()).as("CPython server (stderr: %s)", s.err()).isZero();
            return c;
        } finally {
            server.destroy();
        }
    }

    interface ClientRunner {
        Run run(String port) throws Exception;
    }

    @Test
    void aScriptClientTalksToACPythonServer(@TempDir Path dir) throws Exception {
        Run reference = pythonServerWith(dir, "ref", port -> finish(python("stream_client.py", port, "reset")));
        assertThat(reference.code()).as(reference.err()).isZero();
        assertThat(reference.out()).contains("ConnectionResetError 104").contains("count b'1048576");
        Run ours = pythonServerWith(dir, "ours", port -> tauraro("stream_client.py", port, "reset"));
        assertThat(ours.out()).as("stderr: %s", ours.err()).isEqualTo(reference.out());
        assertThat(ours.code()).isZero();
    }

    @Test
    void aCPythonClientTalksToAScriptServer(@TempDir Path dir) throws Exception {
        // reference: both sides CPython
        Path refPort = dir.resolve("ref.port");
        Process refServer = python("stream_server.py", refPort.toString());
        CompletableFuture<Run> refServerRun = CompletableFuture.supplyAsync(() -> {
            try {
                return finish(refServer);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Run refClient = finish(python("stream_client.py", port(refPort, refServerRun)));
        Run refServed = refServerRun.get(120, TimeUnit.SECONDS);
        assertThat(refClient.code()).as(refClient.err()).isZero();
        assertThat(refServed.out()).startsWith("server saw ['ECHO'");

        Path portFile = dir.resolve("ours.port");
        CompletableFuture<Run> ourServer = CompletableFuture.supplyAsync(() -> {
            try {
                return tauraro("stream_server.py", portFile.toString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Run client = finish(python("stream_client.py", port(portFile, ourServer)));
        Run served = ourServer.get(120, TimeUnit.SECONDS);
        assertThat(client.out()).as("CPython client's stderr: %s; server's stderr: %s", client.err(), served.err())
                .isEqualTo(refClient.out());
        assertThat(served.out()).as("stderr: %s", served.err()).isEqualTo(refServed.out());
        assertThat(served.code()).isZero();
    }
}
