package dev.tauraro.httpx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * HTTP headers: a case-insensitive, multi-valued, order-preserving map.
 *
 * <pre>{@code
 * Headers h = Headers.of("Content-Type", "text/plain", "Set-Cookie", "a=1", "set-cookie", "b=2");
 * h.get("content-type");        // "text/plain"
 * h.get("Set-Cookie");          // "a=1, b=2"   (values of one name joined with ", ")
 * h.getList("set-cookie");      // [a=1, b=2]
 * h.keys();                     // [content-type, set-cookie]   (lower case, first-seen order)
 * }</pre>
 *
 * <p>Python equivalent: {@code httpx.Headers}.
 *
 * <p>Differences from httpx: immutable; {@link #set}, {@link #add}, {@link #remove} and
 * {@link #merge} return new instances instead of mutating. Names keep their original spelling in
 * {@link #raw()} and on the wire.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(List.of());

    /** Pairs {name as given, value}, in arrival order. */
    private final List<String[]> pairs;
    /**
     * The last {@link #withHost} made, kept for the next request to the same host: a client's
     * headers are the same object from request to request. One entry, replaced, never grown.
     */
    private volatile WithHost withHost;
    /** Set once {@link HeaderCheck} has found every pair legal (the pairs never change). */
    private volatile boolean legal;
    /** These pairs as Netty's headers, made on first use by {@link RequestHeaders} (the pairs never change). */
    private volatile io.netty.handler.codec.http.HttpHeaders netty;

    private record WithHost(String host, Headers headers) {
    }

    private Headers(List<String[]> pairs) {
        this.pairs = pairs;
    }

    /** No headers. */
    public static Headers empty() {
        return EMPTY;
    }

    /** Headers from alternating names and values: {@code of("Accept", "*}{@code /*", "X-A", "1")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, value pairs, got an odd count: " + namesAndValues.length);
        }
        List<String[]> p = new ArrayList<>(namesAndValues.length / 2);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.add(pair(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new Headers(p);
    }

    /**
     * Headers from a map; a value that is an {@link Iterable} gives one header per element, in
     * order (repeated names).
     */
    public static Headers of(Map<String, ?> map) {
        List<String[]> p = new ArrayList<>(map.size());
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getValue() instanceof Iterable<?> values) {
                for (Object v : values) {
                    p.add(pair(e.getKey(), String.valueOf(v)));
                }
            } else {
                p.add(pair(e.getKey(), String.valueOf(e.getValue())));
            }
        }
        return new Headers(p);
    }

    /** Headers from (name, value) entries, in order. */
    public static Headers ofEntries(List<? extends Map.Entry<String, String>> entries) {
        return ofEntries(entries, entries.size());
    }

    /** Headers from {@code count} (a hint) entries, in order, without an intermediate list. */
    static Headers ofEntries(Iterable<? extends Map.Entry<String, String>> entries, int count) {
        List<String[]> p = new ArrayList<>(count);
        for (Map.Entry<String, String> e : entries) {
            p.add(pair(e.getKey(), e.getValue()));
        }
        return new Headers(p);
    }

    private static String[] pair(String name, String value) {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, "header value");
        return new String[] {name, value};
    }

    /** The values of {@code name} joined with {@code ", "}, or null when absent. */
    public String get(String name) {
        String first = null;
        StringBuilder joined = null;
        for (String[] p : pairs) {
            if (p[0].equalsIgnoreCase(name)) {
                if (first == null) {
                    first = p[1];
                } else {
                    if (joined == null) {
                        joined = new StringBuilder(first);
                    }
                    joined.append(", ").append(p[1]);
                }
            }
        }
        return joined != null ? joined.toString() : first;
    }

    /** The values of {@code name} joined with {@code ", "}, or {@code defaultValue} when absent. */
    public String get(String name, String defaultValue) {
        String v = get(name);
        return v != null ? v : defaultValue;
    }

    /** Every value of {@code name}, in order (empty when absent). Python: {@code get_list}. */
    public List<String> getList(String name) {
        List<String> out = new ArrayList<>(1);
        for (String[] p : pairs) {
            if (p[0].equalsIgnoreCase(name)) {
                out.add(p[1]);
            }
        }
        return out;
    }

    /** Whether {@code name} is present (case-insensitive). */
    public boolean contains(String name) {
        for (String[] p : pairs) {
            if (p[0].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The distinct names, lower-cased, in first-seen order. */
    public List<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (String[] p : pairs) {
            keys.add(lower(p[0]));
        }
        return List.copyOf(keys);
    }

    /** One entry per distinct lower-cased name, values joined with {@code ", "}. Python: {@code items()}. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] p : pairs) {
            m.merge(lower(p[0]), p[1], (a, b) -> a + ", " + b);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Every (lower-cased name, value) pair in order. Python: {@code multi_items()}. */
    public List<Map.Entry<String, String>> multiItems() {
        List<Map.Entry<String, String>> out = new ArrayList<>(pairs.size());
        for (String[] p : pairs) {
            out.add(Map.entry(lower(p[0]), p[1]));
        }
        return out;
    }

    /** Every (name as given, value) pair in order. Python: {@code raw}. */
    public List<Map.Entry<String, String>> raw() {
        List<Map.Entry<String, String>> out = new ArrayList<>(pairs.size());
        for (String[] p : pairs) {
            out.add(Map.entry(p[0], p[1]));
        }
        return out;
    }

    /** The number of pairs, for reading them in order with {@link #nameAt} and {@link #valueAt} (no copies). */
    int pairCount() {
        return pairs.size();
    }

    /** The name, as given, of pair {@code i}. */
    String nameAt(int i) {
        return pairs.get(i)[0];
    }

    String valueAt(int i) {
        return pairs.get(i)[1];
    }

    /** The number of distinct names. Python: {@code len(headers)}. */
    public int size() {
        return keys().size();
    }

    public boolean isEmpty() {
        return pairs.isEmpty();
    }

    /** A copy where {@code name} has exactly one value, at the place of its first occurrence (else at the end). */
    public Headers set(String name, String value) {
        List<String[]> p = new ArrayList<>(pairs.size() + 1);
        boolean placed = false;
        for (String[] e : pairs) {
            if (e[0].equalsIgnoreCase(name)) {
                if (!placed) {
                    p.add(pair(name, value));
                    placed = true;
                }
            } else {
                p.add(e);
            }
        }
        if (!placed) {
            p.add(pair(name, value));
        }
        return new Headers(p);
    }

    /** A copy with one more value for {@code name}, at the end. */
    public Headers add(String name, String value) {
        List<String[]> p = new ArrayList<>(pairs.size() + 1);
        p.addAll(pairs);
        p.add(pair(name, value));
        return new Headers(p);
    }

    /** A copy without any value of {@code name}. */
    public Headers remove(String name) {
        List<String[]> p = new ArrayList<>(pairs.size());
        for (String[] e : pairs) {
            if (!e[0].equalsIgnoreCase(name)) {
                p.add(e);
            }
        }
        return new Headers(p);
    }

    /**
     * A copy updated with {@code other}: every name present in {@code other} takes {@code other}'s
     * values; the others stay. Python: {@code headers.update(other)}.
     */
    public Headers merge(Headers other) {
        if (other == null || other.pairs.isEmpty()) {
            return this;
        }
        if (pairs.isEmpty()) {
            return other;
        }
        List<String[]> p = new ArrayList<>(pairs.size() + other.pairs.size());
        for (String[] e : pairs) {
            if (!other.contains(e[0])) {
                p.add(e);
            }
        }
        p.addAll(other.pairs);
        return new Headers(p);
    }

    /**
     * These headers after a {@code Host: host} header, as {@code Headers.of("Host", host).merge(this)}
     * when this has no {@code Host}. The same object for the same host as the last call.
     */
    Headers withHost(String host) {
        WithHost last = withHost;
        if (last != null && last.host().equals(host)) {
            return last.headers();
        }
        List<String[]> p = new ArrayList<>(pairs.size() + 1);
        p.add(pair("Host", host));
        p.addAll(pairs);
        Headers h = new Headers(p);
        withHost = new WithHost(host, h);
        return h;
    }

    /** Whether {@link HeaderCheck} has passed these headers already. */
    boolean checkedLegal() {
        return legal;
    }

    void markLegal() {
        legal = true;
    }

    /** These headers as Netty's, validated once and kept: {@link RequestHeaders} copies them into each request. */
    io.netty.handler.codec.http.HttpHeaders netty() {
        io.netty.handler.codec.http.HttpHeaders h = netty;
        if (h == null) {
            h = RequestHeaders.toNetty(this);
            netty = h;
        }
        return h;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && multiItems().equals(h.multiItems());
    }

    @Override
    public int hashCode() {
        return multiItems().hashCode();
    }

    /** As httpx's repr: {@code Headers({'a': '1'})}, or the list form when a name repeats. */
    @Override
    public String toString() {
        List<Map.Entry<String, String>> items = multiItems();
        Map<String, String> map = asMap();
        StringBuilder sb = new StringBuilder("Headers(");
        if (map.size() == items.size()) {
            sb.append('{');
            int i = 0;
            for (Map.Entry<String, String> e : map.entrySet()) {
                sb.append(i++ > 0 ? ", " : "").append(Repr.str(e.getKey())).append(": ").append(Repr.str(e.getValue()));
            }
            sb.append('}');
        } else {
            sb.append('[');
            for (int i = 0; i < items.size(); i++) {
                sb.append(i > 0 ? ", " : "").append('(').append(Repr.str(items.get(i).getKey())).append(", ")
                        .append(Repr.str(items.get(i).getValue())).append(')');
            }
            sb.append(']');
        }
        return sb.append(')').toString();
    }
}
