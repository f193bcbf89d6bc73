package dev.tauraro.script.runtime;

import java.util.Arrays;

/**
 * Python's {@code memoryview} over {@code bytes} or {@code bytearray}: a one-dimensional window of
 * {@code count} items of {@code itemsize} bytes, {@code stride} bytes apart from {@code start}, read
 * and written in the memory of its base. A view of a bytearray shares that memory: writes through
 * either side are seen by the other, and while the view is not released the bytearray cannot change
 * its length. Items are unpacked by a native single-character {@code struct} format (little-endian,
 * x86-64 sizes), as {@code cast} sets it.
 *
 * <p>Differences from CPython: views have one dimension ({@code cast} with a multi-dimensional shape
 * raises NotImplementedError); {@code array.array} does not export a buffer; a view that a script
 * drops without {@code release()} stops blocking its bytearray's resizing only once the garbage
 * collector finds it (CPython frees it at once by reference counting), see {@link PyByteArray}.
 */
public final class PyMemoryView implements NativeValue {
    /** {@code .obj}: what the script made the view of. */
    private final Object obj;
    /** The storage of a bytes base (never written), or null for a bytearray base. */
    private final byte[] fixed;
    private final PyByteArray array;
    private final int start;
    private final int stride;
    private final int count;
    private final char format;
    private final int itemsize;
    private final boolean readonly;
    private boolean released;

    private PyMemoryView(Object obj, byte[] fixed, PyByteArray array, int start, int stride, int count, char format,
            boolean readonly) {
        this.obj = obj;
        this.fixed = fixed;
        this.array = array;
        this.start = start;
        this.stride = stride;
        this.count = count;
        this.format = format;
        this.itemsize = itemSize(format);
        this.readonly = readonly;
        if (array != null) {
            array.export(this);
        }
    }

    /** {@code memoryview(object)}. */
    static Object construct(Object[] a, String[] k) {
        Object[] p = dev.tauraro.script.builtins.Arity.bind("memoryview", a, k, new String[] {"object"}, 1);
        Object o = PyDerived.unwrap(p[0]);
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.fixed, m.array, m.start, m.stride, m.count, m.format, m.readonly);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(p[0], b.bytes(), null, 0, 1, b.bytes().length, 'B', true);
        }
        if (o instanceof PyByteArray b) {
            return new PyMemoryView(p[0], null, b, 0, 1, b.size(), 'B', false);
        }
        throw Exceptions.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(p[0]) + "'");
    }

    /** A writable view of all of {@code b}, shown as {@code obj} (io.BytesIO's getbuffer()). */
    public static PyMemoryView over(PyByteArray b, Object obj) {
        return new PyMemoryView(obj, null, b, 0, 1, b.size(), 'B', false);
    }

    @Override
    public PyClass type() {
        return Types.MEMORYVIEW;
    }

    public boolean readonly() {
        return readonly;
    }

    boolean released() {
        return released;
    }

    private byte[] mem() {
        return array != null ? array.raw() : fixed;
    }

    private void check() {
        if (released) {
            throw Exceptions.valueError("operation forbidden on released memoryview object");
        }
    }

    public int length() {
        check();
        return count;
    }

    /** The bytes the view shows, in order (CPython's {@code tobytes()}). */
    public byte[] toBytes() {
        check();
        byte[] m = mem();
        if (stride == itemsize) {
            return Arrays.copyOfRange(m, start, start + count * itemsize);
        }
        byte[] r = new byte[count * itemsize];
        for (int i = 0; i < count; i++) {
            System.arraycopy(m, start + i * stride, r, i * itemsize, itemsize);
        }
        return r;
    }

    /** The writable window this view is, for {@code readinto}-style calls (byte format only writes bytes). */
    Buffers.Writable writable() {
        check();
        if (itemsize != 1) {
            return new Buffers.Writable(mem(), start, 1, count * itemsize); // contiguous after any cast
        }
        return new Buffers.Writable(mem(), start, stride, count);
    }

    private static int itemSize(char f) {
        return switch (f) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8; // l L q Q n N d P
        };
    }

    /** A format string as cast takes it: one native item character, optionally after '@'. */
    private static char parseFormat(Object f) {
        if (!(PyDerived.unwrap(f) instanceof String s)) {
            throw Exceptions.typeError("memoryview: format argument must be a string");
        }
        String body = s.startsWith("@") ? s.substring(1) : s;
        if (body.length() != 1 || "BbcH?hIiLlQqNnfdP".indexOf(body.charAt(0)) < 0) {
            throw Exceptions.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        return body.charAt(0);
    }

    private long bits(int at) {
        byte[] m = mem();
        long v = 0;
        for (int i = itemsize - 1; i >= 0; i--) {
            v = (v << 8) | (m[at + i] & 0xff);
        }
        return v;
    }

    /** The item whose first byte is at {@code at}. */
    private Object unpack(int at) {
        long v = bits(at);
        return switch (format) {
            case 'B', 'H', 'I' -> v;
            case 'b' -> (long) (byte) v;
            case 'h' -> (long) (short) v;
            case 'i' -> (long) (int) v;
            case 'c' -> new PyBytes(new byte[] {(byte) v});
            case '?' -> v != 0;
            case 'f' -> (double) Float.intBitsToFloat((int) v);
            case 'd' -> Double.longBitsToDouble(v);
            case 'L', 'Q', 'N', 'P' -> Ops.normalize(new java.math.BigInteger(Long.toUnsignedString(v)));
            default -> v; // l q n
        };
    }

    private void pack(int at, Object value) {
        Object v = PyDerived.unwrap(value);
        long bits;
        switch (format) {
            case 'c' -> {
                if (!(v instanceof PyBytes b)) {
                    throw invalid("type");
                }
                if (b.bytes().length != 1) {
                    throw invalid("value");
                }
                bits = b.bytes()[0];
            }
            case '?' -> bits = Ops.truthy(v) ? 1 : 0;
            case 'f', 'd' -> {
                if (!(v instanceof Double) && !Ops.isInt(v)) {
                    throw invalid("type");
                }
                double d = Ops.toDouble(v);
                bits = format == 'f' ? Float.floatToRawIntBits((float) d) : Double.doubleToRawLongBits(d);
            }
            default -> {
                if (!Ops.isInt(v)) {
                    throw invalid("type");
                }
                java.math.BigInteger n = Ops.bigInt(v);
                boolean unsigned = Character.isUpperCase(format);
                int bitsWide = itemsize * 8;
                boolean fits = unsigned ? n.signum() >= 0 && n.bitLength() <= bitsWide : n.bitLength() < bitsWide;
                if (!fits) {
                    throw invalid("value");
                }
                bits = n.longValue();
            }
        }
        byte[] m = mem();
        for (int i = 0; i < itemsize; i++) {
            m[at + i] = (byte) (bits >>> (8 * i));
        }
    }

    private PyException invalid(String what) {
        return Exceptions.newException(what.equals("type") ? Exceptions.TYPE_ERROR : Exceptions.VALUE_ERROR,
                "memoryview: invalid " + what + " for format '" + format + "'");
    }

    private int index(Object key) {
        Object k = PyDerived.unwrap(key);
        if (!Ops.isInt(k) && Ops.lookupSpecial(k, "__index__") == null) {
            throw Exceptions.typeError("memoryview: invalid slice key");
        }
        long i = Ops.index(k);
        if (i < 0) {
            i += count;
        }
        if (i < 0 || i >= count) {
            throw Exceptions.indexError("index out of bounds on dimension 1");
        }
        return start + (int) i * stride;
    }

    Object getItem(Object key) {
        check();
        if (key instanceof PySlice sl) {
            long[] ix = Slices.indices(sl, count);
            return new PyMemoryView(obj, fixed, array, start + (int) ix[0] * stride, stride * (int) ix[2],
                    (int) ix[3], format, readonly);
        }
        return unpack(index(key));
    }

    void setItem(Object key, Object value) {
        check();
        if (readonly) {
            throw Exceptions.typeError("cannot modify read-only memory");
        }
        if (!(key instanceof PySlice sl)) {
            pack(index(key), value);
            return;
        }
        long[] ix = Slices.indices(sl, count);
        Object v = PyDerived.unwrap(value);
        byte[] src = Buffers.bytesOrNull(v);
        if (src == null) {
            throw Exceptions.typeError("a bytes-like object is required, not '" + Ops.typeName(value) + "'");
        }
        char srcFormat = v instanceof PyMemoryView m ? m.format : 'B';
        if (srcFormat != format || src.length != ix[3] * itemsize) {
            throw Exceptions.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        byte[] m = mem();
        for (int i = 0; i < ix[3]; i++) {
            System.arraycopy(src, i * itemsize, m, start + (int) (ix[0] + i * ix[2]) * stride, itemsize);
        }
    }

    PyList toList() {
        check();
        PyList r = new PyList(count);
        for (int i = 0; i < count; i++) {
            r.add(unpack(start + i * stride));
        }
        return r;
    }

    /** {@code self == other}: equal items, unpacked by each side's format, as CPython compares views. */
    static boolean eq(Object a, Object b) {
        Object x = PyDerived.unwrap(a);
        Object y = PyDerived.unwrap(b);
        if (x == y) {
            return true;
        }
        if (x instanceof PyMemoryView m && m.released || y instanceof PyMemoryView n && n.released
                || !Buffers.isBytesLike(x) || !Buffers.isBytesLike(y)) {
            return false;
        }
        return Ops.eq(items(x), items(y));
    }

    private static PyList items(Object o) {
        if (o instanceof PyMemoryView m) {
            return m.toList();
        }
        PyList r = new PyList();
        for (byte b : Buffers.bytes(o)) {
            r.add((long) (b & 0xff));
        }
        return r;
    }

    long pyHash() {
        check();
        if (!readonly) {
            throw Exceptions.valueError("cannot hash writable memoryview object");
        }
        return Arrays.hashCode(toBytes()); // as bytes hash, so a view hashes as its bytes
    }

    void release() {
        if (!released) {
            released = true;
            if (array != null) {
                array.unexport(this);
            }
        }
    }

    private PyMemoryView cast(Object[] a, String[] k) {
        Object[] p = dev.tauraro.script.builtins.Arity.bind("cast", a, k, new String[] {"format", "shape"}, 1);
        check();
        char to = parseFormat(p[0]);
        if (stride != itemsize) {
            throw Exceptions.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ("Bbc".indexOf(to) < 0 && "Bbc".indexOf(format) < 0) {
            throw Exceptions.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = count * itemsize;
        int size = itemSize(to);
        if (nbytes % size != 0) {
            throw Exceptions.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (p[1] != null) {
            PyList shape = Ops.toList(p[1]);
            if (shape.size() != 1) {
                throw Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR,
                        "memoryview: only one-dimensional casts are supported");
            }
            if (Ops.index(shape.get(0)) * size != nbytes) {
                throw Exceptions.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PyMemoryView(obj, fixed, array, start, size, nbytes / size, to, readonly);
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "obj" -> value(() -> obj);
            case "nbytes" -> value(() -> (long) count * itemsize);
            case "readonly" -> value(() -> readonly);
            case "itemsize" -> value(() -> (long) itemsize);
            case "format" -> value(() -> String.valueOf(format));
            case "ndim" -> value(() -> 1L);
            case "shape" -> value(() -> new PyTuple(new Object[] {(long) count}));
            case "strides" -> value(() -> new PyTuple(new Object[] {(long) stride}));
            case "suboffsets" -> value(() -> PyTuple.EMPTY);
            case "c_contiguous", "f_contiguous", "contiguous" -> value(() -> stride == itemsize || count <= 1);
            case "tobytes" -> new BuiltinFunction(name, (a, k) -> new PyBytes(toBytes()));
            case "tolist" -> new BuiltinFunction(name, (a, k) -> toList());
            case "hex" -> new BuiltinFunction(name, (a, k) -> BytesMethods.hex(toBytes(), a, k));
            case "release" -> new BuiltinFunction(name, (a, k) -> {
                release();
                return PyNone.NONE;
            });
            case "cast" -> new BuiltinFunction(name, this::cast);
            case "toreadonly" -> new BuiltinFunction(name, (a, k) -> {
                check();
                return new PyMemoryView(obj, fixed, array, start, stride, count, format, true);
            });
            case "__getitem__" -> new BuiltinFunction(name, (a, k) -> Ops.getItem(this, a[0]));
            case "__setitem__" -> new BuiltinFunction(name, (a, k) -> {
                Ops.setItem(this, a[0], a[1]);
                return PyNone.NONE;
            });
            case "__delitem__" -> new BuiltinFunction(name, (a, k) -> {
                Ops.delItem(this, a[0]);
                return PyNone.NONE;
            });
            case "__len__" -> new BuiltinFunction(name, (a, k) -> (long) length());
            case "__enter__" -> new BuiltinFunction(name, (a, k) -> {
                check();
                return this;
            });
            case "__exit__" -> new BuiltinFunction(name, (a, k) -> {
                release();
                return false;
            });
            default -> null;
        };
    }

    private Object value(java.util.function.Supplier<Object> s) {
        check();
        return s.get();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "<" + (released ? "released " : "") + "memory at 0x" + Long.toHexString(System.identityHashCode(this))
                + ">";
    }
}
