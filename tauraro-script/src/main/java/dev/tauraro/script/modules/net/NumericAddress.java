package dev.tauraro.script.modules.net;

/**
 * inet_pton's parsers, as strict as glibc's: IPv4 as four decimal parts without leading zeros,
 * IPv6 as eight hex groups with at most one '::' and an optional dotted IPv4 tail. Written out
 * rather than through InetAddress, which would look up anything that is not numeric.
 */
final class NumericAddress {
    private NumericAddress() {
    }

    /** The four bytes of a dotted-decimal IPv4 text, or null. */
    static byte[] v4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] b = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0') {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return null;
            }
            b[i] = (byte) v;
        }
        return b;
    }

    /** The sixteen bytes of an IPv6 text, or null. */
    static byte[] v6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? s : s.substring(0, gap);
        String tail = gap < 0 ? "" : s.substring(gap + 2);
        int[] front = groups(head);
        int[] back = groups(tail);
        if (front == null || back == null) {
            return null;
        }
        int n = front.length + back.length;
        if (gap < 0 ? n != 8 : n > 7) {
            return null;
        }
        byte[] b = new byte[16];
        for (int i = 0; i < front.length; i++) {
            b[2 * i] = (byte) (front[i] >> 8);
            b[2 * i + 1] = (byte) front[i];
        }
        for (int i = 0; i < back.length; i++) {
            int at = 8 - back.length + i;
            b[2 * at] = (byte) (back[i] >> 8);
            b[2 * at + 1] = (byte) back[i];
        }
        return b;
    }

    /** The 16-bit groups of a colon-separated text (a dotted IPv4 last part counts as two), or null. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] out = new int[parts.length + 1];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                byte[] v4 = v4(p);
                if (v4 == null) {
                    return null;
                }
                out[n++] = (v4[0] & 0xff) << 8 | v4[1] & 0xff;
                out[n++] = (v4[2] & 0xff) << 8 | v4[3] & 0xff;
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                int d = Character.digit(p.charAt(j), 16);
                if (d < 0) {
                    return null;
                }
                v = v << 4 | d;
            }
            out[n++] = v;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
