package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseTest {
    @Test
    void aBuiltResponseIsReadAtOnce() {
        Response r = Response.builder(200).json(Map.of("a", List.of(1, 2))).build();
        assertThat(r.content()).isEqualTo("{\"a\":[1,2]}".getBytes());
        assertThat(r.headers().get("content-type")).isEqualTo("application/json");
        assertThat(r.headers().get("content-length")).isEqualTo("11");
        assertThat(r.json()).isEqualTo(Map.of("a", List.of(1, 2)));
        assertThat(r.encoding()).isEqualTo("utf-8");
        assertThat(Response.builder(201).text("hé").build().text()).isEqualTo("hé");
    }

    @Test
    void predicatesFollowTheStatusClass() {
        assertThat(Response.builder(101).build().isInformational()).isTrue();
        assertThat(Response.builder(204).build().isSuccess()).isTrue();
        assertThat(Response.builder(302).build().isRedirect()).isFalse();
        assertThat(Response.builder(302).header("Location", "/x").build().isRedirect()).isTrue();
        assertThat(Response.builder(418).build().isClientError()).isTrue();
        assertThat(Response.builder(503).build().isServerError()).isTrue();
        assertThat(Response.builder(503).build().isError()).isTrue();
        assertThat(Response.builder(404).build().toString()).isEqualTo("<Response [404 Not Found]>");
    }

    @Test
    void raiseForStatusNamesTheRedirectLocation() {
        Response r = Response.builder(301).header("Location", "/y").request(new Request("GET", "http://a/x")).build();
        assertThatThrownBy(r::raiseForStatus).isInstanceOf(HTTPStatusError.class)
                .hasMessage("Redirect response '301 Moved Permanently' for url 'http://a/x'\nRedirect location: '/y'\n"
                        + "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/301");
        assertThatThrownBy(Response.builder(500).build()::raiseForStatus).isInstanceOf(IllegalStateException.class)
                .hasMessage("The request instance has not been set on this response.");
    }

    @Test
    void gzipContentIsDecodedAndTheRawBodyKept() {
        byte[] gz = TestServer.gzip("zipped");
        Response r = Response.builder(200).header("Content-Encoding", "gzip").content(gz).build();
        assertThat(r.text()).isEqualTo("zipped");
        assertThat(r.iterRaw()).containsExactly(gz);
    }

    @Test
    void corruptGzipIsADecodingError() {
        assertThatThrownBy(() -> Response.builder(200).header("Content-Encoding", "gzip").content("not gzip at all, definitely not".getBytes()).build())
                .isInstanceOf(DecodingError.class);
    }

    @Test
    void invalidJsonThrows() {
        assertThatThrownBy(() -> Response.builder(200).text("{nope").build().json()).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void linesSplitOnEveryTerminator() {
        Response r = Response.builder(200).text("a\nb\r\nc\rd").build();
        assertThat(r.iterLines()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void cookiesAreReadFromSetCookie() {
        Response r = Response.builder(200).header("Set-Cookie", "a=1; Path=/").header("Set-Cookie", "b=2").build();
        assertThat(r.cookies()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }
}
