package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyNone;

/**
 * A script object used as the {@link ByteStream} of an {@code io.TextIOWrapper}: every call is
 * the Python method call CPython's wrapper makes ({@code read1} when the object has one, else
 * {@code read}), so a {@code BytesIO}, a binary file or a class of the script's own works the same,
 * and a missing method is the AttributeError CPython reports.
 */
final class BufferObject implements ByteStream {
    final Object target;
    private final boolean hasRead1;

    BufferObject(Object target) {
        this.target = target;
        this.hasRead1 = Ops.getAttrOrNull(target, "read1") != null;
    }

    private Object call(String method, Object... args) {
        return Ops.callMethod(target, method, args, null);
    }

    /** The bytes a read returned; CPython's message for anything else. */
    private static byte[] bytesFrom(Object got, String method) {
        if (got == PyNone.NONE) {
            return new byte[0]; // a non-blocking stream with nothing ready
        }
        try {
            return Buffers.bytes(got);
        } catch (dev.tauraro.script.runtime.PyException e) {
            throw Exceptions.typeError("underlying " + method + "() should have returned a bytes-like object, not '"
                    + Ops.typeName(got) + "'");
        }
    }

    @Override
    public byte[] read1(int n) {
        String method = hasRead1 ? "read1" : "read";
        return bytesFrom(call(method, (long) n), method);
    }

    @Override
    public byte[] readAll() {
        Object got = call("read");
        if (got instanceof String) {
            throw Exceptions.typeError("can't concat str to bytes"); // what CPython's decoder says here
        }
        return bytesFrom(got, "read");
    }

    @Override
    public void write(byte[] b) {
        call("write", new PyBytes(b));
    }

    @Override
    public long seek(long pos, int whence) {
        return Ops.index(call("seek", pos, (long) whence));
    }

    @Override
    public long tell() {
        return Ops.index(call("tell"));
    }

    @Override
    public long truncate(long size) {
        return Ops.index(call("truncate", size));
    }

    @Override
    public void flush() {
        call("flush");
    }

    @Override
    public boolean readable() {
        return Ops.truthy(call("readable"));
    }

    @Override
    public boolean writable() {
        return Ops.truthy(call("writable"));
    }

    @Override
    public boolean seekable() {
        return Ops.truthy(call("seekable"));
    }

    @Override
    public boolean isClosed() {
        return Ops.truthy(Ops.getAttr(target, "closed"));
    }

    @Override
    public void doClose() {
        call("close");
    }

    @Override
    public Object name() {
        return Ops.getAttrOrNull(target, "name");
    }

    @Override
    public Object mode() {
        return Ops.getAttrOrNull(target, "mode");
    }

    @Override
    public long fileno() {
        return Ops.index(call("fileno"));
    }

    @Override
    public boolean isatty() {
        return Ops.truthy(call("isatty"));
    }
}
