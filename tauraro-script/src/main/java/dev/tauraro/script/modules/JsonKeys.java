package dev.tauraro.script.modules;

/**
 * The object keys one {@code json.loads} has met, so that each distinct key text becomes one str
 * object however often it occurs (CPython's decoder keeps such a memo too). A document of many
 * records with the same fields then holds each field name once instead of once per record, and
 * the dicts built from it hash each name once (a String caches its hash).
 *
 * <p>An open-addressed table looked up by a region of the document, so a key seen before costs no
 * substring. It stops taking new keys past {@link #LIMIT}: a document whose keys are all distinct
 * (ids as keys) gains nothing from a memo and should not pay for a huge one.
 */
final class JsonKeys {
    private static final int LIMIT = 1 << 16;
    private String[] table = new String[64];
    private int size;

    /** {@code text.substring(from, to)}, or the equal string returned before. */
    String intern(String text, int from, int to) {
        int h = 0;
        for (int j = from; j < to; j++) {
            h = 31 * h + text.charAt(j); // String.hashCode's formula, so a new key's hash is already right
        }
        int len = to - from;
        int mask = table.length - 1;
        int i = mix(h) & mask;
        while (true) {
            String k = table[i];
            if (k == null) {
                break;
            }
            if (k.length() == len && k.hashCode() == h && text.regionMatches(from, k, 0, len)) {
                return k;
            }
            i = (i + 1) & mask;
        }
        String k = text.substring(from, to);
        if (size < LIMIT) {
            table[i] = k;
            if (++size * 2 > table.length) {
                grow();
            }
        }
        return k;
    }

    /** Spreads a String hash's bits over the low ones the table uses: short keys differ little there. */
    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String k : old) {
            if (k != null) {
                int i = mix(k.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = k;
            }
        }
    }
}
