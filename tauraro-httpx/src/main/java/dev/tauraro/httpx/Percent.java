package dev.tauraro.httpx;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of URL components (RFC 3986), shared by {@link URL} and {@link Params}. */
final class Percent {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Characters kept as they are in a path, besides unreserved ones (sub-delims, ':', '@', '/', '%'). */
    static final String PATH_SAFE = "!$&'()*+,;=:@/%";
    /** Characters kept as they are in a query or fragment, besides unreserved ones. */
    static final String QUERY_SAFE = "!$&'()*+,;=:@/?%";

    private Percent() {
    }

    static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    static void appendEscape(StringBuilder sb, int b) {
        sb.append('%').append(HEX[b >> 4]).append(HEX[b & 15]);
    }

    static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Escapes every byte of {@code s} that is neither unreserved nor in {@code safe}. A {@code %}
     * that does not start a valid escape is itself escaped, so the result always parses back.
     */
    static String quote(String s, String safe) {
        StringBuilder sb = null;
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int c = raw[i] & 0xff;
            boolean keep = c < 0x80 && (isUnreserved(c) || safe.indexOf(c) >= 0);
            if (keep && c == '%') {
                keep = i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0;
            }
            if (!keep && sb == null) {
                sb = new StringBuilder(raw.length + 8);
                sb.append(new String(raw, 0, i, StandardCharsets.UTF_8));
            }
            if (sb != null) {
                if (keep) {
                    sb.append((char) c);
                } else {
                    appendEscape(sb, c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Percent-decodes {@code s} as UTF-8 (malformed escapes stay as they are). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        return new String(Params.decodeBytes(s), StandardCharsets.UTF_8);
    }
}
