package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyNone;
import java.util.Arrays;

/** {@code io.BytesIO}: a binary file in memory; writing past the end pads with zero bytes as CPython does. */
final class BytesIO extends IoBase {
    private byte[] data;
    private int size;
    private int pos;
    private boolean closed;

    private BytesIO(IoTypes types, byte[] initial) {
        super(types);
        data = initial.clone();
        size = initial.length;
    }

    /** {@code BytesIO(initial_bytes=b'')}. */
    static BytesIO construct(IoTypes types, Object[] a, String[] k) {
        Object[] p = Params.bind("BytesIO", a, k, new String[] {"initial_bytes"}, 0);
        return new BytesIO(types, Params.isNone(p[0]) ? new byte[0] : Params.bytes(p[0]));
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
        byte[] b = pos < end ? Arrays.copyOfRange(data, pos, end) : new byte[0];
        pos = Math.max(pos, end);
        return new PyBytes(b);
    }

    @Override
    Object readline(long limit) {
        checkClosed();
        int end = pos;
        while (end < size && (limit < 0 || end - pos < limit)) {
            if (data[end++] == '\n') {
                break;
            }
        }
        return take(end);
    }

    long write(byte[] b) {
        checkClosed();
        int end = pos + b.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, data, pos, b.length);
        pos = end;
        size = Math.max(size, end);
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
                return new PyBytes(Arrays.copyOf(data, size));
            });
            case "read", "read1" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                checkClosed();
                long want = Params.size(a, 0);
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
                long base = whence == 0 ? 0 : whence == 1 ? pos : size;
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
                long at = a.length == 0 || a[0] == PyNone.NONE ? pos : Params.integer(a[0]);
                if (at < 0) {
                    throw Exceptions.valueError("negative size value " + at);
                }
                size = (int) Math.min(size, at);
                return at;
            });
            default -> null;
        };
    }
}
