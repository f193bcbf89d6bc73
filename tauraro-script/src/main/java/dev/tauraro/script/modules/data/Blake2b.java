package dev.tauraro.script.modules.data;

import java.security.MessageDigest;

/**
 * BLAKE2b (RFC 7693) as a {@link MessageDigest}, with the parameters {@code hashlib.blake2b}
 * takes (digest size, key, salt, personalisation); the JDK has no BLAKE2. The last block is
 * kept buffered until the digest is asked for, because it is compressed with the final flag.
 */
final class Blake2b extends MessageDigest implements Cloneable {
    private static final long[] IV = {0x6A09E667F3BCC908L, 0xBB67AE8584CAA73BL, 0x3C6EF372FE94F82BL,
        0xA54FF53A5F1D36F1L, 0x510E527FADE682D1L, 0x9B05688C2B3E6C1FL, 0x1F83D9ABFB41BD6BL, 0x5BE0CD19137E2179L};
    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};
    static final int BLOCK = 128;

    private final int digestSize;
    private final byte[] key;
    private final byte[] salt;
    private final byte[] person;
    private long[] h = new long[8];
    private byte[] buffer = new byte[BLOCK];
    private int buffered;
    private long countLow;
    private long countHigh;

    Blake2b(int digestSize, byte[] key, byte[] salt, byte[] person) {
        super("BLAKE2b");
        this.digestSize = digestSize;
        this.key = key.clone();
        this.salt = salt.clone();
        this.person = person.clone();
        engineReset();
    }

    @Override
    protected void engineReset() {
        h = IV.clone();
        h[0] ^= 0x01010000L ^ ((long) key.length << 8) ^ digestSize;
        h[4] ^= word(padded(salt), 0);
        h[5] ^= word(padded(salt), 8);
        h[6] ^= word(padded(person), 0);
        h[7] ^= word(padded(person), 8);
        buffer = new byte[BLOCK];
        buffered = 0;
        countLow = 0;
        countHigh = 0;
        if (key.length > 0) {
            engineUpdate(key, 0, key.length);
            buffered = BLOCK; // the key block is a whole (zero-padded) block
        }
    }

    private static byte[] padded(byte[] b) {
        byte[] r = new byte[16];
        System.arraycopy(b, 0, r, 0, b.length);
        return r;
    }

    private static long word(byte[] b, int at) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        while (len > 0) {
            if (buffered == BLOCK) {
                count(BLOCK);
                compress(buffer, 0, false);
                buffered = 0;
            }
            int n = Math.min(len, BLOCK - buffered);
            System.arraycopy(input, offset, buffer, buffered, n);
            buffered += n;
            offset += n;
            len -= n;
        }
    }

    private void count(int n) {
        countLow += n;
        if (Long.compareUnsigned(countLow, n) < 0) {
            countHigh++;
        }
    }

    @Override
    protected byte[] engineDigest() {
        count(buffered);
        java.util.Arrays.fill(buffer, buffered, BLOCK, (byte) 0);
        compress(buffer, 0, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (h[i / 8] >>> (8 * (i % 8)));
        }
        engineReset();
        return out;
    }

    @Override
    protected int engineGetDigestLength() {
        return digestSize;
    }

    private void compress(byte[] block, int at, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(block, at + 8 * i);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= countLow;
        v[13] ^= countHigh;
        if (last) {
            v[14] = ~v[14];
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        Blake2b c = (Blake2b) super.clone();
        c.h = h.clone();
        c.buffer = buffer.clone();
        return c;
    }
}
