package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code _os}: the system calls under {@code lib/os.py} (which adds {@code walk}, {@code makedirs},
 * {@code scandir}'s entries and the {@code stat_result} class in Python, as CPython's {@code os.py} does over
 * {@code posix}). Paths are resolved against the interpreter's working directory ({@link OsState});
 * failures are CPython's OSError subclasses with the path(s) the script gave.
 */
public final class OsModule {
    private OsModule() {
    }

    public static PyModule create(Interpreter interp) {
        OsState os = OsState.of(interp);
        PyModule m = new PyModule("_os", interp);
        fn(m, "getcwd", (a, k) -> os.cwd().toString());
        fn(m, "chdir", (a, k) -> {
            Path p = path(os, a, 0);
            if (!Files.exists(p)) {
                throw OsErrors.error(OsErrors.ENOENT, a[0]);
            }
            if (!Files.isDirectory(p)) {
                throw OsErrors.error(OsErrors.ENOTDIR, a[0]);
            }
            os.chdir(p.normalize());
            return PyNone.NONE;
        });
        fn(m, "listdir", (a, k) -> {
            Object arg = a.length == 0 || a[0] == PyNone.NONE ? "." : a[0];
            Path p = os.resolve(OsState.pathString(arg));
            boolean bytes = dev.tauraro.script.runtime.PyDerived.unwrap(arg) instanceof PyBytes;
            PyList out = new PyList();
            // java.io's list is one native call for the names; the NIO stream below makes a Path of
            // each (twice listdir's time), and is left for the failures, whose reason only it tells
            String[] names = bytes ? null : p.toFile().list();
            if (names != null) {
                for (String n : names) {
                    out.add(n);
                }
                return out;
            }
            try (Stream<Path> s = Files.list(p)) {
                s.forEach(c -> {
                    String n = c.getFileName().toString();
                    out.add(bytes ? new PyBytes(OsState.fsencode(n)) : n);
                });
            } catch (IOException e) {
                throw OsErrors.of(e, arg);
            }
            return out;
        });
        fn(m, "mkdir", (a, k) -> {
            try {
                Files.createDirectory(path(os, a, 0));
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyNone.NONE;
        });
        fn(m, "rmdir", (a, k) -> {
            Path p = path(os, a, 0);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.ENOTDIR, a[0]);
            }
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyNone.NONE;
        });
        fn(m, "remove", (a, k) -> {
            Path p = path(os, a, 0);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(OsErrors.EISDIR, a[0]); // unlink(2) on a directory, as Linux says it
            }
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyNone.NONE;
        });
        fn(m, "rename", (a, k) -> {
            Path from = path(os, a, 0);
            Path to = path(os, a, 1);
            try {
                // rename(2): atomic, and replaces an existing file (Java's ATOMIC_MOVE is rename(2) on Linux)
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw OsErrors.of(e, a[0], a[1]);
            }
            return PyNone.NONE;
        });
        fn(m, "chmod", (a, k) -> {
            Path p = path(os, a, 0);
            long mode = dev.tauraro.script.runtime.Ops.index(a[1]);
            try {
                // the whole mode as chmod(2) takes it: the permission set would drop setuid, setgid and sticky
                Files.setAttribute(p, "unix:mode", (int) (mode & 07777));
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyNone.NONE;
        });
        fn(m, "uname", (a, k) -> {
            // uname(2)'s fields from what the JVM and /proc tell: sysname, nodename, release, version, machine
            String arch = System.getProperty("os.arch", "");
            String machine = switch (arch) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                case "x86", "i386" -> "i686";
                default -> arch;
            };
            return new dev.tauraro.script.runtime.PyTuple(new Object[] {System.getProperty("os.name", "Linux"),
                procLine("/proc/sys/kernel/hostname"), System.getProperty("os.version", ""),
                procLine("/proc/sys/kernel/version"), machine});
        });
        OsLinks.install(m, os);
        OsFds.install(m, os);
        OsProcess.install(m, os);
        OsTerminal.install(m, os);
        fn(m, "access", (a, k) -> {
            // access(2) with the real ids: existence, then each requested permission
            String name = OsState.pathString(a[0]); // once: a path-like's __fspath__ runs once
            long mode = dev.tauraro.script.runtime.Ops.index(a[1]);
            if (name.isEmpty()) {
                return false; // the empty path names no file
            }
            Path p = os.resolve(name);
            if (!Files.exists(p)) {
                return false;
            }
            return ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                    && ((mode & 1) == 0 || Files.isExecutable(p));
        });
        OsStat.install(m, interp, os);
        fn(m, "_exit", (a, k) -> {
            if (a.length > 1) {
                throw Exceptions.typeError("_exit() takes at most 1 argument (" + a.length + " given)");
            }
            if (a.length == 0 || k != null && !k[0].equals("status")) {
                throw Exceptions.typeError("_exit() missing required argument 'status' (pos 1)");
            }
            int code = (int) dev.tauraro.script.runtime.Ops.index(a[0]);
            java.util.function.IntConsumer exit = interp.processExit();
            if (exit != null && dev.tauraro.script.runtime.ModuleFork.current(interp) == null) {
                exit.accept(code);
            }
            // a child process or pool worker (a thread in its own fork) ends here; see ProcessExit
            throw new dev.tauraro.multiprocessing.ProcessExit(code);
        });
        fn(m, "cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        fn(m, "urandom", (a, k) -> {
            long n = dev.tauraro.script.runtime.Ops.index(a[0]);
            if (n < 0) {
                throw Exceptions.valueError("negative argument not allowed");
            }
            return new PyBytes(dev.tauraro.script.modules.Entropy.bytes((int) n));
        });
        fn(m, "fspath", (a, k) -> OsState.fspath(a[0]));
        fn(m, "strerror", (a, k) -> OsErrors.strerror(dev.tauraro.script.runtime.Ops.index(a[0])));
        fn(m, "environ", (a, k) -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, String> e : os.environment().entrySet()) {
                d.put(e.getKey(), e.getValue());
            }
            return d;
        });
        return m;
    }

    private static String procLine(String file) {
        String text = OsProcess.proc(file);
        return text == null ? "" : text.strip();
    }

    /** The permission bits of a mode (os.chmod's, os.open's) as the JDK's set. */
    static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(long mode) {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
                java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
        java.nio.file.attribute.PosixFilePermission[] order = java.nio.file.attribute.PosixFilePermission.values();
        for (int i = 0; i < 9; i++) {   // OWNER_READ .. OTHERS_EXECUTE are bits 0o400 .. 0o001
            if ((mode & (0400 >> i)) != 0) {
                perms.add(order[i]);
            }
        }
        return perms;
    }

    private static void fn(PyModule m, String name, PyCallable impl) {
        m.set(name, new BuiltinFunction(name, impl));
    }

    private static Path path(OsState os, Object[] a, int i) {
        return os.resolve(OsState.pathString(a[i]));
    }
}
