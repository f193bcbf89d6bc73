package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code _subprocess}: child processes for lib/subprocess.py, over {@link ProcessBuilder}. A stream
 * the script leaves alone (None) is not inherited from the JVM but pumped into the interpreter's own
 * stdout/stderr, so that output of children lands where the script's print() goes (in tests an
 * in-memory stream) and in order: {@code wait} returns only once those pumps have drained.
 * Blocking calls release the GIL.
 */
final class SubprocessModule {
    private SubprocessModule() {
    }

    /** What the script asked for each standard stream (the values of subprocess's constants). */
    static final int INHERIT = 0;
    static final int PIPE = -1;
    static final int STDOUT = -2;
    static final int DEVNULL = -3;

    private static final PyClass CHILD_TYPE = PyClass.builtin("_Child", "_subprocess", null, Map.of(),
            dev.tauraro.script.runtime.Types.OBJECT);

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_subprocess", interp);
        // spawn(args, cwd, env, stdin, stdout, stderr): each stream a mode above or a file path (str)
        m.set("spawn", new BuiltinFunction("spawn", (a, k) -> spawn(interp, a)));
        return m;
    }

    private static Object spawn(Interpreter interp, Object[] a) {
        List<String> command = new ArrayList<>();
        for (var it = Ops.iter(a[0]); ; ) {
            Object o = it.next();
            if (o == null) {
                break;
            }
            command.add(Ops.str(o));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        if (a[1] != PyNone.NONE) {
            pb.directory(new File(Ops.str(a[1])));
        } else {
            // the interpreter's working directory (os.chdir changes it, not the JVM's)
            pb.directory(new File(Ops.str(Ops.call(Ops.getAttr(interp.importModule("_os"), "getcwd")))));
        }
        if (a[2] instanceof PyDict env) {
            pb.environment().clear();
            for (Object key : env.keySet()) {
                pb.environment().put(Ops.str(key), Ops.str(env.get(key)));
            }
        }
        Object in = a[3];
        Object out = a[4];
        Object err = a[5];
        if (in instanceof String path) {
            pb.redirectInput(new File(path));
        } else if (Ops.toLong(in) == DEVNULL) {
            pb.redirectInput(new File("/dev/null"));
        } else if (Ops.toLong(in) == INHERIT) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        }
        redirect(pb, out, true);
        if (!(err instanceof String) && Ops.toLong(err) == STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            redirect(pb, err, false);
        }
        interp.out().flush();
        interp.err().flush();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw startError(e, command.isEmpty() ? "" : command.get(0), pb.directory());
        }
        Child c = new Child(interp, p);
        if (!(out instanceof String) && Ops.toLong(out) == INHERIT) {
            c.pump(p.getInputStream(), interp.out());
        }
        if (!(err instanceof String) && Ops.toLong(err) == INHERIT) {
            c.pump(p.getErrorStream(), interp.err());
        }
        return c;
    }

    private static void redirect(ProcessBuilder pb, Object mode, boolean out) {
        ProcessBuilder.Redirect r = null;
        if (mode instanceof String path) {
            r = ProcessBuilder.Redirect.appendTo(new File(path));
        } else if (Ops.toLong(mode) == DEVNULL) {
            r = ProcessBuilder.Redirect.DISCARD;
        }
        if (r != null) {
            if (out) {
                pb.redirectOutput(r);
            } else {
                pb.redirectError(r);
            }
        }
    }

    /** CPython's errors for a program that cannot run: FileNotFoundError, PermissionError, ... */
    private static RuntimeException startError(IOException e, String program, File cwd) {
        int errno = dev.tauraro.asyncio.Subprocess.startErrno(e);
        if (errno == 0) {
            errno = 2;
        }
        if (cwd != null && !cwd.isDirectory()) {
            program = cwd.getPath();
        }
        // OSError(errno, strerror, filename) picks the subclass (FileNotFoundError, PermissionError) itself
        return dev.tauraro.script.runtime.Interop.raiseable(Ops.call(Exceptions.OS_ERROR, (long) errno,
                strerror(errno), program));
    }

    private static String strerror(int errno) {
        return switch (errno) {
            case 2 -> "No such file or directory";
            case 13 -> "Permission denied";
            case 8 -> "Exec format error";
            case 20 -> "Not a directory";
            default -> "error " + errno;
        };
    }

    /** A running child: its pipes, its exit status, and the pumps copying its output to the script's streams. */
    static final class Child implements NativeValue {
        private final Interpreter interp;
        private final Process process;
        private final List<Thread> pumps = new ArrayList<>();
        private boolean signalled;

        Child(Interpreter interp, Process process) {
            this.interp = interp;
            this.process = process;
        }

        void pump(InputStream from, PrintStream to) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try {
                    for (int n; (n = from.read(buf)) > 0; ) {
                        synchronized (to) {
                            to.write(buf, 0, n);
                            to.flush();
                        }
                    }
                } catch (IOException ignored) {
                    // the child closed its end
                }
            }, "subprocess-pump");
            t.setDaemon(true);
            t.start();
            pumps.add(t);
        }

        @Override
        public PyClass type() {
            return CHILD_TYPE;
        }

        private InputStream stream(Object which) {
            return Ops.toLong(which) == 2 ? process.getErrorStream() : process.getInputStream();
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "pid" -> process.pid();
                case "write" -> fn(name, (a, k) -> {
                    byte[] data = ((PyBytes) a[0]).bytes();
                    interp.releasingGil(() -> {
                        try {
                            OutputStream os = process.getOutputStream();
                            os.write(data);
                            os.flush();
                        } catch (IOException e) {
                            throw dev.tauraro.script.runtime.Interop.raiseable(Ops.call(Exceptions.OS_ERROR, 32L,
                                    "Broken pipe"));
                        }
                        return null;
                    });
                    return (long) data.length;
                });
                case "close" -> fn(name, (a, k) -> {
                    try {
                        long which = Ops.toLong(a[0]);
                        if (which == 0) {
                            process.getOutputStream().close();
                        } else {
                            stream(a[0]).close();
                        }
                    } catch (IOException ignored) {
                        // already closed
                    }
                    return PyNone.NONE;
                });
                case "read" -> fn(name, (a, k) -> interp.releasingGil(() -> {
                    long n = Ops.toLong(a[1]);
                    try {
                        InputStream s = stream(a[0]);
                        return new PyBytes(n < 0 ? s.readAllBytes() : s.readNBytes((int) n));
                    } catch (IOException e) {
                        return new PyBytes(new byte[0]);
                    }
                }));
                case "readline" -> fn(name, (a, k) -> interp.releasingGil(() -> {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    try {
                        InputStream s = stream(a[0]);
                        for (int b; (b = s.read()) >= 0; ) {
                            line.write(b);
                            if (b == '\n') {
                                break;
                            }
                        }
                    } catch (IOException ignored) {
                        // end of the stream
                    }
                    return new PyBytes(line.toByteArray());
                }));
                case "communicate" -> fn(name, (a, k) -> communicate(a[0], a[1], Ops.truthy(a[2]), Ops.truthy(a[3])));
                case "wait" -> fn(name, (a, k) -> waitFor(a[0]));
                case "poll" -> fn(name, (a, k) -> process.isAlive() ? PyNone.NONE : returncode());
                case "kill" -> fn(name, (a, k) -> {
                    signalled = true;
                    process.destroyForcibly();
                    return PyNone.NONE;
                });
                case "terminate" -> fn(name, (a, k) -> {
                    signalled = true;
                    process.destroy();
                    return PyNone.NONE;
                });
                default -> null;
            };
        }

        private static BuiltinFunction fn(String name, dev.tauraro.script.runtime.PyCallable impl) {
            return new BuiltinFunction(name, impl);
        }

        /** The exit status as CPython gives it: -N for a child that a signal we sent ended. */
        private long returncode() {
            int rc = process.exitValue();
            if (signalled && rc > 128) {
                return -(rc - 128);
            }
            return rc;
        }

        private Object waitFor(Object timeout) {
            long deadline = timeout == PyNone.NONE ? 0 : System.nanoTime() + (long) (Ops.toDouble(timeout) * 1e9);
            Boolean done = interp.blockingWait(() -> {
                if (timeout == PyNone.NONE) {
                    process.waitFor();
                } else if (!process.waitFor(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    return false;
                }
                for (Thread t : pumps) {
                    t.join();
                }
                return true;
            }, false); // Ctrl-C raises KeyboardInterrupt here, as in CPython's wait()
            return done ? returncode() : PyNone.NONE;
        }

        /** Writes input, closes stdin, reads the piped outputs to their ends: (out, err), or None on timeout. */
        private Object communicate(Object input, Object timeout, boolean outPiped, boolean errPiped) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            List<Thread> readers = new ArrayList<>();
            if (outPiped) {
                readers.add(reader(process.getInputStream(), out));
            }
            if (errPiped) {
                readers.add(reader(process.getErrorStream(), err));
            }
            Thread writer = null;
            byte[] inputBytes = dev.tauraro.script.runtime.Buffers.bytesOrNull(input);
            if (inputBytes != null) {
                writer = new Thread(() -> {
                    try (OutputStream os = process.getOutputStream()) {
                        os.write(inputBytes);
                    } catch (IOException ignored) {
                        // the child stopped reading
                    }
                }, "subprocess-input");
                writer.setDaemon(true);
                writer.start();
            } else {
                try {
                    process.getOutputStream().close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
            long deadline = timeout == PyNone.NONE ? Long.MAX_VALUE
                    : System.nanoTime() + (long) (Ops.toDouble(timeout) * 1e9);
            // the readers go on reading while a Ctrl-C handler runs; a retried wait picks up after it
            return interp.blockingWait(() -> {
                if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return PyNone.NONE;
                }
                for (Thread t : readers) {
                    t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
                for (Thread t : pumps) {
                    t.join();
                }
                return new PyTuple(new Object[] {outPiped ? new PyBytes(out.toByteArray()) : PyNone.NONE,
                    errPiped ? new PyBytes(err.toByteArray()) : PyNone.NONE});
            }, PyNone.NONE);
        }

        private static Thread reader(InputStream in, ByteArrayOutputStream into) {
            Thread t = new Thread(() -> {
                try {
                    in.transferTo(into);
                } catch (IOException ignored) {
                    // closed
                }
            }, "subprocess-reader");
            t.setDaemon(true);
            t.start();
            return t;
        }

        @Override
        public String toString() {
            return "<_subprocess child " + process.pid() + ">";
        }
    }
}
