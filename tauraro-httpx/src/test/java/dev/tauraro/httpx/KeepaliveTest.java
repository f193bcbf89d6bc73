package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** {@code Limits.maxKeepaliveConnections}: how many idle connections a client keeps, counted by the server. */
class KeepaliveTest {
    private DisposableServer server;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile reactor.core.publisher.Sinks.Empty<Void> gate = reactor.core.publisher.Sinks.empty();

    @BeforeEach
    void start() {
        // /together answers once six requests wait, so six requests at once need six connections.
        server = HttpServer.create().host("127.0.0.1").port(0)
                // Channels, not exchanges: doOnConnection would count each request of a kept-alive connection.
                .doOnChannelInit((observer, channel, remote) -> {
                    opened.incrementAndGet();
                    channel.closeFuture().addListener(f -> closed.incrementAndGet());
                })
                .route(r -> r
                        .get("/together", (req, res) -> {
                            reactor.core.publisher.Sinks.Empty<Void> mine = gate;
                            if (waiting.incrementAndGet() == 6) {
                                waiting.set(0);
                                gate = reactor.core.publisher.Sinks.empty();
                                mine.tryEmitEmpty();
                            }
                            return res.sendString(mine.asMono().thenReturn("ok"));
                        })
                        .get("/", (req, res) -> res.sendString(Mono.just("ok"))))
                .bindNow();
    }

    @AfterEach
    void stop() {
        server.disposeNow();
    }

    private String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private void sixAtOnce(AsyncClient c) {
        List<Response> all = Flux.merge(IntStream.range(0, 6).mapToObj(i -> c.get(url() + "together")).toList()).collectList().block();
        assertThat(all).hasSize(6).allSatisfy(r -> assertThat(r.text()).isEqualTo("ok"));
    }

    @Test
    void idleConnectionsBeyondTheBoundAreClosed() {
        try (AsyncClient c = AsyncClient.builder().limits(new Limits(6, 2, Duration.ofSeconds(30))).build()) {
            sixAtOnce(c);
            assertThat(opened).hasValue(6);
            settles(() -> c.poolStats().idle(), 2);
            settles(closed::get, 4);
            // The two kept are reused: sequential requests open no new connection.
            for (int i = 0; i < 3; i++) {
                assertThat(c.get(url()).block().text()).isEqualTo("ok");
            }
            assertThat(opened).hasValue(6);
            settles(() -> c.poolStats().idle(), 2);
            // Six at once again: four new connections, and again only two stay.
            sixAtOnce(c);
            assertThat(opened).hasValue(10);
            settles(() -> c.poolStats().idle(), 2);
            settles(closed::get, 8);
        }
    }

    @Test
    void aConnectionIdleLongerThanTheExpiryIsNotReused() {
        try (Client brief = Client.builder().limits(new Limits(6, 20, Duration.ofMillis(300))).build()) {
            assertThat(brief.get(url()).text()).isEqualTo("ok");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(800));
            assertThat(brief.get(url()).text()).isEqualTo("ok");
            assertThat(opened).hasValue(2);
        }
        // The same pause within httpx's default expiry (5 s) reuses the connection.
        try (Client usual = Client.create()) {
            assertThat(usual.get(url()).text()).isEqualTo("ok");
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(800));
            assertThat(usual.get(url()).text()).isEqualTo("ok");
            assertThat(opened).hasValue(3);
        }
    }

    @Test
    void noKeepaliveClosesEveryConnectionAfterItsResponse() {
        try (Client c = Client.builder().limits(new Limits(6, 0, Duration.ofSeconds(30))).build()) {
            for (int i = 0; i < 3; i++) {
                assertThat(c.get(url()).text()).isEqualTo("ok");
            }
            assertThat(opened).hasValue(3);
            settles(closed::get, 3);
            assertThat(c.poolStats().idle()).isZero();
        }
    }

    @Test
    void anUnboundedKeepaliveKeepsEveryConnection() {
        try (AsyncClient c = AsyncClient.builder().limits(new Limits(6, null, Duration.ofSeconds(30))).build()) {
            sixAtOnce(c);
            settles(() -> c.poolStats().idle(), 6);
            assertThat(closed).hasValue(0);
        }
    }

    /** Connections return to the pool (or close) on the event loop just after a response ends. */
    private static void settles(IntSupplier value, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (value.getAsInt() != expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(value.getAsInt()).isEqualTo(expected);
    }
}
