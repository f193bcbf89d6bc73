package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyTuple;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _struct}: packing and unpacking of C values ({@code lib/struct.py} adds the
 * {@code Struct} class). Formats are parsed once and kept per interpreter, as CPython caches its
 * compiled structs.
 */
public final class StructModule {
    private StructModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_struct", interp);
        Map<String, StructFormat> cache = new ConcurrentHashMap<>();
        java.util.function.Function<Object, StructFormat> compile = f -> {
            String fmt = formatString(f);
            StructFormat sf = cache.get(fmt);
            if (sf == null) {
                sf = StructFormat.parse(fmt);
                if (cache.size() < 100) {
                    cache.put(fmt, sf);
                }
            }
            return sf;
        };
        m.set("error", StructFormat.ERROR);
        m.set("calcsize", new BuiltinFunction("calcsize", (a, k) -> (long) compile.apply(arg(a, 0, "calcsize")).size));
        m.set("pack", new BuiltinFunction("pack", (a, k) -> {
            if (a.length == 0) {
                throw Exceptions.typeError("missing format argument");
            }
            return new PyBytes(compile.apply(a[0]).pack(a, 1));
        }));
        m.set("unpack", new BuiltinFunction("unpack", (a, k) -> {
            StructFormat f = compile.apply(arg(a, 0, "unpack"));
            byte[] b = buffer(arg(a, 1, "unpack"));
            if (b.length != f.size) {
                throw StructFormat.error("unpack requires a buffer of " + f.size + " bytes");
            }
            return new PyTuple(f.unpack(b, 0));
        }));
        m.set("unpack_from", new BuiltinFunction("unpack_from", (a, k) -> {
            Object[] p = positional(a, k, "unpack_from", "format", "buffer", "offset");
            StructFormat f = compile.apply(p[0]);
            byte[] b = buffer(p[1]);
            long offset = p[2] == null ? 0 : Ops.index(p[2]);
            if (offset < 0) {
                if (offset + b.length < 0) {
                    throw StructFormat.error("offset " + offset + " out of range for " + b.length + "-byte buffer");
                }
                offset += b.length;
            }
            if (b.length - offset < f.size) {
                if (offset > b.length) {
                    throw StructFormat.error("offset " + offset + " out of range for " + b.length + "-byte buffer");
                }
                throw StructFormat.error("unpack_from requires a buffer of at least " + (f.size + offset)
                        + " bytes for unpacking " + f.size + " bytes at offset " + offset
                        + " (actual buffer size is " + b.length + ")");
            }
            return new PyTuple(f.unpack(b, (int) offset));
        }));
        m.set("pack_into", new BuiltinFunction("pack_into", (a, k) -> {
            // format, buffer, offset, *values: packed first (CPython's order of checks), then written in place
            if (a.length < 3) {
                throw StructFormat.error("pack_into expected " + (a.length < 2 ? "buffer" : "offset") + " argument");
            }
            StructFormat f = compile.apply(a[0]);
            byte[] packed = f.pack(a, 3, "pack_into");
            dev.tauraro.script.runtime.Buffers.Writable w = dev.tauraro.script.runtime.Buffers.writable(a[1], "");
            long offset = Ops.index(a[2]);
            int n = w.length();
            if (offset < 0) {
                if (offset + f.size > 0) {
                    throw StructFormat.error("no space to pack " + f.size + " bytes at offset " + offset);
                }
                if (offset + n < 0) {
                    throw StructFormat.error("offset " + offset + " out of range for " + n + "-byte buffer");
                }
                offset += n;
            }
            if (n - offset < f.size) {
                throw StructFormat.error("pack_into requires a buffer of at least " + (f.size + offset)
                        + " bytes for packing " + f.size + " bytes at offset " + offset
                        + " (actual buffer size is " + n + ")");
            }
            w.fill(packed, (int) offset, packed.length);
            return dev.tauraro.script.runtime.PyNone.NONE;
        }));
        m.set("iter_unpack", new BuiltinFunction("iter_unpack", (a, k) -> {
            StructFormat f = compile.apply(arg(a, 0, "iter_unpack"));
            byte[] b = buffer(arg(a, 1, "iter_unpack"));
            if (f.size == 0) {
                throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
            }
            if (b.length % f.size != 0) {
                throw StructFormat.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
            }
            int[] at = {0};
            return new PyIterator() {
                @Override
                public Object next() {
                    if (at[0] >= b.length) {
                        return null;
                    }
                    Object[] r = f.unpack(b, at[0]);
                    at[0] += f.size;
                    return new PyTuple(r);
                }
            };
        }));
        return m;
    }

    private static Object arg(Object[] a, int i, String function) {
        if (i >= a.length) {
            throw Exceptions.typeError(function + " expected " + (function.equals("calcsize") ? 1 : 2)
                    + " arguments, got " + a.length);
        }
        return a[i];
    }

    /** Binds positional and keyword arguments to {@code names} (missing optional ones are null). */
    private static Object[] positional(Object[] a, String[] k, String function, String... names) {
        int nk = k == null ? 0 : k.length;
        Object[] out = Arrays.copyOf(a, Math.max(names.length, a.length - nk));
        Arrays.fill(out, a.length - nk, out.length, null);
        for (int i = 0; i < nk; i++) {
            int idx = Arrays.asList(names).indexOf(k[i]);
            if (idx < 0) {
                throw Exceptions.typeError(function + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            out[idx] = a[a.length - nk + i];
        }
        return out;
    }

    static String formatString(Object f) {
        Object u = PyDerived.unwrap(f);
        if (u instanceof String s) {
            return s;
        }
        if (u instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.ISO_8859_1);
        }
        throw Exceptions.typeError("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(f));
    }

    static byte[] buffer(Object o) {
        return dev.tauraro.script.runtime.Buffers.bytes(o);
    }
}
