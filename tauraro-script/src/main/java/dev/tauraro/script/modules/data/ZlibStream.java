package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The streaming objects of {@code zlib}: {@code compressobj()} and {@code decompressobj()}. The
 * gzip container (wbits 25..31) is written and read here around raw deflate, as zlib itself does.
 */
final class ZlibStream {
    private ZlibStream() {
    }

    static final PyClass COMPRESS = PyClass.builtin("Compress", "zlib", null, Map.of());
    static final PyClass DECOMPRESS = PyClass.builtin("Decompress", "zlib", null, Map.of());

    /** {@code zlib.Compress}. */
    static final class Compressor implements NativeValue {
        private final Deflater deflater;
        private final boolean gzip;
        private final int level;
        private final CRC32 crc = new CRC32();
        private long size;
        private boolean headerWritten;
        private boolean finished;

        Compressor(int level, int wbits, int strategy) {
            this.level = level;
            int w = Math.abs(wbits);
            if (!((w >= 9 && w <= 15) || (wbits >= 25 && wbits <= 31))) {
                throw Exceptions.valueError("Invalid initialization option");
            }
            gzip = wbits >= 25;
            deflater = new Deflater(level, wbits < 0 || gzip);
            if (strategy == 1) {
                deflater.setStrategy(Deflater.FILTERED);
            } else if (strategy == 2) {
                deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            }
        }

        synchronized byte[] compress(byte[] data) {
            if (finished) {
                throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            if (gzip) {
                crc.update(data);
                size += data.length;
            }
            deflater.setInput(data);
            drain(out, Deflater.NO_FLUSH);
            return out.toByteArray();
        }

        private void header(ByteArrayOutputStream out) {
            if (gzip && !headerWritten) {
                // zlib's own gzip header: no name, mtime 0, XFL from the level, OS 3 (Unix)
                int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            headerWritten = true;
        }

        private void drain(ByteArrayOutputStream out, int flush) {
            // a full buffer means more output may be pending (the Deflater contract for every flush mode)
            byte[] buf = new byte[16384];
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }

        /** mode: 0 none, 2 sync, 3 full, 4 finish (1 partial and 5 block act as sync). */
        synchronized byte[] flush(int mode) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (mode == 0) {
                return new byte[0];
            }
            if (finished) {
                return new byte[0];
            }
            header(out);
            if (mode == 4) {
                deflater.finish();
                byte[] buf = new byte[16384];
                while (!deflater.finished()) {
                    int n = deflater.deflate(buf);
                    out.write(buf, 0, n);
                }
                if (gzip) {
                    long c = crc.getValue();
                    out.writeBytes(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                        (byte) size, (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
                }
                deflater.end();
                finished = true;
            } else {
                drain(out, mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH);
            }
            return out.toByteArray();
        }

        @Override
        public PyClass type() {
            return COMPRESS;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "compress" -> new BuiltinFunction("compress", (a, k) -> new PyBytes(compress(BinasciiModule.bytes(a[0]))));
                case "flush" -> new BuiltinFunction("flush", (a, k) -> new PyBytes(flush(a.length > 0 ? (int) Ops.index(a[0]) : 4)));
                default -> null;
            };
        }
    }

    /** {@code zlib.Decompress}; also the one-shot {@code zlib.decompress}. */
    static final class Decompressor implements NativeValue {
        private final int wbits;
        private Inflater inflater;
        /** gzip: the header is still to be parsed (bytes kept in {@link #pending}). */
        private boolean gzip;
        private boolean headerDone;
        private byte[] pending = new byte[0];
        boolean eof;
        private byte[] unusedData = new byte[0];
        private byte[] unconsumedTail = new byte[0];
        private final CRC32 crc = new CRC32();

        Decompressor(int wbits) {
            int w = Math.abs(wbits);
            boolean ok = (w >= 8 && w <= 15) || (wbits >= 24 && wbits <= 31) || (wbits >= 40 && wbits <= 47) || wbits == 0;
            if (!ok) {
                throw Exceptions.valueError("Invalid initialization option");
            }
            this.wbits = wbits;
            gzip = wbits >= 24 && wbits <= 31;
            if (!gzip && !(wbits >= 40)) {
                inflater = new Inflater(wbits < 0);
                headerDone = true;
            }
        }

        synchronized byte[] decompress(byte[] data, long maxLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unusedData = ZlibModule.concat(unusedData, data);
                return new byte[0];
            }
            byte[] input = ZlibModule.concat(unconsumedTail, data);
            unconsumedTail = new byte[0];
            if (!headerDone) {
                input = ZlibModule.concat(pending, input);
                if (wbits >= 40) {
                    if (input.length < 2) {
                        pending = input;
                        return new byte[0];
                    }
                    gzip = (input[0] & 0xFF) == 0x1f && (input[1] & 0xFF) == 0x8b;
                    if (!gzip) {
                        inflater = new Inflater(false);
                        headerDone = true;
                    }
                }
                if (gzip) {
                    int skip = gzipHeader(input);
                    if (skip < 0) {
                        pending = input;
                        return new byte[0];
                    }
                    pending = new byte[0];
                    input = java.util.Arrays.copyOfRange(input, skip, input.length);
                    inflater = new Inflater(true);
                    headerDone = true;
                }
            }
            inflater.setInput(input);
            byte[] buf = new byte[16384];
            try {
                while (!inflater.finished()) {
                    int room = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room == 0) {
                        break;
                    }
                    int n = inflater.inflate(buf, 0, room);
                    out.write(buf, 0, n);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        break;
                    }
                }
            } catch (DataFormatException e) {
                throw ZlibModule.error("Error -3 while decompressing data: " + e.getMessage());
            }
            byte[] result = out.toByteArray();
            int remaining = inflater.getRemaining();
            byte[] rest = java.util.Arrays.copyOfRange(input, input.length - remaining, input.length);
            if (inflater.finished()) {
                eof = true;
                if (gzip) {
                    crc.update(result);
                    rest = rest.length >= 8 ? java.util.Arrays.copyOfRange(rest, 8, rest.length) : new byte[0];
                }
                unusedData = rest;
            } else {
                if (gzip) {
                    crc.update(result);
                }
                unconsumedTail = rest;
            }
            return result;
        }

        /** The length of the gzip header at the start of {@code b}, or -1 if it is incomplete. */
        private static int gzipHeader(byte[] b) {
            if (b.length < 10) {
                return -1;
            }
            if ((b[0] & 0xFF) != 0x1f || (b[1] & 0xFF) != 0x8b) {
                throw ZlibModule.error("Error -3 while decompressing data: incorrect header check");
            }
            int flags = b[3] & 0xFF;
            int at = 10;
            if ((flags & 4) != 0) {
                if (b.length < at + 2) {
                    return -1;
                }
                at += 2 + ((b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < b.length && b[at] != 0) {
                        at++;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                at += 2;
            }
            return at <= b.length ? at : -1;
        }

        @Override
        public PyClass type() {
            return DECOMPRESS;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "decompress" -> new BuiltinFunction("decompress", (a, k) -> {
                    long max = 0;
                    if (a.length > 1) {
                        max = Ops.index(a[1]);
                        if (max < 0) {
                            throw Exceptions.valueError("max_length must be non-negative");
                        }
                    }
                    return new PyBytes(decompress(BinasciiModule.bytes(a[0]), max));
                });
                case "flush" -> new BuiltinFunction("flush", (a, k) -> {
                    byte[] tail = unconsumedTail;
                    unconsumedTail = new byte[0];
                    return new PyBytes(tail.length > 0 ? decompress(tail, 0) : new byte[0]);
                });
                case "eof" -> eof;
                case "unused_data" -> new PyBytes(unusedData);
                case "unconsumed_tail" -> new PyBytes(unconsumedTail);
                default -> null;
            };
        }
    }
}
