package dev.tauraro.script.modules;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.BrokenPipeError;
import dev.tauraro.asyncio.PipeWriter;
import dev.tauraro.asyncio.Subprocess;
import dev.tauraro.asyncio.SubprocessOptions;
import dev.tauraro.asyncio.SubprocessOptions.Redirect;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * asyncio's subprocesses for scripts: {@code create_subprocess_exec}, {@code create_subprocess_shell}
 * and the {@code asyncio.subprocess} namespace ({@code PIPE}, {@code STDOUT}, {@code DEVNULL},
 * {@code Process}), over {@link Asyncio#createSubprocessExec} and {@link Subprocess}. The child's
 * output pipes are the stream readers of {@link AsyncioStreams}; its input is a writer with the
 * {@code StreamWriter} methods.
 *
 * <p>Differences from CPython: {@code stdin}/{@code stdout}/{@code stderr} take PIPE, DEVNULL,
 * STDOUT or None, not file objects or descriptors; the other {@code subprocess.Popen} keywords
 * ({@code preexec_fn}, {@code start_new_session}, ...) are refused. An inherited stream (None) is
 * the JVM's own, which is not {@code sys.stdout} when the interpreter is embedded.
 */
final class AsyncioSubprocess {
    private AsyncioSubprocess() {
    }

    static final long PIPE = -1;
    static final long STDOUT = -2;
    static final long DEVNULL = -3;

    static final PyClass PROCESS = PyClass.builtin("Process", "asyncio.subprocess", null, Map.of(), Types.OBJECT);

    static void bind(List<AsyncioModule.Binding> t, Interpreter interp) {
        BuiltinFunction exec = new BuiltinFunction("create_subprocess_exec", AsyncioSubprocess::exec);
        BuiltinFunction shell = new BuiltinFunction("create_subprocess_shell", AsyncioSubprocess::shell);
        t.add(new AsyncioModule.Binding("create_subprocess_exec", Asyncio.class, "createSubprocessExec", exec));
        t.add(new AsyncioModule.Binding("create_subprocess_shell", Asyncio.class, "createSubprocessShell", shell));
        PyModule sub = new PyModule("asyncio.subprocess", interp);
        sub.set("PIPE", PIPE);
        sub.set("STDOUT", STDOUT);
        sub.set("DEVNULL", DEVNULL);
        sub.set("Process", PROCESS);
        sub.set("create_subprocess_exec", exec);
        sub.set("create_subprocess_shell", shell);
        t.add(new AsyncioModule.Binding("subprocess", Subprocess.class, "pid", sub));
    }

    private static final List<String> KEYWORDS = List.of("stdin", "stdout", "stderr", "limit", "cwd", "env");

    private static Object exec(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int np = a.length - nk;
        if (np == 0) {
            throw Exceptions.typeError("create_subprocess_exec() missing 1 required positional argument: 'program'");
        }
        String program = argument(a[0]);
        List<String> args = new ArrayList<>();
        for (int i = 1; i < np; i++) {
            args.add(argument(a[i]));
        }
        return Mono.defer(() -> start(Asyncio.createSubprocessExec(program, args, options(a, k)), program));
    }

    /** A program argument: str, bytes, or an os.PathLike (as subprocess takes them). */
    private static String argument(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Object f = Ops.lookupSpecial(o, "__fspath__");
        if (f != null) {
            return argument(Ops.call(f));
        }
        throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(o));
    }

    private static Object shell(Object[] a, String[] k) {
        Object cmd = a[0];
        if (!(cmd instanceof String s)) {
            throw Exceptions.valueError("cmd must be a string");
        }
        return Mono.defer(() -> start(Asyncio.createSubprocessShell(s, options(a, k)), "/bin/sh"));
    }

    private static Mono<Object> start(Mono<Subprocess> m, String program) {
        return m.map(p -> (Object) new ProcessValue(p)).onErrorMap(e -> startError(e, program));
    }

    private static SubprocessOptions options(Object[] a, String[] k) {
        if (k != null) {
            for (String name : k) {
                if (!KEYWORDS.contains(name)) {
                    throw Exceptions.typeError("create_subprocess_exec() got an unsupported keyword argument '" + name
                            + "'");
                }
            }
        }
        SubprocessOptions.Builder b = SubprocessOptions.builder()
                .stdin(redirect(Args.kwarg(a, k, "stdin", PyNone.NONE), "stdin"))
                .stdout(redirect(Args.kwarg(a, k, "stdout", PyNone.NONE), "stdout"))
                .stderr(redirect(Args.kwarg(a, k, "stderr", PyNone.NONE), "stderr"));
        Object limit = Args.kwarg(a, k, "limit", PyNone.NONE);
        if (limit != PyNone.NONE) {
            b.limit((int) Ops.toLong(limit));
        }
        Object cwd = Args.kwarg(a, k, "cwd", PyNone.NONE);
        if (cwd != PyNone.NONE) {
            b.cwd(Path.of(argument(cwd)));
        }
        Object env = Args.kwarg(a, k, "env", PyNone.NONE);
        if (env != PyNone.NONE) {
            Map<String, String> e = new HashMap<>();
            for (Object key : Ops.toList(env)) {
                e.put(Ops.str(key), Ops.str(Ops.getItem(env, key)));
            }
            b.env(e);
        }
        return b.build();
    }

    private static Redirect redirect(Object v, String which) {
        if (v == PyNone.NONE) {
            return Redirect.INHERIT;
        }
        if (v instanceof Long n) {
            if (n == PIPE) {
                return Redirect.PIPE;
            }
            if (n == DEVNULL) {
                return Redirect.DEVNULL;
            }
            if (n == STDOUT && which.equals("stderr")) {
                return Redirect.STDOUT;
            }
            if (n == STDOUT) {
                throw Exceptions.valueError("STDOUT can only be used for stderr");
            }
        }
        throw Exceptions.typeError(which + " must be asyncio.subprocess.PIPE, DEVNULL, STDOUT or None, not "
                + Ops.repr(v));
    }

    /** "Cannot run program "x": error=2, No such file or directory" as CPython's FileNotFoundError. */
    private static Throwable startError(Throwable e, String program) {
        Throwable root = e;
        while (!(root instanceof IOException) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IOException io && dev.tauraro.asyncio.Subprocess.startErrno(io) != 0) {
            long errno = dev.tauraro.asyncio.Subprocess.startErrno(io);
            return ((PyBaseException) Ops.callKw(Exceptions.OS_ERROR, new Object[] {
                errno, dev.tauraro.script.modules.files.OsErrors.strerror(errno), program}, null)).toThrowable();
        }
        return e;
    }

    static Throwable toPy(Throwable t) {
        if (t instanceof BrokenPipeError) {
            return ((PyBaseException) Ops.call(Exceptions.BROKEN_PIPE_ERROR, 32L, "Broken pipe")).toThrowable();
        }
        return AsyncioStreams.toPy(t);
    }

    private static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
            } catch (PyException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Interop.toPy(toPy(e));
            }
        });
    }

    private static Object none(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    /** {@code asyncio.subprocess.Process}. */
    static final class ProcessValue implements NativeValue {
        final Subprocess process;
        final Object stdin;
        final Object stdout;
        final Object stderr;

        ProcessValue(Subprocess p) {
            this.process = p;
            this.stdin = p.stdin() == null ? PyNone.NONE : new Stdin(p.stdin());
            this.stdout = p.stdout() == null ? PyNone.NONE : new AsyncioStreams.Reader(p.stdout());
            this.stderr = p.stderr() == null ? PyNone.NONE : new AsyncioStreams.Reader(p.stderr());
        }

        @Override
        public PyClass type() {
            return PROCESS;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "pid" -> process.pid();
                case "returncode" -> process.returncode() == null ? PyNone.NONE : (Object) (long) process.returncode();
                case "stdin" -> stdin;
                case "stdout" -> stdout;
                case "stderr" -> stderr;
                case "wait" -> fn(name, (a, k) -> process.waitFor().map(c -> (Object) (long) c));
                case "communicate" -> fn(name, (a, k) -> {
                    Object input = Args.arg(a, k, 0, "input", PyNone.NONE);
                    byte[] in = input == PyNone.NONE ? null : bytes(input);
                    if (in != null && stdin == PyNone.NONE) {
                        in = null; // CPython ignores input without a stdin pipe
                    }
                    return process.communicate(in).map(o -> (Object) new PyTuple(new Object[] {
                        o.stdout() == null ? PyNone.NONE : new PyBytes(o.stdout()),
                        o.stderr() == null ? PyNone.NONE : new PyBytes(o.stderr())}));
                });
                case "send_signal" -> fn(name, (a, k) -> {
                    process.sendSignal((int) Ops.toLong(a[0]));
                    return PyNone.NONE;
                });
                case "terminate" -> fn(name, (a, k) -> {
                    process.terminate();
                    return PyNone.NONE;
                });
                case "kill" -> fn(name, (a, k) -> {
                    process.kill();
                    return PyNone.NONE;
                });
                default -> null;
            };
        }

        @Override
        public String toString() {
            return "<Process " + process.pid() + ">";
        }
    }

    private static byte[] bytes(Object o) {
        byte[] b = dev.tauraro.script.runtime.Buffers.bytesOrNull(o);
        if (b != null) {
            return b;
        }
        throw Exceptions.typeError("data argument must be a bytes-like object, not '" + Ops.typeName(o) + "'");
    }

    /** {@code proc.stdin}: a StreamWriter over the child's input pipe. */
    static final class Stdin implements NativeValue {
        final PipeWriter writer;

        Stdin(PipeWriter writer) {
            this.writer = writer;
        }

        @Override
        public PyClass type() {
            return AsyncioStreams.WRITER;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "write" -> fn(name, (a, k) -> {
                    writer.write(bytes(a[0]));
                    return PyNone.NONE;
                });
                case "writelines" -> fn(name, (a, k) -> {
                    for (Object o : Ops.toList(a[0])) {
                        writer.write(bytes(o));
                    }
                    return PyNone.NONE;
                });
                case "drain" -> fn(name, (a, k) -> writer.drain().onErrorMap(AsyncioSubprocess::toPy)
                        .then(Mono.just((Object) PyNone.NONE)));
                case "close" -> fn(name, (a, k) -> {
                    writer.close();
                    return PyNone.NONE;
                });
                case "write_eof" -> fn(name, (a, k) -> {
                    writer.writeEof();
                    return PyNone.NONE;
                });
                case "can_write_eof" -> fn(name, (a, k) -> writer.canWriteEof());
                case "is_closing" -> fn(name, (a, k) -> writer.isClosing());
                case "wait_closed" -> fn(name, (a, k) -> writer.waitClosed().then(Mono.just((Object) PyNone.NONE)));
                default -> null;
            };
        }
    }
}
