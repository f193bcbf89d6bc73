package dev.tauraro.script.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The HTTP server the {@code conformance/net} scripts talk to: Reactor Netty on 127.0.0.1 and a
 * free port, and the same routes over TLS. A script gets its base URL as {@code sys.argv[1]}, a URL
 * on a port where nothing listens as {@code sys.argv[2]}, the TLS server's URL as
 * {@code sys.argv[3]}, the PEM file of its self-signed certificate as {@code sys.argv[4]} and the URL
 * of an HTTP proxy as {@code sys.argv[5]}.
 *
 * <p>{@link #main} runs it standalone so the expected outputs can be regenerated with CPython:
 * see {@code conformance/net/README.md}.
 */
final class HttpFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DisposableServer server;
    private final DisposableServer tls;
    private final Path caFile;
    private final FixtureProxy proxy = new FixtureProxy();
    private final String refusedUrl;

    HttpFixture() {
        java.util.function.Consumer<reactor.netty.http.server.HttpServerRoutes> routes = r -> r
                .get("/api/{n}", (req, res) -> {
                    Map<String, Object> item = new LinkedHashMap<>();   // key order is part of the output
                    item.put("id", Integer.parseInt(req.param("n")));
                    item.put("name", "item " + req.param("n"));
                    return json(res, item);
                })
                .get("/page{n}", (req, res) -> res.header("Content-Type", "text/html; charset=utf-8")
                        .sendString(Mono.just("<html><body>page " + req.param("n") + "</body></html>")))
                .route(q -> q.uri().startsWith("/echo"), HttpFixture::echo)
                .get("/status/{code}", (req, res) -> res.status(Integer.parseInt(req.param("code")))
                        .sendString(Mono.just("status " + req.param("code"))))
                .get("/redirect/{n}", (req, res) -> {
                    int n = Integer.parseInt(req.param("n"));
                    return n == 0 ? res.sendString(Mono.just("arrived"))
                            : res.status(302).header("Location", "/redirect/" + (n - 1)).send();
                })
                .get("/loop", (req, res) -> res.status(302).header("Location", "/loop").send())
                .get("/set-cookie", (req, res) -> {
                    QueryStringDecoder q = new QueryStringDecoder(req.uri());
                    q.parameters().forEach((k, v) -> res.addHeader("Set-Cookie", k + "=" + v.get(0) + "; Path=/"));
                    return res.sendString(Mono.just("cookies set"));
                })
                .get("/lines", (req, res) -> res.header("Content-Type", "text/plain; charset=utf-8")
                        .sendString(reactor.core.publisher.Flux.just("alpha\nbe", "ta\r\ngamma\n", "delta")))
                .get("/slow", (req, res) -> res.sendString(Mono.delay(Duration.ofSeconds(3)).thenReturn("late")))
                .get("/bad-json", (req, res) -> res.header("Content-Type", "application/json")
                        .sendString(Mono.just("{nope")))
                .route(q -> q.uri().startsWith("/digest/"), HttpFixture::digest)
                .get("/digest-malformed", (req, res) -> res.status(401)
                        .header("WWW-Authenticate", "Digest realm=\"x\", qop=\"auth\"").send())
                .get("/token", (req, res) -> "Bearer fresh".equals(req.requestHeaders().get("Authorization"))
                        ? res.sendString(Mono.just("welcome"))
                        : res.status(401).sendString(Mono.just("fresh")))
                .get("/gzip", (req, res) -> res.header("Content-Encoding", "gzip")
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .sendByteArray(Mono.just(gzip("compressed hello"))))
                .get("/br", (req, res) -> res.header("Content-Encoding", "br")
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .sendByteArray(Mono.just(brotli("brotli hello"))));
        server = HttpServer.create().host("127.0.0.1").port(0).route(routes).bindNow();
        // The same routes over TLS, with a self-signed certificate for 127.0.0.1 made by keytool.
        try {
            Path dir = Files.createTempDirectory("httpx-fixture");
            Path keyStore = dir.resolve("server.p12");
            caFile = dir.resolve("ca.pem");
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                    "CN=tauraro-test", "-ext", "san=ip:127.0.0.1", "-ext", "bc:c", "-validity", "2", "-keystore",
                    keyStore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit");
            keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass",
                    "changeit", "-file", caFile.toString());
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (java.io.InputStream in = Files.newInputStream(keyStore)) {
                ks.load(in, "changeit".toCharArray());
            }
            PrivateKey key = (PrivateKey) ks.getKey("server", "changeit".toCharArray());
            X509Certificate cert = (X509Certificate) ks.getCertificate("server");
            // HTTP/2 by ALPN beside HTTP/1.1: httpx without h2 (Debian's) offers only http/1.1.
            tls = HttpServer.create().host("127.0.0.1").port(0).protocol(HttpProtocol.HTTP11, HttpProtocol.H2)
                    .secure(spec -> spec.sslContext(Http2SslContextSpec.forServer(key, cert))).route(routes).bindNow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusedUrl = "http://127.0.0.1:" + s.getLocalPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    String refusedUrl() {
        return refusedUrl;
    }

    /** The same routes over https, with a certificate only {@link #caFile()} makes trusted. */
    String tlsUrl() {
        return "https://127.0.0.1:" + tls.port();
    }

    /** An HTTP proxy to the servers (see {@link FixtureProxy}). */
    String proxyUrl() {
        return proxy.url();
    }

    /** The PEM file of the TLS server's (self-signed) certificate. */
    String caFile() {
        return caFile.toString();
    }

    private static void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException("keytool failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static org.reactivestreams.Publisher<Void> json(HttpServerResponse res, Object value) {
        try {
            return res.header("Content-Type", "application/json").sendString(Mono.just(JSON.writeValueAsString(value)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.reactivestreams.Publisher<Void> echo(HttpServerRequest req, HttpServerResponse res) {
        return req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
            QueryStringDecoder q = new QueryStringDecoder(req.uri());
            List<List<String>> query = new ArrayList<>();
            q.parameters().forEach((k, vs) -> vs.forEach(v -> query.add(List.of(k, v))));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", req.method().name());
            m.put("path", q.path());
            m.put("query", query);
            m.put("body", body);
            for (String h : List.of("content-type", "x-test", "cookie", "authorization")) {
                m.put(h, req.requestHeaders().get(h));
            }
            return Mono.from(json(res, m));
        });
    }

    private static final String NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    private static final String OPAQUE = "5ccc069c403ebaf9f0171e9517f40e41";
    private static final String REALM = "tests@127.0.0.1";
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    /**
     * {@code /digest/ALGORITHM/QOP} (QOP {@code auth}, {@code auth,auth-int} or {@code none}):
     * HTTP Digest (RFC 7616) for user {@code user}, password {@code pass}, checked here from the
     * RFC. Without valid credentials: 401 and a challenge; with them: JSON (user, nc, method, body).
     */
    private static org.reactivestreams.Publisher<Void> digest(HttpServerRequest req, HttpServerResponse res) {
        String[] parts = new QueryStringDecoder(req.uri()).path().split("/");
        String algorithm = parts[2];
        String qop = parts[3];
        return req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
            String header = req.requestHeaders().get("Authorization");
            Map<String, String> f = new LinkedHashMap<>();
            if (header != null && header.startsWith("Digest ")) {
                java.util.regex.Matcher m = FIELD.matcher(header.substring(7));
                while (m.find()) {
                    f.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
            if (digestValid(f, req.method().name(), req.uri(), algorithm, qop)) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("user", f.get("username"));
                out.put("nc", f.get("nc"));
                out.put("method", req.method().name());
                out.put("body", body);
                return Mono.from(json(res, out));
            }
            String challenge = "Digest realm=\"" + REALM + "\", nonce=\"" + NONCE + "\", opaque=\"" + OPAQUE
                    + "\", algorithm=" + algorithm + (qop.equals("none") ? "" : ", qop=\"" + qop + "\"");
            return Mono.from(res.status(401).header("WWW-Authenticate", challenge).sendString(Mono.just("unauthorized")));
        });
    }

    private static boolean digestValid(Map<String, String> f, String method, String uri, String algorithm, String qop) {
        if (!"user".equals(f.get("username")) || !REALM.equals(f.get("realm")) || !NONCE.equals(f.get("nonce"))
                || !uri.equals(f.get("uri")) || !OPAQUE.equals(f.get("opaque"))) {
            return false;
        }
        String upper = algorithm.toUpperCase(java.util.Locale.ROOT);
        String hash = switch (upper.replace("-SESS", "")) {
            case "MD5" -> "MD5";
            case "SHA" -> "SHA-1";
            case "SHA-256" -> "SHA-256";
            default -> "SHA-512";
        };
        String ha1 = hex(hash, "user:" + REALM + ":pass");
        if (upper.endsWith("-SESS")) {
            ha1 = hex(hash, ha1 + ":" + NONCE + ":" + f.get("cnonce"));
        }
        String ha2 = hex(hash, method + ":" + uri);
        String expected = qop.equals("none") ? hex(hash, ha1 + ":" + NONCE + ":" + ha2)
                : hex(hash, ha1 + ":" + NONCE + ":" + f.get("nc") + ":" + f.get("cnonce") + ":" + f.get("qop") + ":" + ha2);
        return expected.equals(f.get("response"));
    }

    private static String hex(String algorithm, String s) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] brotli(String s) {
        try {
            com.aayushatharva.brotli4j.Brotli4jLoader.ensureAvailability();
            return com.aayushatharva.brotli4j.encoder.Encoder.compress(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
        tls.disposeNow(Duration.ofSeconds(5));
        proxy.close();
    }

    /** Runs the fixture until killed, printing its two URLs, its TLS URL, CA file and proxy URL on one line. */
    public static void main(String[] args) throws InterruptedException {
        try (HttpFixture f = new HttpFixture()) {
            System.out.println(f.baseUrl() + " " + f.refusedUrl() + " " + f.tlsUrl() + " " + f.caFile() + " " + f.proxyUrl());
            System.out.flush();
            Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "600") * 1000);
        }
    }
}
