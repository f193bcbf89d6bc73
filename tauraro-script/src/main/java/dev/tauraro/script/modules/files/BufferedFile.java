package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyNone;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * {@code io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom} as {@code open()}
 * returns them in binary mode: one class over a {@link FileIO} whose Python type follows the mode.
 * It buffers reads only (so {@code readline} is not a system call per byte); writes go straight
 * to the file, so a script that never closes its file loses nothing at exit.
 */
final class BufferedFile extends OverFileIO {
    private static final int CHUNK = 65536;

    private final PyClass type;
    /** Read-ahead: bytes {@code [pos, end)} of {@code buf} come next; {@code buf[0]} is at {@code bufStart} in the file. */
    private byte[] buf = new byte[0];
    private int pos;
    private long bufStart;

    BufferedFile(IoTypes types, FileIO raw) {
        super(types, raw);
        this.type = raw.readable() && raw.writable() ? types.bufferedRandom
                : raw.readable() ? types.bufferedReader : types.bufferedWriter;
    }

    /** {@code BufferedReader(raw)} and its siblings: the type follows the raw file's mode. */
    static BufferedFile construct(IoTypes types, Object[] a, String[] k) {
        Object[] p = Params.bind("BufferedReader", a, k, new String[] {"raw", "buffer_size"}, 1);
        if (!(p[0] instanceof FileIO raw)) {
            throw dev.tauraro.script.runtime.Exceptions.typeError(
                    "only io.FileIO can be wrapped here, not '" + dev.tauraro.script.runtime.Ops.typeName(p[0]) + "'");
        }
        return new BufferedFile(types, raw);
    }

    @Override
    public PyClass type() {
        return type;
    }

    private void needRead() {
        checkClosed();
        if (!readable()) {
            throw types.unsupported("read");
        }
    }

    private boolean fill() {
        bufStart = raw.seekable() ? raw.tell() : 0; // a pipe has no position to go back to
        buf = raw.read1(CHUNK);
        pos = 0;
        return buf.length > 0;
    }

    @Override
    Object readline(long limit) {
        needRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (pos >= buf.length && !fill()) {
                break;
            }
            byte b = buf[pos++];
            out.write(b);
            if (b == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    byte[] read(long size) {
        needRead();
        if (size < 0) {
            byte[] rest = Arrays.copyOfRange(buf, pos, buf.length);
            buf = new byte[0]; // the file is already positioned after the read-ahead
            pos = 0;
            byte[] more = raw.readAll();
            byte[] all = Arrays.copyOf(rest, rest.length + more.length);
            System.arraycopy(more, 0, all, rest.length, more.length);
            return all;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) {
            if (pos >= buf.length && !fill()) {
                break;
            }
            int n = (int) Math.min(buf.length - pos, size - out.size());
            out.write(buf, pos, n);
            pos += n;
        }
        return out.toByteArray();
    }

    /** Puts the file position back where the script's reading got to. */
    private void dropReadAhead() {
        if (pos < buf.length) {
            raw.seek(bufStart + pos, 0);
        }
        buf = new byte[0];
        pos = 0;
    }

    long write(byte[] b) {
        checkClosed();
        if (!writable()) {
            throw types.unsupported("write");
        }
        dropReadAhead();
        raw.write(b);
        return b.length;
    }

    long tell() {
        checkClosed();
        return pos < buf.length ? bufStart + pos : raw.tell();
    }

    @Override
    void writeItem(Object item) {
        write(Params.bytes(item));
    }

    @Override
    Object own(String n) {
        return switch (n) {
            case "read" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                return new PyBytes(read(Params.size(a, 0)));
            });
            case "readinto", "readinto1" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                dev.tauraro.script.runtime.Buffers.Writable w = dev.tauraro.script.runtime.Buffers.writable(a[0],
                        n + "() ");
                byte[] got = read(w.length());
                return (long) w.fill(got, 0, got.length);
            });
            case "read1" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                long size = Params.size(a, 0);
                needRead();
                if (pos >= buf.length && !fill()) {
                    return new PyBytes(new byte[0]);
                }
                int take = size < 0 ? buf.length - pos : (int) Math.min(buf.length - pos, size);
                byte[] out = Arrays.copyOfRange(buf, pos, pos + take);
                pos += take;
                return new PyBytes(out);
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
                if (whence == 1) {
                    at += tell();
                    whence = 0;
                }
                buf = new byte[0];
                pos = 0;
                return raw.seek(at, whence);
            });
            case "tell" -> method(n, (a, k) -> tell());
            case "truncate" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                checkClosed();
                if (!writable()) {
                    throw types.unsupported("truncate");
                }
                long at = a.length == 0 || a[0] == PyNone.NONE ? tell() : Params.integer(a[0]);
                dropReadAhead();
                return raw.truncate(at);
            });
            case "fileno" -> method(n, (a, k) -> raw.fileno());
            case "name" -> raw.name();
            case "mode" -> raw.mode();
            case "raw" -> raw;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<_io." + type.name + " name=" + dev.tauraro.script.runtime.Ops.repr(raw.name()) + ">";
    }
}
