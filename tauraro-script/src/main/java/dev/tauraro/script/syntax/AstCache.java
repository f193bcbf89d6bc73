package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyNone;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Parsed modules kept on disk, as CPython keeps {@code __pycache__}: parsing is most of the cost
 * of an import at start-up (the PEG parser runs interpreted then: about 0.1 s for a 700-line
 * module), while reading a parsed tree back is a few milliseconds.
 *
 * <p>The cache is a directory named by the system property {@code tauraro.cache.dir}
 * ({@code bin/tauraro} sets one beside its jar and empties it when the jar changes); without it
 * every module is parsed. Library modules, imported modules, main scripts read from files and
 * {@code -c} code are cached (a command run again, such as {@code tauraro -c pass} in a shell
 * loop, then skips building the parser); standard input is not. A file is found by the module's name, a
 * checksum and the length of its text, so an edited module is parsed again. The format is the syntax tree's records written
 * component by component ({@link #encode}); anything unreadable is parsed again, never trusted.
 */
public final class AstCache {
    /** Changes whenever the encoding changes. */
    private static final int FORMAT = 7;
    private static final String PROPERTY = "tauraro.cache.dir";

    private AstCache() {
    }

    /** {@code src} parsed, through the cache when there is one. Syntax errors are the parser's. */
    public static List<Stmt> parse(SourceFile src, String moduleName) {
        String dir = System.getProperty(PROPERTY);
        // Not standard input ("<stdin>", read once) nor other made-up names; -c code ("<string>") is
        // short and often repeated, and its cache file costs less than building the parser
        if (dir == null || dir.isEmpty() || src.name().startsWith("<") && !src.name().startsWith("<frozen ")
                && !src.name().equals("<string>")) {
            return Parser.parseFile(src);
        }
        Path file = Path.of(dir, key(moduleName, src.text()));
        if (Files.isRegularFile(file)) {
            // FileInputStream rather than Files.readAllBytes: a file channel's first use loads
            // the JDK's nio library, a few milliseconds of `tauraro -c pass`
            try (FileInputStream in = new FileInputStream(file.toFile())) {
                return decode(in.readAllBytes());
            } catch (IOException | RuntimeException unreadable) {
                // a damaged or foreign file: parse again and replace it
            }
        }
        List<Stmt> ast = Parser.parseFile(src);
        byte[] bytes;
        try {
            bytes = encode(ast);
        } catch (UnsupportedOperationException notCached) {
            return ast;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException notCached) {
            // a read-only or full disk only costs the next run a parse
        }
        // The tree read back, as every later run gets it: the first run runs the same tree, and
        // a training run (bin/tauraro's, on an emptied cache) puts the reader's classes in its archive.
        try {
            return decode(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return ast;
        }
    }

    static String key(String moduleName, String text) {
        // CRC32, whose tables are the zip library's, rather than CRC32C, whose class computes its
        // tables when first used (a few milliseconds interpreted at start-up)
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return moduleName + "-" + Long.toHexString(crc.getValue()) + "-" + text.length() + "-v" + FORMAT + ".ast";
    }

    // ------------------------------------------------------------------ encoding

    private static final int NULL = 0, STRING = 1, TRUE = 2, FALSE = 3, LONG = 4, INT = 5, BIG = 6, DOUBLE = 7,
            NONE = 8, ELLIPSIS = 9, BYTES = 10, LIST = 11, CHAR = 12, RECORD = 13, SPAN = 14, NEW_RECORD = 15,
            MAP = 16, COMPLEX = 17, STRING_UTF16 = 18, STRING_AGAIN = 19, BODY = 20;

    /**
     * The tree as bytes: the format, a checksum of what follows (function bodies are decoded long
     * after the file is read, when nothing can fall back to parsing: the whole file is checked
     * first), the encoding. Throws UnsupportedOperationException for a value it cannot write.
     */
    static byte[] encode(List<Stmt> ast) {
        byte[] tree = encodeValue(ast);
        CRC32 crc = new CRC32();
        crc.update(tree);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(tree.length + 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt((int) crc.getValue());
            out.write(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One value encoded on its own: names and record classes defined afresh, as {@link #decodeRest} reads them. */
    private static byte[] encodeValue(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new Writer(out).write(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static List<Stmt> decode(byte[] bytes) throws IOException {
        Reader in = new Reader(bytes);
        if (bytes.length < 8 || in.i32() != FORMAT) {
            throw new IOException("another cache format");
        }
        int sum = in.i32();
        CRC32 crc = new CRC32();
        crc.update(bytes, 8, bytes.length - 8);
        if ((int) crc.getValue() != sum) {
            throw new IOException("damaged cache file");
        }
        return (List<Stmt>) in.read();
    }

    /** The statements of a {@link CachedBody} after its first: {@code n} of them, encoded at {@code offset}. */
    @SuppressWarnings("unchecked")
    static List<Stmt> decodeRest(byte[] bytes, int offset, int n) throws IOException {
        Reader in = new Reader(bytes);
        in.p = offset;
        if (!(in.read() instanceof List<?> list) || list.size() != n) {
            throw new IOException("not a function body");
        }
        return (List<Stmt>) list;
    }

    /**
     * Each record class's components, asked for once: {@code getRecordComponents} returns new
     * accessor {@code Method}s on every call, and the first call of each new one makes it a new
     * reflective accessor: a run of raytrace on an empty cache made 35,000 of them, enough for C2
     * to compile the JDK's accessor factory, and took 2.6-3.1 s of CPU against 2.35-2.6 s now.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> c) {
            return c.getRecordComponents();
        }
    };

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();
        /** Each string's number, in order of first writing: a name written again is a reference to it. */
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object o) throws IOException {
            if (o == null) {
                out.writeByte(NULL);
            } else if (o instanceof String s) {
                writeString(s);
            } else if (o instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (o instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (o instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (o instanceof BigInteger b) {
                if (b.bitLength() > dev.tauraro.script.runtime.IntDigits.SAFE_BITS) {
                    // a literal that long was checked against the int/str digit limit of the run that
                    // parsed it; parsed again each time, it is checked against each run's own limit
                    throw new UnsupportedOperationException("a literal past the int/str digit threshold");
                }
                out.writeByte(BIG);
                writeBytes(b.toByteArray());
            } else if (o instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (o == PyNone.NONE) {
                out.writeByte(NONE);
            } else if (o == PyNone.ELLIPSIS) {
                out.writeByte(ELLIPSIS);
            } else if (o instanceof PyBytes b) {
                out.writeByte(BYTES);
                writeBytes(b.bytes());
            } else if (o instanceof dev.tauraro.script.runtime.PyComplex c) {
                out.writeByte(COMPLEX);
                out.writeDouble(c.real());
                out.writeDouble(c.imag());
            } else if (o instanceof Character c) {
                out.writeByte(CHAR);
                out.writeChar(c);
            } else if (o instanceof List<?> list) {
                out.writeByte(LIST);
                out.writeInt(list.size());
                for (Object e : list) {
                    write(e);
                }
            } else if (o instanceof Map<?, ?> map) {
                // insertion-ordered maps (parameter annotations), read back as LinkedHashMaps
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else if (o instanceof Span s) {
                out.writeByte(SPAN);
                out.writeInt(s.start());
                out.writeInt(s.end());
                out.writeInt(s.line());
            } else if (o instanceof Record r) {
                Integer index = classes.get(r.getClass());
                if (index == null) {
                    classes.put(r.getClass(), classes.size());
                    out.writeByte(NEW_RECORD);
                    writeString(r.getClass().getName());
                } else {
                    out.writeByte(RECORD);
                    out.writeShort(index);
                }
                for (RecordComponent c : COMPONENTS.get(r.getClass())) {
                    if (r instanceof Stmt.FunctionDef f && c.getName().equals("body")) {
                        writeBody(f.body());
                        continue;
                    }
                    try {
                        write(c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new UnsupportedOperationException(e);
                    }
                }
            } else {
                throw new UnsupportedOperationException("cannot cache a " + o.getClass().getName());
            }
        }

        /**
         * A function's body as a {@link CachedBody} reads it: whether it yields, its length, its first
         * statement, then the others encoded on their own (their own names and record classes), so
         * that the reader can skip them and decode them later without the rest of the file's tables.
         */
        private void writeBody(List<Stmt> body) throws IOException {
            out.writeByte(BODY);
            out.writeBoolean(dev.tauraro.script.compile.YieldFinder.containsYield(body));
            out.writeInt(body.size());
            write(body.isEmpty() ? null : body.get(0));
            byte[] rest = encodeValue(body.isEmpty() ? List.of() : body.subList(1, body.size()));
            out.writeInt(rest.length);
            out.write(rest);
        }

        /**
         * A string's first writing: Latin-1 bytes where every char fits, else UTF-16 units (a string
         * constant may hold lone surrogates, which UTF-8 would lose); later writings of an equal
         * string refer to the first, so that the reader builds each name once per module.
         */
        private void writeString(String s) throws IOException {
            Integer again = strings.putIfAbsent(s, strings.size());
            if (again != null) {
                out.writeByte(STRING_AGAIN);
                out.writeInt(again);
            } else if (latin1(s)) {
                out.writeByte(STRING);
                out.writeInt(s.length());
                out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.writeByte(STRING_UTF16);
                out.writeInt(s.length());
                out.writeChars(s);
            }
        }

        private static boolean latin1(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0xff) {
                    return false;
                }
            }
            return true;
        }

        private void writeBytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** The number of components of each syntax tree record, by class name, found once per process. */
    private static final Map<String, Integer> ARITIES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads the encoding straight from the file's bytes: big-endian numbers decoded here rather
     * than through a DataInputStream over a ByteArrayInputStream, whose synchronized one-byte reads
     * (two per character of every name) ran interpreted at start-up and were most of the reading.
     * A damaged file fails with an IOException or a RuntimeException (an index out of bounds), and
     * is then parsed again.
     */
    private static final class Reader {
        private final byte[] b;
        private int p;
        /** The records defined so far in this file: class names within the ast package, and arities. */
        private final List<String> names = new ArrayList<>();
        private final List<Integer> arities = new ArrayList<>();
        /** The strings read so far, by number, for {@code STRING_AGAIN}. */
        private final List<String> strings = new ArrayList<>();

        Reader(byte[] bytes) {
            this.b = bytes;
        }

        int i32() {
            byte[] b = this.b;
            int p = this.p;
            this.p = p + 4;
            return b[p] << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | b[p + 3] & 0xff;
        }

        /** A count of items still to read, each at least a byte long: no damaged file allocates more than it holds. */
        private int count() throws IOException {
            int n = i32();
            if (n < 0 || n > b.length - p) {
                throw new IOException("bad length " + n);
            }
            return n;
        }

        private long i64() {
            return (long) i32() << 32 | i32() & 0xffffffffL;
        }

        private char u16() {
            int p = this.p;
            this.p = p + 2;
            return (char) ((b[p] & 0xff) << 8 | b[p + 1] & 0xff);
        }

        Object read() throws IOException {
            int tag = b[p++];
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                case STRING_UTF16:
                case STRING_AGAIN:
                    return readString(tag);
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case LONG:
                    return i64();
                case INT:
                    return i32();
                case BIG:
                    return new BigInteger(readBytes());
                case DOUBLE:
                    return Double.longBitsToDouble(i64());
                case NONE:
                    return PyNone.NONE;
                case ELLIPSIS:
                    return PyNone.ELLIPSIS;
                case BYTES:
                    return new PyBytes(readBytes());
                case CHAR:
                    return u16();
                case COMPLEX:
                    return new dev.tauraro.script.runtime.PyComplex(Double.longBitsToDouble(i64()),
                            Double.longBitsToDouble(i64()));
                case LIST: {
                    int n = count();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(read());
                    }
                    return list;
                }
                case MAP: {
                    int n = count();
                    Map<Object, Object> map = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(read(), read());
                    }
                    return map;
                }
                case SPAN:
                    return new Span(i32(), i32(), i32());
                case NEW_RECORD:
                    return record(define(readString(b[p++])));
                case RECORD: {
                    int index = u16();
                    return record(index);
                }
                case BODY: {
                    boolean yields = b[p++] != 0;
                    int n = count();
                    Stmt first = (Stmt) read();
                    int length = count();
                    int offset = p;
                    p += length;
                    return new CachedBody(first, n, yields, b, offset);
                }
                default:
                    throw new IOException("bad tag " + tag);
            }
        }

        private int define(String className) throws IOException {
            Integer arity = ARITIES.get(className);
            if (arity == null) {
                arity = arity(className);
                ARITIES.put(className, arity);
            }
            names.add(className.substring(AstRecords.PACKAGE.length()));
            arities.add(arity);
            return names.size() - 1;
        }

        private static int arity(String className) throws IOException {
            try {
                Class<?> c = Class.forName(className, false, AstCache.class.getClassLoader());
                if (!c.isRecord() || !c.getPackageName().equals(Stmt.class.getPackageName())) {
                    throw new IOException("not a syntax tree record: " + className);
                }
                return c.getRecordComponents().length;
            } catch (ClassNotFoundException e) {
                throw new IOException(e);
            }
        }

        private Object record(int index) throws IOException {
            int n = arities.get(index);
            Object[] args = new Object[n];
            for (int i = 0; i < n; i++) {
                args[i] = read();
            }
            return AstRecords.make(names.get(index), args);
        }

        private String readString(int tag) throws IOException {
            if (tag == STRING_AGAIN) {
                return strings.get(i32());
            }
            int n = count();
            String s;
            if (tag == STRING) {
                s = new String(b, p, n, StandardCharsets.ISO_8859_1);
                p += n;
            } else if (tag == STRING_UTF16) {
                char[] c = new char[n];
                for (int i = 0; i < n; i++) {
                    c[i] = u16();
                }
                s = new String(c);
            } else {
                throw new IOException("bad string tag " + tag);
            }
            strings.add(s);
            return s;
        }

        private byte[] readBytes() throws IOException {
            int n = count();
            byte[] bytes = java.util.Arrays.copyOfRange(b, p, p + n);
            p += n;
            return bytes;
        }
    }
}
