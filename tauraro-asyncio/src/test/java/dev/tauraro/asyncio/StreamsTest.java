package dev.tauraro.asyncio;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * StreamReader / StreamWriter over real TCP connections on 127.0.0.1, against tauraro servers and
 * against CPython 3.11's asyncio (/usr/bin/python3) as an independent peer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StreamsTest {
    static byte[] b(String s) {
        return s.getBytes(US_ASCII);
    }

    static String s(byte[] b) {
        return new String(b, US_ASCII);
    }

    /** A server whose callback writes {@code payload} and closes. */
    static Mono<Server> sending(String payload) {
        return Asyncio.startServer((r, w) -> {
            w.write(b(payload));
            return w.drain().then(Mono.fromRunnable(w::close));
        }, "127.0.0.1", 0);
    }

    /**
     * On a virtual clock, a timeout around a read must not fire while the network could still
     * answer: open connections and listening servers keep the clock in real time. The server
     * answers only after a 50 ms real-time pause (a sleep would be instant on the virtual clock),
     * far less than the 30 s timeout; without the hold the clock jumps to the timeout at once.
     */
    @Test
    void aVirtualClockDoesNotJumpPastATimeoutWhileAConnectionIsOpen() {
        EventLoop loop = EventLoop.withVirtualTime();
        String got = Asyncio.run(Mono.defer(() -> Asyncio.startServer((r, w) -> r.readline()
                .delayElement(java.time.Duration.ofMillis(50), reactor.core.scheduler.Schedulers.parallel())
                .publishOn(reactor.core.scheduler.Schedulers.fromExecutor(EventLoop.running()::callSoonThreadsafe))
                .flatMap(line -> {
                    w.write(line);
                    return w.drain().then(Mono.fromRunnable(w::close));
                }), "127.0.0.1", 0).flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                    rw.writer().write(b("ping\n"));
                    return Asyncio.waitFor(rw.reader().readline(), 30.0).map(StreamsTest::s);
                }).doFinally(x -> server.close()))), loop);
        assertThat(got).isEqualTo("ping\n");
        assertThat(loop.time()).isLessThan(30.0);
    }

    /**
     * A server reads a 1 MiB upload until the client's write_eof (its reader pauses and resumes
     * reading on the way), then answers on the half-closed connection. Reading turned back on
     * after the end of input used to make Netty's epoll transport fail the connection.
     */
    @Test
    void aServerAnswersAfterReadingAHalfClosedUploadToTheEnd() {
        byte[] payload = new byte[1 << 20];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) i;
        }
        for (int round = 0; round < 5; round++) {
            String got = Asyncio.run(Mono.defer(() -> Asyncio.startServer((r, w) -> r.read().flatMap(all -> {
                w.write(b(all.length + " " + (all[all.length - 1] & 0xff)));
                return w.drain().then(Mono.fromRunnable(w::close)).then(w.waitClosed());
            }), "127.0.0.1", 0).flatMap(server -> Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                rw.writer().write(payload);
                return rw.writer().drain().then(Mono.fromRunnable(rw.writer()::writeEof))
                        .then(rw.reader().read()).map(StreamsTest::s);
            }).doFinally(x -> server.close()))));
            assertThat(got).isEqualTo((1 << 20) + " 255");
        }
    }

    @Test
    void readexactlyFailsWithThePartialBytesWhenTheStreamEnds() {
        List<String> got = Asyncio.run(Mono.defer(() -> sending("abcdefg").flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                    List<String> out = new ArrayList<>();
                    return rw.reader().readexactly(3).doOnNext(x -> out.add(s(x)))
                            .then(rw.reader().readexactly(10))
                            .onErrorResume(IncompleteReadError.class, e -> {
                                out.add(s(e.partial()) + " " + e.expected() + " " + e.getMessage());
                                return Mono.empty();
                            })
                            .then(Mono.fromSupplier(() -> out.add("eof " + rw.reader().atEof())))
                            .thenReturn(out);
                }).doFinally(x -> server.close()))));
        // python3: IncompleteReadError(b'defg', 10) -> "4 bytes read on a total of 10 expected bytes"
        assertThat(got).containsExactly("abc", "defg 10 4 bytes read on a total of 10 expected bytes", "eof true");
    }

    @Test
    void readuntilOverTheLimitFailsWithLimitOverrunErrorAndKeepsTheData() {
        List<String> got = Asyncio.run(Mono.defer(() -> sending("0123456789|tail|").flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port(), StreamOptions.builder().limit(4).build())
                        .flatMap(rw -> {
                            List<String> out = new ArrayList<>();
                            StreamReader r = rw.reader();
                            // Whether the separator has arrived decides CPython's message ("is found,
                            // but chunk is longer" / "is not found"); either way the data stays.
                            return r.readuntil(b("|"))
                                    .onErrorResume(LimitOverrunError.class, e -> {
                                        out.add("overrun " + e.getMessage().startsWith("Separator is"));
                                        return Mono.empty();
                                    })
                                    .then(r.readexactly(11)).doOnNext(x -> out.add(s(x)))
                                    .then(r.readuntil(b("|"))).doOnNext(x -> out.add(s(x)))
                                    .thenReturn(out);
                        }).doFinally(x -> server.close()))));
        assertThat(got).containsExactly("overrun true", "0123456789|", "tail|");
    }

    @Test
    void connectingToAClosedPortIsRefused() {
        // wait_closed: Netty closes the listening socket on its own thread, after close() returns
        int port = Asyncio.run(Mono.defer(() -> sending("").flatMap(server -> {
            int p = server.port();
            server.close();
            return server.waitClosed().thenReturn(p);
        })));
        String got = Asyncio.run(Mono.defer(() -> Asyncio.openConnection("127.0.0.1", port).map(rw -> "connected?!")
                .onErrorResume(ConnectException.class, e -> Mono.just(e.getMessage()))));
        // CPython: ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', port);
        // java.net.ConnectException is Java's name for it (OSError subclasses map to IOExceptions)
        assertThat(got).isEqualTo("Connect call failed ('127.0.0.1', " + port + ")");
    }

    /**
     * A writer that drains after each write is held back while the peer does not read: it cannot
     * get more than the socket buffers plus the high-water mark ahead, and it finishes once the
     * peer reads everything.
     */
    @Test
    void drainWaitsWhileThePeerDoesNotRead() {
        int chunk = 64 * 1024;
        int chunks = 512;     // 32 MiB: far more than the kernel's loopback buffers hold
        AtomicInteger written = new AtomicInteger();
        long[] result = Asyncio.run(Mono.defer(() -> {
            Event reading = new Event();
            long[] received = {0};
            return Asyncio.startServer((r, w) -> reading.await()
                    .then(r.read().doOnNext(x -> received[0] = x.length))
                    .then(Mono.fromRunnable(w::close)), "127.0.0.1", 0)
                    .flatMap(server -> Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                        Mono<Void> writing = Mono.empty();
                        for (int i = 0; i < chunks; i++) {
                            writing = writing.then(Mono.defer(() -> {
                                rw.writer().write(new byte[chunk]);
                                written.incrementAndGet();
                                return rw.writer().drain();
                            }));
                        }
                        Task<Void> writer = Asyncio.createTask(writing.then(Mono.fromRunnable(rw.writer()::writeEof)));
                        // Give the writer time to run ahead; however long, it must stop at a drain.
                        return Asyncio.sleep(0.5).then(Mono.fromCallable(() -> {
                            long blockedAt = written.get();
                            boolean doneEarly = writer.done();
                            reading.set();
                            return new long[] {blockedAt, doneEarly ? 1 : 0};
                        })).flatMap(x -> writer.then(rw.reader().read()).then(Mono.fromRunnable(rw.writer()::close))
                                .then(Mono.fromCallable(() -> new long[] {x[0], x[1], received[0]})));
                    }).doFinally(x -> server.close()));
        }));
        assertThat(result[1]).as("writer finished while nobody read").isZero();
        assertThat(result[0]).as("chunks written before the first blocking drain").isLessThan(chunks);
        assertThat(result[2]).isEqualTo((long) chunk * chunks);
    }

    @Test
    void extraInfoNamesBothEnds() {
        List<Boolean> got = Asyncio.run(Mono.defer(() -> sending("x").flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port()).map(rw -> {
                    InetSocketAddress peer = (InetSocketAddress) rw.writer().getExtraInfo("peername");
                    InetSocketAddress local = (InetSocketAddress) rw.writer().getExtraInfo("sockname");
                    boolean closingBefore = rw.writer().isClosing();
                    rw.writer().close();
                    return List.of(peer.getPort() == server.port(), local.getAddress().isLoopbackAddress(),
                            !closingBefore, rw.writer().isClosing(), rw.writer().canWriteEof(),
                            rw.writer().getExtraInfo("nonsense", "dflt").equals("dflt"));
                }).doFinally(x -> server.close()))));
        assertThat(got).containsOnly(true);
    }

    @Test
    void drainAfterCloseFailsWithConnectionLostAsInCPython() {
        // CPython: close() with nothing left to send loses the connection within the next
        // iteration, so "close(); write(); await drain()" raises ConnectionResetError.
        String got = Asyncio.run(Mono.defer(() -> sending("x").flatMap(server ->
                Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                    rw.writer().close();
                    rw.writer().write("late".getBytes(US_ASCII));   // dropped, as CPython drops it
                    return rw.writer().drain().thenReturn("no error")
                            .onErrorResume(e -> Mono.just(e.getClass().getSimpleName() + " " + e.getMessage()));
                }).doFinally(x -> server.close()))));
        assertThat(got).isEqualTo("ConnectionResetError Connection lost");
    }

    // ---------------------------------------------------------------- interop with CPython

    static final String PY_SERVER = String.join("\n",
            "import asyncio, signal, socket, struct, sys",
            "signal.alarm(30)  # bounded however the test goes",
            "mode = sys.argv[1]",
            "async def echo(r, w):",
            "    while line := await r.readline():",
            "        w.write(line.upper())",
            "        await w.drain()",
            "    w.close()",
            "async def reset(r, w):",
            "    await r.readline()",
            "    s = w.get_extra_info('socket')",
            "    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))",
            "    w.transport.abort()",
            "async def main():",
            "    server = await asyncio.start_server(echo if mode == 'echo' else reset, '127.0.0.1', 0)",
            "    print(server.sockets[0].getsockname()[1], flush=True)",
            "    async with server:",
            "        await server.serve_forever()",
            "asyncio.run(main())",
            "");

    static final String PY_CLIENT = String.join("\n",
            "import asyncio, signal, sys",
            "signal.alarm(30)",
            "async def main():",
            "    r, w = await asyncio.open_connection('127.0.0.1', int(sys.argv[1]))",
            "    w.writelines([b'one\\n', b'two\\n'])",
            "    w.write_eof()",
            "    print(repr(await r.read()))",
            "    w.close()",
            "    await w.wait_closed()",
            "asyncio.run(main())",
            "");

    static Process python(Path dir, String name, String script, String... args) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, script);
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", p.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void aTauraroClientTalksToACPythonServer(@TempDir Path dir) throws Exception {
        Process py = python(dir, "server.py", PY_SERVER, "echo");
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(py.getInputStream())).readLine().trim());
            List<String> got = Asyncio.run(Mono.defer(() -> Asyncio.openConnection("127.0.0.1", port).flatMap(rw -> {
                List<String> out = new ArrayList<>();
                rw.writer().writelines(List.of(b("hello\n"), b("wor"), b("ld\nrest")));
                rw.writer().writeEof();
                return rw.reader().readline().doOnNext(x -> out.add(s(x)))
                        .then(rw.reader().readuntil(b("D\n"))).doOnNext(x -> out.add(s(x)))
                        .then(rw.reader().read(-1)).doOnNext(x -> out.add(s(x)))
                        .then(Mono.fromSupplier(() -> out.add("eof " + rw.reader().atEof())))
                        .then(Mono.fromRunnable(rw.writer()::close)).then(rw.writer().waitClosed())
                        .thenReturn(out);
            })));
            assertThat(got).containsExactly("HELLO\n", "WORLD\n", "REST", "eof true");
        } finally {
            py.destroy();
            py.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPeerThatResetsTheConnectionRaisesConnectionResetError(@TempDir Path dir) throws Exception {
        Process py = python(dir, "server.py", PY_SERVER, "reset");
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(py.getInputStream())).readLine().trim());
            String got = Asyncio.run(Mono.defer(() -> Asyncio.openConnection("127.0.0.1", port).flatMap(rw -> {
                rw.writer().write(b("go\n"));
                return rw.reader().read().map(x -> "read " + x.length)
                        .onErrorResume(ConnectionResetError.class, e -> Mono.just("reset: " + e.getMessage()));
            })));
            assertThat(got).isEqualTo("reset: Connection reset by peer");
        } finally {
            py.destroy();
            py.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCPythonClientTalksToATauraroServer(@TempDir Path dir) throws Exception {
        String out = Asyncio.run(Mono.defer(() -> Asyncio.startServer((r, w) -> r.lines()
                .concatMap(line -> {
                    w.write(b("<" + s(line).strip() + ">"));
                    return w.drain();
                })
                .then(Mono.fromRunnable(w::close)), "127.0.0.1", 0).flatMap(server -> Asyncio.toThread(() -> {
                    Process py = python(dir, "client.py", PY_CLIENT, String.valueOf(server.port()));
                    try {
                        String line = new String(py.getInputStream().readAllBytes(), US_ASCII).strip();
                        return line + " exit " + py.waitFor();
                    } finally {
                        py.destroyForcibly();
                    }
                }).doFinally(x -> server.close()))));
        assertThat(out).isEqualTo("b'<one><two>' exit 0");
    }
}
