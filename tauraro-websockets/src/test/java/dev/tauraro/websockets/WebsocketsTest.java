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
}
