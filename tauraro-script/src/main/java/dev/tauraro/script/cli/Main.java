package dev.tauraro.script.cli;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.modules.SysModule;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ModuleSource;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code tauraro} command: {@code tauraro FILE.py [args]}, {@code tauraro -c CODE [args]},
 * {@code tauraro - [args]} or no arguments with standard input redirected (the script is read from
 * standard input), {@code tauraro --version}. Exit codes follow python3: 0, the {@code sys.exit} code, 1 for an
 * uncaught exception or syntax error, 2 for a usage error or a missing file.
 *
 * <p>The arguments are checked by hand rather than with picocli: measured with class-data sharing
 * on this machine, a picocli front end made {@code tauraro -c pass} about 95 ms slower (0.22 s
 * against 0.12 s wall), above the 50 ms the start-up budget allows for argument parsing.
 */
public final class Main {
    static final String VERSION = "Tauraro 0.1.0 (Python 3.11 compatible)";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--worker")) {
            // a cluster worker member: Hazelcast's threads keep the process alive, not a script
            dev.tauraro.script.modules.cluster.ScriptWorker.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // -u: no buffer of our own; PrintStream hands each write straight to the descriptor
        boolean unbuffered = unbuffered(args);
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream out = new PrintStream(unbuffered ? stdout : new BufferedOutputStream(stdout, 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // descriptor 0 unbuffered, as python3's FileIO: System.in, a BufferedInputStream, goes on
        // reading while more is available, so input() on a terminal took the lines typed after
        // its own, which then never reached the prompt
        InputStream stdin = new FileInputStream(FileDescriptor.in);
        int[] code = new int[1];
        // A big stack: deep script recursion becomes RecursionError instead of a crash.
        code[0] = 1;
        Thread t = new dev.tauraro.script.runtime.ScriptThread(() -> {
            try {
                code[0] = run(args, stdin, stdinIsTerminal(), out, err, System.getenv(), true);
                if (Boolean.getBoolean("tauraro.train")) {
                    Repl.exercise();
                }
            } catch (Throwable e) {
                // only reached for a failure outside the script's run (the script's own errors,
                // interpreter bugs included, are reported as Python exceptions by run)
                out.flush();
                err.println("tauraro: internal error: " + e);
                e.printStackTrace(err);
                code[0] = 70;
            }
        }, "tauraro-main", 512L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        err.flush();
        dev.tauraro.script.modules.NettyLoops.stopIfUsed();
        // exit, not halt: shutdown hooks run, among them deleteOnExit, which removes the native
        // libraries that brotli4j (under httpx) unpacks into the temporary directory per process.
        // Script threads that are still running do not hold the exit up (run() already waited
        // for the non-daemon ones, as Python does). A status of 0 with no other thread left that
        // would hold the JVM up ends by returning instead, which runs the same hooks: since JDK 21
        // System.exit looks up a System.Logger to log the call, and that lookup reads the
        // directory of every jar on the class path looking for a logging provider (tens of
        // milliseconds on JDK 25, where nothing else opens them in a short run).
        // (An archive training run ends as before: its archive is written at exit, and the
        // archives compared here were all written after System.exit.)
        if (code[0] != 0 || Boolean.getBoolean("tauraro.train") || othersHoldExit()) {
            System.exit(code[0]);
        }
    }

    /** Whether a live non-daemon thread other than this one would keep the JVM from ending when main returns. */
    private static boolean othersHoldExit() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            Thread t = threads[i];
            if (t != Thread.currentThread() && !t.isDaemon() && t.isAlive()) {
                return true;
            }
        }
        return n == threads.length; // more threads than the array holds: assume the worst
    }

    /** Whether the command line asks for unbuffered output (-u among the options), read before the streams exist. */
    private static boolean unbuffered(String[] args) {
        try {
            return CommandLine.parse(args).unbuffered;
        } catch (CommandLine.UsageError e) {
            return false;
        }
    }

    /** Runs the command with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, stdinIsTerminal(), out, err);
    }

    /**
     * Runs the command with the given streams; {@code stdinIsTerminal} decides what no arguments
     * mean (python3 reads the script from standard input unless it is a terminal).
     */
    static int run(String[] args, InputStream in, boolean stdinIsTerminal, PrintStream out, PrintStream err) {
        return run(args, in, stdinIsTerminal, out, err, System.getenv(), false);
    }

    /**
     * {@link #run(String[], InputStream, boolean, PrintStream, PrintStream)} with the environment
     * given; {@code ownsProcess}: the command is the process (SIGINT becomes KeyboardInterrupt).
     */
    static int run(String[] args, InputStream in, boolean stdinIsTerminal, PrintStream out, PrintStream err,
                   Map<String, String> env, boolean ownsProcess) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args);
        } catch (CommandLine.UsageError e) {
            err.println(e.getMessage());
            err.println(CommandLine.USAGE);
            err.println("Try `tauraro -h' for more information.");
            return 2;
        }
        if (cl.help > 0) {
            out.print(CommandLine.HELP);
            out.flush();
            return 0;
        }
        if (cl.version > 0) {
            out.println(cl.version > 1 ? VERSION + " on Java " + Runtime.version() : VERSION);
            out.flush();
            return 0;
        }
        try {
            cl.intMaxStrDigits = cl.readIntMaxStrDigits(env);
        } catch (IllegalArgumentException e) {
            // python3's complaint, word for word: it comes before the interpreter exists
            err.println("Fatal Python error: config_init_int_max_str_digits: " + e.getMessage());
            err.println("Python runtime state: preinitialized");
            err.println();
            return 1;
        }
        if (ownsProcess && cl.mode == CommandLine.Mode.PROMPT && stdinIsTerminal) {
            SystemTerminal.prepareInBackground();
        }
        Interpreter interp = new Interpreter(in, out, err, cl.argv, cl.virtualTime);
        configure(interp, cl, args, env);
        if (ownsProcess) {
            interruptOnSigint(interp);
            // os._exit: at once, without flushing the script's output, atexit or finally blocks
            // (exit rather than halt, so that the JVM's own shutdown hooks still clean up)
            interp.onProcessExit(System::exit);
        }
        try {
            return switch (cl.mode) {
                case COMMAND -> finish(interp, runReporting(interp, new SourceFile("<string>", cl.target), cl.inspect),
                        cl, in);
                case FILE -> {
                    SourceFile src = readScript(cl, err);
                    yield src == null ? 2 : finish(interp, runReporting(interp, src, cl.inspect), cl, in);
                }
                case MODULE -> runModule(interp, cl, in);
                case STDIN -> runStdin(interp, cl, in, err);
                case PROMPT -> stdinIsTerminal || cl.inspect
                        ? Repl.run(interp, cl, in, stdinIsTerminal, ownsProcess && stdinIsTerminal && EarlyPrompt.shown())
                        : runStdin(interp, cl, in, err);
            };
        } catch (dev.tauraro.multiprocessing.ProcessExit e) {
            // os._exit when run() does not own the process: no flush, no atexit, no thread joined
            return e.code();
        }
    }

    /**
     * SIGINT (Ctrl-C) raises KeyboardInterrupt in the main thread at its next poll, as python3's
     * initial handler does; importing signal replaces the runner with the script module's own.
     */
    private static void interruptOnSigint(Interpreter interp) {
        raiseKeyboardInterrupt(interp);
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> interp.deliverSignal(2));
        } catch (IllegalArgumentException e) {
            // SIGINT already taken by the JVM (-Xrs): Ctrl-C then ends the process as before
        }
    }

    /** Makes a delivered SIGINT raise KeyboardInterrupt (python3's initial handler, before any signal import). */
    static void raiseKeyboardInterrupt(Interpreter interp) {
        interp.onSignal(signum -> {
            if (signum == 2) {
                throw Exceptions.newException(Exceptions.KEYBOARD_INTERRUPT);
            }
        });
    }

    /** What the command line sets before anything runs: sys's configuration and the module search path. */
    private static void configure(Interpreter interp, CommandLine cl, String[] args, Map<String, String> env) {
        SysModule.Config sys = interp.extension(SysModule.Config.class, SysModule.Config::new);
        List<String> orig = new ArrayList<>();
        orig.add(executable());
        orig.addAll(List.of(args));
        sys.origArgv = orig;
        sys.executable = executable();
        sys.flags = cl.flags();
        if (cl.intMaxStrDigits >= 0) {
            interp.intMaxStrDigits = cl.intMaxStrDigits;
        }
        List<String> warn = new ArrayList<>(cl.warnOptions);
        if (cl.xOptions.containsKey("dev")) {
            warn.add(0, "default"); // -X dev shows every warning once per location, as python3's
        }
        sys.warnOptions = warn;
        sys.xOptions = cl.xOptions;
        if (cl.xOptions.containsKey("importtime")) {
            interp.reportImportTimes(interp.err());
        }
        List<String> path = new ArrayList<>();
        if (!cl.safePath) {
            path.add(switch (cl.mode) {
                case FILE -> scriptDirectory(cl.target);
                case MODULE -> System.getProperty("user.dir");
                default -> "";
            });
        }
        String extra = cl.ignoreEnvironment ? null : env.get("TAURARO_PATH");
        if (extra != null) {
            for (String dir : extra.split(":")) {
                if (!dir.isEmpty()) {
                    path.add(dir);
                }
            }
        }
        path.add(Interpreter.libraryPathEntry());
        interp.setSysPath(path);
    }

    /** sys.path[0] for a script: its directory, symbolic links resolved, as python3 does. */
    private static String scriptDirectory(String file) {
        Path p = Path.of(file).toAbsolutePath();
        try {
            p = p.toRealPath();
        } catch (IOException e) {
            // a missing file is reported when it is read
        }
        Path dir = p.getParent();
        return dir == null ? "/" : dir.toString();
    }

    private static SourceFile readScript(CommandLine cl, PrintStream err) {
        String file = cl.target;
        try {
            return new SourceFile(displayPath(file), skipFirstLine(cl, Files.readString(Path.of(file))));
        } catch (NoSuchFileException e) {
            err.println(executable() + ": can't open file '" + Path.of(file).toAbsolutePath()
                    + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            err.println(executable() + ": can't open file '" + Path.of(file).toAbsolutePath() + "': " + e.getMessage());
        }
        return null;
    }

    /** -x: the first line is dropped but still counted, so line numbers stay those of the file. */
    private static String skipFirstLine(CommandLine cl, String text) {
        if (!cl.skipFirstLine) {
            return text;
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? "" : text.substring(nl);
    }

    /** The command's name in its messages and sys.executable: bin/tauraro passes its own path, as python3 names itself. */
    static String executable() {
        return System.getProperty("tauraro.executable", "tauraro");
    }

    /**
     * All of {@code in}, read in pieces: JDK 17's {@code FileInputStream.readAllBytes} first asks the
     * descriptor's size and position, which a pipe refuses ("Illegal seek"), and standard input is
     * such a stream on descriptor 0.
     */
    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        byte[] piece = new byte[8192];
        for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
            all.write(piece, 0, n);
        }
        return all.toByteArray();
    }

    private static int runStdin(Interpreter interp, CommandLine cl, InputStream in, PrintStream err) {
        String text;
        try {
            text = new String(readAll(in), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(executable() + ": can't read standard input: " + e.getMessage());
            return 2;
        }
        return finish(interp, runReporting(interp, new SourceFile("<stdin>", skipFirstLine(cl, text)), cl.inspect), cl, in);
    }

    /** -m: the module found on the search path runs as __main__ (a package runs its __main__). */
    private static int runModule(Interpreter interp, CommandLine cl, InputStream in) {
        if (cl.target.equals("asyncio")) {
            return Repl.runAsync(interp, cl, in);
        }
        ModuleSource module;
        try {
            module = interp.findMainModule(cl.target);
        } catch (PyException e) {
            interp.out().flush();
            if (e.value.type().isSubclassOf(Exceptions.IMPORT_ERROR)) {
                interp.err().println(executable() + ": " + Ops.str(e.value.args.get(0)));
                return 1;
            }
            return report(interp, e.value, interp.err());
        } catch (ScriptSyntaxError e) {
            interp.out().flush();
            interp.err().print(e.format());
            return 1;
        }
        if (!module.src().name().startsWith("<")) {
            // as python3 -m: sys.argv[0] is the module's file
            ((PyList) Ops.getAttr(interp.importModule("sys"), "argv")).set(0, module.src().name());
        }
        return finish(interp, runReporting(interp, () -> interp.runMainModule(module), cl.inspect), cl, in);
    }

    /**
     * After the script: -i opens the prompt in its namespace (python3 does so even after an
     * uncaught exception or sys.exit, whose traceback it prints); then the script's threads are
     * waited for and the code returned.
     */
    private static int finish(Interpreter interp, int code, CommandLine cl, InputStream in) {
        if (cl.inspect) {
            code = Repl.run(interp, cl, in, stdinIsTerminal(), false);
        }
        interp.joinThreads();
        interp.out().flush();
        return code;
    }

    /**
     * Whether standard input is a terminal. Java 17 has no isatty; {@code System.console()} is
     * null when standard input or output is redirected, which is the question here up to JDK 21
     * (later JDKs may return a console anyway, so Linux's view of descriptor 0 is asked first).
     */
    static boolean stdinIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * The script's name in tracebacks and syntax errors, as CPython 3.11 shows it: the working
     * directory joined to a relative path without normalising it ({@code /tmp/./x.py} stays so).
     */
    static String displayPath(String file) {
        return Path.of(file).isAbsolute() ? file : System.getProperty("user.dir") + "/" + file;
    }

    /**
     * Runs a script and reports its outcome the way python3 does: an uncaught exception's traceback
     * first, then the wait for the script's non-daemon threads.
     */
    public static int execute(SourceFile src, List<String> argv, boolean virtualTime, PrintStream out,
                              PrintStream err) {
        return execute(new Interpreter(out, err, argv, virtualTime), src);
    }

    /** {@link #execute(SourceFile, List, boolean, PrintStream, PrintStream)} on a prepared interpreter. */
    static int execute(Interpreter interp, SourceFile src) {
        int code = runReporting(interp, src);
        interp.joinThreads();
        interp.out().flush();
        return code;
    }

    /** Runs {@code src} as the main script; the exit code python3 would give, its error reported. */
    static int runReporting(Interpreter interp, SourceFile src) {
        return runReporting(interp, src, false);
    }

    private static int runReporting(Interpreter interp, SourceFile src, boolean inspect) {
        interp.registerSource(src);
        return runReporting(interp, () -> interp.runScript(src), inspect);
    }

    /**
     * Runs {@code action} and reports its outcome: 0, the {@code SystemExit} code, or 1 after printing
     * a syntax error or a traceback (130 for {@code KeyboardInterrupt}, as a shell sees python3 end by SIGINT).
     */
    private static int runReporting(Interpreter interp, Runnable action, boolean inspect) {
        PrintStream out = interp.out();
        PrintStream err = interp.err();
        try {
            action.run();
            out.flush();
            return 0;
        } catch (ScriptSyntaxError e) {
            out.flush();
            err.print(e.format());
            return 1;
        } catch (PyException e) {
            out.flush();
            if (inspect && e.value.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
                err.print(interp.formatTraceback(e.value)); // -i: python3 shows it and opens the prompt
                return exitCode(e.value, new PrintStream(java.io.OutputStream.nullOutputStream()));
            }
            return report(interp, e.value, err);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.flush();
            PyException p = dev.tauraro.script.runtime.Interop.toPy(e);
            return report(interp, p.value, err);
        }
    }

    /** The exit code of an uncaught exception, after printing its traceback (none for SystemExit). */
    static int report(Interpreter interp, PyBaseException e, PrintStream err) {
        if (e.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
            return exitCode(e, err);
        }
        int code = e.type().isSubclassOf(Exceptions.KEYBOARD_INTERRUPT) ? 130 : 1;
        // a script's own sys.excepthook reports it instead, as python3's does
        PyModule sys = interp.moduleDict().get("sys") instanceof PyModule m ? m : null;
        Object hook = sys == null ? null : sys.get("excepthook");
        if (sys != null && hook != sys.get("__excepthook__")) {
            if (hook == null) {
                err.println("sys.excepthook is missing");
            } else {
                try {
                    Ops.call(hook, e.type(), e, Ops.getAttr(e, "__traceback__"));
                    return code;
                } catch (PyException failed) {
                    if (failed.value.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
                        return exitCode(failed.value, err);
                    }
                    interp.out().flush();
                    err.print("Error in sys.excepthook:\n" + traceback(interp, failed.value) + "\nOriginal exception was:\n");
                }
            }
        }
        err.print(traceback(interp, e));
        return code;
    }

    /** The traceback as python3 prints it; should the printer fail, that failure in Python's terms. */
    private static String traceback(Interpreter interp, PyBaseException e) {
        String text;
        try {
            text = interp.formatTraceback(e);
        } catch (RuntimeException | StackOverflowError bug) {
            // the printer must not fail on a script's exception; if it does, say so in Python's terms
            text = interp.formatTraceback(dev.tauraro.script.runtime.Interop.internalError(bug).value);
        }
        return text;
    }

    /** {@code SystemExit}'s code: None is 0, an int is itself, anything else is printed and gives 1. */
    static int exitCode(PyBaseException e, PrintStream err) {
        Object code = e.args.size() == 0 ? PyNone.NONE : e.args.get(0);
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof BigInteger || code instanceof Boolean || code instanceof dev.tauraro.script.runtime.Int128) {
            return (int) Ops.toLong(code);
        }
        try {
            err.println(Ops.str(code));
        } catch (PyException unprintable) {
            err.println(); // as CPython: an empty line when str() of the exit code fails
        }
        return 1;
    }
}
