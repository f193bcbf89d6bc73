package dev.tauraro.httpx;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern of URLs, as httpx's mount keys and {@code NO_PROXY} entries are read:
 * {@code scheme://host:port}, where the scheme {@code all} matches any scheme, an empty host or
 * {@code *} any host, {@code *example.com} the domain and its subdomains, {@code *.example.com}
 * subdomains only, and a missing port any port.
 */
final class URLPattern implements Comparable<URLPattern> {
    private final String pattern;
    private final String scheme;   // "" = any
    private final String host;     // "" = any
    private final Integer port;    // null = any
    private final Pattern hostRegex;

    private URLPattern(String pattern, String scheme, String host, Integer port, Pattern hostRegex) {
        this.pattern = pattern;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.hostRegex = hostRegex;
    }

    /** @throws IllegalArgumentException for a pattern that is not in URL form, with httpx's message */
    static URLPattern of(String pattern) {
        if (!pattern.isEmpty() && !pattern.contains(":")) {
            throw new IllegalArgumentException("Proxy keys should use proper URL forms rather than plain scheme strings. "
                    + "Instead of \"" + pattern + "\", use \"" + pattern + "://\"");
        }
        URL url = new URL(pattern);
        String scheme = url.scheme().equals("all") ? "" : url.scheme();
        String h = url.host().toLowerCase(Locale.ROOT);
        String host = h.equals("*") ? "" : h;
        Pattern regex;
        if (host.isEmpty()) {
            regex = null;
        } else if (host.startsWith("*.")) {
            regex = Pattern.compile(".+\\." + Pattern.quote(host.substring(2)));
        } else if (host.startsWith("*")) {
            regex = Pattern.compile("(.+\\.)?" + Pattern.quote(host.substring(1)));
        } else {
            regex = Pattern.compile(Pattern.quote(host));
        }
        return new URLPattern(pattern, scheme, host, url.port(), regex);
    }

    boolean matches(URL url) {
        if (!scheme.isEmpty() && !scheme.equals(url.scheme())) {
            return false;
        }
        if (hostRegex != null && !hostRegex.matcher(url.host().toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        return port == null || port.equals(url.port());
    }

    /** Most specific first: a port, then a longer host, then a longer scheme (httpx's priority). */
    @Override
    public int compareTo(URLPattern o) {
        int byPort = Boolean.compare(port == null, o.port == null);
        if (byPort != 0) {
            return byPort;
        }
        int byHost = Integer.compare(o.host.length(), host.length());
        return byHost != 0 ? byHost : Integer.compare(o.scheme.length(), scheme.length());
    }

    @Override
    public String toString() {
        return pattern;
    }
}
