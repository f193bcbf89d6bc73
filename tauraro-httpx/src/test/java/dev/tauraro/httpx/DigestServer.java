package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A server on 127.0.0.1 that demands HTTP Digest authentication (RFC 7616), written from the RFC
 * independently of {@link DigestAuth}: {@code /digest/ALGORITHM/QOP} (QOP {@code auth},
 * {@code auth,auth-int} or {@code none}) challenges a request without valid credentials for user
 * {@code user}, password {@code pass}, and answers a valid one with JSON (user, nc, method, body).
 * {@code /malformed} sends a challenge without a nonce; {@code /basic-only} a Basic challenge.
 */
final class DigestServer implements AutoCloseable {
    static final String NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    static final String OPAQUE = "5ccc069c403ebaf9f0171e9517f40e41";
    static final String REALM = "tests@127.0.0.1";
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    final AtomicInteger requests = new AtomicInteger();
    private final DisposableServer server;

    DigestServer() {
        server = HttpServer.create().host("127.0.0.1").port(0).route(r -> r
                .route(q -> q.uri().startsWith("/digest/"), this::digest)
                .get("/malformed", (req, res) -> {
                    requests.incrementAndGet();
                    return res.status(401).header("WWW-Authenticate", "Digest realm=\"x\", qop=\"auth\"").send();
                })
                .get("/basic-only", (req, res) -> {
                    requests.incrementAndGet();
                    return res.status(401).header("WWW-Authenticate", "Basic realm=\"x\"").send();
                })
                .get("/token", (req, res) -> {
                    requests.incrementAndGet();
                    return "Bearer fresh".equals(req.requestHeaders().get("Authorization"))
                            ? res.sendString(Mono.just("welcome"))
                            : res.status(401).sendString(Mono.just("fresh"));
                }))
                .bindNow();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private org.reactivestreams.Publisher<Void> digest(HttpServerRequest req, HttpServerResponse res) {
        requests.incrementAndGet();
        String[] parts = req.uri().split("\\?")[0].split("/");
        String algorithm = parts[2];
        String qop = parts[3];
        return req.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap(body -> {
            Map<String, String> f = fields(req.requestHeaders().get("Authorization"));
            if (f != null && valid(f, req.method().name(), req.uri(), algorithm, qop)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("user", f.get("username"));
                m.put("nc", f.get("nc"));
                m.put("method", req.method().name());
                m.put("body", body);
                return res.header("Content-Type", "application/json").sendString(Mono.just(TestServer.json(m))).then();
            }
            String challenge = "Digest realm=\"" + REALM + "\", nonce=\"" + NONCE + "\", opaque=\"" + OPAQUE
                    + "\", algorithm=" + algorithm + (qop.equals("none") ? "" : ", qop=\"" + qop + "\"");
            return res.status(401).header("WWW-Authenticate", challenge).sendString(Mono.just("unauthorized")).then();
        });
    }

    private static Map<String, String> fields(String header) {
        if (header == null || !header.startsWith("Digest ")) {
            return null;
        }
        Map<String, String> f = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(header.substring(7));
        while (m.find()) {
            f.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return f;
    }

    /** RFC 7616 section 3.4.1, computed here from scratch. */
    private static boolean valid(Map<String, String> f, String method, String uri, String algorithm, String qop) {
        if (!"user".equals(f.get("username")) || !REALM.equals(f.get("realm")) || !NONCE.equals(f.get("nonce"))
                || !uri.equals(f.get("uri")) || !OPAQUE.equals(f.get("opaque"))
                || !algorithm.equalsIgnoreCase(f.get("algorithm"))) {
            return false;
        }
        String hash = switch (algorithm.toUpperCase().replace("-SESS", "")) {
            case "MD5" -> "MD5";
            case "SHA" -> "SHA-1";
            case "SHA-256" -> "SHA-256";
            default -> "SHA-512";
        };
        String ha1 = h(hash, "user:" + REALM + ":pass");
        if (algorithm.toUpperCase().endsWith("-SESS")) {
            ha1 = h(hash, ha1 + ":" + NONCE + ":" + f.get("cnonce"));
        }
        String ha2 = h(hash, method + ":" + uri);
        String expected = qop.equals("none")
                ? h(hash, ha1 + ":" + NONCE + ":" + ha2)
                : h(hash, ha1 + ":" + NONCE + ":" + f.get("nc") + ":" + f.get("cnonce") + ":" + f.get("qop") + ":" + ha2);
        return expected.equals(f.get("response")) && (qop.equals("none") || "auth".equals(f.get("qop")));
    }

    private static String h(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
