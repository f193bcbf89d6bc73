package dev.tauraro.httpx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed, normalised URL.
 *
 * <pre>{@code
 * URL u = new URL("HTTP://Example.com:80/a b?q=1&q=2");
 * u.toString();                 // "http://example.com/a%20b?q=1&q=2"
 * u.params();                   // [q=1, q=2]
 * u.join("../c?x=y");           // http://example.com/c?x=y
 * u.copyWithParams(Map.of("k", List.of("1", "2")));   // http://example.com/a%20b?k=1&k=2
 * }</pre>
 *
 * <p>Parsing lower-cases the scheme and host, drops the scheme's default port and percent-escapes
 * characters that may not appear raw in the path, query or fragment (a space becomes {@code %20}).
 * Relative references ({@code "/users"}, {@code "page?x=1"}) are URLs too; {@link #join} resolves
 * them by RFC 3986. Query parameters use form encoding ({@code a b} becomes {@code a+b}).
 *
 * <p>Python equivalent: {@code httpx.URL}.
 *
 * <p>Differences from httpx: no IDNA host encoding (non-ASCII hosts are percent-escaped);
 * {@code port()} is null for the scheme's default port even when it was spelled out.
 */
public final class URL {
    private final String scheme;    // lower case, "" for a relative reference
    private final String userinfo;  // raw, "" when absent
    private final String host;      // lower case, "" when absent
    private final int port;         // -1 when absent or the scheme's default
    private final boolean hasAuthority;
    private final String path;      // escaped
    private final String query;     // escaped, null when there is no '?'
    private final String fragment;  // escaped, null when there is no '#'
    // Derived strings a request needs, made on first use (a URL is often sent many times). Racy
    // but safe: Strings are immutable, and two threads at worst make equal ones.
    private String hostHeader;
    private String requestUri;
    /** {@link #requestUri()} parsed by java.net.URI, or {@link #NO_URI}; made on first use. */
    private Object requestUriObject;
    private static final Object NO_URI = new Object();

    /**
     * Parses {@code url}.
     *
     * @throws InvalidURL for a malformed port or a control character
     */
    public URL(String url) {
        Objects.requireNonNull(url, "url");
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new InvalidURL("Invalid non-printable ASCII character in URL, " + Repr.str(String.valueOf(c))
                        + " at position " + i + ".");
            }
        }
        String rest = url.strip();
        String frag = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            frag = Percent.quote(rest.substring(hash + 1), Percent.QUERY_SAFE);
            rest = rest.substring(0, hash);
        }
        String q = null;
        int qm = rest.indexOf('?');
        if (qm >= 0) {
            q = Percent.quote(rest.substring(qm + 1), Percent.QUERY_SAFE);
            rest = rest.substring(0, qm);
        }
        String s = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isScheme(rest.substring(0, colon))) {
            s = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        String ui = "";
        String h = "";
        int p = -1;
        boolean authority = rest.startsWith("//");
        if (authority) {
            int end = rest.indexOf('/', 2);
            String auth = end < 0 ? rest.substring(2) : rest.substring(2, end);
            rest = end < 0 ? "" : rest.substring(end);
            int at = auth.lastIndexOf('@');
            if (at >= 0) {
                ui = auth.substring(0, at);
                auth = auth.substring(at + 1);
            }
            int portColon = auth.lastIndexOf(':');
            if (portColon >= 0 && auth.indexOf(']', portColon) < 0) {
                String ps = auth.substring(portColon + 1);
                auth = auth.substring(0, portColon);
                if (!ps.isEmpty()) {
                    p = parsePort(ps);
                }
            }
            h = Percent.quote(auth.toLowerCase(Locale.ROOT), "!$&'()*+,;=[]:%");
            if (p >= 0 && p == defaultPort(s)) {
                p = -1;
            }
        }
        this.scheme = s;
        this.userinfo = ui;
        this.host = h;
        this.port = p;
        this.hasAuthority = authority;
        this.path = Percent.quote(rest, Percent.PATH_SAFE);
        this.query = q;
        this.fragment = frag;
    }

    private URL(String scheme, String userinfo, String host, int port, boolean hasAuthority, String path,
            String query, String fragment) {
        this.scheme = scheme;
        this.userinfo = userinfo;
        this.host = host;
        this.port = port;
        this.hasAuthority = hasAuthority;
        this.path = path;
        this.query = query;
        this.fragment = fragment;
    }

    private static boolean isScheme(String s) {
        if (!Character.isLetter(s.charAt(0)) || s.charAt(0) > 0x7f) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static int parsePort(String ps) {
        for (int i = 0; i < ps.length(); i++) {
            if (ps.charAt(i) < '0' || ps.charAt(i) > '9') {
                throw new InvalidURL("Invalid port: " + Repr.str(ps));
            }
        }
        if (ps.length() > 5 || Integer.parseInt(ps) > 65535) {
            throw new InvalidURL("Invalid port: " + Repr.str(ps));
        }
        return Integer.parseInt(ps);
    }

    /** 80 for http and ws, 443 for https and wss, else -1. */
    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }

    /** The scheme in lower case ({@code "http"}), or {@code ""} for a relative reference. */
    public String scheme() {
        return scheme;
    }

    /** The host in lower case, or {@code ""}. */
    public String host() {
        return host;
    }

    /** The explicit port, or null when absent or equal to the scheme's default. */
    public Integer port() {
        return port < 0 ? null : port;
    }

    /** The {@code Host} header's value for this URL: the host, with the port when it is not the default. */
    String hostHeader() {
        String h = hostHeader;
        if (h == null) {
            h = port < 0 ? host : host + ":" + port;
            hostHeader = h;
        }
        return h;
    }

    /**
     * The URI a transport is given for this URL: {@code scheme://host:port/path?query}, the port
     * always spelled out (the default one too), no user info or fragment.
     */
    String requestUri() {
        String u = requestUri;
        if (u == null) {
            u = scheme + "://" + host + ":" + effectivePort() + rawPath();
            requestUri = u;
        }
        return u;
    }

    /**
     * {@link #requestUri()} as a {@link java.net.URI}, or null when java.net.URI reads it
     * differently (a host it does not take as a server name, such as one with an underscore).
     * Reactor Netty finds the host and port of a {@code URI} from its fields, where for a String it
     * runs a regular expression on each request (about a thirtieth of a short request's CPU time).
     */
    java.net.URI requestUriObject() {
        Object u = requestUriObject;
        if (u == null) {
            u = NO_URI;
            try {
                java.net.URI parsed = new java.net.URI(requestUri());
                String rawQuery = parsed.getRawQuery();
                String pathAndQuery = rawQuery == null ? parsed.getRawPath() : parsed.getRawPath() + "?" + rawQuery;
                if (parsed.getHost() != null && parsed.getPort() == effectivePort() && pathAndQuery.equals(rawPath())) {
                    u = parsed;
                }
            } catch (java.net.URISyntaxException e) {
                // stays a String
            }
            requestUriObject = u;
        }
        return u == NO_URI ? null : (java.net.URI) u;
    }

    /** The port to connect to: the explicit one, else the scheme's default (-1 when unknown). */
    int effectivePort() {
        return port >= 0 ? port : defaultPort(scheme);
    }

    /** The raw user info ({@code "user:pass"}), or {@code ""}. */
    public String userinfo() {
        return userinfo;
    }

    /** The percent-decoded user name, or {@code ""}. */
    public String username() {
        int c = userinfo.indexOf(':');
        return Percent.decode(c < 0 ? userinfo : userinfo.substring(0, c));
    }

    /** The percent-decoded password, or null when there is none. */
    public String password() {
        int c = userinfo.indexOf(':');
        return c < 0 ? null : Percent.decode(userinfo.substring(c + 1));
    }

    /** The percent-decoded path ({@code "/a b"}); {@code "/"} for an absolute URL with an empty path. */
    public String path() {
        return Percent.decode(path.isEmpty() && hasAuthority ? "/" : path);
    }

    /** The escaped query without {@code '?'}, or {@code ""}. */
    public String query() {
        return query == null ? "" : query;
    }

    /** The escaped fragment without {@code '#'}, or {@code ""}. */
    public String fragment() {
        return fragment == null ? "" : Percent.decode(fragment);
    }

    /** The request target: escaped path (at least {@code "/"}) plus {@code ?query}. Python: {@code raw_path}. */
    public String rawPath() {
        String p = path.isEmpty() ? "/" : path;
        return query == null ? p : p + "?" + query;
    }

    /** The query parameters in order, decoded; repeated keys appear repeatedly. */
    public List<Map.Entry<String, String>> params() {
        return Params.parse(query);
    }

    /** Whether the URL has a scheme and a host. */
    public boolean isAbsoluteUrl() {
        return !scheme.isEmpty() && hasAuthority;
    }

    /** Whether the URL is a relative reference. */
    public boolean isRelativeUrl() {
        return !isAbsoluteUrl();
    }

    /**
     * This URL with its query replaced by {@code params} (an {@link Iterable} value gives repeated
     * keys); an empty map removes the query. Python: {@code copy_with(params=...)}.
     */
    public URL copyWithParams(Map<String, ?> params) {
        return withQuery(Params.from(params));
    }

    /** This URL with its query parameters updated by {@code params}. Python: {@code copy_merge_params}. */
    public URL copyMergeParams(Map<String, ?> params) {
        return withQuery(Params.merge(params(), Params.from(params)));
    }

    URL withQuery(List<Map.Entry<String, String>> pairs) {
        String q = pairs.isEmpty() ? null : Params.encode(pairs);
        return new URL(scheme, userinfo, host, port, hasAuthority, path, q, fragment);
    }

    /** This URL with its escaped path and query replaced by {@code rawPath} (a path, maybe with {@code ?query}). */
    URL withRawPath(String rawPath) {
        int qm = rawPath.indexOf('?');
        String p = qm < 0 ? rawPath : rawPath.substring(0, qm);
        String q = qm < 0 ? null : rawPath.substring(qm + 1);
        return new URL(scheme, userinfo, host, port, hasAuthority, p, q, fragment);
    }

    /** This URL without its fragment. */
    URL withoutFragment() {
        return fragment == null ? this : new URL(scheme, userinfo, host, port, hasAuthority, path, query, null);
    }

    /** Resolves {@code reference} against this URL (RFC 3986 section 5.2). */
    public URL join(String reference) {
        return join(new URL(reference));
    }

    /** Resolves {@code r} against this URL (RFC 3986 section 5.2). */
    public URL join(URL r) {
        if (!r.scheme.isEmpty()) {
            return new URL(r.scheme, r.userinfo, r.host, r.port, r.hasAuthority, removeDotSegments(r.path), r.query,
                    r.fragment);
        }
        if (r.hasAuthority) {
            return new URL(scheme, r.userinfo, r.host, r.port, true, removeDotSegments(r.path), r.query, r.fragment);
        }
        String p;
        String q;
        if (r.path.isEmpty()) {
            p = path;
            q = r.query != null ? r.query : query;
        } else {
            if (r.path.startsWith("/")) {
                p = removeDotSegments(r.path);
            } else {
                String basePath = hasAuthority && path.isEmpty() ? "/" : path;
                int slash = basePath.lastIndexOf('/');
                p = removeDotSegments(basePath.substring(0, slash + 1) + r.path);
            }
            q = r.query;
        }
        return new URL(scheme, userinfo, host, port, hasAuthority, p, q, r.fragment);
    }

    /** RFC 3986 section 5.2.4. */
    static String removeDotSegments(String in) {
        if (in.indexOf('.') < 0) {
            return in;
        }
        Deque<String> out = new ArrayDeque<>();
        String[] segments = in.split("/", -1);
        boolean absolute = in.startsWith("/");
        for (int i = absolute ? 1 : 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (s.equals("..")) {
                if (!out.isEmpty()) {
                    out.removeLast();
                }
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(s);
            }
        }
        String joined = String.join("/", out);
        return absolute ? "/" + joined : joined;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof URL u && toString().equals(u.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The URL as a string, normalised ({@code http://example.com/a%20b?q=1}). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!scheme.isEmpty()) {
            sb.append(scheme).append(':');
        }
        if (hasAuthority) {
            sb.append("//");
            if (!userinfo.isEmpty()) {
                sb.append(userinfo).append('@');
            }
            sb.append(host);
            if (port >= 0) {
                sb.append(':').append(port);
            }
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        if (fragment != null) {
            sb.append('#').append(fragment);
        }
        return sb.toString();
    }

    /** Python's repr: {@code URL('http://example.com/')}. */
    String repr() {
        return "URL(" + Repr.str(toString()) + ")";
    }
}
