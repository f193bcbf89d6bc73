package dev.tauraro.httpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which proxy, if any, a request goes through: httpx's proxy mounts. Proxies are HTTP
 * ({@code CONNECT} tunnels, spoken to in the clear or, for {@code https://} proxies, over TLS) or SOCKS5. An explicit {@code proxy}
 * serves every request; otherwise, with {@code trustEnv}, the environment's {@code HTTP_PROXY},
 * {@code HTTPS_PROXY} and {@code ALL_PROXY} (lower case first, as Python's {@code getproxies}),
 * except for the hosts of {@code NO_PROXY}.
 *
 * <p>{@code NO_PROXY} entries as httpx reads them: {@code *} turns proxies off; an IP address or
 * {@code localhost} matches that host; {@code example.com} matches it and its subdomains,
 * {@code .example.com} its subdomains only; an entry with a scheme ({@code http://example.com})
 * matches that scheme and host. (No CIDR ranges, as httpx.)
 */
final class Proxies {
    static final Proxies NONE = new Proxies(null, null, null, List.of());

    private final URL http;
    private final URL https;
    private final URL all;
    private final List<URLPattern> bypass;

    private Proxies(URL http, URL https, URL all, List<URLPattern> bypass) {
        this.http = http;
        this.https = https;
        this.all = all;
        this.bypass = bypass;
    }

    /** httpx's {@code proxy=}: one proxy for every request. */
    static Proxies of(String proxyUrl) {
        return new Proxies(null, null, checked(proxyUrl), List.of());
    }

    /** httpx's {@code get_environment_proxies()} over {@code env}. */
    static Proxies fromEnvironment(Map<String, String> env) {
        URL http = envProxy(env, "http");
        URL https = envProxy(env, "https");
        URL all = envProxy(env, "all");
        List<URLPattern> bypass = new ArrayList<>();
        String no = envValue(env, "no");
        if (no != null) {
            for (String raw : no.split(",")) {
                String host = raw.strip();
                if (host.equals("*")) {
                    return NONE;
                }
                if (!host.isEmpty()) {
                    bypass.add(bypass(host));
                }
            }
        }
        if (http == null && https == null && all == null) {
            return NONE;
        }
        return new Proxies(http, https, all, List.copyOf(bypass));
    }

    /** The proxy for {@code target}, or null to connect directly. */
    URL proxyFor(URL target) {
        for (URLPattern b : bypass) {
            if (b.matches(target)) {
                return null;
            }
        }
        URL byScheme = switch (target.scheme()) {
            case "http" -> http;
            case "https" -> https;
            default -> null;
        };
        return byScheme != null ? byScheme : all;
    }

    boolean isEmpty() {
        return http == null && https == null && all == null;
    }

    /** Python's {@code getproxies_environment}: {@code name_proxy}, the lower-case spelling winning. */
    private static String envValue(Map<String, String> env, String name) {
        String lower = env.get(name + "_proxy");
        if (lower != null && !lower.isEmpty()) {
            return lower;
        }
        String upper = env.get(name.toUpperCase(Locale.ROOT) + "_PROXY");
        return upper == null || upper.isEmpty() ? null : upper;
    }

    private static URL envProxy(Map<String, String> env, String name) {
        String v = envValue(env, name);
        if (v == null) {
            return null;
        }
        return checked(v.contains("://") ? v : "http://" + v);
    }

    /**
     * A proxy URL this transport can use: {@code http://}, {@code https://}, {@code socks5://} or
     * {@code socks5h://} and {@code host:port}, optionally with {@code user:password@}, as httpx.
     */
    private static URL checked(String proxyUrl) {
        URL u = new URL(proxyUrl);
        if (!u.scheme().equals("http") && !u.scheme().equals("https") && !isSocks(u)) {
            throw new IllegalArgumentException("Unknown scheme for proxy URL " + Repr.str(proxyUrl));
        }
        return u;
    }

    /**
     * Whether {@code proxy} is a SOCKS5 proxy. Both spellings send the destination's name for the
     * proxy to resolve, as httpx's SOCKS transport does.
     */
    static boolean isSocks(URL proxy) {
        return proxy.scheme().equals("socks5") || proxy.scheme().equals("socks5h");
    }

    /**
     * One {@code NO_PROXY} entry as the pattern httpx mounts for it: {@code all://host} for an IP
     * address or {@code localhost}, {@code all://*host} (the domain and its subdomains) for other
     * names, the entry itself when it has a scheme.
     */
    static URLPattern bypass(String entry) {
        if (entry.contains("://")) {
            return URLPattern.of(entry);
        }
        String h = entry.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.indexOf(':') >= 0) {
            return URLPattern.of("all://[" + h + "]");
        }
        if (h.matches("[0-9.]+") || h.equals("localhost") || h.startsWith("*.")) {
            // "*.example.com" meaning subdomains only (httpx would make "**.example.com", matching nothing)
            return URLPattern.of("all://" + h);
        }
        return URLPattern.of("all://*" + h);
    }
}
