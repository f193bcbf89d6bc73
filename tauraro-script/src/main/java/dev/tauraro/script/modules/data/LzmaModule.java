package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.tukaani.xz.CorruptedInputException;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.SingleXZInputStream;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZFormatException;
import org.tukaani.xz.XZOutputStream;

/**
 * {@code _lzma} over XZ for Java: {@code LZMACompressor}, {@code LZMADecompressor}, {@code LZMAError},
 * the constants and {@code is_check_supported}; {@code lzma} itself is lib/lzma.py. The .xz, .lzma
 * ("alone") and raw formats are read and written with the same filters as liblzma (LZMA1, LZMA2,
 * delta, the BCJ filters), and what is written decodes under liblzma, though not always byte for
 * byte what liblzma writes. XZ for Java lacks the HC3, BT2 and BT3 match finders (refused as
 * unsupported options) and counts memory limits in KiB of its own estimates.
 */
public final class LzmaModule {
    private LzmaModule() {
    }

    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final int FORMAT_RAW = 3;
    static final int CHECK_UNKNOWN = 16;

    static final PyClass ERROR = PyClass.builtin("LZMAError", "_lzma", null, Map.of(), Exceptions.EXCEPTION);

    static PyException error(String msg) {
        return Exceptions.newException(ERROR, msg);
    }

    static final PyClass COMPRESSOR = PyClass.builtin("LZMACompressor", "_lzma", (a, k) -> {
        Object[] p = BinasciiModule.bindOptional(a, k, "LZMACompressor", "format", "check", "preset", "filters");
        int format = LzmaFilters.isNone(p[0]) ? FORMAT_XZ : (int) Ops.index(p[0]);
        int check = LzmaFilters.isNone(p[1]) ? -1 : (int) Ops.index(p[1]);
        if (format < FORMAT_XZ || format > FORMAT_RAW) {
            throw Exceptions.valueError("Invalid container format: " + format);
        }
        if (format != FORMAT_XZ && check != -1 && check != 0) {
            throw Exceptions.valueError("Integrity checks are only supported by FORMAT_XZ");
        }
        boolean hasPreset = !LzmaFilters.isNone(p[2]);
        boolean hasFilters = !LzmaFilters.isNone(p[3]);
        if (hasPreset && hasFilters) {
            throw Exceptions.valueError("Cannot specify both preset and filter chain");
        }
        if (format == FORMAT_RAW && !hasFilters) {
            throw Exceptions.valueError("Must specify filters for FORMAT_RAW");
        }
        long preset = hasPreset ? Ops.index(p[2]) & 0xFFFFFFFFL : 6;
        List<LzmaFilters.Filter> chain = hasFilters ? LzmaFilters.chain(p[3]) : null;
        StreamCompressor.EncoderFactory encoder = switch (format) {
            case FORMAT_XZ -> {
                int checkType = check == -1 ? 4 : check;
                if (!checkSupported(checkType)) {
                    throw error(checkType > 15 ? "Internal error" : "Unsupported integrity check");
                }
                var filters = chain == null ? new LZMA2Options[] {LzmaFilters.preset(preset)} : LzmaFilters.xzChain(chain);
                yield sink -> new XZOutputStream(sink, filters, checkType);
            }
            case FORMAT_ALONE -> {
                if (chain != null && (chain.size() != 1 || !chain.get(0).lzma1())) {
                    throw Exceptions.valueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                }
                LZMA2Options o = chain == null ? LzmaFilters.preset(preset) : (LZMA2Options) chain.get(0).options();
                yield sink -> new LZMAOutputStream(sink, o, -1);
            }
            default -> sink -> LzmaFilters.rawEncoder(chain, sink);
        };
        return new StreamCompressor(LzmaModule.COMPRESSOR, encoder, LzmaModule::failure);
    }, Map.of());

    static final PyClass DECOMPRESSOR = PyClass.builtin("LZMADecompressor", "_lzma", (a, k) -> {
        Object[] p = BinasciiModule.bindOptional(a, k, "LZMADecompressor", "format", "memlimit", "filters");
        int format = LzmaFilters.isNone(p[0]) ? FORMAT_AUTO : (int) Ops.index(p[0]);
        if (format < FORMAT_AUTO || format > FORMAT_RAW) {
            throw Exceptions.valueError("Invalid container format: " + format);
        }
        boolean hasLimit = !LzmaFilters.isNone(p[1]);
        boolean hasFilters = !LzmaFilters.isNone(p[2]);
        if (format == FORMAT_RAW && hasLimit) {
            throw Exceptions.valueError("Cannot specify memory limit with FORMAT_RAW");
        }
        if (format == FORMAT_RAW && !hasFilters) {
            throw Exceptions.valueError("Must specify filters for FORMAT_RAW");
        }
        if (format != FORMAT_RAW && hasFilters) {
            throw Exceptions.valueError("Cannot specify filters except with FORMAT_RAW");
        }
        int limitKiB = hasLimit ? (int) Math.min(Integer.MAX_VALUE, Ops.index(p[1]) / 1024) : -1;
        return new Decompressor(format, limitKiB, hasFilters ? LzmaFilters.chain(p[2]) : null);
    }, Map.of());

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_lzma", interp);
        m.set("LZMAError", ERROR);
        m.set("LZMACompressor", COMPRESSOR);
        m.set("LZMADecompressor", DECOMPRESSOR);
        Object[][] constants = {{"FORMAT_AUTO", 0L}, {"FORMAT_XZ", 1L}, {"FORMAT_ALONE", 2L}, {"FORMAT_RAW", 3L},
            {"CHECK_NONE", 0L}, {"CHECK_CRC32", 1L}, {"CHECK_CRC64", 4L}, {"CHECK_SHA256", 10L},
            {"CHECK_ID_MAX", 15L}, {"CHECK_UNKNOWN", 16L},
            {"FILTER_LZMA1", LzmaFilters.FILTER_LZMA1}, {"FILTER_LZMA2", LzmaFilters.FILTER_LZMA2},
            {"FILTER_DELTA", LzmaFilters.FILTER_DELTA}, {"FILTER_X86", 4L}, {"FILTER_POWERPC", 5L},
            {"FILTER_IA64", 6L}, {"FILTER_ARM", 7L}, {"FILTER_ARMTHUMB", 8L}, {"FILTER_SPARC", 9L},
            {"MF_HC3", 3L}, {"MF_HC4", 4L}, {"MF_BT2", 18L}, {"MF_BT3", 19L}, {"MF_BT4", 20L},
            {"MODE_FAST", 1L}, {"MODE_NORMAL", 2L}, {"PRESET_DEFAULT", 6L}, {"PRESET_EXTREME", LzmaFilters.PRESET_EXTREME}};
        for (Object[] c : constants) {
            m.set((String) c[0], c[1]);
        }
        m.set("is_check_supported", new BuiltinFunction("is_check_supported",
                (a, k) -> checkSupported(Ops.index(BinasciiModule.bind(a, k, "is_check_supported", "check_id")[0]))));
        m.set("_encode_filter_properties", new BuiltinFunction("_encode_filter_properties",
                (a, k) -> LzmaFilters.encodeProperties(BinasciiModule.bind(a, k, "_encode_filter_properties", "filter")[0])));
        m.set("_decode_filter_properties", new BuiltinFunction("_decode_filter_properties", (a, k) -> {
            Object[] p = BinasciiModule.bind(a, k, "_decode_filter_properties", "filter_id", "encoded_props");
            return LzmaFilters.decodeProperties(Ops.index(p[0]), BinasciiModule.bytes(p[1]));
        }));
        return m;
    }

    /** The checks XZ for Java computes: none, CRC32, CRC64, SHA-256 (as liblzma here). */
    static boolean checkSupported(long id) {
        return id == 0 || id == 1 || id == 4 || id == 10;
    }

    static PyException failure(IOException e) {
        if (e instanceof MemoryLimitException) {
            return error("Memory usage limit exceeded");
        }
        if (e instanceof XZFormatException) {
            return error("Input format not supported by decoder");
        }
        if (e instanceof UnsupportedOptionsException) {
            return error("Invalid or unsupported options");
        }
        if (e instanceof CorruptedInputException) {
            return error("Corrupt input data");
        }
        return error("Corrupt input data");
    }

    /** {@code LZMADecompressor}: one stream of the given format; bytes after it are {@code unused_data}. */
    static final class Decompressor extends ReplayDecompressor {
            private final int format;
        private final int limitKiB;
        private final List<LzmaFilters.Filter> chain;
        private int check;

        Decompressor(int format, int limitKiB, List<LzmaFilters.Filter> chain) {
            this.format = format;
            this.limitKiB = limitKiB;
            this.chain = chain;
            this.check = format == FORMAT_RAW || format == FORMAT_ALONE ? 0 : CHECK_UNKNOWN;
        }

        @Override
        InputStream decoder(InputStream in) throws IOException {
            int f = format;
            if (f == FORMAT_AUTO) {
                // liblzma decides on the first byte: 0xFD starts .xz, anything else .lzma
                in.mark(1);
                int first = in.read();
                in.reset();
                if (first < 0) {
                    throw new EOFException();
                }
                f = first == 0xFD ? FORMAT_XZ : FORMAT_ALONE;
                if (f == FORMAT_ALONE) {
                    check = 0;
                }
            }
            if (f == FORMAT_ALONE) {
                aloneHeader(in, format == FORMAT_AUTO);
            }
            return switch (f) {
                case FORMAT_XZ -> new SingleXZInputStream(in, limitKiB);
                case FORMAT_ALONE -> new LZMAInputStream(in, limitKiB);
                default -> LzmaFilters.rawDecoder(chain, in);
            };
        }

        /**
         * Refuses a .lzma header as liblzma does before reading on: a properties byte past 224 or
         * with lc + lp over 4, and when the format was detected ({@code picky}), a dictionary size
         * not 2^n or 2^n + 2^(n-1) or a stated size of 256 GiB or more. XZ for Java checks less,
         * and would wait for more input where CPython already fails.
         */
        private static void aloneHeader(InputStream in, boolean picky) throws IOException {
            in.mark(13);
            byte[] h = in.readNBytes(13);
            in.reset();
            int props = h.length >= 1 ? h[0] & 0xFF : 0;
            if (props > 224 || props % 9 + props / 9 % 5 > 4) {
                throw new XZFormatException();
            }
            if (picky && h.length >= 5) {
                long dict = (h[1] & 0xFFL) | (h[2] & 0xFFL) << 8 | (h[3] & 0xFFL) << 16 | (h[4] & 0xFFL) << 24;
                boolean twoPower = Long.bitCount(dict) == 1 || (dict % 3 == 0 && Long.bitCount(dict / 3) == 1);
                if (dict != 0xFFFFFFFFL && dict != 0 && !twoPower) {
                    throw new XZFormatException();
                }
            }
            if (picky && h.length == 13) {
                long size = 0;
                for (int i = 12; i >= 5; i--) {
                    size = size << 8 | (h[i] & 0xFF);
                }
                if (size != -1 && (size >>> 38) != 0) {
                    throw new XZFormatException();
                }
            }
        }

        @Override
        void seen(InputStream decoder) {
            if (decoder instanceof SingleXZInputStream xz) {
                check = xz.getCheckType();
            }
        }

        @Override
        PyException badData(IOException failure) {
            return failure(failure);
        }

        @Override
        boolean definite(Exception failure) {
            return failure instanceof XZFormatException || failure instanceof MemoryLimitException
                    || failure instanceof UnsupportedOptionsException;
        }

        @Override
        PyException afterEnd() {
            return Exceptions.newException(Exceptions.EOF_ERROR, "Already at end of stream");
        }

        @Override
        public PyClass type() {
            return DECOMPRESSOR;
        }

        @Override
        public Object attr(String name) {
            if (name.equals("check")) {
                synchronized (this) {
                    return (long) check;
                }
            }
            return commonAttr(name);
        }
    }
}
