package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class MockTransportTest {
    @Test
    void theHandlerAnswersEveryRequestWithoutANetwork() {
        MockTransport mock = new MockTransport(request ->
                Response.builder(200).json(Map.of("path", request.url().path(), "method", request.method())).build());
        try (Client c = Client.builder().transport(mock).baseUrl("http://test").build()) {
            Response r = c.post("/items", RequestOptions.builder().content("x").build());
            assertThat(r.json()).isEqualTo(Map.of("path", "/items", "method", "POST"));
            assertThat(r.request().url().toString()).isEqualTo("http://test/items");
        }
    }

    @Test
    void theHandlerMayRaiseTransportErrors() {
        MockTransport mock = new MockTransport(request -> {
            throw new ConnectError("[Errno 111] Connection refused", request);
        });
        try (Client c = Client.builder().transport(mock).build()) {
            assertThatThrownBy(() -> c.get("http://test/")).isInstanceOf(ConnectError.class)
                    .hasMessage("[Errno 111] Connection refused");
        }
    }

    @Test
    void redirectsAndCookiesWorkOverAMock() {
        MockTransport mock = new MockTransport(request -> switch (request.url().path()) {
            case "/login" -> Response.builder(302).header("Location", "/home").header("Set-Cookie", "s=1").build();
            default -> Response.builder(200).text(String.valueOf(request.headers().get("Cookie"))).build();
        });
        try (Client c = Client.builder().transport(mock).followRedirects(true).build()) {
            Response r = c.get("http://test/login");
            assertThat(r.text()).isEqualTo("s=1");
            assertThat(r.history()).hasSize(1);
        }
    }

    @Test
    void aReactiveHandlerAnswersLaterAndItsErrorsReachTheCaller() {
        MockTransport mock = MockTransport.reactive(request -> request.url().path().equals("/fail")
                ? Mono.error(new ReadTimeout("timed out", request))
                : Mono.delay(java.time.Duration.ofMillis(20)).map(t -> Response.builder(201).text("late " + request.url().path()).build()));
        try (AsyncClient c = AsyncClient.builder().transport(mock).build()) {
            java.util.List<String> texts = reactor.core.publisher.Flux.range(0, 5)
                    .flatMap(i -> c.get("http://test/" + i)).map(Response::text).collectSortedList().block();
            assertThat(texts).containsExactly("late /0", "late /1", "late /2", "late /3", "late /4");
            Response r = c.get("http://test/x").block();
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.request().url().toString()).isEqualTo("http://test/x");
            assertThatThrownBy(() -> c.get("http://test/fail").block()).isInstanceOf(ReadTimeout.class);
        }
        try (Client c = Client.builder().transport(MockTransport.reactive(request -> Mono.empty())).build()) {
            assertThatThrownBy(() -> c.get("http://test/")).isInstanceOf(NullPointerException.class)
                    .hasMessage("the MockTransport handler returned null");
        }
    }
}
