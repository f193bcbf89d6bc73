package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
