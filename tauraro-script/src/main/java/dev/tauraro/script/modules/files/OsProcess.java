package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * {@code _os}'s calls about the process and file times that the JDK or Linux's /proc answer:
 * the user and group ids, the parent's pid, {@code times()}, {@code getloadavg()}, {@code utime}
 * and {@code truncate}. (os.py gives them CPython's argument forms.)
 */
final class OsProcess {
    /** Linux's clock ticks per second (USER_HZ), the unit of /proc's CPU times. */
    private static final double TICKS = 100.0;

    private OsProcess() {
    }

    static void install(PyModule m, OsState os) {
        // /proc/self/status: "Uid:\treal\teffective\tsaved\tfs", the same for Gid
        m.set("_ids", new BuiltinFunction("_ids", (a, k) -> {
            long[] uid = statusIds("Uid:");
            long[] gid = statusIds("Gid:");
            return new PyTuple(new Object[] {uid[0], uid[1], gid[0], gid[1]});
        }));
        m.set("getpid", new BuiltinFunction("getpid", (a, k) -> os.pid()));
        m.set("getppid", new BuiltinFunction("getppid", (a, k) ->
                ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        m.set("getloadavg", new BuiltinFunction("getloadavg", (a, k) -> {
            String[] f = read("/proc/loadavg", "Load averages are unobtainable").split("\\s+");
            return new PyTuple(new Object[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                Double.parseDouble(f[2])});
        }));
        m.set("_times", new BuiltinFunction("_times", (a, k) -> {
            // /proc/self/stat: the fields after the command's closing parenthesis, from field 3 on;
            // utime, stime, cutime, cstime are fields 14-17; elapsed counts from boot, as times(2)
            String stat = read("/proc/self/stat", "times() is not available");
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double uptime = Double.parseDouble(read("/proc/uptime", "times() is not available").split(" ")[0]);
            return new PyTuple(new Object[] {Long.parseLong(f[11]) / TICKS, Long.parseLong(f[12]) / TICKS,
                Long.parseLong(f[13]) / TICKS, Long.parseLong(f[14]) / TICKS, uptime});
        }));
        m.set("_utime", new BuiltinFunction("_utime", (a, k) -> {
            // (path, atime_ns, mtime_ns, follow): os.py turns times=/ns= or None into nanoseconds
            Path p = os.resolve(OsState.pathString(a[0]));
            FileTime atime = FileTime.from(Ops.toLong(a[1]), TimeUnit.NANOSECONDS);
            FileTime mtime = FileTime.from(Ops.toLong(a[2]), TimeUnit.NANOSECONDS);
            java.nio.file.LinkOption[] opts = Ops.truthy(a[3]) ? new java.nio.file.LinkOption[0]
                    : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
            try {
                Files.getFileAttributeView(p, BasicFileAttributeView.class, opts).setTimes(mtime, atime, null);
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyNone.NONE;
        }));
        m.set("truncate", new BuiltinFunction("truncate", (a, k) -> {
            if (a.length != 2) {
                throw Exceptions.typeError("truncate() missing required argument '" + (a.length == 0 ? "path"
                        : "length") + "' (pos " + (a.length + 1) + ")");
            }
            long length = Ops.index(a[1]);
            Path p = os.resolve(OsState.pathString(a[0]));
            if (!Files.exists(p)) {
                throw OsErrors.error(OsErrors.ENOENT, a[0]);
            }
            if (length < 0) {
                throw OsErrors.error(OsErrors.EINVAL, a[0]);
            }
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(length); // truncate(2): shortens, or extends with zero bytes
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyNone.NONE;
        }));
    }

    private static long[] statusIds(String field) {
        for (String line : read("/proc/self/status", "process ids are not available").split("\n")) {
            if (line.startsWith(field)) {
                String[] f = line.substring(field.length()).strip().split("\\s+");
                return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
            }
        }
        throw Exceptions.newException(Exceptions.OS_ERROR, "process ids are not available");
    }

    /**
     * getpid(2): /proc/self/status's NSpid line lists the pid in each pid namespace from /proc's
     * down to the process's own, whose pid (the last) is the one getpid returns. ProcessHandle is
     * asked only without that line: ProcessHandle.current() initialises the JDK's process machinery
     * (a reaper thread pool, the boot time from /proc/stat).
     */
    static long readPid() {
        String status = proc("/proc/self/status");
        if (status != null) {
            for (String line : status.split("\n")) {
                if (line.startsWith("NSpid:")) {
                    String[] f = line.substring("NSpid:".length()).strip().split("\\s+");
                    return Long.parseLong(f[f.length - 1]);
                }
            }
        }
        return ProcessHandle.current().pid();
    }

    /** A file of /proc (or any small text file), or null when it cannot be read. */
    static String proc(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String read(String file, String unavailable) {
        String text = proc(file);
        if (text == null) {
            throw Exceptions.newException(Exceptions.OS_ERROR, unavailable);
        }
        return text;
    }
}
