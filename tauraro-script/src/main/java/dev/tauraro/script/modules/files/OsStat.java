package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.StructSequences;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code os.stat}, {@code os.lstat} and {@code os.fstat}: one system call ({@link StatFields}), made
 * into an {@code os.stat_result} (lib/os.py's struct sequence) here, without a script frame, as
 * CPython's posix module does.
 *
 * <p>The JDK does not give {@code st_blksize} and {@code st_blocks}: the block size is the file
 * system's (asked once per device), and the blocks are what whole blocks of that size hold the
 * file's bytes (what a file that is not sparse takes; 0 for what is neither a regular file nor a
 * directory).
 */
final class OsStat {
    private static final LinkOption[] FOLLOW = {};
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final int SEQUENCE_FIELDS = 10;
    private static final long DEFAULT_BLOCK_SIZE = 4096;
    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;

    /** The file system block size of each device seen (st_dev to st_blksize). */
    private static final Map<Long, Long> BLOCK_SIZES = new ConcurrentHashMap<>();

    /** A device's block size: the last one asked, kept whole so that threads see a consistent pair. */
    private record DeviceBlockSize(long dev, long size) {
    }

    private final Interpreter interp;
    private final OsState os;
    private PyClass statResult;
    /** The last device's block size: most calls ask about files of the device the previous one was on. */
    private DeviceBlockSize lastDevice = new DeviceBlockSize(-1, 0);

    private OsStat(Interpreter interp, OsState os) {
        this.interp = interp;
        this.os = os;
    }

    static void install(PyModule m, Interpreter interp, OsState os) {
        OsStat s = new OsStat(interp, os);
        m.set("stat", new BuiltinFunction("stat", (a, k) -> s.call("stat", a, k, true)));
        m.set("lstat", new BuiltinFunction("lstat", (a, k) -> s.call("lstat", a, k, false)));
        m.set("fstat", new BuiltinFunction("fstat", (a, k) -> {
            int nk = k == null ? 0 : k.length;
            if (a.length > 1) {
                throw Exceptions.typeError(nk > 1 ? "fstat() takes at most 1 keyword argument (" + nk + " given)"
                        : "fstat() takes at most 1 argument (" + a.length + " given)");
            }
            if (a.length == 0 || nk == 1 && !k[0].equals("fd")) {
                throw Exceptions.typeError("fstat() missing required argument 'fd' (pos 1)");
            }
            return s.fstat(a[0]);
        }));
    }

    /** stat(path, *, dir_fd=None, follow_symlinks=True) and lstat(path, *, dir_fd=None). */
    private Object call(String name, Object[] a, String[] k, boolean follow) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        Object path = np > 0 ? a[0] : null;
        if (np > 1) {
            throw Exceptions.typeError(name + "() takes exactly 1 positional argument (" + np + " given)");
        }
        for (int i = 0; i < nk; i++) {
            Object v = a[np + i];
            switch (k[i]) {
                case "path" -> {
                    if (path != null) {
                        throw Exceptions.typeError("argument for " + name + "() given by name ('path') and position (1)");
                    }
                    path = v;
                }
                case "dir_fd" -> {
                    if (v != PyNone.NONE) {
                        throw Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR,
                                "dir_fd unavailable on this platform");
                    }
                }
                case "follow_symlinks" -> {
                    if (!follow) {
                        throw unexpected(name, k[i]);
                    }
                    follow = Ops.truthy(v);
                }
                default -> throw unexpected(name, k[i]);
            }
        }
        if (path == null) {
            throw Exceptions.typeError(name + "() missing required argument 'path' (pos 1)");
        }
        Object u = PyDerived.unwrap(path);
        if (u instanceof Long || u instanceof BigInteger || u instanceof Boolean) {
            return fstat(path);
        }
        Object fspath = path;
        if (!(u instanceof String || u instanceof PyBytes)) {
            // the type's __fspath__ is looked up once: it tells a path-like object and is then called
            Object hook = path instanceof PyInstance inst ? inst.type().lookup("__fspath__") : null;
            if (hook == null) {
                throw Exceptions.typeError(name + ": path should be string, bytes, os.PathLike or integer, not "
                        + Ops.typeName(path));
            }
            fspath = OsState.callFspath((PyInstance) path, hook);
        }
        return stat(os.resolve(OsState.text(fspath)), follow, path);
    }

    private static RuntimeException unexpected(String name, String keyword) {
        return Exceptions.typeError("'" + keyword + "' is an invalid keyword argument for " + name + "()");
    }

    /** fstat(fd): the file the descriptor was opened on; the standard streams as the process has them. */
    private Object fstat(Object fd) {
        long n = Ops.index(fd);
        Fd open = os.get(n);
        Path p = open.path != null ? open.path : Path.of("/proc/self/fd/" + n);
        return stat(p, true, null);
    }

    private Object stat(Path p, boolean follow, Object name) {
        StatFields u;
        try {
            u = StatFields.of(p, follow ? FOLLOW : NO_FOLLOW);
        } catch (IOException e) {
            throw OsErrors.of(e, name);
        }
        long mode = u.mode();
        long dev = u.dev();
        long size = u.size();
        Instant atime = u.atime().toInstant();
        Instant mtime = u.mtime().toInstant();
        Instant ctime = u.ctime().toInstant();
        DeviceBlockSize last = lastDevice;
        if (last.dev != dev) {
            last = new DeviceBlockSize(dev, blockSize(p, dev));
            lastDevice = last;
        }
        long blockSize = last.size;
        long type = mode & S_IFMT;
        long blocks = type == S_IFREG || type == S_IFDIR ? (size + blockSize - 1) / blockSize * (blockSize / 512) : 0;
        Object[] items = {
            mode, u.ino(), dev, u.nlink(), u.uid(), u.gid(), size,
            atime.getEpochSecond(), mtime.getEpochSecond(), ctime.getEpochSecond(),
            seconds(atime), seconds(mtime), seconds(ctime), nanos(atime), nanos(mtime), nanos(ctime),
            blockSize, blocks, u.rdev()};
        return StructSequences.make(statResult(), SEQUENCE_FIELDS, items);
    }

    /** As CPython's fill_time: the float is sec + nsec * 1e-9, the integer sec * 10**9 + nsec. */
    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() * 1e-9;
    }

    private static Object nanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return BigInteger.valueOf(t.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
                    .add(BigInteger.valueOf(t.getNano()));
        }
    }

    private static long blockSize(Path p, long dev) {
        Long known = BLOCK_SIZES.get(dev);
        if (known != null) {
            return known;
        }
        long size;
        try {
            size = Files.getFileStore(p).getBlockSize();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            size = DEFAULT_BLOCK_SIZE;
        }
        if (size < 512) {
            size = DEFAULT_BLOCK_SIZE;
        }
        BLOCK_SIZES.put(dev, size);
        return size;
    }

    /** os.stat_result, made by lib/os.py the first time a file is asked about. */
    private PyClass statResult() {
        PyClass c = statResult;
        if (c == null) {
            c = (PyClass) Ops.call(interp.importModule("os").get("_made"), "stat_result");
            statResult = c;
        }
        return c;
    }
}
