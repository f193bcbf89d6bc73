package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class RequestTest {
    @Test
    void aRequestCarriesHostAndContentLengthAsHttpx() {
        Request r = new Request("post", "http://a:8080/x").withContent("hello");
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.headers().get("host")).isEqualTo("a:8080");
        assertThat(r.headers().get("content-length")).isEqualTo("5");
        assertThat(r.toString()).isEqualTo("<Request('POST', 'http://a:8080/x')>");
    }

    @Test
    void aStreamedBodyCannotBeReadAsBytes() {
        Request r = new Request("POST", "http://a/").withStream(Flux.just(new byte[] {1}));
        assertThat(r.headers().get("transfer-encoding")).isEqualTo("chunked");
        assertThatThrownBy(r::content).isInstanceOf(RequestNotRead.class)
                .hasMessage("Attempted to access streaming request content, without having called `read()`.");
    }

    @Test
    void clientsBuildRequestsFromTheirDefaults() {
        try (Client c = Client.builder().baseUrl("http://h/api").headers(Map.of("X-A", "1")).build()) {
            Request r = c.buildRequest("GET", "users", RequestOptions.builder().params(Map.of("q", "a b")).build());
            assertThat(r.url().toString()).isEqualTo("http://h/api/users?q=a+b");
            assertThat(r.headers().get("x-a")).isEqualTo("1");
            assertThat(r.headers().get("accept")).isEqualTo("*/*");
        }
    }
}
