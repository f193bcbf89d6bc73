package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.FloatRepr;
import dev.tauraro.script.runtime.IntDigits;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json}: {@code dumps}/{@code dump} and {@code loads}/{@code load} with CPython's
 * output layout, error messages and error positions.
 *
 * <p>Python equivalent: {@code json}.
 *
 * <h2>Differences from CPython</h2>
 * The decoder is a port of CPython's own scanner ({@code json/decoder.py}, {@code _json.c}), not
 * a generic parser such as Jackson: scripts observe the exact error text and position
 * ({@code "Expecting ',' delimiter: line 1 column 6 (char 5)"}), the {@code JSONDecodeError}
 * attributes, exact big ints and the {@code NaN}/{@code Infinity} extensions, which a generic
 * parser reports or accepts differently. {@code JSONEncoder} and {@code JSONDecoder} are
 * {@code lib/json/encoder.py} and {@code lib/json/decoder.py}, over these functions; {@code cls=}
 * hands the call to such a class as CPython does.
 */
public final class JsonModule {
    private JsonModule() {
    }

    /** {@code json.JSONDecodeError}: a ValueError with msg, doc, pos, lineno and colno. */
    static final PyClass JSON_DECODE_ERROR = PyClass.builtin("JSONDecodeError", "json.decoder", null,
            Map.of("__init__", new BuiltinFunction("__init__", (a, k) -> {
                // CPython's def __init__(self, msg, doc, pos)
                if (a.length < 4) {
                    int missing = 4 - a.length;
                    throw Exceptions.typeError("JSONDecodeError.__init__() missing " + missing
                            + " required positional argument" + (missing == 1 ? ": 'pos'"
                            : missing == 2 ? "s: 'doc' and 'pos'" : "s: 'msg', 'doc', and 'pos'"));
                }
                if (a.length > 4) {
                    throw Exceptions.typeError("JSONDecodeError.__init__() takes 4 positional arguments but "
                            + a.length + " were given");
                }
                decodeError((PyBaseException) a[0], Ops.str(a[1]), Ops.str(a[2]), (int) Ops.toLong(a[3]));
                return PyNone.NONE;
            })), Exceptions.VALUE_ERROR);
    /** The standard keywords of dumps and their defaults, which it passes to a {@code cls=} class. */
    private static final String[] ENCODER_OPTIONS = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan",
        "indent", "separators", "default", "sort_keys"};
    private static final Object[] ENCODER_DEFAULTS = {false, true, true, true, PyNone.NONE, PyNone.NONE,
        PyNone.NONE, false};
    private static final String[] DECODER_HOOKS = {"object_hook", "object_pairs_hook", "parse_float", "parse_int",
        "parse_constant"};

    // CPython validates keywords in JSONEncoder/JSONDecoder.__init__, hence those names in errors.
    private static final String ENCODER = "JSONEncoder.__init__";
    private static final String DECODER = "JSONDecoder.__init__";
    private static final String[] ENCODER_KEYWORDS = {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular",
        "allow_nan", "indent", "separators", "default", "sort_keys"};
    private static final String[] DECODER_KEYWORDS = {"s", "fp", "object_hook", "parse_float", "parse_int",
        "parse_constant", "object_pairs_hook", "strict"};

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("json", interp);
        m.set("JSONDecodeError", JSON_DECODE_ERROR);
        m.set("dumps", new BuiltinFunction("dumps", (a, k) -> {
            Object cls = Args.kwarg(a, k, "cls", PyNone.NONE);
            if (cls != PyNone.NONE) {
                Args args = Args.of("dumps", a, k, (String[]) null);
                checkPositional("dumps", args, 1);
                return Ops.callMethod(encoderOf(cls, args), "encode", new Object[] {args.required(0, "obj")}, null);
            }
            Args args = Args.of(ENCODER, a, k, ENCODER_KEYWORDS);
            return encoder("dumps", args, 1, interp).encode(args.required(0, "obj"));
        }));
        m.set("dump", new BuiltinFunction("dump", (a, k) -> {
            Object cls = Args.kwarg(a, k, "cls", PyNone.NONE);
            if (cls != PyNone.NONE) {
                // CPython's dump writes the chunks of cls(...).iterencode(obj) one by one
                Args args = Args.of("dump", a, k, (String[]) null);
                checkPositional("dump", args, 2);
                Object chunks = Ops.callMethod(encoderOf(cls, args), "iterencode",
                        new Object[] {args.required(0, "obj")}, null);
                Object fp = args.required(1, "fp");
                for (Object chunk : Ops.toList(chunks)) {
                    Ops.callMethod(fp, "write", new Object[] {chunk}, null);
                }
                return PyNone.NONE;
            }
            Args args = Args.of(ENCODER, a, k, ENCODER_KEYWORDS);
            String text = encoder("dump", args, 2, interp).encode(args.required(0, "obj"));
            Ops.callMethod(args.required(1, "fp"), "write", new Object[] {text}, null);
            return PyNone.NONE;
        }));
        m.set("loads", new BuiltinFunction("loads", (a, k) -> {
            Object cls = Args.kwarg(a, k, "cls", PyNone.NONE);
            if (cls != PyNone.NONE) {
                Args args = Args.of("loads", a, k, (String[]) null);
                return decodeWith(cls, args, text(args.required(0, "s")));
            }
            Args args = Args.of(DECODER, a, k, DECODER_KEYWORDS);
            return decoder(args).decode(text(args.required(0, "s")));
        }));
        m.set("load", new BuiltinFunction("load", (a, k) -> {
            Object cls = Args.kwarg(a, k, "cls", PyNone.NONE);
            Args args = Args.of(cls != PyNone.NONE ? "load" : DECODER, a, k,
                    cls != PyNone.NONE ? null : DECODER_KEYWORDS);
            Object fp = args.required(0, "fp");
            String text = text(Ops.callMethod(fp, "read", Ops.NO_ARGS, null));
            return cls != PyNone.NONE ? decodeWith(cls, args, text) : decoder(args).decode(text);
        }));
        // JSONDecoder.raw_decode: the value at idx and the index after it (its scan_once)
        m.set("_raw_decode", new BuiltinFunction("_raw_decode", (a, k) -> {
            long idx = Ops.toLong(a[1]);
            if (idx < 0) {
                throw Exceptions.valueError("idx cannot be negative");
            }
            Decoder d = new Decoder(hookOrNull(a[2]), hookOrNull(a[3]), hookOrNull(a[4]), hookOrNull(a[5]),
                    hookOrNull(a[6]), Ops.truthy(a[7]));
            return d.rawDecode(Ops.str(a[0]), (int) Math.min(idx, Integer.MAX_VALUE));
        }));
        // JSONEncoder, JSONDecoder and the json.encoder/json.decoder modules are script, loaded on first use
        m.set("__getattr__", new BuiltinFunction("__getattr__", (a, k) -> {
            String name = Ops.str(a[0]);
            String module = switch (name) {
                case "JSONEncoder", "encoder" -> "json.encoder";
                case "JSONDecoder", "decoder" -> "json.decoder";
                default -> throw Exceptions.attributeError("module 'json' has no attribute '" + name + "'");
            };
            PyModule sub = interp.importModule(module);
            Object v = name.startsWith("JSON") ? sub.get(name) : sub;
            m.set(name, v);
            return v;
        }));
        return m;
    }

    private static Object hookOrNull(Object hook) {
        return hook == PyNone.NONE ? null : hook;
    }

    private static void checkPositional(String function, Args args, int positional) {
        if (args.size() > positional) {
            throw Exceptions.typeError(function + "() takes " + positional + " positional argument"
                    + (positional == 1 ? "" : "s") + " but " + args.size() + " were given");
        }
    }

    /** {@code cls(skipkeys=..., ..., sort_keys=..., **kw)}: CPython's dumps with a {@code cls}. */
    private static Object encoderOf(Object cls, Args args) {
        List<Object> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ENCODER_OPTIONS.length; i++) {
            names.add(ENCODER_OPTIONS[i]);
            values.add(args.kw(ENCODER_OPTIONS[i], ENCODER_DEFAULTS[i]));
        }
        for (Map.Entry<String, Object> e : args.keywords.entrySet()) {
            if (!e.getKey().equals("cls") && !java.util.Arrays.asList(ENCODER_OPTIONS).contains(e.getKey())) {
                names.add(e.getKey());
                values.add(e.getValue());
            }
        }
        return Ops.callKw(cls, values.toArray(), names.toArray(new String[0]));
    }

    /** {@code cls(**kw).decode(s)} with the hooks that are not None: CPython's loads with a {@code cls}. */
    private static Object decodeWith(Object cls, Args args, String s) {
        if (s.startsWith("\ufeff")) {
            throw decodeError(new PyBaseException(JSON_DECODE_ERROR), "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                    s, 0);
        }
        List<Object> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> e : args.keywords.entrySet()) {
            boolean hook = java.util.Arrays.asList(DECODER_HOOKS).contains(e.getKey());
            if (!e.getKey().equals("cls") && !(hook && e.getValue() == PyNone.NONE)) {
                names.add(e.getKey());
                values.add(e.getValue());
            }
        }
        Object decoder = Ops.callKw(cls, values.toArray(), names.toArray(new String[0]));
        return Ops.callMethod(decoder, "decode", new Object[] {s}, null);
    }

    /** Fills in a JSONDecodeError as CPython's __init__(msg, doc, pos) does; returns it to raise. */
    static PyException decodeError(PyBaseException e, String msg, String doc, int pos) {
        int lineno = 1;
        int lastNewline = -1;
        for (int i = 0; i < pos && i < doc.length(); i++) {
            if (doc.charAt(i) == '\n') {
                lineno++;
                lastNewline = i;
            }
        }
        int colno = pos - lastNewline;
        e.args = new PyTuple(new Object[] {msg + ": line " + lineno + " column " + colno + " (char " + pos + ")"});
        e.setOwn("msg", msg);
        e.setOwn("doc", doc);
        e.setOwn("pos", (long) pos);
        e.setOwn("lineno", (long) lineno);
        e.setOwn("colno", (long) colno);
        return e.toThrowable();
    }

    /**
     * CPython's json.detect_encoding: a UTF-32 or UTF-16 byte order mark (which Java's UTF-32 and
     * UTF-16 decoders read and drop), else the zero bytes of the first ASCII characters.
     */
    private static String encoding(byte[] b) {
        int b0 = b.length > 0 ? b[0] & 0xff : -1;
        int b1 = b.length > 1 ? b[1] & 0xff : -1;
        boolean utf32 = b.length >= 4 && (b0 == 0 && b1 == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff
                || b0 == 0xff && b1 == 0xfe && b[2] == 0 && b[3] == 0);
        if (utf32) {
            return "UTF-32";
        }
        if (b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe) {
            return "UTF-16";
        }
        if (b.length >= 4) {
            if (b0 == 0) {
                return b1 != 0 ? "UTF-16BE" : "UTF-32BE";
            }
            if (b1 == 0) {
                return b[2] != 0 || b[3] != 0 ? "UTF-16LE" : "UTF-32LE";
            }
        } else if (b.length == 2) {
            if (b0 == 0) {
                return "UTF-16BE";
            }
            if (b1 == 0) {
                return "UTF-16LE";
            }
        }
        return "UTF-8";
    }

    private static String text(Object s) {
        if (s instanceof String str) {
            return str;
        }
        if (s instanceof PyBytes || s instanceof dev.tauraro.script.runtime.PyByteArray) {
            byte[] b = dev.tauraro.script.runtime.Buffers.bytes(s);
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return new String(b, 3, b.length - 3, StandardCharsets.UTF_8); // utf-8-sig
            }
            return new String(b, java.nio.charset.Charset.forName(encoding(b)));
        }
        throw Exceptions.typeError("the JSON object must be str, bytes or bytearray, not " + Ops.typeName(s));
    }

    private static Encoder encoder(String function, Args args, int positional, Interpreter interp) {
        checkPositional(function, args, positional);
        Object indent = args.kw("indent", PyNone.NONE);
        String indentText = null;
        if (indent != PyNone.NONE) {
            if (!(PyDerived.unwrap(indent) instanceof String) && !Ops.isInt(PyDerived.unwrap(indent))) {
                // CPython's encoder makes the indent as ' ' * indent
                throw Exceptions.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(indent) + "'");
            }
            indentText = PyDerived.unwrap(indent) instanceof String s ? s
                    : " ".repeat((int) Math.max(0, Math.min(Ops.toLong(indent), Integer.MAX_VALUE)));
        }
        String itemSep = indentText == null ? ", " : ",";
        String keySep = ": ";
        Object seps = args.kw("separators", PyNone.NONE);
        if (seps != PyNone.NONE) {
            List<Object> pair = Ops.toList(seps);
            if (pair.size() != 2) {
                throw Exceptions.valueError((pair.size() > 2 ? "too many" : "not enough")
                        + " values to unpack (expected 2" + (pair.size() > 2 ? ")" : ", got " + pair.size() + ")"));
            }
            for (int i = 1; i >= 0; i--) { // c_make_encoder's arguments 5 (key_separator) and 6
                if (!(PyDerived.unwrap(pair.get(i)) instanceof String)) {
                    throw Exceptions.typeError("make_encoder() argument " + (6 - i) + " must be str, not "
                            + (pair.get(i) == PyNone.NONE ? "None" : Ops.typeName(pair.get(i))));
                }
            }
            itemSep = Ops.str(pair.get(0));
            keySep = Ops.str(pair.get(1));
        }
        Object dflt = args.kw("default", PyNone.NONE);
        return new Encoder(Ops.truthy(args.kw("skipkeys", false)), Ops.truthy(args.kw("ensure_ascii", true)),
                Ops.truthy(args.kw("check_circular", true)), Ops.truthy(args.kw("allow_nan", true)), indentText,
                itemSep, keySep, dflt == PyNone.NONE ? null : dflt, Ops.truthy(args.kw("sort_keys", false)),
                interp.recursionLimit);
    }

    private static Decoder decoder(Args args) {
        return new Decoder(hook(args, "object_hook"), hook(args, "object_pairs_hook"), hook(args, "parse_float"),
                hook(args, "parse_int"), hook(args, "parse_constant"), Ops.truthy(args.kw("strict", true)));
    }

    private static Object hook(Args args, String name) {
        Object v = args.kw(name, PyNone.NONE);
        return v == PyNone.NONE ? null : v;
    }

    // ================================================================ encoding

    /**
     * One {@code dumps} configuration; mirrors {@code json.encoder._make_iterencode}.
     *
     * <p>The text goes into a builder of about {@link #CHUNK} characters at a time, each full one
     * kept as a String, and the pieces are joined once at the end: a single builder for a 20 MB
     * document doubled its array a dozen times (each copy a large allocation the collector then
     * moved or collected with full collections), was inflated whole to UTF-16 by the first
     * character beyond Latin-1, and was copied once more by toString. {@link String#join} sizes the
     * result exactly and copies each piece once.
     */
    static final class Encoder {
        private static final int CHUNK = 1 << 16;
        /** Containers on the current path kept in a small array (a few levels deep in most documents). */
        private static final int SHALLOW = 32;

        private final boolean skipKeys;
        private final boolean ensureAscii;
        private final boolean checkCircular;
        private final boolean allowNan;
        private final String indent;
        private final String itemSeparator;
        private final String keySeparator;
        private final Object defaultFn;
        private final boolean sortKeys;
        private StringBuilder sb = new StringBuilder();
        private final List<String> chunks = new ArrayList<>();
        /** Containers being encoded right now (seeing one again means a cycle): the first SHALLOW levels. */
        private final Object[] path = new Object[SHALLOW];
        private int depth;
        /** The path's deeper levels, made when a document nests that deep. */
        private IdentityHashMap<Object, Boolean> deepPath;
        /** "\n" plus the indent repeated level times, by level, made as levels are first reached. */
        private String[] newlines = new String[0];

        /** The thread's frame count, which nesting adds to as CPython's Py_EnterRecursiveCall does. */
        private dev.tauraro.script.runtime.CallDepth calls;
        private final int recursionLimit;

        Encoder(boolean skipKeys, boolean ensureAscii, boolean checkCircular, boolean allowNan, String indent,
                String itemSeparator, String keySeparator, Object defaultFn, boolean sortKeys, int recursionLimit) {
            this.recursionLimit = recursionLimit;
            this.skipKeys = skipKeys;
            this.ensureAscii = ensureAscii;
            this.checkCircular = checkCircular;
            this.allowNan = allowNan;
            this.indent = indent;
            this.itemSeparator = itemSeparator;
            this.keySeparator = keySeparator;
            this.defaultFn = defaultFn;
            this.sortKeys = sortKeys;
        }

        String encode(Object o) {
            calls = dev.tauraro.script.runtime.CallDepth.current();
            value(o, 0);
            if (chunks.isEmpty()) {
                return sb.toString();
            }
            chunks.add(sb.toString());
            return String.join("", chunks);
        }

        /** Keeps the builder's text as a finished piece once it holds a chunk's worth. */
        private void flushIfFull() {
            if (sb.length() >= CHUNK) {
                chunks.add(sb.toString());
                sb = new StringBuilder(CHUNK + (CHUNK >> 2));
            }
        }

        private void value(Object o, int level) {
            o = PyDerived.unwrap(o); // a subclass of dict, list, str, int, ... encodes as its base
            if (o instanceof String s) {
                string(sb, s, ensureAscii);
            } else if (o instanceof PyDict d && (d.getClass() == PyDict.class || Ops.type(d) != Types.MAPPINGPROXY)) {
                // (a mappingproxy is no dict to CPython's encoder: it goes to default() or fails)
                object(d, level);
            } else if (o instanceof Long n) {
                sb.append(n.longValue());
            } else if (o instanceof PyList || o instanceof PyTuple) {
                array((List<?>) o, level);
            } else if (o == PyNone.NONE) {
                sb.append("null");
            } else if (o instanceof Boolean b) {
                sb.append(b ? "true" : "false");
            } else if (o instanceof Double d) {
                sb.append(floatText(d));
            } else {
                other(o, level);
            }
        }

        /** A value that is no JSON type but a big int, or one given to {@code default}. */
        private void other(Object o, int level) {
            if (Ops.type(o) == Types.INT) {
                sb.append(Ops.repr(o));
                return;
            }
            if (defaultFn == null) {
                throw Exceptions.typeError("Object of type " + Ops.typeName(o) + " is not JSON serializable");
            }
            enter(o);
            nest();
            try {
                value(Ops.call(defaultFn, o), level);
            } finally {
                calls.exit(1);
            }
            leave(o);
        }

        private String floatText(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    // CPython's C encoder (no indent) says no more; its Python one names the value
                    throw Exceptions.valueError("Out of range float values are not JSON compliant"
                            + (indent == null ? "" : ": " + FloatRepr.repr(d)));
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return FloatRepr.repr(d);
        }

        /** One more level of nesting, or CPython's RecursionError; pair it with {@code calls.exit(1)}. */
        private void nest() {
            calls.enter(recursionLimit, " while encoding a JSON object", 1);
        }

        private void enter(Object o) {
            if (!checkCircular) {
                return;
            }
            for (int i = Math.min(depth, SHALLOW) - 1; i >= 0; i--) {
                if (path[i] == o) {
                    throw Exceptions.valueError("Circular reference detected");
                }
            }
            if (depth < SHALLOW) {
                path[depth] = o;
            } else {
                if (deepPath == null) {
                    deepPath = new IdentityHashMap<>();
                }
                if (deepPath.put(o, Boolean.TRUE) != null) {
                    throw Exceptions.valueError("Circular reference detected");
                }
            }
            depth++;
        }

        private void leave(Object o) {
            if (!checkCircular) {
                return;
            }
            depth--;
            if (depth < SHALLOW) {
                path[depth] = null;
            } else {
                deepPath.remove(o);
            }
        }

        private void newline(int level) {
            if (level >= newlines.length) {
                newlines = java.util.Arrays.copyOf(newlines, level + 8);
            }
            String n = newlines[level];
            if (n == null) {
                n = "\n" + indent.repeat(level);
                newlines[level] = n;
            }
            sb.append(n);
        }

        private void array(List<?> items, int level) {
            if (items.isEmpty()) {
                sb.append("[]");
                return;
            }
            enter(items);
            nest();
            try {
                elements(items, level);
            } finally {
                calls.exit(1);
            }
            leave(items);
        }

        private void elements(List<?> items, int level) {
            sb.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(itemSeparator);
                }
                if (indent != null) {
                    newline(level + 1);
                }
                value(items.get(i), level + 1);
                flushIfFull();
            }
            if (indent != null) {
                newline(level);
            }
            sb.append(']');
        }

        private void object(PyDict d, int level) {
            if (d.isEmpty()) {
                sb.append("{}");
                return;
            }
            enter(d);
            nest();
            try {
                members(d, level);
            } finally {
                calls.exit(1);
            }
            leave(d);
        }

        private void members(PyDict d, int level) {
            Object[] items = d.itemsArray(); // CPython too walks a snapshot of the items
            if (sortKeys) {
                sortByKey(items);
            }
            sb.append('{');
            boolean first = true;
            for (int i = 0; i < items.length; i += 2) {
                Object k = items[i];
                String key = k instanceof String str ? str : keyText(k);
                if (key == null) {
                    continue;
                }
                if (!first) {
                    sb.append(itemSeparator);
                }
                first = false;
                if (indent != null) {
                    newline(level + 1);
                }
                string(sb, key, ensureAscii);
                sb.append(keySeparator);
                value(items[i + 1], level + 1);
                flushIfFull();
            }
            if (indent != null) {
                newline(level);
            }
            sb.append('}');
        }

        /** Orders key, value pairs by key; CPython sorts the original keys (before they become strings). */
        private static void sortByKey(Object[] items) {
            int n = items.length / 2;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Ops.compare(items[2 * x], items[2 * y], "<"));
            Object[] sorted = new Object[items.length];
            for (int i = 0; i < n; i++) {
                sorted[2 * i] = items[2 * order[i]];
                sorted[2 * i + 1] = items[2 * order[i] + 1];
            }
            System.arraycopy(sorted, 0, items, 0, items.length);
        }

        /** The text of a dict key, or null to skip it (skipkeys). */
        private String keyText(Object k) {
            k = PyDerived.unwrap(k);
            if (k instanceof String s) {
                return s;
            }
            if (k instanceof Double d) {
                return floatText(d);
            }
            if (k instanceof Boolean b) {
                return b ? "true" : "false";
            }
            if (k == PyNone.NONE) {
                return "null";
            }
            if (Ops.type(k) == Types.INT) {
                return Ops.repr(k);
            }
            if (skipKeys) {
                return null;
            }
            throw Exceptions.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(k));
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** For each char below 0x7f: true when it goes into a JSON string as itself. */
    private static final boolean[] PLAIN = new boolean[0x7f];
    /** The short escapes JSON has, by char; the other control characters become {@code \\uXXXX}. */
    private static final String[] SHORT_ESCAPES = new String[0x60];

    static {
        for (char c = 0x20; c < 0x7f; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
        SHORT_ESCAPES['"'] = "\\\"";
        SHORT_ESCAPES['\\'] = "\\\\";
        SHORT_ESCAPES['\n'] = "\\n";
        SHORT_ESCAPES['\r'] = "\\r";
        SHORT_ESCAPES['\t'] = "\\t";
        SHORT_ESCAPES['\b'] = "\\b";
        SHORT_ESCAPES['\f'] = "\\f";
    }

    /**
     * A JSON string literal: CPython's {@code py_encode_basestring(_ascii)}. Runs of characters that
     * need no escape go in as one copy each; the loop is kept this small because the JIT compiles
     * it early in every dumps and a larger one cost tenths of a second of compiler time.
     */
    static void string(StringBuilder sb, String s, boolean ascii) {
        sb.append('"');
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x7f ? PLAIN[c] : !ascii) {
                continue;
            }
            sb.append(s, from, i);
            escape(sb, c);
            from = i + 1;
        }
        sb.append(s, from, n);
        sb.append('"');
    }

    private static void escape(StringBuilder sb, char c) {
        String e = c < SHORT_ESCAPES.length ? SHORT_ESCAPES[c] : null;
        if (e != null) {
            sb.append(e);
        } else {
            // Java strings are UTF-16, so astral characters are already surrogate pairs, which is
            // exactly how CPython escapes them.
            sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                    .append(HEX[c & 15]);
        }
    }

    // ================================================================ decoding

    /** 10**0 to 10**22, each exactly a double. */
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Thrown inside the scanner when no value starts at {@code pos} (CPython's StopIteration). */
    private static final class NoValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int pos;

        NoValue(int pos) {
            super(null, null, false, false);
            this.pos = pos;
        }
    }

    /** A port of CPython's scanner: same grammar, same error messages, same positions. */
    static final class Decoder {
        private final Object objectHook;
        private final Object pairsHook;
        private final Object parseFloat;
        private final Object parseInt;
        private final Object parseConstant;
        private final boolean strict;
        private String s;
        private final JsonKeys keys = new JsonKeys();
        /**
         * Keys and values of the objects being read, innermost last: an object's pairs go here and
         * its dict is made once they are all known, presized as CPython sizes it, instead of
         * growing (and copying its tables) while it fills.
         */
        private Object[] pending = new Object[64];
        private int pendingTop;

        Decoder(Object objectHook, Object pairsHook, Object parseFloat, Object parseInt, Object parseConstant,
                boolean strict) {
            this.objectHook = objectHook;
            this.pairsHook = pairsHook;
            this.parseFloat = parseFloat;
            this.parseInt = parseInt;
            this.parseConstant = parseConstant;
            this.strict = strict;
        }

        Object decode(String text) {
            this.s = text;
            if (text.startsWith("\ufeff")) {
                throw error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
            }
            int[] end = {ws(0)};
            Object v;
            try {
                v = scan(end);
            } catch (NoValue e) {
                throw error("Expecting value", e.pos);
            }
            int after = ws(end[0]);
            if (after != s.length()) {
                throw error("Extra data", after);
            }
            return v;
        }

        /** {@code JSONDecodeError(msg, doc, pos)} with CPython's line/column arithmetic. */
        PyException error(String msg, int pos) {
            return decodeError(new PyBaseException(JSON_DECODE_ERROR), msg, s, pos);
        }

        /** JSONDecoder.raw_decode: the value starting at {@code idx} and the index after it. */
        PyTuple rawDecode(String text, int idx) {
            this.s = text;
            int[] end = {idx};
            try {
                Object v = scan(end);
                return new PyTuple(new Object[] {v, (long) end[0]});
            } catch (NoValue e) {
                throw error("Expecting value", e.pos);
            }
        }

        private int ws(int i) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
            return i;
        }

        private boolean at(int i, String word) {
            return s.startsWith(word, i);
        }

        /** scan_once: the value at {@code end[0]}; leaves {@code end[0]} just after it. */
        private Object scan(int[] end) {
            int i = end[0];
            if (i >= s.length()) {
                throw new NoValue(i);
            }
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    end[0] = i + 1;
                    return string(end);
                case '{':
                case '[':
                    end[0] = i + 1;
                    return nested(end, c == '{');
                case 'n':
                    if (at(i, "null")) {
                        end[0] = i + 4;
                        return PyNone.NONE;
                    }
                    break;
                case 't':
                    if (at(i, "true")) {
                        end[0] = i + 4;
                        return true;
                    }
                    break;
                case 'f':
                    if (at(i, "false")) {
                        end[0] = i + 5;
                        return false;
                    }
                    break;
                case 'N':
                    if (at(i, "NaN")) {
                        end[0] = i + 3;
                        return constant("NaN", Double.NaN);
                    }
                    break;
                case 'I':
                    if (at(i, "Infinity")) {
                        end[0] = i + 8;
                        return constant("Infinity", Double.POSITIVE_INFINITY);
                    }
                    break;
                default:
                    break;
            }
            if (c == '-' || c >= '0' && c <= '9') {
                Object n = number(end);
                if (n != null) {
                    return n;
                }
                if (at(i, "-Infinity")) {
                    end[0] = i + 9;
                    return constant("-Infinity", Double.NEGATIVE_INFINITY);
                }
            }
            throw new NoValue(i);
        }

        private Object constant(String name, double v) {
            return parseConstant == null ? (Object) v : Ops.call(parseConstant, name);
        }

        private boolean digit(int i) {
            return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        /** NUMBER_RE: {@code (-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?}, or null if no match. */
        private Object number(int[] end) {
            int start = end[0];
            int i = start;
            if (i < s.length() && s.charAt(i) == '-') {
                i++;
            }
            if (!digit(i)) {
                return null;
            }
            if (s.charAt(i) == '0') {
                i++;
            } else {
                while (digit(i)) {
                    i++;
                }
            }
            boolean isFloat = false;
            if (i < s.length() && s.charAt(i) == '.' && digit(i + 1)) {
                i += 2;
                while (digit(i)) {
                    i++;
                }
                isFloat = true;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                    j++;
                }
                if (digit(j)) {
                    while (digit(j)) {
                        j++;
                    }
                    i = j;
                    isFloat = true;
                }
            }
            end[0] = i;
            if (!isFloat && parseInt == null && i - start <= 18) { // fits a long: no text, no BigInteger
                boolean negative = s.charAt(start) == '-';
                long v = 0;
                for (int j = negative ? start + 1 : start; j < i; j++) {
                    v = v * 10 + (s.charAt(j) - '0');
                }
                return negative ? -v : v;
            }
            if (isFloat && parseFloat == null) {
                double v = shortFloat(start, i);
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
            String text = s.substring(start, i);
            if (isFloat) {
                return parseFloat == null ? (Object) Double.parseDouble(text) : Ops.call(parseFloat, text);
            }
            if (parseInt != null) {
                return Ops.call(parseInt, text);
            }
            IntDigits.checkParse(text.charAt(0) == '-' ? text.length() - 1 : text.length(), 10);
            return Ops.normalize(new BigInteger(text));
        }

        /**
         * The float of the number text in [start, end) when its digits make an integer below 2**53
         * and its power of ten is within 10**22, else NaN: both are then exact doubles, so one
         * division or multiplication rounds correctly (Clinger's fast path) and the text needs no
         * substring and no FloatingDecimal, whose parsing and compilation were a visible part of
         * loading a document with many short floats.
         */
        private double shortFloat(int start, int end) {
            int i = start;
            boolean negative = s.charAt(i) == '-';
            if (negative) {
                i++;
            }
            long m = 0;
            int exp = 0;
            boolean fraction = false;
            for (; i < end; i++) {
                char c = s.charAt(i);
                if (c == '.') {
                    fraction = true;
                    continue;
                }
                if (c == 'e' || c == 'E') {
                    break;
                }
                if (m >= (1L << 53) / 10) {
                    return Double.NaN;
                }
                m = m * 10 + (c - '0');
                if (fraction) {
                    exp--;
                }
            }
            if (i < end) { // the exponent
                i++;
                boolean expNegative = s.charAt(i) == '-';
                if (expNegative || s.charAt(i) == '+') {
                    i++;
                }
                if (end - i > 3) {
                    return Double.NaN;
                }
                int e = 0;
                for (; i < end; i++) {
                    e = e * 10 + (s.charAt(i) - '0');
                }
                exp += expNegative ? -e : e;
            }
            if (exp < -22 || exp > 22) {
                return Double.NaN;
            }
            double v = exp < 0 ? m / POWERS_OF_TEN[-exp] : m * POWERS_OF_TEN[exp];
            return negative ? -v : v;
        }

        /**
         * scanstring: {@code end[0]} is just after the opening quote. A string without escapes is
         * one substring; otherwise the runs between escapes are copied whole, the escapes decoded
         * by {@link #unescape} (kept apart so that this loop stays small for the JIT).
         */
        private String string(int[] end) {
            int begin = end[0] - 1;
            int i = end[0];
            int close = plainEnd(i);
            if (close >= 0) {
                end[0] = close + 1;
                return s.substring(i, close);
            }
            StringBuilder sb = new StringBuilder();
            int from = i;
            int n = s.length();
            while (true) {
                if (i >= n) {
                    throw error("Unterminated string starting at", begin);
                }
                char c = s.charAt(i);
                if (c == '"') {
                    sb.append(s, from, i);
                    end[0] = i + 1;
                    return sb.toString();
                }
                if (c == '\\') {
                    sb.append(s, from, i);
                    i = unescape(sb, i, begin);
                    from = i;
                } else if (c < 0x20 && strict) {
                    throw error("Invalid control character at", i);
                } else {
                    i++;
                }
            }
        }

        /** Decodes the escape at {@code i} (a backslash) into {@code sb}; returns where the text goes on. */
        private int unescape(StringBuilder sb, int i, int begin) {
            if (i + 1 >= s.length()) {
                throw error("Unterminated string starting at", begin);
            }
            char esc = s.charAt(i + 1);
            switch (esc) {
                case '"', '\\', '/' -> sb.append(esc);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int u = hex4(i + 2);
                    i += 6;
                    // A high surrogate followed by an escaped low surrogate is one character.
                    if (Character.isHighSurrogate((char) u) && at(i, "\\u")) {
                        int low = hex4(i + 2);
                        if (Character.isLowSurrogate((char) low)) {
                            sb.append((char) u).append((char) low);
                            return i + 6;
                        }
                    }
                    sb.append((char) u);
                    return i;
                }
                default -> throw error("Invalid \\escape", i);
            }
            return i + 2;
        }

        /**
         * Where the string starting at {@code i} closes when it has no escape and no control
         * character (most strings): its text is then a plain substring. -1 otherwise.
         */
        private int plainEnd(int i) {
            int n = s.length();
            for (int j = i; j < n; j++) {
                char c = s.charAt(j);
                if (c == '"') {
                    return j;
                }
                if (c == '\\' || c < 0x20) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * An object key: a plain key already seen is the same str object again, as CPython's
         * decoder memoizes keys, so a document of many alike records holds each key once (and
         * its hash is computed once). Found without making the substring first.
         */
        private String key(int[] end) {
            int i = end[0];
            int close = plainEnd(i);
            if (close < 0) {
                return string(end);
            }
            end[0] = close + 1;
            return keys.intern(s, i, close);
        }

        /** The four hex digits at {@code i} (just after {@code \\u}). */
        private int hex4(int i) {
            if (i + 4 > s.length()) {
                throw error("Invalid \\uXXXX escape", i - 1);
            }
            int v = 0;
            for (int j = i; j < i + 4; j++) {
                int d = Character.digit(s.charAt(j), 16);
                if (d < 0) {
                    throw error("Invalid \\uXXXX escape", i - 1);
                }
                v = v * 16 + d;
            }
            return v;
        }

        /** The character at {@code i}, or NUL past the end (callers also check the index). */
        private char charAt(int i) {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        /** An object or array, one level of CPython's recursion count as its scanner takes it. */
        private Object nested(int[] end, boolean isObject) {
            dev.tauraro.script.runtime.CallDepth calls = dev.tauraro.script.runtime.CallDepth.nest(isObject
                    ? " while decoding a JSON object from a unicode string" : " while decoding a JSON array from a unicode string");
            try {
                return isObject ? object(end) : array(end);
            } finally {
                calls.exit(1);
            }
        }

        /** JSONObject: {@code end[0]} is just after the brace. */
        private Object object(int[] end) {
            PyList pairs = pairsHook != null ? new PyList() : null;
            int base = pendingTop;
            int i = ws(end[0]);
            char c = charAt(i);
            if (c != '"' || i >= s.length()) {
                if (c == '}' && i < s.length()) {
                    end[0] = i + 1;
                    return finishObject(pairs, base);
                }
                throw error("Expecting property name enclosed in double quotes", i);
            }
            i++;
            while (true) {
                end[0] = i;
                String key = key(end);
                i = ws(end[0]);
                if (charAt(i) != ':' || i >= s.length()) {
                    throw error("Expecting ':' delimiter", i);
                }
                i = ws(i + 1);
                end[0] = i;
                Object value;
                try {
                    value = scan(end);
                } catch (NoValue e) {
                    throw error("Expecting value", e.pos);
                }
                if (pairs != null) {
                    pairs.add(new PyTuple(new Object[] {key, value}));
                } else {
                    if (pendingTop + 2 > pending.length) {
                        pending = java.util.Arrays.copyOf(pending, pending.length * 2);
                    }
                    pending[pendingTop++] = key;
                    pending[pendingTop++] = value;
                }
                i = ws(end[0]);
                boolean more = i < s.length();
                c = charAt(i);
                i++;
                if (more && c == '}') {
                    break;
                }
                if (!more || c != ',') {
                    throw error("Expecting ',' delimiter", i - 1);
                }
                i = ws(i);
                more = i < s.length();
                c = charAt(i);
                i++;
                if (!more || c != '"') {
                    throw error("Expecting property name enclosed in double quotes", i - 1);
                }
            }
            end[0] = i;
            return finishObject(pairs, base);
        }

        /**
         * The object's value: object_pairs_hook(pairs) when given, else the dict of the pairs
         * pending above {@code base} (a repeated key keeps its first place and its last value, as
         * inserting one by one does) through object_hook if given.
         */
        private Object finishObject(PyList pairs, int base) {
            if (pairs != null) {
                return Ops.call(pairsHook, pairs);
            }
            PyDict dict = new PyDict((pendingTop - base) / 2);
            Object[] p = pending;
            for (int j = base; j < pendingTop; j += 2) {
                dict.put(p[j], p[j + 1]);
                p[j] = null; // a decoder kept by a script holds no values of documents it read
                p[j + 1] = null;
            }
            pendingTop = base;
            return objectHook == null ? dict : Ops.call(objectHook, dict);
        }

        /** JSONArray: {@code end[0]} is just after the bracket. */
        private Object array(int[] end) {
            PyList values = new PyList();
            int i = ws(end[0]);
            if (i < s.length() && s.charAt(i) == ']') {
                end[0] = i + 1;
                return values;
            }
            while (true) {
                end[0] = i;
                try {
                    values.add(scan(end));
                } catch (NoValue e) {
                    throw error("Expecting value", e.pos);
                }
                i = ws(end[0]);
                boolean more = i < s.length();
                char c = charAt(i);
                i++;
                if (more && c == ']') {
                    break;
                }
                if (!more || c != ',') {
                    throw error("Expecting ',' delimiter", i - 1);
                }
                i = ws(i);
            }
            end[0] = i;
            return values;
        }
    }
}
