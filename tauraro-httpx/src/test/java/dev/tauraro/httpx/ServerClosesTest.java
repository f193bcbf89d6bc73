package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A server that answers each request and then closes its connection without saying so
 * ({@code Connection: close} absent): the connection's end arrives right behind the response, so
 * the next request can find the closed connection still in the pool. An idempotent request is then
 * sent again on a new connection; a POST is not, and gives httpx's error.
 */
class ServerClosesTest {
    private static final String ANSWER = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok";
    private static final int REQUESTS = 200;

    @Test
    void theBlockingClientOpensANewConnectionForEachRequest() throws Exception {
        try (RawServer raw = new RawServer(ANSWER, REQUESTS); Client c = Client.create()) {
            for (int i = 0; i < REQUESTS; i++) {
                assertThat(c.get(raw.url("/" + i)).text()).as("request %d", i).isEqualTo("ok");
            }
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void theAsyncClientOpensANewConnectionForEachRequest() throws Exception {
        try (RawServer raw = new RawServer(ANSWER, REQUESTS); AsyncClient c = AsyncClient.create()) {
            for (int i = 0; i < REQUESTS; i++) {
                Response r = c.get(raw.url("/" + i)).block(Duration.ofSeconds(10));
                assertThat(r.text()).as("request %d", i).isEqualTo("ok");
            }
            PoolAssert.noneActive(c::poolStats);
        }
    }

    /** Each request sent from the previous one's end, on the event loop, without blocking. */
    @Test
    void theAsyncClientChainingRequestsOpensANewConnectionForEachRequest() throws Exception {
        try (RawServer raw = new RawServer(ANSWER, 2 * REQUESTS); AsyncClient c = AsyncClient.create()) {
            List<String> bodies = Flux.range(0, REQUESTS).concatMap(i -> c.get(raw.url("/" + i)))
                    .map(Response::text).collectList().block(Duration.ofSeconds(60));
            assertThat(bodies).hasSize(REQUESTS).containsOnly("ok");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    /** The server closes 20 ms after answering; the client sends its next request 50 ms after. */
    @Test
    void aConnectionClosedAMomentAfterItsResponseIsNotReused() throws Exception {
        int requests = 20;
        try (RawServer raw = new RawServer(ANSWER, 2 * requests, 20); Client c = Client.create()) {
            for (int i = 0; i < requests; i++) {
                assertThat(c.get(raw.url("/" + i)).text()).as("request %d", i).isEqualTo("ok");
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            PoolAssert.noneActive(c::poolStats);
        }
        try (RawServer raw = new RawServer(ANSWER, 2 * requests, 20); AsyncClient c = AsyncClient.create()) {
            List<String> bodies = Flux.range(0, requests)
                    .concatMap(i -> c.get(raw.url("/" + i)).delayUntil(r -> Mono.delay(Duration.ofMillis(50))))
                    .map(Response::text).collectList().block(Duration.ofSeconds(60));
            assertThat(bodies).hasSize(requests).containsOnly("ok");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    /** A PUT is idempotent: sent again when its body is in memory, not when it is a stream. */
    @Test
    void aPutIsSentAgainOnlyWithItsBodyInMemory() throws Exception {
        try (RawServer raw = new RawServer(ANSWER, 20, 500); Client c = Client.create()) {
            byte[] x = "x".getBytes(StandardCharsets.UTF_8);
            assertThat(c.get(raw.url("/1")).text()).isEqualTo("ok");
            assertThat(c.put(raw.url("/2"), RequestOptions.builder().content(x).build()).text())
                    .as("a PUT of bytes, sent again on a new connection").isEqualTo("ok");
            assertThatThrownBy(() -> c.put(raw.url("/3"), RequestOptions.builder().content(Flux.just(x)).build()))
                    .as("a streamed PUT on the kept-alive connection")
                    .isInstanceOf(RemoteProtocolError.class).hasMessage("Server disconnected without sending a response.");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    /**
     * The server answers, waits, and closes without reading the next request, which is sent on the
     * kept-alive connection in the meantime: it is certain to end unanswered, so which requests are
     * sent again shows without depending on timing.
     */
    @Test
    void onlyIdempotentRequestsAreSentAgainWhenAPooledConnectionEndsUnanswered() throws Exception {
        try (RawServer raw = new RawServer(ANSWER, 20, 500); Client c = Client.create()) {
            RequestOptions body = RequestOptions.builder().content("x").build();
            assertThat(c.get(raw.url("/1")).text()).isEqualTo("ok");
            assertThat(c.get(raw.url("/2")).text()).as("a GET, sent again on a new connection").isEqualTo("ok");
            assertThatThrownBy(() -> c.post(raw.url("/3"), body)).as("a POST on the kept-alive connection")
                    .isInstanceOf(RemoteProtocolError.class).hasMessage("Server disconnected without sending a response.");
            assertThat(c.post(raw.url("/4"), body).text()).as("a POST on a new connection").isEqualTo("ok");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void aNewConnectionThatEndsUnansweredIsNotTriedAgain() throws Exception {
        try (RawServer raw = new RawServer("", 2); Client c = Client.create()) {
            assertThatThrownBy(() -> c.get(raw.url("/"))).isInstanceOf(RemoteProtocolError.class)
                    .hasMessage("Server disconnected without sending a response.");
        }
    }
}
