package dev.tauraro.script.runtime;

/**
 * The buffer protocol as the runtime and the modules meet it: every place CPython accepts a
 * "bytes-like object" ({@code bytes}, {@code bytearray}, {@code memoryview}, and subclasses) reads
 * its bytes here, so each binding accepts the same set of types with the same message.
 */
public final class Buffers {
    private Buffers() {
    }

    /**
     * The bytes of a bytes-like {@code v}, or null when it is not one. The array may be {@code bytes}'
     * own storage: callers read it and never write to it.
     */
    public static byte[] bytesOrNull(Object v) {
        Object o = PyDerived.unwrap(v);
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof PyByteArray b) {
            return b.toArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        return null;
    }

    /** Whether {@code v} supports the buffer protocol. */
    public static boolean isBytesLike(Object v) {
        Object o = PyDerived.unwrap(v);
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView;
    }

    /** The bytes of a bytes-like {@code v}, or CPython's {@code a bytes-like object is required, not 'str'}. */
    public static byte[] bytes(Object v) {
        byte[] b = bytesOrNull(v);
        if (b == null) {
            throw Exceptions.typeError("a bytes-like object is required, not '" + Ops.typeName(v) + "'");
        }
        return b;
    }

    /**
     * A writable buffer's target for {@code readinto}-style calls, or CPython's error for a read-only
     * or non-buffer argument: {@code prefix + "argument must be read-write bytes-like object, not bytes"}
     * ({@code prefix} is e.g. {@code "readinto() "}, or empty as struct words it).
     */
    public static Writable writable(Object v, String prefix) {
        Object o = PyDerived.unwrap(v);
        if (o instanceof PyByteArray b) {
            return new Writable(b.raw(), 0, 1, b.size());
        }
        if (o instanceof PyMemoryView m && !m.readonly()) {
            return m.writable();
        }
        throw Exceptions.typeError(prefix + "argument must be read-write bytes-like object, not "
                + Ops.typeName(v));
    }

    /** A window on writable memory: {@code length} bytes at {@code offset}, {@code stride} apart. */
    public record Writable(byte[] target, int offset, int stride, int length) {
        /** Copies {@code src[0..n)} to this window from item {@code at} on ({@code at + n <= length}); returns n. */
        public int fill(byte[] src, int at, int n) {
            for (int i = 0; i < n; i++) {
                target[offset + (at + i) * stride] = src[i];
            }
            return n;
        }
    }
}
