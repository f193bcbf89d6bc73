package dev.tauraro.asyncio;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * Large transfers through one stream connection on 127.0.0.1: every byte arrives, in order, and
 * a Java writer may reuse its array as soon as {@code write} returns.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StreamsBulkTest {
    /** {@code n} bytes that repeat nowhere near as often as the chunk sizes used here. */
    private static byte[] data(int n, long seed) {
        byte[] b = new byte[n];
        new SplittableRandom(seed).nextBytes(b);
        return b;
    }

    private static long crc(byte[] b, int off, int len) {
        CRC32 c = new CRC32();
        c.update(b, off, len);
        return c.getValue();
    }

    /**
     * The server reads with every kind of read in turn ({@code read(n)}, {@code readexactly},
     * {@code readuntil} of a byte that occurs about every 256 bytes, and what is left after a
     * {@link LimitOverrunError}), in sizes from one byte to
     * several times what a socket read delivers, and answers with the length and CRC-32 of what it
     * got. The client writes the same bytes in chunks of varying size, draining after each. A
     * reader limit of 1 KiB makes the server's connection pause and resume reading all the way;
     * the default one lets whole 64 KiB reads through.
     */
    @Test
    void everyByteOfALargeTransferArrivesInOrderWhateverTheReadsAndWrites() {
        int size = 24 << 20;
        byte[] payload = data(size, 11);
        for (int limit : new int[] {1024, StreamReader.DEFAULT_LIMIT}) {
            String got = Asyncio.run(Mono.defer(() -> Asyncio.startServer((r, w) -> {
                CRC32 crc = new CRC32();
                long[] total = {0};
                SplittableRandom rnd = new SplittableRandom(limit);
                Mono<Boolean> step = Mono.defer(() -> {
                    int kind = rnd.nextInt(3);
                    Mono<byte[]> read = kind == 0 ? r.read(1 + rnd.nextInt(200_000))
                            : kind == 1 ? r.readexactly(1 + rnd.nextInt(limit))
                            : r.readuntil(new byte[] {0})
                                    // no separator within the limit: the bytes stay; take them
                                    .onErrorResume(LimitOverrunError.class, e -> r.readexactly(e.consumed()));
                    return read.onErrorResume(IncompleteReadError.class, e -> Mono.just(e.partial()))
                            .map(chunk -> {
                                crc.update(chunk);
                                total[0] += chunk.length;
                                return chunk.length > 0 || !r.atEof();
                            });
                });
                return step.repeat().takeUntil(more -> !more).then(Mono.defer(() -> {
                    w.write((total[0] + " " + crc.getValue()).getBytes(US_ASCII));
                    return w.drain().then(Mono.fromRunnable(w::close));
                }));
            }, "127.0.0.1", 0, StreamOptions.builder().limit(limit).build()).flatMap(server ->
                    Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
                        SplittableRandom rnd = new SplittableRandom(7);
                        int[] at = {0};
                        Mono<Boolean> write = Mono.defer(() -> {
                            int n = Math.min(size - at[0], 1 + rnd.nextInt(300_000));
                            rw.writer().write(payload, at[0], n);
                            at[0] += n;
                            return rw.writer().drain().thenReturn(at[0] < size);
                        });
                        return write.repeat().takeUntil(more -> !more)
                                .then(Mono.fromRunnable(rw.writer()::writeEof))
                                .then(rw.reader().read()).map(b -> new String(b, US_ASCII));
                    }).doFinally(x -> server.close()))));
            assertThat(got).as("limit " + limit).isEqualTo(size + " " + crc(payload, 0, size));
        }
    }

    /**
     * {@code write} copies the bytes before it returns (as CPython's {@code write} of a
     * {@code bytearray} does): the caller may refill the same array at once. Here one array is
     * refilled and written 256 times without a drain in between, so most writes are still queued
     * for Netty's thread when the next refill happens; each must arrive as it was when written.
     */
    @Test
    void aWriterMayRefillItsArrayAsSoonAsWriteReturns() {
        int chunk = 16 * 1024;
        int rounds = 256;
        long expected;
        CRC32 c = new CRC32();
        byte[] fill = new byte[chunk];
        for (int i = 0; i < rounds; i++) {
            java.util.Arrays.fill(fill, (byte) i);
            c.update(fill);
        }
        expected = c.getValue();
        String got = Asyncio.run(Mono.defer(() -> Asyncio.startServer((r, w) -> r.read().flatMap(all -> {
            w.write((all.length + " " + crc(all, 0, all.length)).getBytes(US_ASCII));
            return w.drain().then(Mono.fromRunnable(w::close));
        }), "127.0.0.1", 0).flatMap(server -> Asyncio.openConnection("127.0.0.1", server.port()).flatMap(rw -> {
            byte[] buf = new byte[chunk];
            for (int i = 0; i < rounds; i++) {
                java.util.Arrays.fill(buf, (byte) i);
                rw.writer().write(buf);
            }
            java.util.Arrays.fill(buf, (byte) 0xee);   // after the last write: must not be sent
            return rw.writer().drain().then(Mono.fromRunnable(rw.writer()::writeEof))
                    .then(rw.reader().read()).map(b -> new String(b, US_ASCII));
        }).doFinally(x -> server.close()))));
        assertThat(got).isEqualTo((long) chunk * rounds + " " + expected);
    }
}
