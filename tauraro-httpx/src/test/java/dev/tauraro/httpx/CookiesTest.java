package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CookiesTest {
    private static Response setting(String... setCookies) {
        Response.Builder b = Response.builder(200);
        for (String s : setCookies) {
            b.header("Set-Cookie", s);
        }
        return b.build();
    }

    @Test
    void hostOnlyCookiesGoBackOnlyToTheirHost() {
        Cookies jar = new Cookies();
        jar.extract(setting("a=1; Path=/"), new URL("http://x.test/login"));
        assertThat(jar.headerFor(new URL("http://x.test/any"))).isEqualTo("a=1");
        assertThat(jar.headerFor(new URL("http://sub.x.test/any"))).isNull();
        assertThat(jar.headerFor(new URL("http://other.test/"))).isNull();
    }

    @Test
    void domainCookiesReachSubdomainsAndPathsMustMatch() {
        Cookies jar = new Cookies();
        jar.extract(setting("d=1; Domain=.x.test; Path=/api"), new URL("http://www.x.test/api/login"));
        assertThat(jar.headerFor(new URL("http://x.test/api/v1"))).isEqualTo("d=1");
        assertThat(jar.headerFor(new URL("http://x.test/apix"))).isNull();
        jar.extract(setting("evil=1; Domain=other.test"), new URL("http://www.x.test/"));
        assertThat(jar.get("evil")).isNull();
    }

    @Test
    void maxAgeZeroDeletes() {
        Cookies jar = new Cookies();
        URL u = new URL("http://x.test/");
        jar.extract(setting("a=1"), u);
        jar.extract(setting("a=gone; Max-Age=0"), u);
        assertThat(jar.size()).isZero();
    }

    @Test
    void cookiesSetByHandGoEverywhere() {
        Cookies jar = new Cookies();
        jar.set("k", "v");
        assertThat(jar.headerFor(new URL("http://any.test/p"))).isEqualTo("k=v");
        assertThat(jar.asMap()).containsEntry("k", "v");
    }
}
