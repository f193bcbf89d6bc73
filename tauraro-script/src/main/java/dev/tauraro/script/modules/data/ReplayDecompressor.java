package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The push-style decompressor objects of {@code bz2} and {@code lzma} ({@code decompress(data,
 * max_length)}, {@code eof}, {@code unused_data}, {@code needs_input}) over the pull-style Java
 * decoders of commons-compress and XZ for Java, which read from an {@link InputStream} and cannot be
 * suspended when the input runs out. So the bytes of the current stream are kept, and each call
 * that brings input decodes them again from the start, keeping only the output not produced before:
 * a chunk that completes a block yields that block's data, as the C libraries do. Feeding a stream
 * in n chunks decodes its start n times; the file classes of the script modules hand over whole
 * files, so only callers that feed small chunks themselves pay that.
 *
 * <p>Truncation and corruption are told apart by where the decoder failed: a failure after it asked
 * for a byte past the input so far is taken as "more input needed", any other as bad data.
 */
abstract class ReplayDecompressor implements NativeValue {
    private byte[] input = new byte[0];
    /** Output bytes of the current stream already decoded (returned or in {@link #pending}). */
    private long produced;
    private byte[] pending = new byte[0];
    private boolean streamDone;
    private byte[] unusedData = new byte[0];

    /** The decoder of one stream read from {@code in}; it must stop at the stream's end. */
    abstract InputStream decoder(InputStream in) throws IOException;

    /** The exception for bad data (the decoder's {@code failure} says what it found). */
    abstract PyException badData(IOException failure);

    /** Whether a failure means bad data even when the decoder had also run out of input. */
    boolean definite(Exception failure) {
        return false;
    }

    /** The exception for a call after the end of the stream. */
    abstract PyException afterEnd();

    /** Called once the stream has ended, with the decoder that read it (for properties such as the check). */
    void ended(InputStream decoder) {
    }

    /** Called after each decoding pass with the decoder, even an unfinished one. */
    void seen(InputStream decoder) {
    }

    final synchronized byte[] decompress(byte[] data, long maxLength) {
        if (eof()) {
            throw afterEnd();
        }
        if (data.length > 0 && !streamDone) {
            input = ZlibModule.concat(input, data);
            decodeAgain();
        } else if (streamDone) {
            unusedData = ZlibModule.concat(unusedData, data);
        }
        int n = maxLength < 0 ? pending.length : (int) Math.min(pending.length, maxLength);
        byte[] result = Arrays.copyOf(pending, n);
        pending = Arrays.copyOfRange(pending, n, pending.length);
        return result;
    }

    private void decodeAgain() {
        Counting in = new Counting(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream dec = null;
        boolean done = false;
        try {
            dec = decoder(in);
            byte[] buf = new byte[65536];
            long position = 0;
            for (int n; (n = dec.read(buf)) >= 0; ) {
                long fresh = position + n - produced;
                if (fresh > 0) {
                    int from = (int) Math.max(0, produced - position);
                    out.write(buf, from, n - from);
                }
                position += n;
            }
            done = true;
        } catch (IOException | RuntimeException e) {
            if (!in.exhausted || definite(e)) {
                throw badData(e instanceof IOException io ? io : new IOException(e.getMessage(), e));
            }
        }
        if (dec != null) {
            seen(dec);
        }
        produced += out.size();
        pending = ZlibModule.concat(pending, out.toByteArray());
        if (done) {
            streamDone = true;
            unusedData = Arrays.copyOfRange(input, in.position(), input.length);
            input = new byte[0];
            ended(dec);
        }
    }

    /** {@code eof}: the stream has ended and all its output was returned. */
    final synchronized boolean eof() {
        return streamDone && pending.length == 0;
    }

    final synchronized boolean needsInput() {
        return !streamDone && pending.length == 0;
    }

    /** The attributes shared by both modules' decompressors; null for others. */
    final Object commonAttr(String name) {
        return switch (name) {
            case "decompress" -> new BuiltinFunction("decompress", (a, k) -> {
                Object[] p = BinasciiModule.bind(a, k, "decompress", "data", "max_length");
                long max = p[1] == null || p[1] == PyNone.NONE ? -1 : Ops.index(p[1]);
                return new PyBytes(decompress(BinasciiModule.bytes(p[0]), max));
            });
            case "eof" -> eof();
            case "unused_data" -> {
                synchronized (this) {
                    // known once the stream has ended, which for the caller is when all its output was returned
                    yield new PyBytes(eof() ? unusedData : new byte[0]);
                }
            }
            case "needs_input" -> needsInput();
            default -> null;
        };
    }

    /** The input so far, noting whether the decoder asked for more than there is. */
    private static final class Counting extends ByteArrayInputStream {
        boolean exhausted;

        Counting(byte[] b) {
            super(b);
        }

        int position() {
            return pos;
        }

        @Override
        public synchronized int read() {
            int r = super.read();
            exhausted |= r < 0;
            return r;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            if (len > 0 && pos + len > count) {
                exhausted = true;
            }
            return super.read(b, off, len);
        }

        @Override
        public synchronized long skip(long n) {
            if (pos + n > count) {
                exhausted = true;
            }
            return super.skip(n);
        }
    }
}
