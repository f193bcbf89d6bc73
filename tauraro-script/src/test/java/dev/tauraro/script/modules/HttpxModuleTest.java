package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.runtime.PyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The httpx script module (lib/httpx.py over {@link HttpxModule}) without a network: MockTransport. */
@Timeout(60)
class HttpxModuleTest {
    private static final String MOCK_SCRIPT = ""
            + "import httpx\n"
            + "\n"
            + "def handler(request):\n"
            + "    if request.url.path == \"/boom\":\n"
            + "        raise httpx.ReadTimeout(\"simulated\", request=request)\n"
            + "    if request.url.path == \"/old\":\n"
            + "        return httpx.Response(301, headers={\"Location\": \"/new\"})\n"
            + "    return httpx.Response(200, json={\"path\": request.url.path, \"method\": request.method,\n"
            + "                                     \"body\": request.content.decode()})\n"
            + "\n"
            + "with httpx.Client(transport=httpx.MockTransport(handler), base_url=\"http://test\") as client:\n"
            + "    r = client.post(\"/items\", content=b\"hi\")\n"
            + "    print(r.status_code, r.json(), r.request.method, r.url)\n"
            + "    r = client.get(\"/old\", follow_redirects=True)\n"
            + "    print(r.json()[\"path\"], [h.status_code for h in r.history])\n"
            + "    try:\n"
            + "        client.get(\"/boom\")\n"
            + "    except httpx.TimeoutException as e:\n"
            + "        print(type(e).__name__, e, isinstance(e, httpx.TransportError), e.request.url)\n";

    @Test
    void aMockTransportAnswersRequestsWithRedirectsAndTypedErrors() {
        // CPython 3.11 with Debian's httpx prints exactly this for MOCK_SCRIPT.
        assertThat(StdlibScripts.runCode("t.py", MOCK_SCRIPT)).isEqualTo(
                "200 {'path': '/items', 'method': 'POST', 'body': 'hi'} POST http://test/items\n"
                + "/new [301]\n"
                + "ReadTimeout simulated True http://test/boom\n");
    }

    @Test
    void configurationValuesHaveHttpxsReprs() {
        assertThat(StdlibScripts.runCode("t.py", "import httpx\n"
                + "print(httpx.Timeout(10.0), httpx.Timeout(5.0, connect=1.0))\n"
                + "print(httpx.Limits(max_connections=100, max_keepalive_connections=20))\n"
                + "print(httpx.Headers({'A': '1'}), httpx.URL('http://Example.com:80/a b'))\n"))
                .isEqualTo("Timeout(timeout=10.0) Timeout(connect=1.0, read=5.0, write=5.0, pool=5.0)\n"
                        + "Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)\n"
                        + "Headers({'a': '1'}) http://example.com/a%20b\n");
    }

    @Test
    void anInvalidUrlIsHttpxsInvalidUrl() {
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.URL('http://a:xx/')\n"))
                .isInstanceOf(PyException.class).hasMessage("InvalidURL: Invalid port: 'xx'");
    }

    @Test
    void unsupportedOptionsFailLoudly() {
        // socket options beyond those tauraro maps to Java's (see HttpxModule.socketOption)
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.HTTPTransport(socket_options=[(1, 13, 1)])\n"))
                .isInstanceOf(PyException.class)
                .hasMessage("NotImplementedError: socket option (1, 13) is not supported by tauraro's httpx");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.HTTPTransport(socket_options=[(1, 9)])\n"))
                .isInstanceOf(PyException.class)
                .hasMessage("ValueError: socket_options: expected (level, option, value) tuples, got (1, 9)");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.Client(transport=object())\n"))
                .isInstanceOf(PyException.class).hasMessageStartingWith("NotImplementedError: only httpx.MockTransport");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.Client(proxy='socks4://127.0.0.1:1')\n"))
                .isInstanceOf(PyException.class).hasMessageContaining("Unknown scheme for proxy URL");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.Client(proxy='ftp://127.0.0.1:1')\n"))
                .isInstanceOf(PyException.class).hasMessageContaining("Unknown scheme for proxy URL");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.Proxy('http://127.0.0.1:1', headers={'a': 'b'})\n"))
                .isInstanceOf(PyException.class).hasMessageStartingWith("NotImplementedError: Proxy(headers=)");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx, ssl\n"
                + "p = httpx.Proxy('https://127.0.0.1:1', ssl_context=ssl.create_default_context())\n"
                + "httpx.Client(proxy=p, verify=False)\n"))
                .isInstanceOf(PyException.class).hasMessageStartingWith("NotImplementedError: Proxy(ssl_context=)");
    }

    @Test
    void aMockHandlerGivingNoResponseIsATypeError() {
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx, asyncio\n"
                + "async def h(request):\n    return {}\n"
                + "async def main():\n"
                + "    async with httpx.AsyncClient(transport=httpx.MockTransport(h)) as c:\n"
                + "        await c.get('http://test/')\n"
                + "asyncio.run(main())\n"))
                .isInstanceOf(PyException.class).hasMessage("TypeError: MockTransport handler must return an httpx.Response, not dict");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\n"
                + "async def h(request):\n    return httpx.Response(200)\n"
                + "httpx.Client(transport=httpx.MockTransport(h)).get('http://test/')\n"))
                .isInstanceOf(PyException.class).hasMessage("TypeError: MockTransport: an async handler needs httpx.AsyncClient");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\n"
                + "httpx.Client(transport=httpx.MockTransport(lambda r: 3)).get('http://test/')\n"))
                .isInstanceOf(PyException.class).hasMessage("TypeError: MockTransport handler must return an httpx.Response, not int");
        assertThatThrownBy(() -> StdlibScripts.runCode("t.py", "import httpx\nhttpx.Client(cert='/no/such.pem')\n"))
                .isInstanceOf(PyException.class).hasMessage("FileNotFoundError: [Errno 2] No such file or directory");
    }
}
