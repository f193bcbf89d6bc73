package dev.tauraro.websockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class WebsocketsTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            server.waitClosed().block(WAIT);
        }
    }

    static Server echoServer(Options options) {
        return Websockets.serve(ws -> ws.messages().concatMap(ws::send), "127.0.0.1", 0, options).block(WAIT);
    }

    /** Waits (bounded by {@link #WAIT}, without sleeping the test thread) until {@code condition} holds. */
    static void eventually(java.util.function.BooleanSupplier condition) {
        reactor.core.publisher.Flux.interval(Duration.ofMillis(5)).filter(t -> condition.getAsBoolean()).blockFirst(WAIT);
    }

    static String uri(Server s) {
        return "ws://127.0.0.1:" + s.port() + "/";
    }

    @Test
    void aClientExchangesTextAndBytesWithAnEchoServer() {
        server = echoServer(Options.DEFAULTS);
        Connection ws = Websockets.connect(uri(server)).block(WAIT);
        ws.send("héllo").block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("héllo"));
        ws.send(new byte[] {1, 2, 3}).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.binary(new byte[] {1, 2, 3}));
        ws.close(1000, "").block(WAIT);
        assertThat(ws.state()).isEqualTo(State.CLOSED);
        assertThat(ws.closeCode()).isEqualTo(1000);
    }

    @Test
    void portZeroPicksAFreePortOnLoopbackAndANullHostBindsLoopback() {
        server = Websockets.serve(ws -> Mono.empty(), null, 0).block(WAIT);
        assertThat(server.port()).isPositive();
        assertThat(server.sockets()).hasSize(1);
        assertThat(server.sockets().get(0).getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void aUriThatIsNotWsIsAnInvalidUriWithWebsocketsMessage() {
        assertThatThrownBy(() -> Websockets.connect("http://127.0.0.1/").block(WAIT))
                .isInstanceOf(InvalidURI.class)
                .hasMessage("http://127.0.0.1/ isn't a valid URI: scheme isn't ws or wss");
    }

    @Test
    void aRejectedHandshakeIsAnInvalidStatusCarryingTheResponse() {
        server = Websockets.serve(ws -> Mono.empty(), "127.0.0.1", 0, Options.builder()
                .processRequest(r -> r.path().equals("/private") ? Response.text(403, "Forbidden", "no\n") : null)
                .build()).block(WAIT);
        assertThatThrownBy(() -> Websockets.connect("ws://127.0.0.1:" + server.port() + "/private").block(WAIT))
                .isInstanceOfSatisfying(InvalidStatus.class, e -> assertThat(e.response().status()).isEqualTo(403))
                .hasMessage("server rejected WebSocket connection: HTTP 403");
        Connection ok = Websockets.connect("ws://127.0.0.1:" + server.port() + "/public").block(WAIT);
        assertThat(ok.request().path()).isEqualTo("/public");
        ok.waitClosed().block(WAIT);
    }

    @Test
    void connectingToAClosedPortFailsWithTheSocketError() {
        server = Websockets.serve(ws -> Mono.empty(), "127.0.0.1", 0).block(WAIT);
        int port = server.port();
        server.close();
        server.waitClosed().block(WAIT);
        server = null;
        assertThatThrownBy(() -> Websockets.connect("ws://127.0.0.1:" + port).block(WAIT))
                .hasRootCauseInstanceOf(ConnectException.class);
    }

    @Test
    void broadcastReachesEveryOpenConnectionAndSkipsClosedOnes() {
        server = echoServer(Options.DEFAULTS);
        Connection a = Websockets.connect(uri(server)).block(WAIT);
        Connection b = Websockets.connect(uri(server)).block(WAIT);
        Connection c = Websockets.connect(uri(server)).block(WAIT);
        c.close(1000, "").block(WAIT);
        int sent = Websockets.broadcast(List.of(a, b, c), Message.text("all"));
        assertThat(sent).isEqualTo(2);
        // the echo server sends each broadcast message straight back
        assertThat(a.recv().block(WAIT)).isEqualTo(Message.text("all"));
        assertThat(b.recv().block(WAIT)).isEqualTo(Message.text("all"));
        a.close();
        b.close();
    }

    @Test
    void aServerThatNeverAnswersTheHandshakeTimesOutAfterOpenTimeout() throws Exception {
        try (java.net.ServerSocket mute = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Websockets.connect("ws://127.0.0.1:" + mute.getLocalPort() + "/",
                    Options.builder().openTimeout(Duration.ofMillis(300)).build()).block(WAIT))
                    .isInstanceOf(dev.tauraro.asyncio.TimeoutError.class)
                    .hasMessage("timed out during opening handshake");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
    }

    /** A handshake answered with {@code head} (given the right accept value): what connect raises. */
    private static Throwable connectingTo(java.util.function.Function<String, String> head, Options options)
            throws Exception {
        try (SilentPeer peer = new SilentPeer(head)) {
            try {
                Connection ws = Websockets.connect(peer.uri(), options).block(WAIT);
                ws.close();
                return null;
            } catch (RuntimeException e) {
                return reactor.core.Exceptions.unwrap(e);
            }
        }
    }

    private static final String SWITCHING = "HTTP/1.1 101 Switching Protocols\r\n";

    @Test
    void aBrokenUpgradeResponseIsAnInvalidHeaderNamingTheHeader() throws Exception {
        // websockets' messages: missing X header / invalid X header: value
        assertThat(connectingTo(accept -> SWITCHING + "Upgrade: websocket\r\nSec-WebSocket-Accept: " + accept
                + "\r\n\r\n", Options.DEFAULTS))
                .isInstanceOf(InvalidHeader.class).hasMessage("missing Connection header");
        assertThat(connectingTo(accept -> SWITCHING + "Upgrade: h2c\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
                + accept + "\r\n\r\n", Options.DEFAULTS))
                .isInstanceOf(InvalidHeader.class).hasMessage("invalid Upgrade header: h2c");
        // Difference from websockets ("missing Sec-WebSocket-Accept header"): Netty's decoder takes a
        // 101 without it for an old (hixie-76) handshake with a body, so it waits for openTimeout
        assertThat(connectingTo(accept -> SWITCHING + "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
                Options.builder().openTimeout(Duration.ofMillis(300)).build()))
                .isInstanceOf(dev.tauraro.asyncio.TimeoutError.class);
        assertThat(connectingTo(accept -> SWITCHING + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: bm90IHRoZSBrZXk=\r\n\r\n", Options.DEFAULTS))
                .isInstanceOf(InvalidHeader.class).hasMessage("invalid Sec-WebSocket-Accept header: bm90IHRoZSBrZXk=");
    }

    @Test
    void aSubprotocolTheClientDidNotOfferIsANegotiationError() throws Exception {
        java.util.function.Function<String, String> choosing = accept -> SWITCHING
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept
                + "\r\nSec-WebSocket-Protocol: other\r\n\r\n";
        assertThat(connectingTo(choosing, Options.builder().subprotocols("chat").build()))
                .isInstanceOf(NegotiationError.class).hasMessage("unsupported subprotocol: other");
        assertThat(connectingTo(choosing, Options.DEFAULTS))
                .isInstanceOf(NegotiationError.class).hasMessage("no subprotocols supported");
    }

    @Test
    void aServerMayChooseNoSubprotocolAmongThoseOffered() {
        // websockets: the client's subprotocol is then None, and the connection opens
        server = echoServer(Options.DEFAULTS);
        Connection ws = Websockets.connect(uri(server), Options.builder().subprotocols("chat").build()).block(WAIT);
        assertThat(ws.subprotocol()).isNull();
        ws.send("hi").block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("hi"));
        ws.close(1000, "").block(WAIT);
    }

    @Test
    void broadcastSkipsAPeerThatStopsReadingWithoutWaitingForIt() throws Exception {
        server = echoServer(Options.DEFAULTS);
        Connection fast = Websockets.connect(uri(server)).block(WAIT);
        java.util.concurrent.atomic.AtomicInteger fastGot = new java.util.concurrent.atomic.AtomicInteger();
        fast.messages().subscribe(m -> fastGot.incrementAndGet(), e -> { });     // reads the echoes as they come
        try (SilentPeer silent = new SilentPeer()) {
            Connection slow = Websockets.connect(silent.uri(), Options.builder().compression(false).pingInterval(null)
                    .closeTimeout(Duration.ofMillis(100)).build()).block(WAIT);
            Message chunk = Message.binary(new byte[64 * 1024]);
            boolean slowSkippedFastServed = false;
            // the kernel's socket buffers take a few MiB at most: the slow peer fills up long before the bound.
            // The fast peer may be momentarily paused too (the echo server sends everything back), so once the
            // slow one is skipped the loop gives the fast one time to drain rather than counting on one instant.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            for (int i = 0; i < 4096 && !slowSkippedFastServed && System.nanoTime() < deadline; i++) {
                long start = System.nanoTime();
                int toSlow = Websockets.broadcast(List.of(slow), chunk);
                int toFast = Websockets.broadcast(List.of(fast), chunk);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("broadcast never waits")
                        .isLessThan(Duration.ofSeconds(2));
                slowSkippedFastServed = toSlow == 0 && toFast == 1;
                if (toSlow == 0 && toFast == 0) Thread.sleep(10);
            }
            assertThat(slowSkippedFastServed).as("the slow peer skipped while a reading one is served").isTrue();
            assertThat(slow.state()).isEqualTo(State.OPEN);
            eventually(() -> fastGot.get() > 0);
            slow.close();
        }
        fast.close(1000, "").block(WAIT);
    }
}
