package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * {@code io.FileIO}: unbuffered reads and writes on one file descriptor, each call one read or
 * write below (what {@code open(..., buffering=0)} returns and what the buffered classes wrap).
 *
 * <p>Python equivalent: {@code _io.FileIO}. Differences from CPython: {@code opener} is not
 * supported; reads from standard input release the GIL, file reads
 * do not (they do not block indefinitely).
 */
final class FileIO extends IoBase implements ByteStream {
    private final Object name;
    final int fd;
    private final Fd file;
    private final boolean closefd;
    private final String mode;
    private boolean closed;
    /** Closes the descriptor when the script drops the file unclosed, as CPython's refcounting does. */
    private final java.lang.ref.Cleaner.Cleanable cleanup;

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    private FileIO(IoTypes types, Object name, int fd, Fd file, boolean closefd, String mode) {
        super(types);
        this.name = name;
        this.fd = fd;
        this.file = file;
        this.closefd = closefd;
        this.mode = mode;
        OsState os = types.os;
        this.cleanup = closefd ? CLEANER.register(this, () -> os.closeQuietly(fd)) : null;
    }

    /** {@code FileIO(file, mode='r', closefd=True, opener=None)}. */
    static FileIO construct(IoTypes types, Object[] a, String[] k) {
        Object[] p = Params.bind("FileIO", a, k, new String[] {"file", "mode", "closefd", "opener"}, 1);
        String mode = p[1] == null ? "r" : (String) PyDerived.unwrap(p[1]);
        boolean closefd = p[2] == null || Ops.truthy(p[2]);
        if (!Params.isNone(p[3])) {
            throw Exceptions.valueError("opener is not supported");
        }
        return open(types, p[0], mode, closefd);
    }

    /** Opens a path or wraps a descriptor; {@code mode} holds r/w/x/a, '+' and 'b' (already checked by open()). */
    static FileIO open(IoTypes types, Object file, String mode, boolean closefd) {
        boolean read = false;
        boolean write = false;
        boolean create = false;
        boolean append = false;
        boolean truncate = false;
        int kinds = 0;
        int plus = 0;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r' -> {
                    read = true;
                    kinds++;
                }
                case 'w' -> {
                    write = true;
                    truncate = true;
                    kinds++;
                }
                case 'x' -> {
                    write = true;
                    create = true;
                    kinds++;
                }
                case 'a' -> {
                    write = true;
                    append = true;
                    kinds++;
                }
                case '+' -> plus++;
                case 'b' -> {
                }
                default -> throw Exceptions.valueError("invalid mode: " + mode);
            }
        }
        if (kinds != 1 || plus > 1) {
            throw Exceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (plus == 1) {
            read = true;
            write = true;
        }
        String rawMode = create ? (read ? "xb+" : "xb") : append ? (read ? "ab+" : "ab")
                : read && write ? "rb+" : read ? "rb" : "wb";
        Object u = PyDerived.unwrap(file);
        if (Params.isInt(u) && !(u instanceof Boolean)) {
            long n = Ops.index(u);
            if (n < 0) {
                throw Exceptions.valueError("negative file descriptor");
            }
            Fd fd = types.os.get(n);
            return new FileIO(types, file, (int) n, fd, closefd, rawMode);
        }
        if (!closefd) {
            throw Exceptions.valueError("Cannot use closefd=False with file name");
        }
        Object name = file;
        String path = OsState.pathString(file);
        if (!(file instanceof String) && !(PyDerived.unwrap(file) instanceof PyBytes)) {
            name = OsState.fspath(file); // a PathLike object's name is the str it stands for
        }
        // the flags CPython's FileIO passes to open(2) for the mode, with its permissions 0o666
        long flags = (read && write ? OsFds.O_RDWR : write ? OsFds.O_WRONLY : OsFds.O_RDONLY)
                | (create ? OsFds.O_CREAT | OsFds.O_EXCL : 0) | (truncate ? OsFds.O_CREAT | OsFds.O_TRUNC : 0)
                | (append ? OsFds.O_CREAT | OsFds.O_APPEND : 0);
        Fd fd = OsFds.openFile(types.os, name, path, flags, 0666);
        if (append) {
            try { // as CPython's FileIO: an appending file tells its end from the start
                fd.seek(0, 2);
            } catch (IOException e) {
                throw OsErrors.of(e, name);
            }
        }
        return new FileIO(types, name, types.os.add(fd), fd, true, rawMode);
    }

    @Override
    public PyClass type() {
        return types.fileIo;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() {
        if (closed) {
            throw Exceptions.valueError("I/O operation on closed file");
        }
    }

    @Override
    void checkClosed() {
        checkOpen();
    }

    private void needRead() {
        checkOpen();
        if (!file.readable) {
            throw types.unsupported("File not open for reading");
        }
    }

    private void needWrite() {
        checkOpen();
        if (!file.writable) {
            throw types.unsupported("File not open for writing");
        }
    }

    @Override
    public void doClose() {
        if (closed) {
            return;
        }
        closed = true;
        if (cleanup != null) {
            cleanup.clean(); // runs the close once, and never again from the cleaner
        }
    }

    // ---------------------------------------------------------------- ByteStream

    public byte[] read1(int n) {
        needRead();
        byte[] b = new byte[n];
        int got = readInto(b, 0, n);
        if (got <= 0) {
            return new byte[0];
        }
        return got == n ? b : java.util.Arrays.copyOf(b, got);
    }

    /** One read(2); -1 at end of file. Standard input is read with the GIL released. */
    private int readInto(byte[] b, int off, int len) {
        try {
            if (file.channel == null) {
                if (types.os.interp.inMainThread()) {
                    return file.readInterruptibly(types.os.interp, b, off, len);
                }
                return types.os.interp.releasingGil(() -> {
                    try {
                        return file.read(b, off, len);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            return file.read(b, off, len);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        } catch (java.io.UncheckedIOException e) {
            throw OsErrors.of(e.getCause(), null);
        }
    }

    public byte[] readAll() {
        needRead();
        byte[] b = new byte[file.channel != null ? 65536 : 8192];
        if (file.channel != null) {
            try {
                long left = file.channel.size() - file.channel.position();
                if (left > 0 && left < Integer.MAX_VALUE - 16) {
                    b = new byte[(int) left]; // the whole file in one array, returned without a trimming copy
                }
            } catch (IOException e) {
                throw OsErrors.of(e, null);
            }
        }
        int n = 0;
        while (true) {
            if (n == b.length) {
                // Full: a small read tells the end of the file from a file that grew, before any copy.
                byte[] more = new byte[8192];
                int got = readInto(more, 0, more.length);
                if (got <= 0) {
                    return b;
                }
                if (b.length >= Integer.MAX_VALUE - 16 - got) {
                    throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "read length too large");
                }
                b = java.util.Arrays.copyOf(b, (int) Math.min(Integer.MAX_VALUE - 16L, 2L * b.length + got));
                System.arraycopy(more, 0, b, n, got);
                n += got;
                continue;
            }
            int got = readInto(b, n, b.length - n);
            if (got <= 0) {
                return n == b.length ? b : java.util.Arrays.copyOf(b, n);
            }
            n += got;
        }
    }

    public void write(byte[] b) {
        needWrite();
        try {
            file.write(b, 0, b.length);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    public long seek(long pos, int whence) {
        checkOpen();
        if (whence < 0 || whence > 4) {
            throw OsErrors.error(OsErrors.EINVAL, null);
        }
        try {
            if (whence == 3) { // SEEK_DATA: every byte of a file here is data
                return file.seek(pos, 0);
            }
            if (whence == 4) { // SEEK_HOLE: the only hole is the end of the file
                file.seek(pos, 0);
                return file.seek(0, 2);
            }
            return file.seek(pos, whence);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    public long tell() {
        checkOpen();
        try {
            return file.tell();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    public long truncate(long size) {
        needWrite();
        try {
            file.truncate(size);
            return size;
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    public void flush() {
        checkOpen();
    }

    public void close() {
        doClose();
    }

    public boolean readable() {
        checkOpen();
        return file.readable;
    }

    public boolean writable() {
        checkOpen();
        return file.writable;
    }

    public boolean seekable() {
        checkOpen();
        return file.seekable();
    }

    public Object name() {
        return name;
    }

    public long fileno() {
        checkOpen();
        return fd;
    }

    public boolean isatty() {
        checkOpen();
        return file.isatty();
    }

    public String mode() {
        return mode;
    }

    // ---------------------------------------------------------------- script view

    @Override
    Object readline(long limit) {
        needRead();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] one = new byte[1];
        while (limit < 0 || out.size() < limit) {
            if (readInto(one, 0, 1) <= 0) {
                break;
            }
            out.write(one[0]);
            if (one[0] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
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
                long size = Params.size(a, 0);
                if (size < 0) {
                    return new PyBytes(readAll());
                }
                return new PyBytes(size == 0 ? checkedEmpty() : read1((int) Math.min(size, Integer.MAX_VALUE - 16)));
            });
            case "readall" -> method(n, (a, k) -> new PyBytes(readAll()));
            case "readinto" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                dev.tauraro.script.runtime.Buffers.Writable w = dev.tauraro.script.runtime.Buffers.writable(a[0],
                        "readinto() ");
                byte[] got = w.length() == 0 ? checkedEmpty() : read1(w.length());
                return (long) w.fill(got, 0, got.length);
            });
            case "write" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                byte[] b = Params.bytes(a[0]);
                write(b);
                return (long) b.length;
            });
            case "seek" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 2);
                return seek(Params.integer(a[0]), a.length > 1 ? (int) Params.integer(a[1]) : 0);
            });
            case "tell" -> method(n, (a, k) -> tell());
            case "truncate" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                needWrite();
                return truncate(a.length == 0 || a[0] == PyNone.NONE ? tell() : Params.integer(a[0]));
            });
            case "fileno" -> method(n, (a, k) -> fileno());
            case "isatty" -> method(n, (a, k) -> isatty());
            case "name" -> name;
            case "mode" -> mode;
            case "closefd" -> closefd;
            default -> null;
        };
    }

    private byte[] checkedEmpty() {
        needRead();
        return new byte[0];
    }

    @Override
    public String toString() {
        if (closed) {
            return "<_io.FileIO [closed]>";
        }
        return "<_io.FileIO name=" + Ops.repr(name) + " mode='" + mode + "' closefd=" + (closefd ? "True" : "False")
                + ">";
    }

    static boolean isOsError(PyException e) {
        return e.value.type().isSubclassOf(Exceptions.OS_ERROR);
    }
}
