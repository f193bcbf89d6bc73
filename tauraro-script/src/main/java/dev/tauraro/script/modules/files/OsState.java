package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyInstance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a process has in CPython and an interpreter has here: its working directory, its open file
 * descriptors and its environment. The JVM cannot change its own working directory or environment,
 * so {@code os.chdir} and {@code os.environ} change this state: every path a script passes is
 * resolved against {@link #cwd()}, and child processes started for the script should be given
 * {@link #environment()} and {@link #cwd()} (see {@link #of}).
 *
 * <p>Thread-safety: the descriptor table and the environment are guarded by this object's monitor;
 * the working directory is a volatile field (CPython's is process-wide, racy between threads too).
 */
public final class OsState {
    private volatile Path cwd;
    private final List<Fd> fds = new ArrayList<>();
    private final Map<String, String> environ;
    /** The process id once asked (0 before): a JVM cannot fork, so it never changes. */
    private volatile long pid;
    final Interpreter interp;

    private OsState(Interpreter interp) {
        this.interp = interp;
        this.cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        this.environ = new LinkedHashMap<>(System.getenv());
        fds.add(Fd.input(interp.in()));
        fds.add(Fd.output(interp.out()));
        fds.add(Fd.output(interp.err()));
    }

    /** The state of {@code interp}, made on first use. */
    public static OsState of(Interpreter interp) {
        return interp.extension(OsState.class, () -> new OsState(interp));
    }

    /** The working directory {@code os.chdir} set (initially the JVM's). */
    public Path cwd() {
        return cwd;
    }

    void chdir(Path dir) {
        cwd = dir;
    }

    /**
     * The process id, read on the first {@code os.getpid()} and kept (logging asks for it in every
     * record). Kept in this object rather than a holder class of its own: a class that the
     * start-up archive lacks costs the first call an index of the whole class path (140 ms).
     */
    long pid() {
        long p = pid;
        if (p == 0) {
            p = OsProcess.readPid();
            pid = p;
        }
        return p;
    }

    /** A copy of the environment as {@code os.environ} holds it: what a child process should get. */
    public Map<String, String> environment() {
        synchronized (this) {
            return new LinkedHashMap<>(environ);
        }
    }

    synchronized String getenv(String key) {
        return environ.get(key);
    }

    synchronized void putenv(String key, String value) {
        if (value == null) {
            environ.remove(key);
        } else {
            environ.put(key, value);
        }
    }

    /**
     * A script's path (after {@code os.fspath}) resolved against the working directory. The empty
     * path names no file, as for the system calls CPython makes (ENOENT): resolving it gave the
     * working directory itself, so {@code os.rmdir('')} removed it.
     */
    Path resolve(String path) {
        if (path.indexOf('\0') >= 0) {
            throw Exceptions.valueError("embedded null byte");
        }
        if (path.isEmpty()) {
            throw OsErrors.error(OsErrors.ENOENT, path);
        }
        return cwd.resolve(path);
    }

    /** Registers {@code fd} under the lowest free number, as open(2) does. */
    synchronized int add(Fd fd) {
        for (int i = 0; i < fds.size(); i++) {
            if (fds.get(i) == null) {
                fds.set(i, fd);
                return i;
            }
        }
        fds.add(fd);
        return fds.size() - 1;
    }

    /** The open descriptor {@code n}: {@code OSError: [Errno 9] Bad file descriptor} otherwise. */
    synchronized Fd get(long n) {
        Fd fd = n >= 0 && n < fds.size() ? fds.get((int) n) : null;
        if (fd == null || fd.isClosed()) {
            throw OsErrors.error(OsErrors.EBADF, null);
        }
        return fd;
    }

    /** Closes descriptor {@code n} and frees its number. */
    void close(long n) {
        Fd fd;
        synchronized (this) {
            fd = get(n);
            fds.set((int) n, null);
        }
        try {
            fd.close();
        } catch (java.io.IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    /** Closes descriptor {@code n} if it is open, ignoring failures: for files the script dropped unclosed. */
    void closeQuietly(long n) {
        try {
            close(n);
        } catch (RuntimeException e) {
            // already closed by os.close(), or the close failed: nobody is left to tell
        }
    }

    /**
     * {@code os.fspath(p)}: str and bytes as they are, else the object's {@code __fspath__()}:
     * {@code expected str, bytes or os.PathLike object, not int} otherwise.
     */
    static Object fspath(Object p) {
        Object u = PyDerived.unwrap(p);
        if (u instanceof String || u instanceof PyBytes) {
            return p;
        }
        // looked up on the type only, as CPython's PyOS_FSPath does (an instance attribute is not asked)
        Object hook = p instanceof PyInstance inst ? inst.type().lookup("__fspath__") : null;
        if (hook != null) {
            return callFspath((PyInstance) p, hook);
        }
        if (p instanceof dev.tauraro.script.runtime.NativeValue nv && nv.attr("__fspath__") != null) {
            return Ops.call(nv.attr("__fspath__"));
        }
        throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(p));
    }

    /** {@code p.__fspath__()} through {@code hook}, its type's: a str or bytes, else os.fspath's TypeError. */
    static Object callFspath(PyInstance p, Object hook) {
        Object r = Ops.callSpecial(hook, p);
        Object ru = PyDerived.unwrap(r);
        if (ru instanceof String || ru instanceof PyBytes) {
            return r;
        }
        throw Exceptions.typeError("expected " + p.type().name + ".__fspath__() to return str or bytes, not "
                + Ops.typeName(r));
    }

    /** A path argument as text: {@code os.fspath}, bytes decoded as the file system encoding does. */
    static String pathString(Object p) {
        return text(fspath(p));
    }

    /** The text of a str or bytes path (what {@code os.fspath} returned). */
    static String text(Object fspath) {
        Object f = PyDerived.unwrap(fspath);
        if (f instanceof PyBytes b) {
            return fsdecode(b.bytes());
        }
        return (String) f;
    }

    /** {@code os.fsdecode}: UTF-8 with surrogateescape, so that any file name round-trips. */
    static String fsdecode(byte[] b) {
        return dev.tauraro.script.runtime.Codecs.decode(b, "utf-8", "surrogateescape");
    }

    /** {@code os.fsencode}. */
    static byte[] fsencode(String s) {
        return dev.tauraro.script.runtime.Codecs.encode(s, "utf-8", "surrogateescape").bytes();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
