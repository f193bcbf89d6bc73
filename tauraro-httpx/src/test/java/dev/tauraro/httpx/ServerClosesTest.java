package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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
