package dev.tauraro.httpx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query parameters and form bodies as ordered (key, value) lists: conversion from maps, the
 * {@code application/x-www-form-urlencoded} encoding httpx uses, parsing, and httpx's merge.
 */
final class Params {
    private Params() {
    }

    /** Pairs from a map; an {@link Iterable} value gives one pair per element (repeated keys). */
    static List<Map.Entry<String, String>> from(Map<String, ?> map) {
        List<Map.Entry<String, String>> out = new ArrayList<>(map.size());
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getValue() instanceof Iterable<?> values) {
                for (Object v : values) {
                    out.add(Map.entry(e.getKey(), str(v)));
                }
            } else {
                out.add(Map.entry(e.getKey(), str(e.getValue())));
            }
        }
        return out;
    }

    /** Python's rendering of a primitive query value: {@code True} → "true", {@code None} → "". */
    static String str(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return v.toString();
    }

    /**
     * {@code base} updated with {@code extra}: a key present in {@code extra} takes all of
     * {@code extra}'s values, in {@code extra}'s order (httpx's {@code QueryParams.merge}).
     */
    static List<Map.Entry<String, String>> merge(List<Map.Entry<String, String>> base,
            List<Map.Entry<String, String>> extra) {
        if (extra.isEmpty()) {
            return base;
        }
        Set<String> replaced = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : extra) {
            replaced.add(e.getKey());
        }
        // Keys keep the position of their first appearance, as a Python dict update does.
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, String> e : base) {
            if (!order.contains(e.getKey())) {
                order.add(e.getKey());
            }
        }
        for (String k : replaced) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        List<Map.Entry<String, String>> out = new ArrayList<>(base.size() + extra.size());
        for (String k : order) {
            for (Map.Entry<String, String> e : replaced.contains(k) ? extra : base) {
                if (e.getKey().equals(k)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** {@code k=v&k2=v2} with form encoding (space as {@code +}, everything but unreserved escaped). */
    static String encode(List<Map.Entry<String, String>> pairs) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            formEscape(sb, e.getKey());
            sb.append('=');
            formEscape(sb, e.getValue());
        }
        return sb.toString();
    }

    private static void formEscape(StringBuilder sb, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == ' ') {
                sb.append('+');
            } else if (Percent.isUnreserved(c)) {
                sb.append((char) c);
            } else {
                Percent.appendEscape(sb, c);
            }
        }
    }

    /** Parses a query string into pairs, keeping blank values ({@code a=&b} gives two pairs). */
    static List<Map.Entry<String, String>> parse(String query) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String piece : query.split("&", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String k = eq < 0 ? piece : piece.substring(0, eq);
            String v = eq < 0 ? "" : piece.substring(eq + 1);
            out.add(Map.entry(formDecode(k), formDecode(v)));
        }
        return out;
    }

    static String formDecode(String s) {
        return Percent.decode(s.replace('+', ' '));
    }

    /** The bytes of {@code s} percent-decoded as UTF-8; malformed escapes stay as they are. */
    static byte[] decodeBytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && Percent.hex(raw[i + 1]) >= 0 && Percent.hex(raw[i + 2]) >= 0) {
                out.write(Percent.hex(raw[i + 1]) * 16 + Percent.hex(raw[i + 2]));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }
}
