package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tukaani.xz.ARMOptions;
import org.tukaani.xz.ARMThumbOptions;
import org.tukaani.xz.DeltaOptions;
import org.tukaani.xz.FilterOptions;
import org.tukaani.xz.FinishableOutputStream;
import org.tukaani.xz.FinishableWrapperOutputStream;
import org.tukaani.xz.IA64Options;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAInputStream;
import org.tukaani.xz.LZMAOutputStream;
import org.tukaani.xz.PowerPCOptions;
import org.tukaani.xz.SPARCOptions;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.X86Options;

/**
 * {@code lzma}'s filter chains: the specifier dicts ({@code {"id": FILTER_LZMA2, "preset": 6, ...}})
 * turned into XZ for Java's options, and the raw encoders and decoders made from a chain. LZMA1 has
 * no filter class of its own in XZ for Java; its settings travel in an {@link LZMA2Options}, marked
 * by {@link Filter#lzma1}.
 */
final class LzmaFilters {
    private LzmaFilters() {
    }

    static final long FILTER_LZMA1 = 0x4000000000000001L;
    static final long FILTER_LZMA2 = 0x21;
    static final long FILTER_DELTA = 3;
    static final long PRESET_EXTREME = 0x80000000L;
    private static final String LZMA = "Invalid filter specifier for LZMA filter";
    private static final String DELTA = "Invalid filter specifier for delta filter";
    private static final String BCJ = "Invalid filter specifier for BCJ filter";

    /** One link of a chain. */
    record Filter(FilterOptions options, boolean lzma1) {
    }

    /** The options of a preset, with liblzma's "extreme" variant (slower, a little smaller). */
    static LZMA2Options preset(long preset) {
        int level = (int) (preset & 0x1F);
        if (level > 9 || (preset & ~(0x1FL | PRESET_EXTREME)) != 0) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        try {
            LZMA2Options o = new LZMA2Options(level);
            if ((preset & PRESET_EXTREME) != 0) {
                o.setMode(LZMA2Options.MODE_NORMAL);
                o.setMatchFinder(LZMA2Options.MF_BT4);
                boolean short3or5 = level == 3 || level == 5;
                o.setNiceLen(short3or5 ? 192 : 273);
                o.setDepthLimit(short3or5 ? 0 : 512);
            }
            return o;
        } catch (UnsupportedOptionsException e) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
    }

    /** A filter chain from a sequence of specifier dicts. */
    static List<Filter> chain(Object filters) {
        List<Filter> out = new ArrayList<>();
        for (Object spec : Ops.toList(filters)) {
            out.add(filter(spec));
        }
        if (out.isEmpty() || out.size() > 4) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        return out;
    }

    static Filter filter(Object spec) {
        if (!(dev.tauraro.script.runtime.PyDerived.unwrap(spec) instanceof PyDict d)) {
            throw Exceptions.typeError("Filter specifier must be a dict or dict-like object");
        }
        Object id = d.get("id");
        if (id == null) {
            throw Exceptions.valueError("Filter specifier must have an \"id\" entry");
        }
        long filterId = Ops.index(id);
        try {
            if (filterId == FILTER_LZMA1 || filterId == FILTER_LZMA2) {
                return new Filter(lzmaOptions(d), filterId == FILTER_LZMA1);
            }
            if (filterId == FILTER_DELTA) {
                only(d, DELTA, "dist");
                DeltaOptions o = new DeltaOptions();
                if (d.get("dist") != null) {
                    o.setDistance(intOf(d.get("dist"), DELTA));
                }
                return new Filter(o, false);
            }
            if (filterId < 4 || filterId > 9) {
                throw Exceptions.valueError("Invalid filter ID: " + Ops.str(id));
            }
            only(d, BCJ, "start_offset");
            int start = d.get("start_offset") == null ? 0 : intOf(d.get("start_offset"), BCJ);
            // each through its own class: their common base is not public in XZ for Java
            FilterOptions bcj = switch ((int) filterId) {
                case 4 -> { X86Options o = new X86Options(); o.setStartOffset(start); yield o; }
                case 5 -> { PowerPCOptions o = new PowerPCOptions(); o.setStartOffset(start); yield o; }
                case 6 -> { IA64Options o = new IA64Options(); o.setStartOffset(start); yield o; }
                case 7 -> { ARMOptions o = new ARMOptions(); o.setStartOffset(start); yield o; }
                case 8 -> { ARMThumbOptions o = new ARMThumbOptions(); o.setStartOffset(start); yield o; }
                default -> { SPARCOptions o = new SPARCOptions(); o.setStartOffset(start); yield o; }
            };
            return new Filter(bcj, false);
        } catch (UnsupportedOptionsException e) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
    }

    private static LZMA2Options lzmaOptions(PyDict d) throws UnsupportedOptionsException {
        only(d, LZMA,
                "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth");
        Object preset = d.get("preset");
        LZMA2Options o = preset(preset == null ? 6 : Ops.index(preset) & 0xFFFFFFFFL);
        if (d.get("dict_size") != null) {
            o.setDictSize(intOf(d.get("dict_size"), LZMA));
        }
        if (d.get("lc") != null || d.get("lp") != null) {
            o.setLcLp(d.get("lc") == null ? o.getLc() : intOf(d.get("lc"), LZMA),
                    d.get("lp") == null ? o.getLp() : intOf(d.get("lp"), LZMA));
        }
        if (d.get("pb") != null) {
            o.setPb(intOf(d.get("pb"), LZMA));
        }
        if (d.get("mode") != null) {
            o.setMode(intOf(d.get("mode"), LZMA));
        }
        if (d.get("nice_len") != null) {
            o.setNiceLen(intOf(d.get("nice_len"), LZMA));
        }
        if (d.get("mf") != null) {
            // XZ for Java has only the HC4 and BT4 match finders; HC3, BT2 and BT3 are refused here
            o.setMatchFinder(intOf(d.get("mf"), LZMA));
        }
        if (d.get("depth") != null) {
            o.setDepthLimit(intOf(d.get("depth"), LZMA));
        }
        return o;
    }

    /** An option's value; CPython refuses a non-integer with the filter kind's message. */
    private static int intOf(Object o, String message) {
        if (!(o instanceof Long || o instanceof java.math.BigInteger || o instanceof Boolean)) {
            throw Exceptions.valueError(message);
        }
        long v = Ops.index(o);
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Value too large for uint32_t type");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** Refuses keys other than "id" and the given ones, with the filter kind's message. */
    private static void only(PyDict d, String message, String... allowed) {
        List<String> ok = List.of(allowed);
        for (Map.Entry<Object, Object> e : d.entrySet()) {
            if (!"id".equals(e.getKey()) && !ok.contains(e.getKey())) {
                throw Exceptions.valueError(message);
            }
        }
    }

    /** A raw encoder: the chain's first filter sees the data first; the last must be LZMA1 or LZMA2. */
    static OutputStream rawEncoder(List<Filter> chain, OutputStream sink) throws IOException {
        Filter last = chain.get(chain.size() - 1);
        checkLast(chain);
        FinishableOutputStream out = last.lzma1()
                ? new LZMAOutputStream(sink, (LZMA2Options) last.options(), true)
                : last.options().getOutputStream(new FinishableWrapperOutputStream(sink));
        for (int i = chain.size() - 2; i >= 0; i--) {
            out = chain.get(i).options().getOutputStream(out);
        }
        return out;
    }

    /** A raw decoder of the same chain. */
    static InputStream rawDecoder(List<Filter> chain, InputStream in) throws IOException {
        Filter last = chain.get(chain.size() - 1);
        checkLast(chain);
        InputStream dec;
        if (last.lzma1()) {
            LZMA2Options o = (LZMA2Options) last.options();
            dec = new LZMAInputStream(in, -1, o.getLc(), o.getLp(), o.getPb(), o.getDictSize(), null);
        } else {
            dec = last.options().getInputStream(in);
        }
        for (int i = chain.size() - 2; i >= 0; i--) {
            dec = chain.get(i).options().getInputStream(dec);
        }
        return dec;
    }

    private static void checkLast(List<Filter> chain) {
        for (int i = 0; i < chain.size(); i++) {
            boolean lz = chain.get(i).options() instanceof LZMA2Options;
            if (lz != (i == chain.size() - 1)) {
                throw LzmaModule.error("Invalid or unsupported options");
            }
        }
    }

    /** The options of an XZ chain (no LZMA1 there). */
    static FilterOptions[] xzChain(List<Filter> chain) {
        checkLast(chain);
        if (chain.get(chain.size() - 1).lzma1()) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        return chain.stream().map(Filter::options).toArray(FilterOptions[]::new);
    }

    /** {@code _encode_filter_properties}: LZMA1's five bytes (lc/lp/pb, dictionary size) as .zip's LZMA method stores them. */
    static PyBytes encodeProperties(Object spec) {
        Filter f = filter(spec);
        if (!f.lzma1()) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        LZMA2Options o = (LZMA2Options) f.options();
        int props = (o.getPb() * 5 + o.getLp()) * 9 + o.getLc();
        int dict = o.getDictSize();
        return new PyBytes(new byte[] {(byte) props, (byte) dict, (byte) (dict >> 8), (byte) (dict >> 16), (byte) (dict >> 24)});
    }

    /** {@code _decode_filter_properties} for LZMA1: the specifier dict of five property bytes. */
    static PyDict decodeProperties(long id, byte[] props) {
        if (id != FILTER_LZMA1 || props.length != 5 || (props[0] & 0xFF) >= 9 * 5 * 5) {
            throw LzmaModule.error("Invalid or unsupported options");
        }
        int p = props[0] & 0xFF;
        PyDict d = new PyDict();
        d.put("id", FILTER_LZMA1);
        d.put("lc", (long) (p % 9));
        d.put("lp", (long) (p / 9 % 5));
        d.put("pb", (long) (p / 45));
        d.put("dict_size", (long) ((props[1] & 0xFF) | (props[2] & 0xFF) << 8 | (props[3] & 0xFF) << 16)
                | (long) (props[4] & 0xFF) << 24);
        return d;
    }

    static PyException unsupported() {
        return LzmaModule.error("Invalid or unsupported options");
    }

    static boolean isNone(Object o) {
        return o == null || o == PyNone.NONE;
    }
}
