package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static dev.tauraro.websockets.WebsocketsTest.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.TimeoutError;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ConnectionTest {
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            server.waitClosed().block(WAIT);
        }
    }

    /** A server whose handler hands its connection to the test and then runs {@code body}. */
    private CompletableFuture<Connection> serve(Options options, Function<Connection, Publisher<?>> body) {
        CompletableFuture<Connection> accepted = new CompletableFuture<>();
        server = Websockets.serve(ws -> {
            accepted.complete(ws);
            return body.apply(ws);
        }, "127.0.0.1", 0, options).block(WAIT);
        return accepted;
    }

    @Test
    void aClientCloseWithACodeAndReasonReachesTheServerAndIsEchoed() {
        CompletableFuture<Connection> accepted = serve(Options.DEFAULTS, ws -> ws.waitClosed());
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        client.close(4000, "bye").block(WAIT);
        Connection peer = accepted.join();
        peer.waitClosed().block(WAIT);
        assertThat(peer.closeCode()).isEqualTo(4000);
        assertThat(peer.closeReason()).isEqualTo("bye");
        assertThat(client.closeCode()).isEqualTo(4000);
        assertThatThrownBy(() -> client.recv().block(WAIT))
                .isInstanceOf(ConnectionClosedError.class)
                .hasMessage("sent 4000 (private use) bye; then received 4000 (private use) bye");
        assertThatThrownBy(() -> peer.send("late").block(WAIT))
                .isInstanceOf(ConnectionClosedError.class)
                .hasMessage("received 4000 (private use) bye; then sent 4000 (private use) bye");
    }

    @Test
    void messagesEndNormallyWhenTheHandlerReturnsAndTheServerClosesWith1000() {
        serve(Options.DEFAULTS, ws -> ws.send("one").then(ws.send("two")));
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        List<Message> all = client.messages().collectList().block(WAIT);
        assertThat(all).containsExactly(Message.text("one"), Message.text("two"));
        assertThat(client.closeCode()).isEqualTo(1000);
        assertThatThrownBy(() -> client.recv().block(WAIT)).isInstanceOf(ConnectionClosedOK.class);
    }

    @Test
    void aFailingHandlerClosesWith1011AndMessagesEndWithAnError() {
        serve(Options.DEFAULTS, ws -> Mono.error(new IllegalStateException("boom")));
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        assertThatThrownBy(() -> client.messages().blockLast(WAIT))
                .isInstanceOf(ConnectionClosedError.class)
                .hasMessage("received 1011 (unexpected error); then sent 1011 (unexpected error)");
        assertThat(client.closeCode()).isEqualTo(1011);
    }

    @Test
    void aPingCompletesWithTheRoundTripTimeAtThePong() {
        serve(Options.DEFAULTS, ws -> ws.waitClosed());
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        Duration rtt = client.ping().block(WAIT);
        assertThat(rtt).isPositive();
        assertThat(client.latency()).isPositive();
        // once answered, the same data may be used again
        assertThat(client.ping("x".getBytes()).then(client.ping("x".getBytes())).block(WAIT)).isPositive();
        client.close();
    }

    @Test
    void aSecondPingWithTheSameDataWhileTheFirstWaitsIsRefused() throws Exception {
        try (SilentPeer peer = new SilentPeer()) {
            Connection client = Websockets.connect(peer.uri(),
                    Options.builder().compression(false).pingInterval(null).closeTimeout(Duration.ofMillis(100)).build())
                    .block(WAIT);
            byte[] data = "same".getBytes(StandardCharsets.UTF_8);
            client.ping(data).subscribe(d -> { }, e -> { });
            assertThatThrownBy(() -> client.ping(data).block(WAIT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("already waiting for a pong with the same data");
            client.close(1000, "").block(WAIT);
        }
    }

    @Test
    void aPeerThatStopsAnsweringPingsIsClosedWith1011() throws Exception {
        try (SilentPeer peer = new SilentPeer()) {
            Connection client = Websockets.connect(peer.uri(), Options.builder().compression(false)
                    .pingInterval(Duration.ofMillis(50)).pingTimeout(Duration.ofMillis(100)).build()).block(WAIT);
            client.waitClosed().block(WAIT);
            assertThat(client.closeCode()).isEqualTo(1006);
            assertThatThrownBy(() -> client.recv().block(WAIT)).isInstanceOf(ConnectionClosedError.class)
                    .hasMessage("sent 1011 (unexpected error) keepalive ping timeout; no close frame received");
        }
    }

    @Test
    void aFragmentLimitAcceptsALongMessageInShortFragmentsAndRefusesOneLongFrame() {
        // websockets' max_size=(message, fragment): 4 KiB messages, 1 KiB frames
        Options limits = Options.builder().maxSize(4096, 1024).compression(false).build();
        serve(limits, ws -> ws.messages().concatMap(ws::send));
        Connection client = Websockets.connect(uri(server), Options.builder().compression(false).build()).block(WAIT);
        client.send(Flux.range(0, 3).map(i -> "x".repeat(1000))).block(WAIT);
        assertThat(client.recv().block(WAIT).text()).hasSize(3000);
        client.send("y".repeat(2000)).block(WAIT);   // one frame over the fragment limit
        client.waitClosed().block(WAIT);
        assertThat(client.closeCode()).isEqualTo(1009);
        assertThatThrownBy(() -> Options.builder().maxSize(4096, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQueuesLowMarkIsAQuarterOfItsHighMarkUnlessGiven() {
        assertThat(Options.builder().maxQueue(16).build().maxQueueLow()).isEqualTo(4);
        assertThat(Options.builder().maxQueue(16, 10).build().maxQueueLow()).isEqualTo(10);
        assertThat(Options.builder().maxQueue(16, 10).maxQueue(8).build().maxQueueLow()).isEqualTo(2);
        assertThatThrownBy(() -> Options.builder().maxQueue(4, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageOverMaxSizeClosesWith1009AndARaisedLimitCarriesTenMebibytes() {
        serve(Options.DEFAULTS, ws -> ws.messages().concatMap(ws::send));
        Connection client = Websockets.connect(uri(server), Options.builder().maxSize(null).build()).block(WAIT);
        client.send(new byte[(1 << 20) + 1]).block(WAIT);
        client.waitClosed().block(WAIT);
        assertThat(client.closeCode()).isEqualTo(1009);

        stop();
        serve(Options.builder().maxSize(16 << 20).build(), ws -> ws.messages().concatMap(ws::send));
        Connection big = Websockets.connect(uri(server), Options.builder().maxSize(16 << 20).build()).block(WAIT);
        byte[] payload = new byte[10 << 20];
        Arrays.fill(payload, (byte) 7);
        big.send(payload).block(WAIT);
        assertThat(big.recv().block(WAIT).bytes()).isEqualTo(payload);
        big.close();
    }

    @Test
    void defaultsNegotiatePermessageDeflateAndCompressionCanBeRefused() {
        serve(Options.DEFAULTS, ws -> ws.messages().concatMap(ws::send));
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        assertThat(client.response().headers().get("Sec-WebSocket-Extensions")).startsWith("permessage-deflate");
        String text = "abc".repeat(10_000);
        client.send(text).block(WAIT);
        assertThat(client.recv().block(WAIT).text()).isEqualTo(text);
        client.close();
        Connection plain = Websockets.connect(uri(server), Options.builder().compression(false).build()).block(WAIT);
        assertThat(plain.response().headers().get("Sec-WebSocket-Extensions")).isNull();
        plain.close();
    }

    @Test
    void theServersFirstSubprotocolThatTheClientOffersIsChosen() {
        serve(Options.builder().subprotocols("superchat", "chat").build(), ws -> ws.send(String.valueOf(ws.subprotocol())));
        Connection client = Websockets.connect(uri(server), Options.builder().subprotocols("chat", "superchat").build())
                .block(WAIT);
        assertThat(client.subprotocol()).isEqualTo("superchat");
        assertThat(client.recv().block(WAIT)).isEqualTo(Message.text("superchat"));
        assertThatThrownBy(() -> Websockets.connect(uri(server), Options.builder().subprotocols("other").build()).block(WAIT))
                .isInstanceOfSatisfying(InvalidStatus.class, e -> assertThat(e.response().status()).isEqualTo(400));
    }

    @Test
    void anAbruptDisconnectEndsTheServerSideWith1006() throws Exception {
        CompletableFuture<Connection> accepted = serve(Options.DEFAULTS, ws -> ws.messages().then());
        AtomicReference<Throwable> handlerSaw = new AtomicReference<>();
        try (Socket raw = new Socket("127.0.0.1", server.port())) {
            OutputStream out = raw.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            raw.getInputStream().read(new byte[129]);
            accepted.get();
        }
        Connection peer = accepted.join();
        peer.recv().subscribe(null, handlerSaw::set);
        peer.waitClosed().block(WAIT);
        assertThat(peer.closeCode()).isEqualTo(1006);
        assertThat(handlerSaw.get()).isInstanceOf(ConnectionClosedError.class)
                .hasMessage("no close frame received or sent");
    }

    @Test
    void recvWithATimeoutFailsWithTimeoutErrorAndTheMessageStaysQueued() {
        serve(Options.DEFAULTS, ws -> ws.recv().flatMap(m -> ws.send(m)));
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        assertThatThrownBy(() -> client.recv(Duration.ofMillis(50)).block(WAIT)).isInstanceOf(TimeoutError.class);
        client.send("x").block(WAIT);
        assertThat(client.recv(WAIT).block(WAIT)).isEqualTo(Message.text("x"));
        client.close();
    }

    @Test
    void underAsyncioTheHandlerAndTheResultsRunOnTheLoopThread() {
        String result = Asyncio.run(Mono.defer(() -> {
            Thread loopThread = Thread.currentThread();
            return Websockets.serve(ws -> ws.recv().flatMap(m -> ws.send(m.text() + " on loop: "
                    + (Thread.currentThread() == loopThread))), "127.0.0.1", 0)
                    .flatMap(s -> Websockets.connect(uri(s))
                            .flatMap(ws -> ws.send("hi").then(ws.recv())
                                    .map(m -> m.text() + ", client on loop: " + (Thread.currentThread() == loopThread))
                                    .flatMap(text -> ws.close(1000, "").thenReturn(text)))
                            .flatMap(text -> {
                                s.close();
                                return s.waitClosed().thenReturn(text);
                            }));
        }));
        assertThat(result).isEqualTo("hi on loop: true, client on loop: true");
    }

    @Test
    void closeRefusesCodesThatMayNotBeSent() {
        serve(Options.DEFAULTS, ws -> ws.waitClosed());
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        assertThatThrownBy(() -> client.close(1006, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid status code 1006");
        client.close();
    }

    @Test
    void identityAddressesAndAnUnsolicitedPong() {
        CompletableFuture<Connection> accepted = serve(Options.DEFAULTS, ws -> ws.messages().concatMap(ws::send));
        Connection client = Websockets.connect(uri(server)).block(WAIT);
        Connection peer = accepted.join();
        // each end's local address is the other's remote one
        assertThat(client.remoteAddress().getPort()).isEqualTo(server.port());
        assertThat(peer.localAddress()).isEqualTo(client.remoteAddress());
        assertThat(peer.remoteAddress()).isEqualTo(client.localAddress());
        assertThat(client.remoteAddress().getAddress().isLoopbackAddress()).isTrue();
        // websockets' id is a UUID, one per connection
        assertThat(java.util.UUID.fromString(client.id()).toString()).isEqualTo(client.id());
        assertThat(client.id()).isNotEqualTo(peer.id());
        assertThat(client.isServerSide()).isFalse();
        assertThat(peer.isServerSide()).isTrue();
        // an unsolicited pong is ignored by the peer (RFC 6455 5.5.3): the connection goes on
        client.pong("unasked".getBytes(StandardCharsets.UTF_8)).block(WAIT);
        client.send("still open").block(WAIT);
        assertThat(client.recv().block(WAIT)).isEqualTo(Message.text("still open"));
        assertThat(peer.state()).isEqualTo(State.OPEN);
        client.close(1000, "").block(WAIT);
        assertThatThrownBy(() -> client.pong(new byte[0]).block(WAIT)).isInstanceOf(ConnectionClosedOK.class);
    }

    @Test
    void aPeerThatNeverAnswersTheCloseIsDroppedAfterCloseTimeout() throws Exception {
        try (SilentPeer peer = new SilentPeer()) {
            Connection client = Websockets.connect(peer.uri(), Options.builder().compression(false).pingInterval(null)
                    .closeTimeout(Duration.ofMillis(300)).build()).block(WAIT);
            long start = System.nanoTime();
            client.close(1000, "").block(WAIT);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).as("close waited for the peer's close frame").isGreaterThanOrEqualTo(250);
            assertThat(client.state()).isEqualTo(State.CLOSED);
            assertThat(client.closeCode()).isEqualTo(1006);
            assertThatThrownBy(() -> client.recv().block(WAIT)).isInstanceOf(ConnectionClosedError.class)
                    .hasMessage("sent 1000 (OK); no close frame received");
        }
    }

    @Test
    void theSideThatFailsTheConnectionChainsPayloadTooBigOrProtocolError() throws Exception {
        // websockets 17: the ConnectionClosedError raised after a 1009 or 1002 this side sent has
        // the parser's PayloadTooBig or ProtocolError as its __cause__; the reason is its message
        AtomicReference<Throwable> handlerSaw = new AtomicReference<>();
        serve(Options.builder().maxSize(1024).compression(false).build(),
                ws -> ws.messages().then().doOnError(handlerSaw::set).onErrorResume(e -> Mono.empty()));
        Connection client = Websockets.connect(uri(server), Options.builder().compression(false).build()).block(WAIT);
        client.send(Flux.just("a".repeat(600), "b".repeat(600))).onErrorResume(e -> Mono.empty()).block(WAIT);
        client.waitClosed().block(WAIT);
        assertThat(client.closeCode()).isEqualTo(1009);
        assertThat(client.closeReason()).isEqualTo("frame with 600 bytes after reading 600 bytes exceeds limit of 1024 bytes");
        assertThatThrownBy(() -> client.recv().block(WAIT)).isInstanceOf(ConnectionClosedError.class).hasNoCause();
        WebsocketsTest.eventually(() -> handlerSaw.get() != null);
        assertThat(handlerSaw.get()).isInstanceOf(ConnectionClosedError.class)
                .cause().isInstanceOf(PayloadTooBig.class)
                .hasMessage("frame with 600 bytes after reading 600 bytes exceeds limit of 1024 bytes");

        handlerSaw.set(null);
        try (RawClient raw = new RawClient(server.port())) {
            raw.send(true, RawClient.CONTINUATION, "x".getBytes(StandardCharsets.UTF_8));
            assertThat(raw.readUntilClose().closeCode()).isEqualTo(1002);
        }
        WebsocketsTest.eventually(() -> handlerSaw.get() != null);
        assertThat(handlerSaw.get()).isInstanceOf(ConnectionClosedError.class)
                .cause().isInstanceOf(ProtocolError.class).hasMessageContaining("continuation");
    }
}
