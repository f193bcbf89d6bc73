package dev.tauraro.script;

import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.compile.Compiler;
import dev.tauraro.script.runtime.CallDepth;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Gil;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyCoroutine;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.ScriptThread;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A script interpreter embedded in a Java program.
 *
 * <pre>{@code
 * try (Tauraro py = Tauraro.builder().stdout(System.out).build()) {
 *     py.exec("def greet(name):\n    return 'hello ' + name\n");
 *     String s = (String) py.call("greet", "Java");            // "hello Java"
 *     long n = (Long) py.eval("len([1, 2, 3]) * 2");             // 6
 *     py.setGlobal("items", List.of(1, 2, 3));
 *     py.exec("total = sum(items)");
 *     py.getGlobal("total");                                     // 6L
 * }
 * }</pre>
 *
 * <h2>Namespace</h2>
 * {@link #exec} and {@link #eval} run in the interpreter's {@code __main__} module, so names a
 * script defines stay defined for later calls, {@link #call} and {@link #getGlobal}.
 *
 * <h2>Values</h2>
 * Arguments, globals and results convert both ways: {@code null}/{@code None}, booleans, numbers
 * ({@code int} is {@code Long}, or {@code BigInteger} beyond 64 bits; {@code float} is
 * {@code Double}), strings, {@code byte[]}/{@code bytes}, {@code List}/{@code list} and
 * {@code tuple}, {@code Set}/{@code set}, {@code Map}/{@code dict} (copied, element by element).
 * Any other Java object is visible to scripts with its public methods and fields, and a Java
 * {@code Class} can be called to construct instances. A script callable passed where a Java
 * method expects a functional interface implements it. Other script values (functions, class
 * instances) come back as opaque objects that may be passed back in.
 *
 * <h2>Coroutines</h2>
 * A script coroutine reaching Java (the result of calling an {@code async def}) is a cold
 * {@link Mono}: subscribing runs it as {@code asyncio.run} would, on a thread of this interpreter,
 * and emits its result (nothing for {@code None}); cancelling the subscription cancels the run's
 * main task, so the coroutine gets {@code CancelledError} at its current await and its cleanup
 * runs. A {@code Mono} handed to a script is awaitable;
 * its result is delivered on the awaiting script's event loop whatever thread completes it.
 *
 * <h2>Errors</h2>
 * Every script exception and syntax error reaches Java as a {@link TauraroException} carrying the
 * Python type name, message and traceback.
 *
 * <h2>Thread-safety and isolation</h2>
 * An interpreter may be used from any thread. Calls hold the interpreter's GIL while script code
 * runs, as CPython's threads do: two Java threads calling in take turns, and the script's own
 * threads ({@code threading}) run between them. Interpreters are isolated: each has its own
 * modules, {@code sys}, builtins namespace, streams and threads; nothing a script does in one is
 * seen by another in the same JVM.
 *
 * <h2>Closing</h2>
 * {@link #close()} ends the script's threads (they see {@code SystemExit} at their next loop
 * iteration, call or wait), runs the {@code atexit} callbacks, terminates the
 * {@code multiprocessing} pools the script left and stops the threads that run coroutines for
 * Java. Calls after it throw {@link IllegalStateException}.
 *
 * <p>Differences from CPython's embedding: there is one {@code __main__} namespace per interpreter
 * (CPython's {@code PyRun_String} takes any globals dict); imports of {@code .py} files search
 * {@link Builder#modulePath} only ({@code exec(Path)} does not add the file's directory).
 */
public final class Tauraro implements AutoCloseable {
    /** How long {@link #close()} waits for script threads to end. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);
    /** Compiled sources kept for repeated {@link #eval}/{@link #exec} of the same text. */
    private static final int CACHED_SOURCES = 256;

    private final Interpreter interp;
    private final PyModule main;
    private final Values values = new Values(this);
    private final Map<String, Code> evalCache = lru();
    private final Map<String, Code> execCache = lru();
    private Scheduler scheduler;

    private Tauraro(Builder b) {
        interp = new Interpreter(b.stdin, printStream(b.stdout), printStream(b.stderr), b.argv, b.virtualTime);
        interp.setSearchPath(b.modulePath);
        // the GIL exists from the start: Java threads calling in take turns holding it
        interp.enableGil();
        interp.gil().unlock();
        main = interp.mainModule();
    }

    /** A builder with the process's standard streams, {@code sys.argv == ['']}, no module path, real time. */
    public static Builder builder() {
        return new Builder();
    }

    /** An interpreter with the defaults of {@link #builder()}. */
    public static Tauraro create() {
        return builder().build();
    }

    /**
     * Evaluates one expression in {@code __main__} and returns its value, as Python's
     * {@code eval(expression)}.
     *
     * @throws TauraroException for a syntax error (statements are one) or an exception it raised
     */
    public Object eval(String expression) {
        Objects.requireNonNull(expression, "expression");
        return locked(() -> {
            Code code = evalCache.get(expression);
            if (code == null) {
                SourceFile src = new SourceFile("<string>", expression);
                List<Stmt> ast = Parser.parseFile(src);
                if (ast.size() != 1 || !(ast.get(0) instanceof Stmt.ExprStmt)) {
                    int line = ast.isEmpty() ? 0 : ast.get(0).span().line();
                    throw new ScriptSyntaxError("SyntaxError", "invalid syntax", "<string>", line, 0, "");
                }
                code = Compiler.compileModuleWithValue(src, ast, main);
                evalCache.put(expression, code);
            }
            return values.toJava(interp.exec(code, main));
        });
    }

    /**
     * Runs statements in {@code __main__}, as Python's {@code exec(source)}.
     *
     * @throws TauraroException for a syntax error or an uncaught exception
     */
    public void exec(String source) {
        Objects.requireNonNull(source, "source");
        locked(() -> {
            Code code = execCache.get(source);
            if (code == null) {
                SourceFile src = new SourceFile("<string>", source);
                code = Compiler.compileModule(src, Parser.parseFile(src), main);
                execCache.put(source, code);
            }
            interp.exec(code, main);
            return null;
        });
    }

    /**
     * Runs a script file in {@code __main__} (its tracebacks name the file and show its lines).
     *
     * @throws IOException if the file cannot be read
     * @throws TauraroException for a syntax error or an uncaught exception
     */
    public void exec(Path file) throws IOException {
        SourceFile src = new SourceFile(file.toString(), Files.readString(file));
        locked(() -> {
            interp.registerSource(src);
            main.set("__file__", src.name());
            interp.exec(Compiler.compileModule(src, Parser.parseFile(src), main), main);
            return null;
        });
    }

    /**
     * Calls the function (or any callable) bound to {@code name} in {@code __main__} with converted
     * arguments and returns its converted result; a coroutine function's result is a cold
     * {@link Mono}.
     *
     * @throws TauraroException {@code NameError} if the name is not bound, or what the call raised
     */
    public Object call(String name, Object... args) {
        Objects.requireNonNull(name, "name");
        return locked(() -> {
            Object f = main.get(name);
            if (f == null) {
                throw Exceptions.newException(Exceptions.NAME_ERROR, "name '" + name + "' is not defined");
            }
            return values.toJava(Ops.callKw(f, toPy(args), null));
        });
    }

    /** The converted value of a global of {@code __main__}, or null when it is not bound (or None). */
    public Object getGlobal(String name) {
        Objects.requireNonNull(name, "name");
        return locked(() -> values.toJava(main.get(name)));
    }

    /** Binds a global of {@code __main__} to the converted {@code value}. */
    public void setGlobal(String name, Object value) {
        Objects.requireNonNull(name, "name");
        locked(() -> {
            main.set(name, values.toPy(value));
            return null;
        });
    }

    /**
     * Stops the interpreter's threads, pools and timers (see the class description). Waits up to
     * two seconds for script threads to end. Idempotent.
     */
    @Override
    public void close() {
        if (interp.isClosed()) {
            return;
        }
        Gil gil = interp.gil();
        gil.lock();
        try {
            interp.close(CLOSE_GRACE);
        } finally {
            gil.unlock();
        }
    }

    @Override
    public String toString() {
        return "<Tauraro interpreter" + (interp.isClosed() ? " (closed)" : "") + ">";
    }

    // ------------------------------------------------------------------ for the package

    /** The interpreter this instance drives (for the javax.script engine). */
    Interpreter interpreter() {
        return interp;
    }

    Values values() {
        return values;
    }

    PyModule mainModule() {
        return main;
    }

    /** A fresh, unregistered namespace named {@code __main__} (for separate javax.script bindings). */
    PyModule newNamespace() {
        return new PyModule("__main__", interp);
    }

    /** Parses and compiles statements for {@code module}; a final expression's value is kept. */
    static Code compile(SourceFile src, List<Stmt> ast, PyModule module) {
        return Compiler.compileModuleWithValue(src, ast, module);
    }

    /** Runs {@code code} in {@code module} (under the GIL already) and returns the converted value of its final expression. */
    Object run(Code code, PyModule module) {
        return values.toJava(interp.exec(code, module));
    }

    Object[] toPy(Object[] args) {
        Object[] py = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < py.length; i++) {
            py[i] = values.toPy(args[i]);
        }
        return py;
    }

    /**
     * Runs script work holding the GIL, with script exceptions as {@link TauraroException}s and
     * the output streams flushed after it.
     */
    <T> T locked(Supplier<T> action) {
        if (interp.isClosed()) {
            throw new IllegalStateException("the interpreter is closed");
        }
        Gil gil = interp.gil();
        gil.lock();
        // A Java thread can call into this interpreter from inside another one's call (a Java
        // method a script of the other called): the thread's frame chain and handled exception
        // belong to the other interpreter, so they are set aside while this one runs.
        CallDepth thread = CallDepth.current();
        Frame otherTop = thread.top;
        PyBaseException otherHandled = thread.handled;
        boolean nested = otherTop != null && otherTop.module.interp != interp;
        if (nested) {
            thread.top = null;
            thread.handled = null;
        }
        try {
            return action.get();
        } catch (PyException e) {
            throw exception(e);
        } catch (ScriptSyntaxError e) {
            throw new TauraroException(e.kind(), e.getMessage(), e.format(), null, null);
        } catch (TauraroException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw exception(Interop.toPy(e));
        } finally {
            if (nested) {
                thread.top = otherTop;
                thread.handled = otherHandled;
            }
            interp.out().flush();
            interp.err().flush();
            gil.unlock();
        }
    }

    private TauraroException exception(PyException e) {
        PyBaseException v = e.value;
        String message;
        try {
            message = Ops.str(v);
        } catch (RuntimeException failed) {
            message = "<exception str() failed>";
        }
        String traceback;
        try {
            traceback = interp.formatTraceback(v);
        } catch (RuntimeException | StackOverflowError failed) {
            traceback = v.type().qualifiedName() + (message.isEmpty() ? "" : ": " + message) + "\n";
        }
        return new TauraroException(v.type().qualifiedName(), message, traceback, v.javaCause, e);
    }

    /** A script coroutine as a cold Mono: subscribing runs it under {@code asyncio.run} on an interpreter thread (see {@link CoroutineMono}). */
    Mono<Object> coroutine(PyCoroutine coro) {
        return CoroutineMono.of(coro, scheduler(), main -> locked(() -> {
            // the run's context is the coroutine's own, as asyncio.run(coro) would copy it
            PyCoroutine.inContext(coro, PyCoroutine.copyContext(coro));
            Object run = Ops.getAttr(interp.importModule("asyncio"), "run");
            return values.toJava(Ops.call(run, main));
        }));
    }

    private synchronized Scheduler scheduler() {
        if (scheduler == null) {
            AtomicInteger n = new AtomicInteger();
            ExecutorService threads = Executors.newCachedThreadPool(r -> {
                Thread t = new ScriptThread(r, "tauraro-async-" + n.incrementAndGet(), 256L << 20);
                t.setDaemon(true);
                return t;
            });
            Scheduler s = Schedulers.fromExecutorService(threads, "tauraro");
            interp.onClose(() -> {
                s.dispose();
                threads.shutdownNow();
            });
            scheduler = s;
        }
        return scheduler;
    }

    private static PrintStream printStream(OutputStream out) {
        return out instanceof PrintStream p ? p : new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    private static Map<String, Code> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Code> eldest) {
                return size() > CACHED_SOURCES;
            }
        };
    }

    /**
     * Configures a {@link Tauraro} interpreter. Not thread-safe; {@link #build()} may be called
     * more than once, each time making an independent interpreter.
     */
    public static final class Builder {
        private OutputStream stdout = System.out;
        private OutputStream stderr = System.err;
        private InputStream stdin = System.in;
        private List<String> argv = List.of("");
        private List<Path> modulePath = List.of();
        private boolean virtualTime;

        private Builder() {
        }

        /** Where {@code print} and {@code sys.stdout} write (UTF-8); default {@code System.out}. */
        public Builder stdout(OutputStream out) {
            this.stdout = Objects.requireNonNull(out, "out");
            return this;
        }

        /** Where {@code sys.stderr} and warnings write (UTF-8); default {@code System.err}. */
        public Builder stderr(OutputStream err) {
            this.stderr = Objects.requireNonNull(err, "err");
            return this;
        }

        /** What {@code input()} and {@code sys.stdin} read (UTF-8); default {@code System.in}. */
        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in, "in");
            return this;
        }

        /** {@code sys.argv}; default {@code ['']}, as an embedded CPython has. */
        public Builder argv(List<String> argv) {
            this.argv = List.copyOf(argv);
            return this;
        }

        /** {@code sys.argv} from an array. */
        public Builder argv(String... argv) {
            return argv(Arrays.asList(argv));
        }

        /** Directories {@code import} searches for {@code .py} modules and packages, in order. */
        public Builder modulePath(List<Path> dirs) {
            this.modulePath = List.copyOf(dirs);
            return this;
        }

        /** {@link #modulePath(List)} from an array. */
        public Builder modulePath(Path... dirs) {
            return modulePath(Arrays.asList(dirs));
        }

        /**
         * Whether {@code asyncio} runs on a virtual clock: sleeps and timeouts take no real time
         * when nothing else is ready (for tests). Default off.
         */
        public Builder virtualTime(boolean on) {
            this.virtualTime = on;
            return this;
        }

        /** A new, independent interpreter. */
        public Tauraro build() {
            return new Tauraro(this);
        }
    }
}
