package dev.tauraro.httpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cookie jar: the cookies servers set, sent back with later requests to matching hosts and
 * paths. A client owns one ({@link AsyncClient#cookies()}); it persists across requests.
 *
 * <pre>{@code
 * client.get(base + "/login");          // Set-Cookie: session=abc; Path=/
 * client.get(base + "/profile");        // sends Cookie: session=abc
 * client.cookies().get("session");      // "abc"
 * }</pre>
 *
 * <p>Matching: a cookie set without {@code Domain} goes back only to the host that set it; with
 * {@code Domain=example.com} also to its subdomains. The path must be a prefix of the request's.
 * {@code Max-Age=0} (or a negative one) deletes the cookie.
 *
 * <p>Python equivalent: {@code httpx.Cookies} (over {@code http.cookiejar}).
 *
 * <p>Differences from httpx: {@code Expires} dates and the {@code Secure} flag are ignored (every
 * stored cookie lives until replaced, deleted or the client closes); no public-suffix checks.
 * Thread-safe.
 */
public final class Cookies {
    /** A stored cookie. Domain: lower case, without a leading dot; hostOnly: set without Domain. */
    private record Entry(String name, String value, String domain, boolean hostOnly, String path) {
    }

    /** One parsed {@code Set-Cookie} value. */
    record SetCookie(String name, String value, String domain, String path, Long maxAge) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public Cookies() {
    }

    /** A jar holding {@code cookies} for any host and path. */
    public Cookies(Map<String, String> cookies) {
        cookies.forEach(this::set);
    }

    /** Sets a cookie sent to every host. */
    public void set(String name, String value) {
        set(name, value, "", "/");
    }

    /** Sets a cookie for {@code domain} (empty: every host) and {@code path}. */
    public synchronized void set(String name, String value, String domain, String path) {
        String d = normaliseDomain(domain);
        entries.removeIf(e -> e.name.equals(name) && e.domain.equals(d) && e.path.equals(path));
        entries.add(new Entry(name, value, d, false, path));
    }

    /** The value of the cookie {@code name}, or null (the first one when several domains have it). */
    public synchronized String get(String name) {
        for (Entry e : entries) {
            if (e.name.equals(name)) {
                return e.value;
            }
        }
        return null;
    }

    /** Removes every cookie called {@code name}. */
    public synchronized void delete(String name) {
        entries.removeIf(e -> e.name.equals(name));
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The cookies by name, in the order they were set. */
    public synchronized Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            m.put(e.name, e.value);
        }
        return m;
    }

    /** Stores the cookies {@code response} sets, scoped to the URL of its request. */
    void extract(Response response, URL url) {
        List<String> values = response.headers().getList("Set-Cookie");
        if (values.isEmpty()) {
            return;
        }
        String host = url.host();
        String defaultPath = defaultPath(url.path());
        synchronized (this) {
            for (SetCookie c : parseAll(values)) {
                boolean hostOnly = c.domain() == null;
                String domain = hostOnly ? host : normaliseDomain(c.domain());
                if (!hostOnly && !domainMatches(host, domain)) {
                    continue;  // a server may not set cookies for an unrelated domain
                }
                String path = c.path() != null && c.path().startsWith("/") ? c.path() : defaultPath;
                entries.removeIf(e -> e.name.equals(c.name()) && e.domain.equals(domain) && e.path.equals(path));
                if (c.maxAge() == null || c.maxAge() > 0) {
                    entries.add(new Entry(c.name(), c.value(), domain, hostOnly, path));
                }
            }
        }
    }

    /** The {@code Cookie} header value for a request to {@code url}, or null when no cookie matches. */
    synchronized String headerFor(URL url) {
        StringBuilder sb = null;
        String host = url.host();
        String path = null;   // decoded when a cookie's host matches: an empty jar costs nothing per request
        for (Entry e : entries) {
            boolean hostOk = e.domain.isEmpty() || (e.hostOnly ? host.equals(e.domain) : domainMatches(host, e.domain));
            if (hostOk && path == null) {
                path = url.path();
            }
            if (hostOk && pathMatches(path, e.path)) {
                sb = sb == null ? new StringBuilder() : sb.append("; ");
                sb.append(e.name).append('=').append(e.value);
            }
        }
        return sb == null ? null : sb.toString();
    }

    static List<SetCookie> parseAll(List<String> headerValues) {
        List<SetCookie> out = new ArrayList<>(headerValues.size());
        for (String v : headerValues) {
            SetCookie c = parse(v);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Parses one Set-Cookie value; null when it has no {@code name=value}. */
    static SetCookie parse(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        String domain = null;
        String path = null;
        Long maxAge = null;
        for (int i = 1; i < parts.length; i++) {
            String a = parts[i].strip();
            int aeq = a.indexOf('=');
            String key = (aeq < 0 ? a : a.substring(0, aeq)).strip().toLowerCase(Locale.ROOT);
            String val = aeq < 0 ? "" : a.substring(aeq + 1).strip();
            switch (key) {
                case "domain" -> domain = val.isEmpty() ? null : val;
                case "path" -> path = val;
                case "max-age" -> {
                    try {
                        maxAge = Long.parseLong(val);
                    } catch (NumberFormatException ignored) {
                        // An invalid Max-Age is ignored (RFC 6265, 5.2.2).
                    }
                }
                default -> {
                    // Expires, Secure, HttpOnly, SameSite: not used by this jar.
                }
            }
        }
        return new SetCookie(name, value, domain, path, maxAge);
    }

    private static String normaliseDomain(String d) {
        String s = d.toLowerCase(Locale.ROOT);
        return s.startsWith(".") ? s.substring(1) : s;
    }

    private static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath) || cookiePath.equals("/")) {
            return true;
        }
        return requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    /** RFC 6265 5.1.4: the directory of the request path. */
    private static String defaultPath(String path) {
        int last = path.lastIndexOf('/');
        return last <= 0 ? "/" : path.substring(0, last);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<Cookies[");
        synchronized (this) {
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                sb.append(i > 0 ? ", " : "").append("<Cookie ").append(e.name).append('=').append(e.value)
                        .append(" for ").append(e.domain.isEmpty() ? "" : e.domain).append(" />");
            }
        }
        return sb.append("]>").toString();
    }
}
