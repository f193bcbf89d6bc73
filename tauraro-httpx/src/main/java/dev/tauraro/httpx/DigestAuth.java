package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * HTTP Digest authentication (RFC 7616, and RFC 2617's MD5 without {@code qop}): the first request
 * goes out without credentials; when the server answers {@code 401} with a
 * {@code WWW-Authenticate: Digest ...} challenge, the request is sent again with the
 * {@code Authorization} header computed from it.
 *
 * <pre>{@code
 * try (Client client = Client.builder().auth(new DigestAuth("user", "pass")).build()) {
 *     Response r = client.get("http://127.0.0.1:8000/protected");   // 401, then 200
 *     r.history();                                                 // [<Response [401 Unauthorized]>]
 *     client.get("http://127.0.0.1:8000/protected");               // one request: nc=00000002
 * }
 * }</pre>
 *
 * <p>Algorithms: MD5, SHA (SHA-1), SHA-256 and SHA-512, each also in its {@code -sess} form; the
 * default is MD5. {@code qop=auth} is used when the server offers it; a challenge without
 * {@code qop} gets the RFC 2069 response. The last challenge is remembered: later requests through
 * the same {@code DigestAuth} send credentials at once, counting {@code nc} up from 1 (reset by each
 * new challenge), so only the first request pays the extra round trip. A response other than a
 * {@code 401} with a digest challenge is returned as it is.
 *
 * <p>Errors: a challenge without {@code realm} or {@code nonce} (or a field without {@code =}) is a
 * {@link ProtocolError} "Malformed Digest WWW-Authenticate header"; a {@code qop} without
 * {@code auth} is a {@link ProtocolError} (only {@code auth-int}: {@link UnsupportedOperationException},
 * as httpx's {@code NotImplementedError}).
 *
 * <p>Thread-safety: one instance may serve concurrent requests; the remembered challenge and the
 * nonce count are guarded by the instance.
 *
 * <p>Python equivalent: {@code httpx.DigestAuth(username, password)}.
 *
 * <p>Differences from httpx: an unknown {@code algorithm} is a {@link ProtocolError} (httpx raises
 * {@code KeyError}), and so is a challenge field without {@code =} (httpx: {@code ValueError}).
 */
public final class DigestAuth implements Auth {
    private static final Map<String, String> ALGORITHMS = Map.of(
            "MD5", "MD5", "MD5-SESS", "MD5",
            "SHA", "SHA-1", "SHA-SESS", "SHA-1",
            "SHA-256", "SHA-256", "SHA-256-SESS", "SHA-256",
            "SHA-512", "SHA-512", "SHA-512-SESS", "SHA-512");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] username;
    private final byte[] password;
    // Guarded by this: shared by every request sent with this auth, as httpx's instance state.
    private Challenge lastChallenge;
    private int nonceCount = 1;

    /** Credentials, encoded as UTF-8 (as httpx encodes a {@code str}). */
    public DigestAuth(String username, String password) {
        this.username = Objects.requireNonNull(username, "username").getBytes(StandardCharsets.UTF_8);
        this.password = Objects.requireNonNull(password, "password").getBytes(StandardCharsets.UTF_8);
    }

    /** The request with credentials for the last challenge seen, or unchanged before any challenge. */
    @Override
    public Request apply(Request request) {
        Challenge c;
        synchronized (this) {
            c = lastChallenge;
        }
        return c == null ? request : request.withHeader("Authorization", header(request, c));
    }

    @Override
    public AuthFlow flow(Request request) {
        return new AuthFlow() {
            private boolean challenged;

            @Override
            public Request first() {
                return apply(request);
            }

            @Override
            public Request next(Response response) {
                if (challenged || response.statusCode() != 401) {
                    return null;
                }
                String challenge = null;
                for (String h : response.headers().getList("WWW-Authenticate")) {
                    if (h.toLowerCase(Locale.ROOT).startsWith("digest ")) {
                        challenge = h;
                        break;
                    }
                }
                if (challenge == null) {
                    return null;
                }
                challenged = true;
                Challenge c = parse(request, challenge);
                synchronized (DigestAuth.this) {
                    lastChallenge = c;
                    nonceCount = 1;
                }
                return request.withHeader("Authorization", header(request, c));
            }
        };
    }

    /** A parsed {@code WWW-Authenticate: Digest} challenge. */
    private record Challenge(String realm, String nonce, String algorithm, String opaque, String qop) {
    }

    private static Challenge parse(Request request, String header) {
        String fields = header.substring(header.indexOf(' ') + 1);
        Map<String, String> m = new LinkedHashMap<>();
        for (String field : splitHttpList(fields)) {
            int eq = field.indexOf('=');
            if (eq < 0) {
                throw new ProtocolError("Malformed Digest WWW-Authenticate header", request);
            }
            m.put(field.substring(0, eq), unquote(field.substring(eq + 1)));
        }
        if (!m.containsKey("realm") || !m.containsKey("nonce")) {
            throw new ProtocolError("Malformed Digest WWW-Authenticate header", request);
        }
        return new Challenge(m.get("realm"), m.get("nonce"), m.getOrDefault("algorithm", "MD5"), m.get("opaque"),
                m.get("qop"));
    }

    /**
     * Python's {@code urllib.request.parse_http_list}: splits at commas outside quoted strings
     * (a backslash escapes the next character inside quotes) and strips each part.
     */
    static List<String> splitHttpList(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean escape = false;
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escape) {
                part.append(c);
                escape = false;
            } else if (quote) {
                if (c == '\\') {
                    escape = true;
                    continue;
                }
                if (c == '"') {
                    quote = false;
                }
                part.append(c);
            } else if (c == ',') {
                out.add(part.toString().strip());
                part.setLength(0);
            } else {
                if (c == '"') {
                    quote = true;
                }
                part.append(c);
            }
        }
        if (part.length() > 0) {
            out.add(part.toString().strip());
        }
        return out;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"' ? v.substring(1, v.length() - 1) : v;
    }

    /** The {@code Authorization} value for {@code request} under {@code c}; counts one use of the nonce. */
    private String header(Request request, Challenge c) {
        String javaName = ALGORITHMS.get(c.algorithm().toUpperCase(Locale.ROOT));
        if (javaName == null) {
            throw new ProtocolError("Unsupported Digest algorithm " + Repr.str(c.algorithm()), request);
        }
        String qop = resolveQop(c.qop(), request);
        String path = request.url().rawPath();
        int count;
        synchronized (this) {
            count = nonceCount++;
        }
        String nc = String.format("%08x", count);
        String cnonce = clientNonce(count, c.nonce());
        String ha1 = hex(javaName, join(username, bytes(c.realm()), password));
        if (c.algorithm().toLowerCase(Locale.ROOT).endsWith("-sess")) {
            ha1 = hex(javaName, join(bytes(ha1), bytes(c.nonce()), bytes(cnonce)));
        }
        String ha2 = hex(javaName, join(bytes(request.method()), bytes(path)));
        String keyDigest = qop == null
                ? c.nonce() + ":" + ha2
                : c.nonce() + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2;
        String response = hex(javaName, join(bytes(ha1), bytes(keyDigest)));
        // httpx's field order and quoting: algorithm, qop and nc unquoted.
        StringBuilder h = new StringBuilder("Digest ");
        h.append("username=\"").append(new String(username, StandardCharsets.UTF_8)).append('"');
        h.append(", realm=\"").append(c.realm()).append('"');
        h.append(", nonce=\"").append(c.nonce()).append('"');
        h.append(", uri=\"").append(path).append('"');
        h.append(", response=\"").append(response).append('"');
        h.append(", algorithm=").append(c.algorithm());
        if (c.opaque() != null && !c.opaque().isEmpty()) {
            h.append(", opaque=\"").append(c.opaque()).append('"');
        }
        if (qop != null) {
            h.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append('"');
        }
        return h.toString();
    }

    /** httpx's {@code _resolve_qop}: {@code "auth"} when offered, null without qop. */
    private static String resolveQop(String qop, Request request) {
        if (qop == null) {
            return null;
        }
        List<String> qops = List.of(qop.split(", ?", -1));
        if (qops.contains("auth")) {
            return "auth";
        }
        if (qops.equals(List.of("auth-int"))) {
            throw new UnsupportedOperationException("Digest auth-int support is not yet implemented");
        }
        throw new ProtocolError("Unexpected qop value \"b" + Repr.str(qop) + "\" in digest auth", request);
    }

    /** A fresh client nonce: 16 hex digits of SHA-1 over the count, the server's nonce, the time and randomness. */
    private static String clientNonce(int count, String nonce) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        byte[] seed = bytes(Integer.toString(count) + nonce + System.currentTimeMillis());
        byte[] all = java.util.Arrays.copyOf(seed, seed.length + random.length);
        System.arraycopy(random, 0, all, seed.length, random.length);
        return hex("SHA-1", all).substring(0, 16);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code parts} joined with {@code ':'}. */
    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.write(':');
            }
            out.writeBytes(parts[i]);
        }
        return out.toByteArray();
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    @Override
    public String toString() {
        return "<DigestAuth>";
    }
}
