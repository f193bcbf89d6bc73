package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpxTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void moduleFunctionsSendOneRequestEach() {
        assertThat(Httpx.get(server.url("/text")).block().text()).isEqualTo("plain text");
        assertThat(Httpx.post(server.url("/echo"), RequestOptions.builder().content("b").build()).block().statusCode())
                .isEqualTo(200);
    }

    @Test
    void streamClosesItsClientAtTheEnd() {
        List<String> lines = Httpx.stream("GET", server.url("/lines"), RequestOptions.NONE, Response::aiterLines)
                .collectList().block();
        assertThat(lines).containsExactly("one", "two", "three", "four");
    }
}
