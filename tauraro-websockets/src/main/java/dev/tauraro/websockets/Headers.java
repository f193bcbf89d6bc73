package dev.tauraro.websockets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable HTTP headers: names are case-insensitive, a name may repeat, order is kept.
 *
 * <p>Python equivalent: {@code websockets.datastructures.Headers}.
 */
public final class Headers {
    /** No headers. */
    public static final Headers EMPTY = new Headers(List.of());

    private final List<Map.Entry<String, String>> entries;

    private Headers(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    /** Headers holding the given name/value pairs, in order. */
    public static Headers of(List<Map.Entry<String, String>> entries) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(entries.size());
        for (Map.Entry<String, String> e : entries) {
            copy.add(Map.entry(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue())));
        }
        return new Headers(Collections.unmodifiableList(copy));
    }

    /** Headers holding one value per name of {@code map}, in its iteration order. */
    public static Headers of(Map<String, String> map) {
        return of(new ArrayList<>(map.entrySet()));
    }

    /** The first value of {@code name}, or null. */
    public String get(String name) {
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Every value of {@code name}, in order. Python: {@code get_all}. */
    public List<String> getAll(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey().equalsIgnoreCase(name)) {
                values.add(e.getValue());
            }
        }
        return values;
    }

    /** Every name/value pair, in order. Python: {@code raw_items}. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** These headers plus {@code more}, which come last. */
    public Headers with(Headers more) {
        List<Map.Entry<String, String>> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new Headers(Collections.unmodifiableList(all));
    }

    /** Number of name/value pairs. */
    public int size() {
        return entries.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && entries.equals(h.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The headers as HTTP writes them, one {@code Name: value} line each. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : entries) {
            sb.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static Map<String, List<String>> grouped(Headers h) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : h.entries) {
            m.computeIfAbsent(lower(e.getKey()), k -> new ArrayList<>()).add(e.getValue());
        }
        return m;
    }
}
