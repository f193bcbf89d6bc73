package dev.tauraro.script.runtime;

import java.util.Arrays;

/** An immutable byte string: Python's {@code bytes}. */
public record PyBytes(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return repr(bytes, bytes.length, false);
    }

    /** {@code b'...'} of the first {@code size} bytes; bytearray's repr escapes every single quote. */
    static String repr(byte[] bytes, int size, boolean escapeSingle) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < size; i++) {
            hasSingle |= bytes[i] == '\'';
            hasDouble |= bytes[i] == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (int i = 0; i < size; i++) {
            int c = bytes[i] & 0xff;
            if (c == q || c == '\\' || escapeSingle && c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
