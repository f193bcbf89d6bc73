package dev.tauraro.script.modules.data;

import java.util.zip.CRC32;

/**
 * CRC-32 and Adler-32 continued from a running value, as {@code zlib.crc32(data, value)} and
 * {@code binascii.crc32} take it: {@link CRC32} cannot be seeded, so a seeded CRC uses the
 * table-driven algorithm (same polynomial, so the same results); the unseeded one keeps the
 * JDK's intrinsic.
 */
final class Checksums {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private Checksums() {
    }

    static long crc32(byte[] b, long start) {
        if (start == 0) {
            CRC32 crc = new CRC32();
            crc.update(b);
            return crc.getValue();
        }
        int c = ~(int) start;
        for (byte x : b) {
            c = TABLE[(c ^ x) & 0xFF] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    static long adler32(byte[] b, long start) {
        long s1 = start & 0xFFFF;
        long s2 = (start >>> 16) & 0xFFFF;
        for (byte x : b) {
            s1 = (s1 + (x & 0xFF)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }
}
