package dev.tauraro.asyncio;

import static dev.tauraro.asyncio.StreamsTest.b;
import static dev.tauraro.asyncio.StreamsTest.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * {@link Transport} and {@link Protocol} over real connections on 127.0.0.1 (and Unix-domain
 * sockets in a temporary directory), against tauraro peers and CPython 3.11's asyncio.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TransportTest {
    /** Upper-cases what it receives; on the peer's end of stream answers "bye" and closes. */
    static class UpperEcho implements Protocol {
        Transport transport;

        @Override
        public void connectionMade(Transport t) {
            transport = t;
        }

        @Override
        public void dataReceived(byte[] data) {
            if (s(data).contains("boom")) {
                throw new IllegalStateException("bad data");
            }
            transport.write(b(s(data).toUpperCase()));
        }

        @Override
        public boolean eofReceived() {
            transport.write(b("bye"));
            transport.close();
            return true;
        }
    }

    /** Records every callback; {@link #done} completes with the record when the connection is lost. */
    static final class Recorder implements Protocol {
        final List<String> events = new ArrayList<>();
        final StringBuilder data = new StringBuilder();
        final Future<List<String>> done = EventLoop.running().createFuture();
        Transport transport;
        Thread thread;

        @Override
        public void connectionMade(Transport t) {
            transport = t;
            thread = Thread.currentThread();
            events.add("made");
        }

        @Override
        public void dataReceived(byte[] d) {
            data.append(s(d));
        }

        @Override
        public boolean eofReceived() {
            events.add("eof " + data);
            return false;
        }

        @Override
        public void connectionLost(Throwable exc) {
            events.add("lost " + exc);
            events.add("same thread " + (thread == Thread.currentThread()));
            done.setResult(events);
        }
    }

    @Test
    void aProtocolClientTalksToAProtocolServerAndHalfClosesForTheAnswer() {
        List<String> got = Asyncio.run(Mono.defer(() -> Asyncio.createServer(UpperEcho::new, "127.0.0.1", 0)
                .flatMap(server -> {
                    Recorder client = new Recorder();
                    return Asyncio.createConnection(() -> client, "127.0.0.1", server.port()).flatMap(t -> {
                        List<String> out = new ArrayList<>();
                        out.add("protocol " + (t.getProtocol() == client) + " closing " + t.isClosing()
                                + " eof " + t.canWriteEof() + " buffer " + t.getWriteBufferSize());
                        int[] limits = t.getWriteBufferLimits();
                        out.add("limits " + limits[0] + " " + limits[1]);
                        t.write(b("hello"));
                        t.writelines(List.of(b(" "), b("world")));
                        t.writeEof();
                        return client.done.map(events -> {
                            out.addAll(events);
                            out.add("closing " + t.isClosing());
                            return out;
                        });
                    }).doFinally(x -> server.close());
                })));
        assertThat(got).containsExactly("protocol true closing false eof true buffer 0", "limits 16384 65536",
                "made", "eof HELLO WORLDbye", "lost null", "same thread true", "closing true");
    }

    @Test
    void writeAfterWriteEofFailsAndBadLimitsAreRefused() {
        String got = Asyncio.run(Mono.defer(() -> Asyncio.createServer(UpperEcho::new, "127.0.0.1", 0)
                .flatMap(server -> Asyncio.createConnection(Recorder::new, "127.0.0.1", server.port()).map(t -> {
                    assertThatThrownBy(() -> t.setWriteBufferLimits(1, 2))
                            .hasMessage("high (1) must be >= low (2) must be >= 0");
                    t.setWriteBufferLimits(null, 100);
                    int[] limits = t.getWriteBufferLimits();
                    t.writeEof();
                    assertThatThrownBy(() -> t.write(b("x"))).hasMessage("Cannot call write() after write_eof()");
                    t.close();
                    return limits[0] + " " + limits[1];
                }).doFinally(x -> server.close()))));
        assertThat(got).isEqualTo("100 400");
    }

    /**
     * A protocol that writes only while not paused is held back while the peer does not read: it
     * is paused with at most the socket buffers plus the high-water mark sent, and it finishes
     * once the peer reads; pauses and resumes alternate.
     */
    @Test
    void pauseWritingHoldsAWriterBackWhileThePeerDoesNotRead() {
        int chunk = 64 * 1024;
        int chunks = 512;     // 32 MiB: far more than the kernel's loopback buffers hold
        List<String> got = Asyncio.run(Mono.defer(() -> {
            Transport[] serverSide = new Transport[1];
            long[] received = {0};
            Future<Void> allIn = EventLoop.running().createFuture();
            Protocol slow = new Protocol() {
                @Override
                public void connectionMade(Transport t) {
                    serverSide[0] = t;
                    t.pauseReading();
                }

                @Override
                public void dataReceived(byte[] data) {
                    received[0] += data.length;
                }

                @Override
                public boolean eofReceived() {
                    allIn.setResult(null);
                    return false;
                }
            };
            return Asyncio.createServer(() -> slow, "127.0.0.1", 0).flatMap(server -> {
                List<String> events = new ArrayList<>();
                int[] written = {0};
                Protocol writer = new Protocol() {
                    Transport transport;
                    boolean paused;

                    @Override
                    public void connectionMade(Transport t) {
                        transport = t;
                        EventLoop.running().callSoon(this::writeMore);
                    }

                    void writeMore() {
                        while (!paused && written[0] < chunks) {
                            transport.write(new byte[chunk]);
                            written[0]++;
                        }
                        if (written[0] == chunks && !paused) {
                            transport.writeEof();
                        }
                    }

                    @Override
                    public void pauseWriting() {
                        events.add("pause");
                        paused = true;
                    }

                    @Override
                    public void resumeWriting() {
                        events.add("resume");
                        paused = false;
                        EventLoop.running().callSoon(this::writeMore);
                    }
                };
                return Asyncio.createConnection(() -> writer, "127.0.0.1", server.port())
                        .flatMap(t -> Asyncio.sleep(0.5).then(Mono.defer(() -> {
                            List<String> out = new ArrayList<>();
                            out.add("held back " + (written[0] < chunks) + " paused "
                                    + events.get(events.size() - 1) + " buffered " + (t.getWriteBufferSize() > 0));
                            serverSide[0].resumeReading();
                            return allIn.then(Mono.fromCallable(() -> {
                                out.add("received " + received[0]);
                                boolean alternate = true;
                                for (int i = 0; i < events.size(); i++) {
                                    alternate &= events.get(i).equals(i % 2 == 0 ? "pause" : "resume");
                                }
                                out.add("alternate " + alternate);
                                t.close();
                                return out;
                            }));
                        }))).doFinally(x -> server.close());
            });
        }));
        assertThat(got).containsExactly("held back true paused pause buffered true",
                "received " + (long) chunk * chunks, "alternate true");
    }

    @Test
    void connectingToAClosedPortIsRefused() {
        int port = Asyncio.run(Mono.defer(() -> Asyncio.createServer(UpperEcho::new, "127.0.0.1", 0).flatMap(server -> {
            int p = server.port();
            server.close();
            return server.waitClosed().thenReturn(p);
        })));
        String got = Asyncio.run(Mono.defer(() -> Asyncio.createConnection(Recorder::new, "127.0.0.1", port)
                .map(t -> "connected?!").onErrorResume(ConnectException.class, e -> Mono.just(e.getMessage()))));
        assertThat(got).isEqualTo("Connect call failed ('127.0.0.1', " + port + ")");
    }

    /**
     * As CPython's {@code _fatal_error}: a data_received that raises is reported to the loop's
     * exception handler, the connection is closed with the exception as connection_lost's
     * argument, and the loop goes on serving other connections.
     */
    @Test
    void aRaisingDataReceivedIsReportedAndClosesOnlyItsConnection() {
        List<ExceptionContext> reported = new ArrayList<>();
        List<String> got = Asyncio.run(Mono.defer(() -> {
            EventLoop.running().setExceptionHandler((java.util.function.Consumer<ExceptionContext>) reported::add);
            List<String> serverLost = new ArrayList<>();
            // the server side learns of the second connection's end after the client side may have
            // finished: wait for both server-side losses before reading them
            Future<Void> bothLost = EventLoop.running().createFuture();
            return Asyncio.createServer(() -> new UpperEcho() {
                @Override
                public void connectionLost(Throwable exc) {
                    serverLost.add(String.valueOf(exc));
                    if (serverLost.size() == 2) {
                        bothLost.setResult(null);
                    }
                }
            }, "127.0.0.1", 0).flatMap(server -> {
                Recorder first = new Recorder();
                Recorder second = new Recorder();
                return Asyncio.createConnection(() -> first, "127.0.0.1", server.port())
                        .flatMap(t -> {
                            t.write(b("boom"));
                            return first.done;
                        })
                        .then(Asyncio.createConnection(() -> second, "127.0.0.1", server.port()))
                        .flatMap(t -> {
                            t.write(b("fine"));
                            t.writeEof();
                            return second.done;
                        })
                        .flatMap(events -> bothLost.thenReturn(events))
                        .map(events -> {
                            List<String> out = new ArrayList<>(first.events);
                            out.addAll(events);
                            out.addAll(serverLost);
                            return out;
                        }).doFinally(x -> server.close());
            });
        }));
        assertThat(got).containsExactly("made", "eof ", "lost null", "same thread true",
                "made", "eof FINEbye", "lost null", "same thread true",
                "java.lang.IllegalStateException: bad data", "null");
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).message()).isEqualTo("Fatal error: protocol.data_received() call failed.");
        assertThat(reported.get(0).exception()).hasMessage("bad data");
        assertThat(reported.get(0).details()).containsKeys("protocol", "transport");
    }

    // ---------------------------------------------------------------- Unix-domain sockets

    @Test
    void streamsEchoOverAUnixSocketAndTheServerReplacesAStaleSocketFile(@TempDir Path dir) {
        String path = dir.resolve("echo.sock").toString();
        List<String> got = new ArrayList<>();
        for (int round = 0; round < 2; round++) {     // the second server replaces the first's file
            got.add(Asyncio.run(Mono.defer(() -> Asyncio.startUnixServer((r, w) -> r.readline().flatMap(line -> {
                w.write(b("<" + s(line).strip() + ">"));
                return w.drain().then(Mono.fromRunnable(w::close));
            }), path).flatMap(server -> Asyncio.openUnixConnection(path).flatMap(rw -> {
                rw.writer().write(b("ping\n"));
                String peer = String.valueOf(rw.writer().getExtraInfo("peername"));
                return rw.reader().read().map(x -> s(x) + " " + peer.equals(path) + " "
                        + server.sockets().get(0).equals(path));
            }).flatMap(x -> {
                // Netty removes the socket file once the listener is closed: wait for that, or it
                // could remove the next server's file
                server.close();
                return server.waitClosed().thenReturn(x);
            })))));
        }
        assertThat(got).containsExactly("<ping> true true", "<ping> true true");
    }

    @Test
    void protocolsTalkOverAUnixSocket(@TempDir Path dir) {
        String path = dir.resolve("p.sock").toString();
        List<String> got = Asyncio.run(Mono.defer(() -> Asyncio.createUnixServer(UpperEcho::new, path, StreamOptions.DEFAULTS)
                .flatMap(server -> {
                    Recorder client = new Recorder();
                    return Asyncio.createUnixConnection(() -> client, path, StreamOptions.DEFAULTS).flatMap(t -> {
                        t.write(b("unix"));
                        t.writeEof();
                        return client.done;
                    }).doFinally(x -> server.close());
                })));
        assertThat(got).containsExactly("made", "eof UNIXbye", "lost null", "same thread true");
    }

    @Test
    void aUnixConnectionToNothingFails(@TempDir Path dir) {
        String path = dir.resolve("none.sock").toString();
        String got = Asyncio.run(Mono.defer(() -> Asyncio.openUnixConnection(path).map(x -> "connected?!")
                .onErrorResume(e -> Mono.just(e.getClass().getSimpleName() + " " + e.getMessage()))));
        assertThat(got).isEqualTo("NoSuchFileException " + path);
    }

    // ---------------------------------------------------------------- interop with CPython

    static final String PY_PROTOCOL_SERVER = String.join("\n",
            "import asyncio, signal",
            "signal.alarm(30)",
            "class Upper(asyncio.Protocol):",
            "    def connection_made(self, t):",
            "        self.t = t",
            "    def data_received(self, data):",
            "        self.t.write(data.upper())",
            "    def eof_received(self):",
            "        self.t.write(b'!')",
            "        self.t.close()",
            "        return True",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            "    server = await loop.create_server(Upper, '127.0.0.1', 0)",
            "    print(server.sockets[0].getsockname()[1], flush=True)",
            "    async with server:",
            "        await server.serve_forever()",
            "asyncio.run(main())",
            "");

    static final String PY_PROTOCOL_CLIENT = String.join("\n",
            "import asyncio, signal, sys",
            "signal.alarm(30)",
            "class Client(asyncio.Protocol):",
            "    def __init__(self, done):",
            "        self.done, self.got = done, b''",
            "    def connection_made(self, t):",
            "        t.writelines([b'abc', b'def'])",
            "        t.write_eof()",
            "    def data_received(self, data):",
            "        self.got += data",
            "    def connection_lost(self, exc):",
            "        self.done.set_result((self.got, exc))",
            "async def main():",
            "    loop = asyncio.get_running_loop()",
            "    done = loop.create_future()",
            "    await loop.create_connection(lambda: Client(done), '127.0.0.1', int(sys.argv[1]))",
            "    print(await done)",
            "asyncio.run(main())",
            "");

    @Test
    void aTauraroProtocolClientTalksToACPythonProtocolServer(@TempDir Path dir) throws Exception {
        Process py = StreamsTest.python(dir, "server.py", PY_PROTOCOL_SERVER);
        try {
            int port = Integer.parseInt(new BufferedReader(new InputStreamReader(py.getInputStream())).readLine().trim());
            List<String> got = Asyncio.run(Mono.defer(() -> {
                Recorder client = new Recorder();
                return Asyncio.createConnection(() -> client, "127.0.0.1", port).flatMap(t -> {
                    t.write(b("tau"));
                    t.write(b("raro"));
                    t.writeEof();
                    return client.done;
                });
            }));
            assertThat(got).containsExactly("made", "eof TAURARO!", "lost null", "same thread true");
        } finally {
            py.destroy();
            py.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCPythonProtocolClientTalksToATauraroProtocolServer(@TempDir Path dir) {
        String out = Asyncio.run(Mono.defer(() -> Asyncio.createServer(UpperEcho::new, "127.0.0.1", 0)
                .flatMap(server -> Asyncio.toThread(() -> {
                    Process py = StreamsTest.python(dir, "client.py", PY_PROTOCOL_CLIENT, String.valueOf(server.port()));
                    try {
                        String line = new String(py.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                        return line + " exit " + py.waitFor();
                    } finally {
                        py.destroyForcibly();
                    }
                }).doFinally(x -> server.close()))));
        assertThat(out).isEqualTo("(b'ABCDEFbye', None) exit 0");
    }
}
