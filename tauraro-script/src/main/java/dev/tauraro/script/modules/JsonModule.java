package dev.tauraro.script.modules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.FloatRepr;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json} on Jackson's streaming API: {@code dumps} writes through a
 * {@link PrettyPrinter} that reproduces CPython's separators and indentation exactly, and
 * {@code loads} reads tokens into script values (ints stay exact, floats are doubles).
 */
public final class JsonModule {
    private JsonModule() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    static final PyClass DECODE_ERROR = PyClass.builtin("JSONDecodeError", "json.decoder", null, Map.of(),
            Exceptions.VALUE_ERROR);

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("json", interp);
        m.set("dumps", new BuiltinFunction("dumps", JsonModule::dumps));
        m.set("loads", new BuiltinFunction("loads", (a, k) -> loads(Ops.str(a[0]))));
        m.set("JSONDecodeError", DECODE_ERROR);
        return m;
    }

    // ---------------------------------------------------------------- dumps

    private static Object dumps(Object[] a, String[] k) {
        Object indent = AsyncioModule.kwarg(a, k, "indent", PyNone.NONE);
        boolean sortKeys = Ops.truthy(AsyncioModule.kwarg(a, k, "sort_keys", false));
        boolean ensureAscii = Ops.truthy(AsyncioModule.kwarg(a, k, "ensure_ascii", true));
        Object separators = AsyncioModule.kwarg(a, k, "separators", PyNone.NONE);
        Object fallback = AsyncioModule.kwarg(a, k, "default", PyNone.NONE);
        String indentText = indent == PyNone.NONE ? null
                : indent instanceof String s ? s : " ".repeat((int) Ops.toLong(indent));
        String itemSep = indentText == null ? ", " : ",";
        String keySep = ": ";
        if (separators != PyNone.NONE) {
            List<Object> seps = Ops.toList(separators);
            itemSep = Ops.str(seps.get(0));
            keySep = Ops.str(seps.get(1));
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (ensureAscii) {
                g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
            }
            g.setPrettyPrinter(new CPythonPrinter(indentText, itemSep, keySep));
            write(g, a[0], sortKeys, fallback, 0);
        } catch (IOException e) {
            throw Exceptions.valueError(e.getMessage());
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Object v, boolean sortKeys, Object fallback, int depth)
            throws IOException {
        if (depth > 1000) {
            throw Exceptions.newException(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (v == PyNone.NONE) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Double d) {
            g.writeNumber(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity")
                    : FloatRepr.repr(d));
        } else if (Ops.type(v) == dev.tauraro.script.runtime.Types.INT) {
            g.writeNumber(Ops.repr(v));
        } else if (v instanceof PyList || v instanceof PyTuple) {
            g.writeStartArray();
            for (Object item : (List<?>) v) {
                write(g, item, sortKeys, fallback, depth + 1);
            }
            g.writeEndArray();
        } else if (v instanceof PyDict d) {
            g.writeStartObject();
            List<Map.Entry<Object, Object>> entries = new ArrayList<>(d.entrySet());
            if (sortKeys) {
                entries.sort((x, y) -> Ops.compare(x.getKey(), y.getKey(), "<"));
            }
            for (Map.Entry<Object, Object> e : entries) {
                g.writeFieldName(key(e.getKey()));
                write(g, e.getValue(), sortKeys, fallback, depth + 1);
            }
            g.writeEndObject();
        } else if (fallback != PyNone.NONE) {
            write(g, Ops.call(fallback, v), sortKeys, fallback, depth + 1);
        } else {
            throw Exceptions.typeError("Object of type " + Ops.typeName(v) + " is not JSON serializable");
        }
    }

    private static String key(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k == PyNone.NONE) {
            return "null";
        }
        if (Ops.type(k) == dev.tauraro.script.runtime.Types.INT || k instanceof Double) {
            return Ops.repr(k);
        }
        throw Exceptions.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(k));
    }

    /** CPython's layout: {@code ", "} and {@code ": "} inline, or one item per line when indenting. */
    private static final class CPythonPrinter implements PrettyPrinter {
        private final String indent;
        private final String itemSep;
        private final String keySep;
        private int level;

        CPythonPrinter(String indent, String itemSep, String keySep) {
            this.indent = indent;
            this.itemSep = itemSep;
            this.keySep = keySep;
        }

        private void newline(JsonGenerator g) throws IOException {
            if (indent != null) {
                g.writeRaw('\n');
                for (int i = 0; i < level; i++) {
                    g.writeRaw(indent);
                }
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            level++;
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            level--;
            if (entries > 0) {
                newline(g);
            }
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(itemSep);
            newline(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(keySep);
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            level++;
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            level--;
            if (values > 0) {
                newline(g);
            }
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(itemSep);
            newline(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            newline(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newline(g);
        }
    }

    // ---------------------------------------------------------------- loads

    static Object loads(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw decodeError("Expecting value", text, 0);
            }
            Object v = read(p, t);
            if (p.nextToken() != null) {
                throw decodeError("Extra data", text, (int) p.currentTokenLocation().getCharOffset());
            }
            return v;
        } catch (JsonProcessingException e) {
            int offset = e.getLocation() == null ? 0 : (int) e.getLocation().getCharOffset();
            throw decodeError("Expecting value", text, Math.max(0, offset));
        } catch (IOException e) {
            throw Exceptions.valueError(e.getMessage());
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                PyDict d = new PyDict();
                for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                    String name = p.currentName();
                    d.put(name, read(p, p.nextToken()));
                }
                return d;
            }
            case START_ARRAY: {
                PyList l = new PyList();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(read(p, e));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return Ops.normalize(new BigInteger(p.getText()));
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return PyNone.NONE;
            default:
                throw Exceptions.valueError("unexpected JSON token " + t);
        }
    }

    private static RuntimeException decodeError(String msg, String text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return Exceptions.newException(DECODE_ERROR, msg + ": line " + line + " column " + col + " (char " + offset
                + ")");
    }
}
