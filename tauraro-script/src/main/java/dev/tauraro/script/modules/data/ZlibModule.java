package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.util.Map;

/**
 * {@code zlib} over {@link java.util.zip.Deflater}/{@link java.util.zip.Inflater} (the JDK links the
 * same zlib, so compressed bytes equal CPython's for the same level). {@code wbits} selects the
 * container as in CPython: 9..15 zlib, -9..-15 raw deflate, 25..31 gzip, 40..47 (decompress only)
 * zlib or gzip by the header; Java's deflater always uses a 32 KiB window, so other window sizes
 * only change the header CPython would write. Errors are {@code zlib.error} with zlib's texts.
 */
public final class ZlibModule {
    static final PyClass ERROR = PyClass.builtin("error", "zlib", null, Map.of(), Exceptions.EXCEPTION);

    private ZlibModule() {
    }

    static PyException error(String msg) {
        return Exceptions.newException(ERROR, msg);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib", interp);
        m.set("error", ERROR);
        Object[][] constants = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L}, {"DEF_BUF_SIZE", 16384L},
            {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L}, {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L},
            {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L}, {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L},
            {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L}, {"Z_FINISH", 4L},
            {"Z_BLOCK", 5L}, {"Z_TREES", 6L}, {"ZLIB_VERSION", "1.2.13"}, {"ZLIB_RUNTIME_VERSION", "1.2.13"}};
        for (Object[] c : constants) {
            m.set((String) c[0], c[1]);
        }
        m.set("crc32", new BuiltinFunction("crc32", (a, k) -> Checksums.crc32(BinasciiModule.bytes(a[0]),
                a.length > 1 ? Ops.bigInt(a[1]).longValue() & 0xFFFFFFFFL : 0)));
        m.set("adler32", new BuiltinFunction("adler32", (a, k) -> Checksums.adler32(BinasciiModule.bytes(a[0]),
                a.length > 1 ? Ops.bigInt(a[1]).longValue() & 0xFFFFFFFFL : 1)));
        m.set("compress", new BuiltinFunction("compress", (a, k) -> {
            Object[] p = BinasciiModule.bind(a, k, "compress", "data", "level", "wbits");
            ZlibStream.Compressor c = new ZlibStream.Compressor(level(p[1]), wbits(p[2]), 0);
            byte[] body = c.compress(BinasciiModule.bytes(p[0]));
            byte[] tail = c.flush(4);
            return new PyBytes(concat(body, tail));
        }));
        m.set("decompress", new BuiltinFunction("decompress", (a, k) -> {
            Object[] p = BinasciiModule.bind(a, k, "decompress", "data", "wbits", "bufsize");
            ZlibStream.Decompressor d = new ZlibStream.Decompressor(wbits(p[1]));
            byte[] out = d.decompress(BinasciiModule.bytes(p[0]), 0);
            if (!d.eof) {
                throw error("Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        }));
        m.set("compressobj", new BuiltinFunction("compressobj", (a, k) -> {
            Object[] p = BinasciiModule.bindOptional(a, k, "compressobj", "level", "method", "wbits", "memLevel", "strategy", "zdict");
            if (p[1] != null && Ops.index(p[1]) != 8) {
                throw Exceptions.valueError("Invalid initialization option");
            }
            return new ZlibStream.Compressor(level(p[0]), wbits(p[2]), p[4] == null ? 0 : (int) Ops.index(p[4]));
        }));
        m.set("decompressobj", new BuiltinFunction("decompressobj", (a, k) -> {
            Object[] p = BinasciiModule.bindOptional(a, k, "decompressobj", "wbits", "zdict");
            return new ZlibStream.Decompressor(wbits(p[0]));
        }));
        return m;
    }

    static int level(Object o) {
        int level = o == null ? -1 : (int) Ops.index(o);
        if (level < -1 || level > 9) {
            throw error("Bad compression level");
        }
        return level;
    }

    static int wbits(Object o) {
        return o == null || o == PyNone.NONE ? 15 : (int) Ops.index(o);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
