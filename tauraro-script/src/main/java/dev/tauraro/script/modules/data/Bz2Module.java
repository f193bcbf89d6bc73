package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * {@code _bz2}: {@code BZ2Compressor} and {@code BZ2Decompressor} over commons-compress's bzip2
 * streams; {@code bz2} itself (one-shot functions, {@code BZ2File}, {@code open}) is lib/bz2.py. Its
 * encoder makes standard bzip2 streams that libbz2 reads, though not always byte for byte what
 * libbz2 would write (the format allows several encodings of the same data).
 */
public final class Bz2Module {
    private Bz2Module() {
    }

    static final PyClass COMPRESSOR = PyClass.builtin("BZ2Compressor", "_bz2", (a, k) -> {
        Object[] p = BinasciiModule.bindOptional(a, k, "BZ2Compressor", "compresslevel");
        int level = p[0] == null ? 9 : (int) Ops.index(p[0]);
        if (level < 1 || level > 9) {
            throw Exceptions.valueError("compresslevel must be between 1 and 9");
        }
        return new StreamCompressor(Bz2Module.COMPRESSOR, sink -> new BZip2CompressorOutputStream(sink, level),
                e -> Exceptions.newException(Exceptions.OS_ERROR, e.getMessage()));
    }, Map.of());

    static final PyClass DECOMPRESSOR = PyClass.builtin("BZ2Decompressor", "_bz2", (a, k) -> {
        BinasciiModule.bindOptional(a, k, "BZ2Decompressor");
        return new Decompressor();
    }, Map.of());

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_bz2", interp);
        m.set("BZ2Compressor", COMPRESSOR);
        m.set("BZ2Decompressor", DECOMPRESSOR);
        return m;
    }

    /** {@code BZ2Decompressor}: one bzip2 stream; bytes after it are {@code unused_data}. */
    static final class Decompressor extends ReplayDecompressor {
        @Override
        InputStream decoder(InputStream in) throws IOException {
            return new BZip2CompressorInputStream(in, false);
        }

        @Override
        PyException badData(IOException failure) {
            return Exceptions.newException(Exceptions.OS_ERROR, "Invalid data stream");
        }

        @Override
        PyException afterEnd() {
            return Exceptions.newException(Exceptions.EOF_ERROR, "End of stream already reached");
        }

        @Override
        public PyClass type() {
            return DECOMPRESSOR;
        }

        @Override
        public Object attr(String name) {
            return commonAttr(name);
        }
    }
}
