package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyNone;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
    private static final int FORMAT = 5;
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
            MAP = 16, COMPLEX = 17;

    /** The tree as bytes; throws UnsupportedOperationException for a value it cannot write. */
    static byte[] encode(List<Stmt> ast) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            new Writer(out).write(ast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static List<Stmt> decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != FORMAT) {
            throw new IOException("another cache format");
        }
        return (List<Stmt>) new Reader(in).read();
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> classes = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object o) throws IOException {
            if (o == null) {
                out.writeByte(NULL);
            } else if (o instanceof String s) {
                out.writeByte(STRING);
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
                for (RecordComponent c : r.getClass().getRecordComponents()) {
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

        /** As UTF-16 units: a string constant may hold lone surrogates, which UTF-8 would lose. */
        private void writeString(String s) throws IOException {
            out.writeInt(s.length());
            out.writeChars(s);
        }

        private void writeBytes(byte[] b) throws IOException {
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** The number of components of each syntax tree record, by class name, found once per process. */
    private static final Map<String, Integer> ARITIES = new java.util.concurrent.ConcurrentHashMap<>();

    private static final class Reader {
        private final DataInputStream in;
        /** The records defined so far in this file: class names within the ast package, and arities. */
        private final List<String> names = new ArrayList<>();
        private final List<Integer> arities = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException {
            int tag = in.readByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return readString();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case LONG:
                    return in.readLong();
                case INT:
                    return in.readInt();
                case BIG:
                    return new BigInteger(readBytes());
                case DOUBLE:
                    return in.readDouble();
                case NONE:
                    return PyNone.NONE;
                case ELLIPSIS:
                    return PyNone.ELLIPSIS;
                case BYTES:
                    return new PyBytes(readBytes());
                case CHAR:
                    return in.readChar();
                case COMPLEX:
                    return new dev.tauraro.script.runtime.PyComplex(in.readDouble(), in.readDouble());
                case LIST: {
                    int n = in.readInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(read());
                    }
                    return list;
                }
                case MAP: {
                    int n = in.readInt();
                    Map<Object, Object> map = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        map.put(read(), read());
                    }
                    return map;
                }
                case SPAN:
                    return new Span(in.readInt(), in.readInt(), in.readInt());
                case NEW_RECORD:
                    return record(define(readString()));
                case RECORD:
                    return record(in.readShort());
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

        private String readString() throws IOException {
            char[] c = new char[in.readInt()];
            for (int i = 0; i < c.length; i++) {
                c[i] = in.readChar();
            }
            return new String(c);
        }

        private byte[] readBytes() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return b;
        }
    }
}
