package dev.tauraro.script.runtime;

import java.util.Arrays;

/**
 * Python's {@code bytearray}: a mutable byte string. The read-only methods are bytes' own
 * ({@link BytesMethods}, results as bytearray); this class holds the storage and the mutations.
 *
 * <p>Invariant: {@code data[0..size)} are the bytes; capacity beyond is slack so that append and
 * extend are amortised O(1). While a {@link PyMemoryView} exports this object ({@code exports > 0})
 * its length may not change (CPython's {@code BufferError}), so a view can read {@code data}
 * directly and always sees the current bytes: writes through either side are shared.
 *
 * <p>Differences from CPython: none known for the supported methods; {@code __alloc__} is absent.
 */
public final class PyByteArray {
    private byte[] data;
    private int size;
    /**
     * The memoryviews exported over this object and not yet released; resizing is refused while one
     * is alive. Weak, so that a view the script dropped unreleased stops counting once collected.
     */
    private java.util.List<java.lang.ref.WeakReference<PyMemoryView>> views;

    public PyByteArray(byte[] initial) {
        data = initial;
        size = initial.length;
    }

    /** A copy of the current bytes. */
    public byte[] toArray() {
        return Arrays.copyOf(data, size);
    }

    public int size() {
        return size;
    }

    /** The backing array; only {@code [0, size())} is meaningful. */
    byte[] raw() {
        return data;
    }

    /** The byte at {@code i < size()}, unsigned. */
    public int get(int i) {
        return data[i] & 0xff;
    }

    /** A copy of {@code [from, to)}. */
    public byte[] copyRange(int from, int to) {
        return Arrays.copyOfRange(data, from, to);
    }

    void set(int i, int v) {
        data[i] = (byte) v;
    }

    /** {@code bytearray(...)}: from nothing, a count, a str with an encoding, a buffer or an iterable of ints. */
    static Object construct(Object[] a, String[] k) {
        Object[] p = dev.tauraro.script.builtins.Arity.bind("bytearray", a, k,
                new String[] {"source", "encoding", "errors"}, 0);
        if (p[0] == null) {
            if (p[1] != null || p[2] != null) {
                throw Exceptions.typeError(p[1] != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new PyByteArray(new byte[0]);
        }
        Object src = PyDerived.unwrap(p[0]);
        if (src instanceof String s) {
            if (p[1] == null) {
                throw Exceptions.typeError("string argument without an encoding");
            }
            Object[] enc = p[2] == null ? new Object[] {p[1]} : new Object[] {p[1], p[2]};
            String[] e = Codecs.arguments(enc, null, "bytearray");
            return new PyByteArray(Codecs.encode(s, e[0], e[1]).bytes());
        }
        if (p[1] != null || p[2] != null) {
            throw Exceptions.typeError(p[1] != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (Ops.isInt(src)) {
            long n = Ops.index(src);
            if (n < 0) {
                throw Exceptions.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw Exceptions.newException(Exceptions.MEMORY_ERROR);
            }
            return new PyByteArray(new byte[(int) n]);
        }
        byte[] buf = Buffers.bytesOrNull(src);
        if (buf != null) {
            return new PyByteArray(buf.clone());
        }
        PyIterator it = iterOrNull(src);
        if (it == null) {
            throw Exceptions.typeError("cannot convert '" + Ops.typeName(p[0]) + "' object to bytearray");
        }
        return new PyByteArray(fromInts(it));
    }

    /** An iterator over {@code v}, or null when it is not iterable (each caller words its own error). */
    static PyIterator iterOrNull(Object v) {
        try {
            return Ops.iter(v);
        } catch (PyException e) {
            if (e.value.type() == Exceptions.TYPE_ERROR) {
                return null;
            }
            throw e;
        }
    }

    /** The bytes of ints in range(0, 256), as {@code extend}, slice assignment and the constructor take them. */
    static byte[] fromInts(PyIterator it) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object x = it.next(); x != null; x = it.next()) {
            out.write(byteValue(x));
        }
        return out.toByteArray();
    }

    /** An int in range(0, 256), or CPython's error. */
    static int byteValue(Object v) {
        long b = Ops.index(v);
        if (b < 0 || b > 255) {
            throw Exceptions.valueError("byte must be in range(0, 256)");
        }
        return (int) b;
    }

    void export(PyMemoryView v) {
        if (views == null) {
            views = new java.util.ArrayList<>(1);
        }
        views.add(new java.lang.ref.WeakReference<>(v));
    }

    void unexport(PyMemoryView v) {
        views.removeIf(r -> r.get() == v);
    }

    /**
     * Whether a memoryview over this object is still alive (CPython's "exports"). CPython frees an
     * unreferenced view at once; here the collector must find it, so views that look alive are
     * confirmed by one collection before the answer is yes.
     */
    public boolean exported() {
        if (views == null || !pruneViews()) {
            return false;
        }
        System.gc();
        return pruneViews();
    }

    private boolean pruneViews() {
        views.removeIf(r -> r.get() == null || r.get().released());
        return !views.isEmpty();
    }

    /** CPython's BufferError while a view is exported. */
    private void checkResizable() {
        if (exported()) {
            throw Exceptions.newException(Exceptions.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    private void ensure(int capacity) {
        if (capacity > data.length) {
            data = Arrays.copyOf(data, Math.max(capacity, data.length * 2 + 8));
        }
    }

    /**
     * Replaces {@code [lo, hi)} by {@code src}: the one primitive behind every length-changing edit;
     * BufferError when the length would change while a view is exported.
     */
    public void splice(int lo, int hi, byte[] src) {
        int delta = src.length - (hi - lo);
        if (delta != 0) {
            checkResizable();
            ensure(size + delta);
            System.arraycopy(data, hi, data, hi + delta, size - hi);
            size += delta;
        }
        System.arraycopy(src, 0, data, lo, src.length);
    }

    void append(int v) {
        splice(size, size, new byte[] {(byte) v});
    }

    void extend(byte[] b) {
        splice(size, size, b);
    }

    /** {@code self[i]}, {@code self[a:b:c]}. */
    Object getItem(Object key) {
        if (key instanceof PySlice sl) {
            return new PyByteArray(Slices.bytes(toArray(), sl));
        }
        return (long) get(index(key, "bytearray index out of range"));
    }

    private int index(Object key, String outOfRange) {
        Object k = PyDerived.unwrap(key);
        if (!Ops.isInt(k) && Ops.lookupSpecial(k, "__index__") == null) {
            throw Exceptions.typeError("bytearray indices must be integers or slices, not " + Ops.typeName(key));
        }
        long i = Ops.index(k);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Exceptions.indexError(outOfRange);
        }
        return (int) i;
    }

    /** {@code self[key] = value}: one byte, or a slice from any buffer or iterable of ints. */
    void setItem(Object key, Object value) {
        if (!(key instanceof PySlice sl)) {
            set(index(key, "bytearray index out of range"), byteValue(value));
            return;
        }
        byte[] src = Buffers.bytesOrNull(value);
        if (src == null) {
            PyIterator it = value instanceof String ? null : iterOrNull(value);
            if (it == null) {
                throw Exceptions.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            src = fromInts(it);
        }
        long[] ix = Slices.indices(sl, size);
        if (ix[2] == 1) {
            int lo = (int) ix[0];
            splice(lo, (int) Math.max(ix[0], ix[1]), src);
            return;
        }
        if (src.length != ix[3]) {
            throw Exceptions.valueError("attempt to assign bytes of size " + src.length
                    + " to extended slice of size " + ix[3]);
        }
        for (int i = 0, at = (int) ix[0]; i < src.length; i++, at += (int) ix[2]) {
            data[at] = src[i];
        }
    }

    /** {@code del self[key]}. */
    void delItem(Object key) {
        if (!(key instanceof PySlice sl)) {
            int i = index(key, "bytearray index out of range");
            splice(i, i + 1, new byte[0]);
            return;
        }
        long[] ix = Slices.indices(sl, size);
        if (ix[3] == 0) {
            return;
        }
        if (ix[2] == 1) {
            splice((int) ix[0], (int) (ix[0] + ix[3]), new byte[0]);
            return;
        }
        checkResizable();
        long step = Math.abs(ix[2]);
        long lo = ix[2] > 0 ? ix[0] : ix[0] + (ix[3] - 1) * ix[2];
        long hi = lo + (ix[3] - 1) * step;
        int w = (int) lo;
        for (int r = (int) lo; r < size; r++) {
            if (r > hi || (r - lo) % step != 0) {
                data[w++] = data[r];
            }
        }
        size = w;
    }

    /** The mutating methods; the read-only ones are {@link BytesMethods}'. Null when {@code name} is not one. */
    Object mutate(String name, Object[] a, String[] k) {
        switch (name) {
            case "append" -> {
                arity("append", a, k, 1);
                append(byteValue(a[0]));
            }
            case "extend" -> {
                arity("extend", a, k, 1);
                byte[] b = Buffers.bytesOrNull(a[0]);
                if (b == null) {
                    PyIterator it = iterOrNull(a[0]);
                    if (it == null) {
                        throw Exceptions.typeError("can't extend bytearray with " + Ops.typeName(a[0]));
                    }
                    b = fromInts(it);
                }
                extend(b);
            }
            case "insert" -> {
                arity("insert", a, k, 2);
                long i = Ops.index(a[0]);
                int v = byteValue(a[1]);
                i = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
                splice((int) i, (int) i, new byte[] {(byte) v});
            }
            case "pop" -> {
                arity("pop", a, k, -1);
                if (size == 0) {
                    throw Exceptions.indexError("pop from empty bytearray");
                }
                long i = a.length == 0 ? size - 1 : Ops.index(a[0]);
                if (i < 0) {
                    i += size;
                }
                if (i < 0 || i >= size) {
                    throw Exceptions.indexError("pop index out of range");
                }
                int v = get((int) i);
                splice((int) i, (int) i + 1, new byte[0]);
                return (long) v;
            }
            case "remove" -> {
                arity("remove", a, k, 1);
                int v = byteValue(a[0]);
                for (int i = 0; i < size; i++) {
                    if (get(i) == v) {
                        splice(i, i + 1, new byte[0]);
                        return PyNone.NONE;
                    }
                }
                throw Exceptions.valueError("value not found in bytearray");
            }
            case "clear" -> {
                arity("clear", a, k, 0);
                splice(0, size, new byte[0]);
            }
            case "reverse" -> {
                arity("reverse", a, k, 0);
                for (int i = 0, j = size - 1; i < j; i++, j--) {
                    byte t = data[i];
                    data[i] = data[j];
                    data[j] = t;
                }
            }
            case "copy" -> {
                arity("copy", a, k, 0);
                return new PyByteArray(toArray());
            }
            default -> {
                return null;
            }
        }
        return PyNone.NONE;
    }

    /** CPython's argument-count messages for these methods (n = -1: pop's zero or one). */
    private static void arity(String name, Object[] a, String[] k, int n) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("bytearray." + name + "() takes no keyword arguments");
        }
        int got = a.length;
        if (n < 0 ? got > 1 : got != n) {
            throw Exceptions.typeError(switch (n) {
                case -1 -> name + " expected at most 1 argument, got " + got;
                case 0 -> "bytearray." + name + "() takes no arguments (" + got + " given)";
                case 1 -> "bytearray." + name + "() takes exactly one argument (" + got + " given)";
                default -> name + " expected " + n + " arguments, got " + got;
            });
        }
    }

    /** The names {@link #mutate} answers. */
    static final java.util.Set<String> MUTATORS = java.util.Set.of("append", "extend", "insert", "pop", "remove",
            "clear", "reverse", "copy");

    /** {@code self += other}: in place, as CPython (the name keeps this object). */
    PyByteArray inplaceAdd(Object other) {
        byte[] b = Buffers.bytesOrNull(other);
        if (b == null) {
            throw Exceptions.typeError("can't concat " + Ops.typeName(other) + " to bytearray");
        }
        extend(b);
        return this;
    }

    /** {@code self *= n}. */
    PyByteArray inplaceRepeat(long n) {
        byte[] cur = toArray();
        int times = (int) Math.max(0, n);
        if (times != 1) {
            if ((long) cur.length * times > Integer.MAX_VALUE - 8) {
                throw Exceptions.newException(Exceptions.MEMORY_ERROR);
            }
            byte[] r = new byte[cur.length * times];
            for (int i = 0; i < times; i++) {
                System.arraycopy(cur, 0, r, i * cur.length, cur.length);
            }
            splice(0, size, r);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyByteArray b && Arrays.equals(data, 0, size, b.data, 0, b.size);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this); // mutable: scripts see it unhashable (PyHash)
    }

    @Override
    public String toString() {
        return repr("bytearray");
    }

    /** {@code type(b'...')}; unlike bytes' repr, a single quote is escaped whichever quote encloses. */
    String repr(String typeName) {
        return typeName + "(" + PyBytes.repr(data, size, true) + ")";
    }
}
