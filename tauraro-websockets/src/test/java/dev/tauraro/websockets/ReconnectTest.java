package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static dev.tauraro.websockets.WebsocketsTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/** {@link Websockets#reconnecting}: websockets' {@code async for websocket in connect(uri)}. */
class ReconnectTest {
    /** Short fixed delays, so that the test does not wait for websockets' seconds-long backoff. */
    private static Options.Builder fast(List<Throwable> retried) {
        return Options.builder()
                .reconnectDelays(() -> Stream.generate(() -> Duration.ofMillis(20)).iterator())
                .processException(e -> {
                    Throwable verdict = Options.retryTransientErrors(e);
                    if (verdict == null) {
                        retried.add(e);
                    }
                    return verdict;
                });
    }

    private static Connection next(BlockingQueue<Connection> connections) throws InterruptedException {
        Connection c = connections.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(c).as("a connection within " + WAIT).isNotNull();
        return c;
    }

    @Test
    void aRestartedServerIsReconnectedToAfterRefusedAttempts() throws Exception {
        Server first = WebsocketsTest.echoServer(Options.DEFAULTS);
        int port = first.port();
        List<Throwable> retried = new CopyOnWriteArrayList<>();
        BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Disposable loop = Websockets.reconnecting("ws://127.0.0.1:" + port + "/", fast(retried).build())
                .subscribe(connections::add, ended::complete, () -> ended.complete(null));
        try {
            Connection one = next(connections);
            one.send("one").block(WAIT);
            assertThat(one.recv().block(WAIT)).isEqualTo(Message.text("one"));
            first.close();                      // closes "one" with 1001: the loop reconnects
            first.waitClosed().block(WAIT);
            eventually(() -> !retried.isEmpty());
            assertThat(connections).isEmpty();
            Server second = Websockets.serve(ws -> ws.messages().concatMap(ws::send), "127.0.0.1", port).block(WAIT);
            try (second) {
                Connection two = next(connections);
                assertThat(two).isNotSameAs(one);
                two.send("two").block(WAIT);
                assertThat(two.recv().block(WAIT)).isEqualTo(Message.text("two"));
                // refused, or answered 503 by the closing server before its socket closed
                assertThat(retried).allSatisfy(e -> assertThat(e instanceof ConnectException
                        || e instanceof InvalidStatus s && s.response().status() == 503).isTrue());
                // a clean close is followed by a new connection too, as in websockets
                two.close(1000, "").block(WAIT);
                Connection three = next(connections);
                assertThat(three.state()).isEqualTo(State.OPEN);
                loop.dispose();
                three.close(1000, "").block(WAIT);
            }
            second.waitClosed().block(WAIT);
            assertThat(ended).isNotDone();
        } finally {
            loop.dispose();
        }
    }

    @Test
    void a503IsRetriedAndA403EndsTheLoopWithInvalidStatus() {
        AtomicInteger requests = new AtomicInteger();
        Server server = Websockets.serve(ws -> ws.messages().concatMap(ws::send), "127.0.0.1", 0,
                Options.builder().processRequest(r -> switch (r.path()) {
                    case "/busy" -> requests.getAndIncrement() == 0 ? Response.text(503, "Service Unavailable", "later\n") : null;
                    case "/forbidden" -> Response.text(403, "Forbidden", "no\n");
                    default -> null;
                }).build()).block(WAIT);
        try (server) {
            List<Throwable> retried = new CopyOnWriteArrayList<>();
            Connection ws = Websockets.reconnecting("ws://127.0.0.1:" + server.port() + "/busy", fast(retried).build())
                    .blockFirst(WAIT);
            assertThat(retried).singleElement().isInstanceOfSatisfying(InvalidStatus.class,
                    e -> assertThat(e.response().status()).isEqualTo(503));
            assertThat(requests).hasValue(2);
            ws.close();

            List<Throwable> none = new CopyOnWriteArrayList<>();
            assertThatThrownBy(() -> Websockets.reconnecting("ws://127.0.0.1:" + server.port() + "/forbidden",
                    fast(none).build()).blockFirst(WAIT))
                    .isInstanceOfSatisfying(InvalidStatus.class, e -> assertThat(e.response().status()).isEqualTo(403));
            assertThat(none).isEmpty();
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void aConnectionClosedBeforeTheResponseIsAnInvalidMessageThatIsRetried() throws Exception {
        try (java.net.ServerSocket closing = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (java.net.Socket s = closing.accept()) {
                    s.getInputStream().read();   // the request has started: close without answering
                } catch (java.io.IOException ignored) {
                    // the test fails on its own assertion if this side breaks
                }
            });
            acceptor.start();
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() ->
                    Websockets.connect("ws://127.0.0.1:" + closing.getLocalPort() + "/").block(Duration.ofSeconds(30)));
            acceptor.join(10_000);
            org.assertj.core.api.Assertions.assertThat(e).isInstanceOf(InvalidMessage.class)
                    .hasMessage("did not receive a valid HTTP response");
            org.assertj.core.api.Assertions.assertThat(Options.retryTransientErrors(e)).isNull();
        }
    }

    @Test
    void theDefaultDelaysAreWebsocketsBackoff() {
        Iterator<Duration> delays = new Backoff();
        Duration first = delays.next();
        assertThat(first).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        double expected = 3.1;
        int steps = 0;
        while (expected < 90 && steps < 100) {
            assertThat(delays.next().toNanos() / 1e9).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
            expected *= 1.618;
            steps++;
        }
        assertThat(steps).isEqualTo(8);          // 3.1 * 1.618^k < 90 for k = 0..7
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(90));
        assertThat(delays.next()).isEqualTo(Duration.ofSeconds(90));
    }
}
