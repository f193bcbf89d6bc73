package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyByteArray;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyMemoryView;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.SubclassableValue;

/**
 * {@code io.BytesIO}: a binary file in memory; writing past the end pads with zero bytes as CPython
 * does. The bytes live in a bytearray, so {@code getbuffer()} is a memoryview sharing them, and while
 * one is alive writes, truncation and close raise CPython's BufferError. Scripts may subclass it.
 */
final class BytesIO extends IoBase implements SubclassableValue {
    private PyByteArray data;
    private int pos;
    private boolean closed;

    private BytesIO(IoTypes types, byte[] initial) {
        super(types);
        data = new PyByteArray(initial.clone());
    }

    /** {@code BytesIO(initial_bytes=b'')}. */
    static BytesIO construct(IoTypes types, Object[] a, String[] k) {
        return new BytesIO(types, initial(a, k));
    }

    private static byte[] initial(Object[] a, String[] k) {
        Object[] p = Params.bind("BytesIO", a, k, new String[] {"initial_bytes"}, 0);
        return Params.isNone(p[0]) ? new byte[0] : Params.bytes(p[0]);
    }

    @Override
    public void init(Object[] args, String[] kwnames) {
        byte[] b = initial(args, kwnames);
        checkExports();
        data = new PyByteArray(b.clone());
        pos = 0;
    }

    /** CPython refuses every change of the buffer while a getbuffer() view lives. */
    private void checkExports() {
        if (data.exported()) {
            throw Exceptions.newException(Exceptions.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    @Override
    public PyClass type() {
        return types.bytesIo;
    }

    @Override
    boolean isClosed() {
        return closed;
    }

    @Override
    void doClose() {
        checkExports();
        closed = true;
    }

    @Override
    boolean readable() {
        return true;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    boolean seekable() {
        return true;
    }

    private PyBytes take(int end) {
        byte[] b = pos < end ? data.copyRange(pos, end) : new byte[0];
        pos = Math.max(pos, end);
        return new PyBytes(b);
    }

    @Override
    Object readline(long limit) {
        checkClosed();
        int end = pos;
        int size = data.size();
        while (end < size && (limit < 0 || end - pos < limit)) {
            if (data.get(end++) == '\n') {
                break;
            }
        }
        return take(end);
    }

    long write(byte[] b) {
        checkClosed();
        checkExports();
        int size = data.size();
        if (pos > size) {
            data.splice(size, size, new byte[pos - size]);
        }
        data.splice(pos, Math.min(pos + b.length, data.size()), b);
        pos += b.length;
        return b.length;
    }

    @Override
    void writeItem(Object item) {
        write(Params.bytes(item));
    }

    @Override
    Object own(String n) {
        return switch (n) {
            case "getvalue" -> method(n, (a, k) -> {
                checkClosed();
                return new PyBytes(data.toArray());
            });
            case "getbuffer" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 0);
                checkClosed();
                return PyMemoryView.over(data, data);
            });
            case "readinto", "readinto1" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                Buffers.Writable w = Buffers.writable(a[0], n + "() ");
                checkClosed();
                int got = Math.max(0, Math.min(w.length(), data.size() - pos));
                w.fill(got == 0 ? new byte[0] : data.copyRange(pos, pos + got), 0, got);
                pos += got;
                return (long) got;
            });
            case "read", "read1" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                checkClosed();
                long want = Params.size(a, 0);
                int size = data.size();
                return take(want < 0 ? size : (int) Math.min(size, pos + Math.min(want, Integer.MAX_VALUE)));
            });
            case "write" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                return write(Params.bytes(a[0]));
            });
            case "seek" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 2);
                long at = Params.integer(a[0]);
                int whence = a.length > 1 ? (int) Params.integer(a[1]) : 0;
                checkClosed();
                if (whence < 0 || whence > 2) {
                    throw Exceptions.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
                }
                if (whence == 0 && at < 0) {
                    throw Exceptions.valueError("negative seek value " + at);
                }
                long base = whence == 0 ? 0 : whence == 1 ? pos : data.size();
                pos = (int) Math.max(0, Math.min(base + at, Integer.MAX_VALUE));
                return (long) pos;
            });
            case "tell" -> method(n, (a, k) -> {
                checkClosed();
                return (long) pos;
            });
            case "truncate" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                checkClosed();
                long at = a.length == 0 || a[0] == PyNone.NONE ? pos : Params.size(a, 0);
                if (at < 0) {
                    throw Exceptions.valueError("negative size value " + at);
                }
                checkExports();
                if (at < data.size()) {
                    data.splice((int) at, data.size(), new byte[0]);
                }
                return at;
            });
            default -> null;
        };
    }
}
