package dev.tauraro.httpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** An in-process HTTP server on 127.0.0.1 and a free port, with the routes the tests use. */
final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DisposableServer server;
    private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicInteger> calls =
            new java.util.concurrent.ConcurrentHashMap<>();

    TestServer() {
        server = HttpServer.create().host("127.0.0.1").port(0)
                .route(r -> r
                        .get("/json", (req, res) -> res.header("Content-Type", "application/json")
                                .sendString(Mono.just("{\"a\":1,\"b\":[1,2]}")))
                        .route(q -> q.uri().startsWith("/echo"), (req, res) -> req.receive().aggregate().asByteArray()
                                .defaultIfEmpty(new byte[0]).flatMap(body -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("method", req.method().name());
                                    m.put("uri", req.uri());
                                    Map<String, String> h = new LinkedHashMap<>();
                                    req.requestHeaders().forEach(e -> h.merge(e.getKey().toLowerCase(), e.getValue(), (a, b) -> a + ", " + b));
                                    m.put("headers", h);
                                    m.put("body", new String(body, StandardCharsets.UTF_8));
                                    return res.header("Content-Type", "application/json").sendString(Mono.just(json(m))).then();
                                }))
                        .get("/redirect/{n}", (req, res) -> {
                            int n = Integer.parseInt(req.param("n"));
                            return n == 0 ? res.sendString(Mono.just("done"))
                                    : res.status(302).header("Location", "/redirect/" + (n - 1)).send();
                        })
                        .route(q -> q.uri().startsWith("/see-other"), (req, res) -> res.status(303).header("Location", "/echo").send())
                        .get("/absolute-redirect", (req, res) -> res.status(301)
                                .header("Location", "http://127.0.0.1:" + server().port() + "/json").send())
                        .get("/loop", (req, res) -> res.status(302).header("Location", "/loop").send())
                        .get("/set-cookie", (req, res) -> res.header("Set-Cookie", "session=abc; Path=/").sendString(Mono.just("ok")))
                        .get("/status/{code}", (req, res) -> res.status(Integer.parseInt(req.param("code")))
                                .sendString(Mono.just("status " + req.param("code"))))
                        .get("/gzip", (req, res) -> res.header("Content-Encoding", "gzip")
                                .header("Content-Type", "text/plain; charset=utf-8")
                                .sendByteArray(Mono.just(gzip("hello gzip é"))))
                        .get("/br", (req, res) -> res.header("Content-Encoding", "br")
                                .header("Content-Type", "text/plain; charset=utf-8")
                                .sendByteArray(Mono.just(brotli("hello brotli é ".repeat(50)))))
                        // In 7-byte pieces, so the decoder sees frames split anywhere
                        .get("/zstd", (req, res) -> res.header("Content-Encoding", "zstd")
                                .sendByteArray(Flux.fromIterable(pieces(zstd("hello zstd é ".repeat(50)), 7))))
                        .get("/latin1", (req, res) -> res.header("Content-Type", "text/plain; charset=latin-1")
                                .sendByteArray(Mono.just(new byte[] {'c', 'a', 'f', (byte) 0xe9})))
                        .get("/lines", (req, res) -> res.sendString(Flux.just("one\ntw", "o\r", "\nthree\n", "four")))
                        .route(q -> q.uri().startsWith("/slow"), (req, res) -> res.sendString(
                                Mono.delay(Duration.ofSeconds(3)).thenReturn("late")))
                        .get("/drip", (req, res) -> res.sendString(Flux.just("a", "b").concatWith(
                                Mono.delay(Duration.ofSeconds(3)).thenReturn("c"))))
                        .get("/big", (req, res) -> res.sendString(Flux.range(0, 1000).map(i -> "line " + i + "\n")))
                        // /flaky/KEY/N: the first N calls with this KEY answer 503 (Retry-After: 0), then 200
                        .get("/flaky/{key}/{n}", (req, res) -> {
                            int call = calls.computeIfAbsent(req.param("key"), k -> new java.util.concurrent.atomic.AtomicInteger())
                                    .incrementAndGet();
                            return call <= Integer.parseInt(req.param("n"))
                                    ? res.status(503).header("Retry-After", "0").sendString(Mono.just("busy"))
                                    : res.sendString(Mono.just("ok after " + call));
                        })
                        .get("/text", (req, res) -> res.sendString(Mono.just("plain text"))))
                .bindNow();
    }

    private DisposableServer server() {
        return server;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    int port() {
        return server.port();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encoded by the reference brotli library (google/brotli's C encoder, through brotli4j). */
    static byte[] brotli(String s) {
        try {
            com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
            return com.aayushatharva.brotli4j.encoder.Encoder.compress(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zstd(String s) {
        return com.github.luben.zstd.Zstd.compress(s.getBytes(StandardCharsets.UTF_8));
    }

    static java.util.List<byte[]> pieces(byte[] all, int size) {
        java.util.List<byte[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.length; i += size) {
            out.add(java.util.Arrays.copyOfRange(all, i, Math.min(all.length, i + size)));
        }
        return out;
    }

    static byte[] gzip(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
