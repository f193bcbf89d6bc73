package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static dev.tauraro.websockets.WebsocketsTest.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerTest {
    @Test
    void closeClosesOpenConnectionsWith1001AndWaitClosedCompletes() {
        Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
        Connection a = Websockets.connect(uri(server)).block(WAIT);
        Connection b = Websockets.connect(uri(server)).block(WAIT);
        a.send("x").then(a.recv()).block(WAIT);
        b.send("x").then(b.recv()).block(WAIT);
        assertThat(server.connections()).hasSize(2);
        server.close();
        assertThat(server.isServing()).isFalse();
        server.waitClosed().block(WAIT);
        assertThat(a.messages().collectList().block(WAIT)).isEmpty();
        assertThat(a.closeCode()).isEqualTo(1001);
        b.waitClosed().block(WAIT);
        assertThat(b.closeCode()).isEqualTo(1001);
        assertThat(server.connections()).isEmpty();
        assertThatThrownBy(() -> Websockets.connect(uri(server)).block(WAIT)).isNotNull();
    }

    @Test
    void processRequestAnswersPlainHttpAndAPlainRequestGets426() throws Exception {
        Server server = WebsocketsTest.echoServer(Options.builder()
                .processRequest(r -> r.path().equals("/healthz") ? Response.text(200, "OK", "OK\n") : null).build());
        try (server) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("OK\n");
            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isEqualTo(426);
            assertThat(plain.body()).startsWith("Failed to open a WebSocket connection: missing Connection header.");
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void originsRejectOtherOriginsWith403() {
        Server server = WebsocketsTest.echoServer(Options.builder().origins(List.of("https://good.example")).build());
        try (server) {
            assertThatThrownBy(() -> Websockets.connect(uri(server),
                    Options.builder().origin("https://evil.example").build()).block(WAIT))
                    .isInstanceOfSatisfying(InvalidStatus.class, e -> assertThat(e.response().status()).isEqualTo(403));
            Connection ok = Websockets.connect(uri(server), Options.builder().origin("https://good.example").build())
                    .block(WAIT);
            ok.close(1000, "").block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void theServerHeaderAndAdditionalHeadersAreInTheHandshakeResponse() {
        Server server = WebsocketsTest.echoServer(Options.builder()
                .additionalHeaders(Headers.of(java.util.Map.of("X-Extra", "1"))).build());
        try (server) {
            Connection ws = Websockets.connect(uri(server)).block(WAIT);
            assertThat(ws.response().headers().get("server")).isEqualTo("tauraro-websockets/0.1");
            assertThat(ws.response().headers().get("x-extra")).isEqualTo("1");
            assertThat(ws.request().headers().get("User-Agent")).isEqualTo("tauraro-websockets/0.1");
            ws.close(1000, "").block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void processResponseCanRejectTheHandshakeOrChangeThe101sHeaders() {
        Server server = WebsocketsTest.echoServer(Options.builder()
                .processResponse((request, response) -> {
                    if (request.headers().get("Authorization") == null) {
                        return Response.text(401, "Unauthorized", "token needed\n");
                    }
                    return response.status() != 101 ? null : new Response(101, response.reason(),
                            response.headers().with(Headers.of(java.util.Map.of("X-User", "alice"))), response.body());
                }).build());
        try (server) {
            assertThatThrownBy(() -> Websockets.connect(uri(server)).block(WAIT))
                    .isInstanceOfSatisfying(InvalidStatus.class, e -> assertThat(e.response().status()).isEqualTo(401));
            Connection ws = Websockets.connect(uri(server), Options.builder()
                    .additionalHeaders(Headers.of(java.util.Map.of("Authorization", "Bearer t"))).build()).block(WAIT);
            assertThat(ws.response().headers().get("X-User")).isEqualTo("alice");
            assertThat(ws.response().headers().get("Server")).isEqualTo("tauraro-websockets/0.1");
            ws.send("hi").block(WAIT);
            assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("hi"));
            ws.close(1000, "").block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void aFailingHookAnswers500AndAnAsyncHookMayAnswerLater() throws Exception {
        Server server = WebsocketsTest.echoServer(Options.builder()
                .processRequestAsync(r -> switch (r.path()) {
                    case "/broken" -> reactor.core.publisher.Mono.error(new IllegalStateException("hook bug"));
                    case "/slow" -> reactor.core.publisher.Mono.delay(java.time.Duration.ofMillis(50))
                            .thenReturn(Response.text(403, "Forbidden", "later no\n"));
                    default -> reactor.core.publisher.Mono.empty();
                }).build());
        try (server) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> broken = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/broken")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.body()).isEqualTo("Failed to open a WebSocket connection.\nSee server log for more information.\n");
            assertThatThrownBy(() -> Websockets.connect("ws://127.0.0.1:" + server.port() + "/slow").block(WAIT))
                    .isInstanceOfSatisfying(InvalidStatus.class, e -> {
                        assertThat(e.response().status()).isEqualTo(403);
                    });
            Connection ws = Websockets.connect(uri(server)).block(WAIT);
            ws.close(1000, "").block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void aRequestInAnotherHttpVersionIsRefusedWith400InHttp11() throws Exception {
        Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
        try (server; java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout((int) WAIT.toMillis());
            s.getOutputStream().write(("GET / HTTP/1.0\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 400 Bad Request\r\n")
                    .endsWith("Failed to open a WebSocket connection: did not receive a valid HTTP request.\n");
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void serveForeverCompletesWhenTheServerIsClosed() {
        Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
        java.util.concurrent.CompletableFuture<Void> forever = server.serveForever().toFuture();
        Connection ws = Websockets.connect(uri(server)).block(WAIT);
        assertThat(forever).isNotDone();
        // closed at once after the client's handshake: the server side may still be registering
        // the connection (this found a connection that close() missed and that kept it open)
        server.close();
        forever.orTimeout(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
        ws.waitClosed().block(WAIT);
        assertThat(ws.closeCode()).isEqualTo(1001);
    }

    @Test
    void customAndAbsentUserAgentAndServerHeaders() {
        Server named = WebsocketsTest.echoServer(Options.builder().serverHeader("example-server/2").build());
        Server anonymous = WebsocketsTest.echoServer(Options.builder().serverHeader(null).build());
        try (named; anonymous) {
            Connection a = Websockets.connect(uri(named), Options.builder().userAgentHeader("example-client/3").build())
                    .block(WAIT);
            assertThat(a.response().headers().get("Server")).isEqualTo("example-server/2");
            assertThat(a.request().headers().get("User-Agent")).isEqualTo("example-client/3");
            Connection b = Websockets.connect(uri(anonymous), Options.builder().userAgentHeader(null).build()).block(WAIT);
            assertThat(b.response().headers().get("Server")).isNull();
            assertThat(b.request().headers().get("User-Agent")).isNull();
            // the server side saw the same request headers
            assertThat(named.connections()).singleElement()
                    .satisfies(c -> assertThat(c.request().headers().get("user-agent")).isEqualTo("example-client/3"));
            a.close(1000, "").block(WAIT);
            b.close(1000, "").block(WAIT);
        }
        named.waitClosed().block(WAIT);
        anonymous.waitClosed().block(WAIT);
    }

    @Test
    void connectionsUpgradedWhileTheServerClosesAreClosedWith1001() {
        for (int round = 0; round < 20; round++) {
            Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
            List<Connection> clients = reactor.core.publisher.Flux.range(0, 8)
                    .flatMap(i -> Websockets.connect(uri(server)).onErrorResume(e -> reactor.core.publisher.Mono.empty()))
                    .collectList().block(WAIT);
            server.close();
            server.waitClosed().block(WAIT);
            for (Connection c : clients) {
                c.waitClosed().block(WAIT);
                assertThat(c.closeCode()).isEqualTo(1001);
            }
        }
    }
}
