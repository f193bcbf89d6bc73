package dev.tauraro.asyncio;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/** {@link Server} with real sockets on 127.0.0.1: echo, callbacks on the loop, closing, serve_forever. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServerTest {
    private final List<String> log = new ArrayList<>();

    static <T> T run(Supplier<Mono<T>> main) {
        return Asyncio.run(Mono.defer(main));
    }

    static byte[] b(String s) {
        return s.getBytes(US_ASCII);
    }

    static String s(byte[] b) {
        return new String(b, US_ASCII);
    }

    /** A server that echoes each line, upper-cased, until the client's end of stream. */
    static Mono<Server> upperEcho() {
        return Asyncio.startServer((r, w) -> r.lines()
                .concatMap(line -> {
                    w.write(b(s(line).toUpperCase()));
                    return w.drain();
                })
                .then(Mono.fromRunnable(w::close)), "127.0.0.1", 0);
    }

    @Test
    void aServerOnPortZeroListensOnLoopbackAndEchoesLines() {
        String out = run(() -> upperEcho().flatMap(server -> {
            InetSocketAddress a = (InetSocketAddress) server.sockets().get(0);
            log.add(a.getAddress().getHostAddress() + " " + (a.getPort() == server.port()) + " " + (a.getPort() > 0));
            return Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                rw.writer().write(b("hello\nworld\n"));
                rw.writer().writeEof();
                return rw.reader().read();
            }).map(ServerTest::s).doFinally(sig -> server.close());
        }));
        assertThat(out).isEqualTo("HELLO\nWORLD\n");
        assertThat(log).containsExactly("127.0.0.1 true true");
    }

    @Test
    void callbacksRunOnTheLoopThreadOfTheServer() {
        List<Thread> threads = new ArrayList<>();
        Thread loopThread = run(() -> Asyncio.startServer((r, w) -> {
            threads.add(Thread.currentThread());
            return r.readexactly(2).doOnNext(x -> threads.add(Thread.currentThread())).doFinally(x -> w.close());
        }, null, 0).flatMap(server -> Asyncio.openConnection(null, server.port()).flatMap(rw -> {
            rw.writer().write(b("ok"));
            return rw.reader().read();
        }).doFinally(sig -> server.close())).thenReturn(Thread.currentThread()));
        assertThat(threads).hasSize(2).containsOnly(loopThread);
    }

    @Test
    void closeStopsListeningButLeavesOpenConnectionsAlone() {
        String result = run(() -> upperEcho().flatMap(server -> Asyncio.openConnection("127.0.0.1", server.port())
                .flatMap(rw -> {
                    // one exchange first, so that the server has accepted the connection when it
                    // closes (a connection still in the kernel's accept queue is reset then, as in CPython)
                    rw.writer().write(b("first\n"));
                    return rw.reader().readline().thenReturn(rw);
                })
                .flatMap(rw -> {
                    int port = server.port();
                    server.close();
                    log.add("serving " + server.isServing() + " sockets " + server.sockets());
                    rw.writer().write(b("still here\n"));
                    return rw.reader().readline().map(ServerTest::s)
                            .flatMap(line -> Asyncio.openConnection("127.0.0.1", port)
                                    .map(x -> "connected?!")
                                    .onErrorResume(java.net.ConnectException.class, e -> Mono.just(line + e.getMessage())));
                })));
        assertThat(log).containsExactly("serving false sockets []");
        assertThat(result).startsWith("STILL HERE\nConnect call failed ('127.0.0.1', ");
    }

    @Test
    void waitClosedCompletesAtOnceAfterCloseAsInCPython311() {
        run(() -> upperEcho().flatMap(server -> {
            Mono<Void> waiter = Asyncio.createTask(server.waitClosed().then(Mono.fromRunnable(() -> log.add("woken"))));
            return Asyncio.sleep(0).then(Mono.fromRunnable(() -> {
                log.add("closing");
                server.close();
            })).then(waiter).then(server.waitClosed()).then(Mono.fromRunnable(() -> log.add("again")));
        }));
        assertThat(log).containsExactly("closing", "woken", "again");
    }

    /** As after CPython's close(): once wait_closed() returns, a new connection is refused. */
    @Test
    void afterWaitClosedTheListeningSocketIsGone() {
        for (int round = 0; round < 20; round++) {
            String got = Asyncio.run(Mono.defer(() -> Asyncio.startServer((r, w) -> {
                w.close();
                return null;
            }, "127.0.0.1", 0)
                    .flatMap(server -> Asyncio.openConnection("127.0.0.1", server.port())
                            .flatMap(rw -> rw.reader().read()).thenReturn(server))
                    .flatMap(server -> {
                        int port = server.port();
                        server.close();
                        return server.waitClosed().then(Asyncio.openConnection("127.0.0.1", port))
                                .map(rw -> {
                                    rw.writer().close();
                                    return "connected";
                                })
                                .onErrorResume(java.net.ConnectException.class, e -> Mono.just("refused"));
                    })));
            assertThat(got).isEqualTo("refused");
        }
    }

    @Test
    void serveForeverEndsWithCancelledErrorWhenTheServerIsClosed() {
        run(() -> upperEcho().flatMap(server -> {
            Task<Void> serving = Asyncio.createTask(server.serveForever());
            return Asyncio.sleep(0)
                    .then(server.serveForever().onErrorResume(IllegalStateException.class, e -> {
                        log.add(e.getMessage().replaceAll("port=\\d+", ""));
                        return Mono.empty();
                    }))
                    .then(Mono.fromRunnable(server::close))
                    .then(serving.then(Mono.fromRunnable(() -> log.add("returned"))))
                    .onErrorResume(CancelledError.class, e -> Mono.fromRunnable(() -> log.add("cancelled")))
                    .then(server.serveForever().onErrorResume(IllegalStateException.class,
                            e -> Mono.fromRunnable(() -> log.add(e.getMessage()))));
        }));
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).startsWith("server <Server sockets=[").endsWith("is already being awaited on serve_forever()");
        assertThat(log.get(1)).isEqualTo("cancelled");
        assertThat(log.get(2)).isEqualTo("server <Server sockets=[]> is closed");
    }

    @Test
    void cancellingServeForeverClosesTheServer() {
        boolean serving = run(() -> upperEcho().flatMap(server -> {
            Task<Void> t = Asyncio.createTask(server.serveForever());
            return Asyncio.sleep(0).then(Mono.fromRunnable(t::cancel)).then(t)
                    .onErrorResume(CancelledError.class, e -> Mono.empty())
                    .then(Mono.fromSupplier(server::isServing));
        }));
        assertThat(serving).isFalse();
    }

    @Test
    void aFailingCallbackTaskIsReportedAndItsConnectionClosed() {
        List<String> reported = new ArrayList<>();
        byte[] got = run(() -> {
            Asyncio.getRunningLoop().setExceptionHandler((msg, e) -> reported.add(msg + ": " + e.getMessage()));
            return Asyncio.startServer((r, w) -> Mono.error(new IllegalStateException("boom")), null, 0)
                    .flatMap(server -> Asyncio.openConnection(null, server.port())
                            .flatMap(rw -> rw.reader().read())
                            .doFinally(s -> server.close()));
        });
        assertThat(got).isEmpty();
        assertThat(reported).containsExactly("Unhandled exception in client_connected_cb: boom");
    }

    @Test
    void badPortsAreRefusedAtOnce() {
        assertThatThrownBy(() -> Asyncio.startServer((r, w) -> null, null, 70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be 0-65535.");
    }
}
