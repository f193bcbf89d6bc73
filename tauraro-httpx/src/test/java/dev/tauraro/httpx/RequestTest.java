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

    @Test
    void aClientsReusedHeadersNeverCarryOneRequestsOwnHeadersIntoTheNext() {
        try (Client c = Client.builder().headers(Map.of("X-A", "1")).build()) {
            Request plain = c.buildRequest("GET", "http://h:81/x", RequestOptions.NONE);
            Request own = c.buildRequest("GET", "http://h:81/x", RequestOptions.builder()
                    .header("X-Own", "2").header("Host", "other").cookies(Map.of("k", "v")).build());
            Request again = c.buildRequest("GET", "http://h:81/x", RequestOptions.NONE);
            Request elsewhere = c.buildRequest("GET", "http://g/y", RequestOptions.NONE);
            Request back = c.buildRequest("GET", "http://h:81/z", RequestOptions.NONE);
            assertThat(own.headers().raw()).containsExactly(Map.entry("Accept", "*/*"),
                    Map.entry("Accept-Encoding", AsyncClient.defaultHeaders().get("accept-encoding")),
                    Map.entry("Connection", "keep-alive"), Map.entry("User-Agent", "tauraro-httpx/0.1.0"),
                    Map.entry("X-A", "1"), Map.entry("X-Own", "2"), Map.entry("Host", "other"),
                    Map.entry("Cookie", "k=v"));
            for (Request r : new Request[] {plain, again, back}) {
                assertThat(r.headers().raw()).containsExactly(Map.entry("Host", "h:81"), Map.entry("Accept", "*/*"),
                        Map.entry("Accept-Encoding", AsyncClient.defaultHeaders().get("accept-encoding")),
                        Map.entry("Connection", "keep-alive"), Map.entry("User-Agent", "tauraro-httpx/0.1.0"),
                        Map.entry("X-A", "1"));
            }
            assertThat(elsewhere.headers().get("host")).isEqualTo("g");
            assertThat(elsewhere.headers().keys()).containsExactly("host", "accept", "accept-encoding", "connection",
                    "user-agent", "x-a");
            // The client's own headers stay as they were.
            assertThat(c.headers().contains("Host")).isFalse();
            assertThat(c.headers().contains("X-Own")).isFalse();
        }
    }

    @Test
    void aClientParsesEachUrlStringAfreshWhenItDiffersFromTheLast() {
        try (Client c = Client.builder().baseUrl("http://h/api/").build()) {
            assertThat(c.buildRequest("GET", "a?x=1", RequestOptions.NONE).url().toString()).isEqualTo("http://h/api/a?x=1");
            assertThat(c.buildRequest("GET", "a?x=1", RequestOptions.NONE).url().toString()).isEqualTo("http://h/api/a?x=1");
            assertThat(c.buildRequest("GET", "b", RequestOptions.NONE).url().toString()).isEqualTo("http://h/api/b");
            assertThat(c.buildRequest("GET", "http://o:8080/c", RequestOptions.NONE).headers().get("host"))
                    .isEqualTo("o:8080");
            // Params still replace the query of a URL seen before; the next request has the URL's own.
            assertThat(c.buildRequest("GET", "a?x=1", RequestOptions.builder().params(Map.of("y", "2")).build())
                    .url().toString()).isEqualTo("http://h/api/a?y=2");
            assertThat(c.buildRequest("GET", "a?x=1", RequestOptions.NONE).url().toString()).isEqualTo("http://h/api/a?x=1");
            // A malformed URL fails every time, not only the first.
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> c.buildRequest("GET", "http://h:x/", RequestOptions.NONE))
                        .isInstanceOf(InvalidURL.class).hasMessage("Invalid port: 'x'");
            }
        }
    }

    @Test
    void aRequestOutsideAClientEncodesItsBodyAndCookiesAsAClientWould() {
        Request form = Request.of("post", "http://a/f?old=1", RequestOptions.builder()
                .params(Map.of("q", "x y")).data(Map.of("tags", java.util.List.of("a", "b")))
                .cookies(nineCookies()).build());
        assertThat(form.url().toString()).isEqualTo("http://a/f?q=x+y");
        assertThat(new String(form.content(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("tags=a&tags=b");
        assertThat(form.headers().get("content-type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form.headers().get("content-length")).isEqualTo("13");
        assertThat(form.headers().get("cookie")).isEqualTo("c0=v0; c1=v1; c2=v2; c3=v3; c4=v4; c5=v5; c6=v6; c7=v7; c8=v8");

        Request upload = Request.of("POST", "http://a/u", RequestOptions.builder()
                .files(Map.of("file", new FileUpload("r.txt", new byte[] {'h', 'i'}, "text/plain"))).build());
        String type = upload.headers().get("content-type");
        assertThat(type).startsWith("multipart/form-data; boundary=");
        String boundary = type.substring(type.indexOf('=') + 1);
        assertThat(new String(upload.content(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\nContent-Type: text/plain"
                + "\r\n\r\nhi\r\n--" + boundary + "--\r\n");

        Request own = Request.of("POST", "http://a/o", RequestOptions.builder().json(Map.of("a", 1))
                .header("Content-Type", "text/x-mine").build());
        assertThat(own.headers().get("content-type")).isEqualTo("text/x-mine");
        assertThat(own.content()).isEqualTo("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Nine cookies in insertion order: more than an unordered map would keep in order by chance. */
    private static Map<String, String> nineCookies() {
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            cookies.put("c" + i, "v" + i);
        }
        return cookies;
    }
}
