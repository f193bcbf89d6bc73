package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Codecs;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code _codecs}: what the script module {@code lib/codecs.py} needs from the Java codecs
 * ({@link Codecs}) beyond {@code str.encode} and {@code bytes.decode}: CPython's name of an
 * encoding, decoding a chunk that may end inside a character, and the codec that continues a
 * stream after its byte order mark.
 */
final class CodecsModule {
    private CodecsModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_codecs", interp);
        // lookup(encoding) -> CPython's name of the text codec, or None
        m.set("lookup", new BuiltinFunction("lookup", (a, k) -> {
            String id = Codecs.lookup(str(a[0], "lookup"));
            return id == null ? PyNone.NONE : Codecs.pythonName(id);
        }));
        // binary(encoding) -> whether it names one of CPython's bytes-to-bytes codecs
        m.set("binary", new BuiltinFunction("binary", (a, k) -> Codecs.binary(Codecs.normalize(str(a[0], "binary")))));
        // decode(data, encoding, errors, final) -> (text, bytes used)
        m.set("decode", new BuiltinFunction("decode", (a, k) ->
                Codecs.decodePrefix(Buffers.bytes(a[0]), str(a[1], "decode"), str(a[2], "decode"), Ops.truthy(a[3]))));
        // stateless(encoding, start) -> the codec that continues a stream that began with the bytes start
        m.set("stateless", new BuiltinFunction("stateless", (a, k) ->
                Codecs.pythonName(Codecs.stateless(Codecs.lookup(str(a[0], "stateless")), Buffers.bytes(a[1])))));
        return m;
    }

    private static String str(Object o, String function) {
        if (!(o instanceof String s)) {
            throw dev.tauraro.script.runtime.Exceptions.typeError(function + "() argument must be str, not "
                    + Ops.typeName(o));
        }
        return s;
    }
}
