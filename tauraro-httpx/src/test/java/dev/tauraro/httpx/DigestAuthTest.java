package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestAuthTest {
    static DigestServer server;

    @BeforeAll
    static void start() {
        server = new DigestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void resetCount() {
        server.requests.set(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Response r) {
        return (Map<String, Object>) r.json();
    }

    @ParameterizedTest
    @CsvSource({"MD5,auth", "MD5,none", "MD5-sess,auth", "SHA,auth", "SHA-256,auth", "SHA-256-sess,auth",
            "SHA-512,auth", "SHA-512-SESS,auth", "SHA-256,'auth,auth-int'"})
    void theChallengeIsAnsweredWithTheServersAlgorithmAndQop(String algorithm, String qop) {
        try (Client c = Client.builder().auth(new DigestAuth("user", "pass")).build()) {
            Response r = c.get(server.url("/digest/" + algorithm + "/" + qop + "?q=1"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r)).containsEntry("user", "user");
            assertThat(r.history()).hasSize(1);
            assertThat(r.history().get(0).statusCode()).isEqualTo(401);
            assertThat(server.requests).hasValue(2);
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void laterRequestsReuseTheChallengeAndCountTheNonce() {
        try (Client c = Client.builder().auth(Auth.digest("user", "pass")).build()) {
            assertThat(json(c.get(server.url("/digest/MD5/auth")))).containsEntry("nc", "00000001");
            Response second = c.get(server.url("/digest/MD5/auth"));
            assertThat(json(second)).containsEntry("nc", "00000002");
            assertThat(second.history()).isEmpty();
            assertThat(json(c.get(server.url("/digest/MD5/auth")))).containsEntry("nc", "00000003");
            assertThat(server.requests).hasValue(4);
        }
    }

    @Test
    void aBodyIsSentAgainWithTheCredentials() {
        try (Client c = Client.create()) {
            Response r = c.post(server.url("/digest/SHA-256/auth"),
                    RequestOptions.builder().content("payload").auth(new DigestAuth("user", "pass")).build());
            assertThat(json(r)).containsEntry("method", "POST").containsEntry("body", "payload");
        }
    }

    @Test
    void aWrongPasswordEndsWithTheSecond401() {
        try (Client c = Client.builder().auth(new DigestAuth("user", "wrong")).build()) {
            Response r = c.get(server.url("/digest/MD5/auth"));
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.history()).extracting(Response::statusCode).containsExactly(401);
            assertThat(server.requests).hasValue(2);
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void aResponseWithoutADigestChallengeIsReturnedAsItIs() {
        try (Client c = Client.builder().auth(new DigestAuth("user", "pass")).build()) {
            Response r = c.get(server.url("/basic-only"));
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.history()).isEmpty();
            assertThat(server.requests).hasValue(1);
        }
    }

    @Test
    void aMalformedChallengeIsAProtocolError() {
        try (Client c = Client.builder().auth(new DigestAuth("user", "pass")).build()) {
            assertThatThrownBy(() -> c.get(server.url("/malformed"))).isInstanceOf(ProtocolError.class)
                    .hasMessage("Malformed Digest WWW-Authenticate header");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void theAsyncClientRunsTheSameFlow() {
        try (AsyncClient c = AsyncClient.builder().auth(new DigestAuth("user", "pass")).build()) {
            List<Object> users = reactor.core.publisher.Flux.range(0, 8)
                    .flatMap(i -> c.get(server.url("/digest/MD5/auth")))
                    .map(r -> json(r).get("user")).collectList().block();
            assertThat(users).hasSize(8).containsOnly("user");
        }
    }

    @Test
    void theHeaderHasHttpxsFieldsInHttpxsOrder() {
        Request request = new Request("GET", "http://127.0.0.1/dir/index.html?x=1");
        DigestAuth auth = new DigestAuth("Mufasa", "Circle of Life");
        AuthFlow flow = auth.flow(request);
        assertThat(flow.first().headers().contains("Authorization")).isFalse();
        Response challenge = Response.builder(401).header("WWW-Authenticate",
                "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256, "
                        + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"")
                .build();
        String h = flow.next(challenge).headers().get("Authorization");
        assertThat(h).matches("Digest username=\"Mufasa\", realm=\"http-auth@example.org\", "
                + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", uri=\"/dir/index.html\\?x=1\", "
                + "response=\"[0-9a-f]{64}\", algorithm=SHA-256, opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\", "
                + "qop=auth, nc=00000001, cnonce=\"[0-9a-f]{16}\"");
        assertThat(flow.next(Response.builder(401).build())).isNull();
        // The challenge is kept: a new flow starts with credentials and the next count.
        assertThat(auth.flow(request).first().headers().get("Authorization")).contains("nc=00000002");
    }

    @Test
    void anUnexpectedQopIsAProtocolErrorAndAuthIntAloneIsUnsupported() {
        Request request = new Request("GET", "http://127.0.0.1/");
        AuthFlow flow = new DigestAuth("u", "p").flow(request);
        flow.first();
        assertThatThrownBy(() -> flow.next(Response.builder(401)
                .header("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", qop=\"other\"").build()))
                .isInstanceOf(ProtocolError.class).hasMessage("Unexpected qop value \"b'other'\" in digest auth");
        AuthFlow intOnly = new DigestAuth("u", "p").flow(request);
        intOnly.first();
        assertThatThrownBy(() -> intOnly.next(Response.builder(401)
                .header("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"").build()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Digest auth-int support is not yet implemented");
    }

    @Test
    void httpListsSplitAtCommasOutsideQuotes() {
        assertThat(DigestAuth.splitHttpList("a=\"x, y\", b=1 ,c=\"q\\\"z\""))
                .containsExactly("a=\"x, y\"", "b=1", "c=\"q\"z\"");
    }
}
