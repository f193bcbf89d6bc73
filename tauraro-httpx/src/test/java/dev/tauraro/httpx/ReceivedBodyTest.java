package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Requests whose whole body the client reads ({@code get}, {@code send}, ...), which the network
 * transport receives whole before emitting the response: the response still behaves as one read
 * from the network (unread in its hooks, read and closed after), its end still comes only once
 * its connection is back in the pool, and a body cut short gives httpx's errors.
 */
class ReceivedBodyTest {
    static TestServer server;
    static DisposableServer counting;
    static final AtomicInteger opened = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = new TestServer();
        counting = HttpServer.create().host("127.0.0.1").port(0)
                .doOnChannelInit((observer, channel, remote) -> opened.incrementAndGet())
                .route(r -> r.get("/", (req, res) -> res.sendString(Mono.just("ok")))
                        .get("/empty", (req, res) -> res.header("Content-Length", "0").send()))
                .bindNow();
    }

    @AfterAll
    static void stop() {
        server.close();
        counting.disposeNow();
    }

    @Test
    void eachGetSentFromThePreviousOnesEndReusesItsConnection() {
        // The next request starts from the previous response's emission, on Netty's event loop: were
        // the response emitted before its connection was back in the pool, it would open another
        // (and with one kept alive, the surplus would be closed: a new connection every time).
        String url = "http://127.0.0.1:" + counting.port() + "/";
        int before = opened.get();
        try (AsyncClient c = AsyncClient.builder().limits(new Limits(10, 1, Duration.ofSeconds(30))).build()) {
            List<String> texts = Flux.range(0, 50).concatMap(i -> c.get(url).map(Response::text)).collectList().block();
            assertThat(texts).hasSize(50).containsOnly("ok");
            assertThat(opened.get() - before).isEqualTo(1);
        }
    }

    @Test
    void hooksSeeTheResponseUnreadAndTheCallerGetsItReadAndClosed() {
        List<Object> inHook = new ArrayList<>();
        try (AsyncClient c = AsyncClient.builder().onResponse(r -> {
            inHook.add(r.isClosed());
            inHook.add(r.isStreamConsumed());
            inHook.add(r.isRead());
            try {
                r.content();
                inHook.add("read");
            } catch (ResponseNotRead expected) {
                inHook.add("not read");
            }
        }).build()) {
            Response r = c.get(server.url("/gzip")).block();
            assertThat(inHook).containsExactly(false, false, false, "not read");
            assertThat(r.isClosed()).isTrue();
            assertThat(r.isStreamConsumed()).isTrue();
            assertThat(r.text()).isEqualTo("hello gzip é");
            assertThat(r.elapsed()).isPositive();
            assertThat(String.join("", r.iterText())).isEqualTo("hello gzip é");
            assertThatThrownBy(() -> r.iterRaw().iterator().next()).isInstanceOf(StreamConsumed.class);
        }
    }

    @Test
    void aBodyWithoutBytesIsEmpty() {
        try (Client c = Client.create()) {
            Response r = c.get("http://127.0.0.1:" + counting.port() + "/empty");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.content()).isEmpty();
            assertThat(r.isClosed()).isTrue();
            PoolAssert.settles(c::poolStats, new PoolStats(1, 0, 0));
        }
    }

    @Test
    void aServerClosingMidBodyIsARemoteProtocolErrorForTheAsyncClientToo() throws IOException {
        try (RawServer raw = new RawServer("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..", 1);
                AsyncClient c = AsyncClient.create()) {
            assertThatThrownBy(() -> c.get(raw.url("/")).block()).isInstanceOf(RemoteProtocolError.class)
                    .hasMessageStartingWith("peer closed connection without sending complete message body");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void aServerPausingMidBodyIsAReadTimeoutAndFreesTheConnection() {
        try (Client c = Client.builder().limits(new Limits(1, 1, null)).timeout(Timeout.of(5.0).withRead(0.3)).build()) {
            assertThatThrownBy(() -> c.get(server.url("/drip"))).isInstanceOf(ReadTimeout.class).hasMessage("timed out");
            PoolAssert.noneActive(c::poolStats);
            // The one connection the client may have was given back: the next request gets it.
            assertThat(c.get(server.url("/json")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void cancellingMidBodyClosesTheConnectionAndFreesItsSlot() throws InterruptedException {
        try (AsyncClient c = AsyncClient.builder().limits(new Limits(1, 1, null)).build()) {
            Disposable pending = c.get(server.url("/drip")).subscribe();
            Thread.sleep(300);   // the headers and the first chunks have arrived; the rest waits 3 s
            pending.dispose();
            PoolAssert.settles(c::poolStats, new PoolStats(0, 0, 0));
            assertThat(c.get(server.url("/json")).block(Duration.ofSeconds(2)).statusCode()).isEqualTo(200);
        }
    }
}
