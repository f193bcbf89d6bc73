package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthFlowTest {
    static DigestServer server;
    static TestServer echo;

    @BeforeAll
    static void start() {
        server = new DigestServer();
        echo = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
        echo.close();
    }

    /** Sends a stale token, reads the 401's body for a fresh one, and sends that. */
    static Auth refreshing(List<String> seen) {
        return Auth.ofFlow(request -> new AuthFlow() {
            private boolean retried;

            @Override
            public Request first() {
                return request.withHeader("Authorization", "Bearer stale");
            }

            @Override
            public Request next(Response response) {
                seen.add(response.statusCode() + " " + (response.isRead() ? response.text() : "unread"));
                if (response.statusCode() != 401 || retried) {
                    return null;
                }
                retried = true;
                return request.withHeader("Authorization", "Bearer " + response.text());
            }

            @Override
            public boolean requiresResponseBody() {
                return true;
            }
        });
    }

    @Test
    void aFlowSeesEachResponseAndSendsItsNextRequest() {
        List<String> seen = new ArrayList<>();
        try (Client c = Client.builder().auth(refreshing(seen)).build()) {
            Response r = c.get(server.url("/token"));
            assertThat(r.text()).isEqualTo("welcome");
            assertThat(r.history()).extracting(Response::statusCode).containsExactly(401);
            assertThat(seen).containsExactly("401 fresh", "200 welcome");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void aFlowThatThrowsFailsTheRequestAndReleasesTheConnection() {
        Auth failing = Auth.ofFlow(request -> new AuthFlow() {
            @Override
            public Request first() {
                return request;
            }

            @Override
            public Request next(Response response) {
                throw new IllegalStateException("no token for " + response.statusCode());
            }
        });
        try (Client c = Client.builder().auth(failing).build()) {
            assertThatThrownBy(() -> c.get(server.url("/token"))).hasMessage("no token for 401");
            PoolAssert.noneActive(c::poolStats);
        }
    }

    @Test
    void historyHoldsEarlierStepsAndThisStepsRedirectsAsHttpx() {
        Auth twice = Auth.ofFlow(request -> new AuthFlow() {
            private int sent;

            @Override
            public Request first() {
                sent++;
                return request;
            }

            @Override
            public Request next(Response response) {
                return sent++ < 2 ? request : null;
            }
        });
        try (Client c = Client.builder().auth(twice).followRedirects(true).build()) {
            Response r = c.get(echo.url("/redirect/1"));
            assertThat(r.history()).extracting(Response::statusCode).containsExactly(200, 302);
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @SuppressWarnings("unchecked")
    private static String authorization(Response r) {
        return ((Map<String, Map<String, String>>) r.json()).get("headers").get("authorization");
    }

    @Test
    void authIsAppliedWhenSentNotWhenBuilt() {
        try (Client c = Client.builder().auth(Auth.bearer("client")).build()) {
            Request built = c.buildRequest("GET", echo.url("/echo"), RequestOptions.NONE);
            assertThat(built.headers().contains("Authorization")).isFalse();
            assertThat(authorization(c.send(built))).isEqualTo("Bearer client");
            assertThat(authorization(c.get(echo.url("/echo"), RequestOptions.builder().auth(Auth.bearer("mine")).build())))
                    .isEqualTo("Bearer mine");
            assertThat(authorization(c.get(echo.url("/echo"), RequestOptions.builder().auth(null).build()))).isNull();
            String withUser = echo.url("/echo").replace("://", "://u:p@");
            assertThat(authorization(c.get(withUser, RequestOptions.builder().auth(null).build())))
                    .isEqualTo("Basic dTpw");
        }
    }
}
