package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Interop with an independent server: aiohttp (Debian's python3-aiohttp, which {@code .ci/run}
 * installs) on 127.0.0.1 and a free port, started with {@code /usr/bin/python3 -c}; it prints its
 * port and runs until its standard input closes.
 */
class AiohttpInteropTest {
    private static final String SERVER = String.join("\n",
            "import asyncio, sys",
            "from aiohttp import web",
            "async def json_(request):",
            "    return web.json_response({'a': 1, 'b': [1, 2]})",
            "async def echo(request):",
            "    body = await request.read()",
            "    h = request.headers",
            "    return web.json_response({'method': request.method, 'path': request.path, 'query': request.rel_url.raw_query_string,",
            "        'body': body.decode(), 'content-type': h.get('Content-Type'), 'cookie': h.get('Cookie'),",
            "        'transfer-encoding': h.get('Transfer-Encoding')})",
            "async def lines(request):",
            "    resp = web.StreamResponse()",
            "    resp.enable_chunked_encoding()",
            "    await resp.prepare(request)",
            "    for i in range(100):",
            "        await resp.write(f'line {i}\\n'.encode())",
            "    await resp.write_eof()",
            "    return resp",
            "async def big(request):",
            "    resp = web.StreamResponse()",
            "    resp.content_length = 10 * 1024 * 1024",
            "    await resp.prepare(request)",
            "    chunk = b'x' * 65536",
            "    for i in range(160):",
            "        await resp.write(chunk)",
            "    await resp.write_eof()",
            "    return resp",
            "async def gzip_(request):",
            "    resp = web.Response(text='compressed ' * 100)",
            "    resp.enable_compression(web.ContentCoding.gzip)",
            "    return resp",
            "async def br(request):",
            "    try:",
            "        import brotli",
            "    except ImportError:",
            "        return web.Response(status=501, text='python3-brotli is not installed')",
            "    return web.Response(body=brotli.compress(('brotli ' * 100).encode()),",
            "        headers={'Content-Encoding': 'br', 'Content-Type': 'text/plain; charset=utf-8'})",
            "async def zstd(request):",
            "    try:",
            "        import zstandard",
            "    except ImportError:",
            "        return web.Response(status=501, text='python3-zstandard is not installed')",
            "    return web.Response(body=zstandard.ZstdCompressor().compress(('zstd ' * 100).encode()),",
            "        headers={'Content-Encoding': 'zstd', 'Content-Type': 'text/plain; charset=utf-8'})",
            "async def redirect(request):",
            "    raise web.HTTPFound('/json')",
            "async def cookie(request):",
            "    resp = web.Response(text='set')",
            "    resp.set_cookie('session', 'xyz')",
            "    return resp",
            "async def status(request):",
            "    return web.Response(status=int(request.match_info['code']), text='status')",
            "async def main():",
            "    app = web.Application()",
            "    app.add_routes([web.get('/json', json_), web.route('*', '/echo', echo), web.get('/lines', lines),",
            "        web.get('/big', big), web.get('/gzip', gzip_), web.get('/br', br), web.get('/zstd', zstd), web.get('/redirect', redirect),",
            "        web.get('/cookie', cookie), web.get('/status/{code}', status)])",
            "    runner = web.AppRunner(app)",
            "    await runner.setup()",
            "    site = web.TCPSite(runner, '127.0.0.1', 0)",
            "    await site.start()",
            "    print(site._server.sockets[0].getsockname()[1], flush=True)",
            "    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)",
            "    await runner.cleanup()",
            "asyncio.run(main())");

    static Process python;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        python = new ProcessBuilder("/usr/bin/python3", "-c", SERVER).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String port = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8)).readLine();
        Assumptions.assumeTrue(port != null, "aiohttp is not installed (python3-aiohttp)");
        base = "http://127.0.0.1:" + port.strip();
    }

    @AfterAll
    static void stop() throws Exception {
        if (python != null) {
            python.getOutputStream().close();
            if (!python.waitFor(10, TimeUnit.SECONDS)) {
                python.destroy();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Response r) {
        return (Map<String, Object>) r.json();
    }

    @Test
    void jsonBodiesAndHeadersArriveIntact() {
        try (Client c = Client.create()) {
            Response r = c.get(base + "/json");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().get("content-type")).isEqualTo("application/json; charset=utf-8");
            assertThat(r.json()).isEqualTo(Map.of("a", 1, "b", List.of(1, 2)));
            assertThat(r.httpVersion()).isEqualTo("HTTP/1.1");
        }
    }

    @Test
    void requestBodiesOfEveryKindReachTheServer() {
        try (Client c = Client.create()) {
            Map<String, Object> e = json(c.post(base + "/echo?q=a+b", RequestOptions.builder().json(Map.of("k", "v")).build()));
            assertThat(e).containsEntry("method", "POST").containsEntry("query", "q=a+b")
                    .containsEntry("body", "{\"k\":\"v\"}").containsEntry("content-type", "application/json");
            e = json(c.put(base + "/echo", RequestOptions.builder().data(Map.of("a", List.of("1", "2"))).build()));
            assertThat(e).containsEntry("body", "a=1&a=2").containsEntry("content-type", "application/x-www-form-urlencoded");
            e = json(c.post(base + "/echo", RequestOptions.builder()
                    .content(Flux.just("chunk one, ", "chunk two").map(s -> s.getBytes(StandardCharsets.UTF_8))).build()));
            assertThat(e).containsEntry("body", "chunk one, chunk two").containsEntry("transfer-encoding", "chunked");
        }
    }

    @Test
    void aChunkedResponseStreamsLineByLine() {
        try (Client c = Client.create(); Response r = c.stream("GET", base + "/lines", RequestOptions.NONE)) {
            List<String> lines = new java.util.ArrayList<>();
            r.iterLines().forEach(lines::add);
            assertThat(lines).hasSize(100).startsWith("line 0", "line 1").endsWith("line 99");
        }
    }

    @Test
    void aTenMebibyteBodyIsReadWhole() {
        try (Client c = Client.create(); Response r = c.stream("GET", base + "/big", RequestOptions.NONE)) {
            long total = 0;
            for (byte[] b : r.iterBytes()) {
                total += b.length;
            }
            assertThat(total).isEqualTo(10L << 20);
        }
    }

    @Test
    void brotliFromPythonsBrotliIsDecoded() {
        try (Client c = Client.create()) {
            Response r = c.get(base + "/br");
            Assumptions.assumeTrue(r.statusCode() != 501, r.text());
            assertThat(r.headers().get("content-encoding")).isEqualTo("br");
            assertThat(r.text()).isEqualTo("brotli ".repeat(100));
        }
    }

    @Test
    void zstdFromPythonsZstandardIsDecoded() {
        try (Client c = Client.create()) {
            Response r = c.get(base + "/zstd");
            Assumptions.assumeTrue(r.statusCode() != 501, r.text());
            assertThat(r.headers().get("content-encoding")).isEqualTo("zstd");
            assertThat(r.text()).isEqualTo("zstd ".repeat(100));
        }
    }

    @Test
    void gzipRedirectsAndCookiesWorkAsWithAnyServer() {
        try (Client c = Client.builder().followRedirects(true).build()) {
            Response g = c.get(base + "/gzip");
            assertThat(g.headers().get("content-encoding")).isEqualTo("gzip");
            assertThat(g.text()).isEqualTo("compressed ".repeat(100));
            Response r = c.get(base + "/redirect");
            assertThat(r.history()).extracting(Response::statusCode).containsExactly(302);
            assertThat(r.url().toString()).isEqualTo(base + "/json");
            c.get(base + "/cookie");
            assertThat(c.cookies().get("session")).isEqualTo("xyz");
            assertThat(json(c.get(base + "/echo"))).containsEntry("cookie", "session=xyz");
            Response s = c.get(base + "/status/418");
            assertThat(s.statusCode()).isEqualTo(418);
            assertThat(s.text()).isEqualTo("status");
        }
    }

    @Test
    void concurrentRequestsShareKeptAliveConnections() {
        try (AsyncClient c = AsyncClient.builder().limits(new Limits(8, 8, null)).build()) {
            List<Integer> codes = Flux.range(0, 200).flatMap(i -> c.get(base + "/json"), 64)
                    .map(Response::statusCode).collectList().block();
            assertThat(codes).hasSize(200).containsOnly(200);
            PoolAssert.noneActive(c::poolStats);
            assertThat(c.poolStats().idle()).isBetween(1, 8);
        }
    }
}
