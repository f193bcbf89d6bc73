package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code os.open}, {@code os.read}, {@code os.write}, {@code os.lseek}, {@code os.close},
 * {@code os.closerange}, {@code os.ftruncate}, {@code os.fsync} and the {@code O_*} flags: the
 * descriptors of the interpreter's own table ({@link OsState}), shared with {@code io.FileIO}, so
 * that {@code open(fd)}, {@code os.fdopen} and {@code tempfile.mkstemp}'s descriptor work with them.
 *
 * <p>A descriptor names a {@link FileChannel} on a regular file (or a standard stream): the JVM opens
 * no directories, FIFOs or devices as channels, and has no {@code dup}/{@code pipe} of its own, so
 * those are absent. The flags take Linux's values; {@code O_NOCTTY}, {@code O_NONBLOCK} and
 * {@code O_CLOEXEC} change nothing for a file channel (no child process inherits one) and are
 * accepted as open(2) accepts them.
 */
final class OsFds {
    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    private static final int O_ACCMODE = 3;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_NOCTTY = 0400;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;
    static final int O_NONBLOCK = 04000;
    static final int O_DSYNC = 010000;
    static final int O_NOFOLLOW = 0400000;
    static final int O_CLOEXEC = 02000000;
    static final int O_SYNC = 04010000;

    private OsFds() {
    }

    static void install(PyModule m, OsState os) {
        for (Object[] flag : new Object[][] {{"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
                {"O_ACCMODE", O_ACCMODE}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_NOCTTY", O_NOCTTY},
                {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND}, {"O_NONBLOCK", O_NONBLOCK}, {"O_NDELAY", O_NONBLOCK},
                {"O_DSYNC", O_DSYNC}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_CLOEXEC", O_CLOEXEC}, {"O_SYNC", O_SYNC},
                {"O_RSYNC", O_SYNC}}) {
            m.set((String) flag[0], (long) (int) flag[1]);
        }
        m.set("open", new BuiltinFunction("open", (a, k) -> {
            Object[] p = Params.bind("open", a, k, new String[] {"path", "flags", "mode", "dir_fd"}, 2, 3);
            if (!Params.isNone(p[3])) {
                throw Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR, "dir_fd unavailable on this platform");
            }
            long flags = Params.integer(p[1]);
            long mode = p[2] == null ? 0777 : Params.integer(p[2]);
            return (long) open(os, p[0], flags, mode);
        }));
        m.set("close", new BuiltinFunction("close", (a, k) -> {
            Object[] p = Params.bind("close", a, k, new String[] {"fd"}, 1);
            os.close(Params.integer(p[0]));
            return PyNone.NONE;
        }));
        m.set("closerange", new BuiltinFunction("closerange", (a, k) -> {
            Params.positional("closerange", a, k, 2, 2);
            long high = Params.integer(a[1]);
            for (long n = Math.max(0, Params.integer(a[0])); n < high; n++) {
                os.closeQuietly(n); // as CPython's: descriptors not open are skipped silently
            }
            return PyNone.NONE;
        }));
        m.set("read", new BuiltinFunction("read", (a, k) -> {
            Params.positional("read", a, k, 2, 2);
            Fd fd = os.get(Params.integer(a[0]));
            long n = Params.integer(a[1]);
            if (n < 0) {
                throw OsErrors.error(OsErrors.EINVAL, null);
            }
            byte[] buf = new byte[(int) Math.min(n, io(() -> readable(fd)))];
            int got = io(() -> fd.read(buf, 0, buf.length));
            return new PyBytes(got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, got));
        }));
        m.set("write", new BuiltinFunction("write", (a, k) -> {
            Params.positional("write", a, k, 2, 2);
            Fd fd = os.get(Params.integer(a[0]));
            byte[] data = Params.bytes(a[1]);
            io(() -> {
                fd.write(data, 0, data.length);
                return 0;
            });
            return (long) data.length;
        }));
        m.set("lseek", new BuiltinFunction("lseek", (a, k) -> {
            Params.positional("lseek", a, k, 3, 3);
            Fd fd = os.get(Params.integer(a[0]));
            long pos = Params.integer(a[1]);
            long how = Params.integer(a[2]);
            if (how < 0 || how > 2) {
                throw OsErrors.error(OsErrors.EINVAL, null);
            }
            return io(() -> fd.seek(pos, (int) how));
        }));
        m.set("ftruncate", new BuiltinFunction("ftruncate", (a, k) -> {
            Params.positional("ftruncate", a, k, 2, 2);
            Fd fd = os.get(Params.integer(a[0]));
            long length = Params.integer(a[1]);
            if (length < 0) {
                throw OsErrors.error(OsErrors.EINVAL, null);
            }
            io(() -> {
                fd.truncate(length);
                return 0;
            });
            return PyNone.NONE;
        }));
        m.set("fsync", new BuiltinFunction("fsync", (a, k) -> {
            Object[] p = Params.bind("fsync", a, k, new String[] {"fd"}, 1);
            Object target = p[0];
            // CPython takes a file object too: its fileno()
            long n = Params.isInt(dev.tauraro.script.runtime.PyDerived.unwrap(target)) ? Params.integer(target)
                    : Params.integer(dev.tauraro.script.runtime.Ops.callMethod(target, "fileno",
                    new Object[0], null));
            Fd fd = os.get(n);
            io(() -> {
                fd.sync();
                return 0;
            });
            return PyNone.NONE;
        }));
    }

    /** open(2) of {@code path} with {@code flags} and, for a file it creates, permissions {@code mode} (less the umask). */
    private static int open(OsState os, Object path, long flags, long mode) {
        Object name = OsState.fspath(path);
        return os.add(openFile(os, name, OsState.text(name), flags, mode));
    }

    /**
     * open(2) of {@code path} as {@code os.open} and {@code io.FileIO} (which turns its mode into
     * these flags, as CPython's does) both make it: the descriptor, not yet in the table;
     * {@code name} is what an error shows.
     */
    static Fd openFile(OsState os, Object name, String path, long flags, long mode) {
        if (path.isEmpty()) {
            throw OsErrors.error(OsErrors.ENOENT, name);
        }
        Path p = os.resolve(path);
        int access = (int) (flags & O_ACCMODE);
        boolean read = access == O_RDONLY || access == O_RDWR;
        boolean write = access == O_WRONLY || access == O_RDWR;
        boolean create = (flags & O_CREAT) != 0;
        if (path.endsWith("/")) {
            // Java drops a trailing '/' from a path, which open(2) would not: what open(2) answers.
            // No file opens so: O_CREAT gives EISDIR; otherwise a directory is EISDIR (O_RDWR
            // itself, or the check after O_RDONLY), another file ENOTDIR, a missing one ENOENT.
            int errno = create || Files.isDirectory(p) ? OsErrors.EISDIR
                    : Files.exists(p) ? OsErrors.ENOTDIR : OsErrors.ENOENT;
            throw OsErrors.error(errno, name);
        }
        Set<OpenOption> options = new HashSet<>();
        if (read) {
            options.add(StandardOpenOption.READ);
        }
        if (write) {
            options.add(StandardOpenOption.WRITE);
        }
        if (create) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && write) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_SYNC) == O_SYNC) {
            options.add(StandardOpenOption.SYNC);
        } else if ((flags & O_DSYNC) != 0) {
            options.add(StandardOpenOption.DSYNC);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            options.add(LinkOption.NOFOLLOW_LINKS);
        }
        // A directory opened for writing fails in open(2) itself (EISDIR, or EEXIST for O_EXCL), so
        // only a read-only open asks first: open(2) gives a directory a descriptor, which a file
        // channel cannot read (CPython's FileIO refuses it after its fstat); no extra stat for each
        // file written.
        if (!write && Files.isDirectory(p)) {
            throw OsErrors.error(OsErrors.EISDIR, name);
        }
        FileChannel ch;
        try { // a created file's mode less the umask, as open(2) makes it
            ch = create ? FileChannel.open(p, options, PosixFilePermissions.asFileAttribute(OsModule.permissions(mode)))
                    : FileChannel.open(p, options);
        } catch (IOException e) {
            throw OsErrors.of(e, name);
        } catch (UnsupportedOperationException e) {
            try { // a file system without POSIX permissions: created with its defaults
                ch = FileChannel.open(p, options);
            } catch (IOException e2) {
                throw OsErrors.of(e2, name);
            }
        }
        return Fd.file(ch, p, read, write, (flags & O_APPEND) != 0);
    }

    /**
     * A bound on what one read of {@code fd} returns, so that {@code os.read(fd, 1 << 30)} ("all of
     * it") does not allocate a gigabyte for a small file: the file's bytes left, but at least 64 KiB
     * (files under /proc say they are empty), and 64 KiB (a pipe's buffer) for a stream.
     */
    private static long readable(Fd fd) throws IOException {
        return fd.seekable() ? Math.max(fd.size() - fd.tell(), 1 << 16) : 1 << 16;
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    /** A descriptor operation, its IOException as OSError without a file name (as CPython's for descriptors). */
    private static <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }
}
