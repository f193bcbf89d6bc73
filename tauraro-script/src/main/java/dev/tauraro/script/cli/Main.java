package dev.tauraro.script.cli;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
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
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int[] code = new int[1];
        // A big stack: deep script recursion becomes RecursionError instead of a crash.
        code[0] = 1;
        Thread t = new dev.tauraro.script.runtime.ScriptThread(() -> {
            try {
                code[0] = run(args, out, err);
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
        // for the non-daemon ones, as Python does).
        System.exit(code[0]);
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
        boolean virtualTime = false;
        int i = 0;
        while (i < args.length && args[i].startsWith("-") && !args[i].equals("-c") && !args[i].equals("-m")
                && !args[i].equals("-")) {
            switch (args[i]) {
                case "--version", "-V" -> {
                    out.println(VERSION);
                    out.flush();
                    return 0;
                }
                case "--virtual-time" -> virtualTime = true;
                case "-u", "-B", "-E", "-s" -> { }
                default -> {
                    err.println("Unknown option: " + args[i]);
                    err.println(USAGE);
                    err.println("Try `tauraro -h' for more information.");
                    return 2;
                }
            }
            i++;
        }
        SourceFile src;
        List<String> argv = new ArrayList<>();
        if (i < args.length && args[i].equals("-c")) {
            if (i + 1 >= args.length) {
                err.println("Argument expected for the -c option");
                err.println(USAGE);
                err.println("Try `tauraro -h' for more information.");
                return 2;
            }
            src = new SourceFile("<string>", args[i + 1]);
            argv.add("-c");
            for (int j = i + 2; j < args.length; j++) {
                argv.add(args[j]);
            }
        } else if (i < args.length && args[i].equals("-m")) {
            if (i + 1 >= args.length) {
                err.println("Argument expected for the -m option");
                err.println(USAGE);
                err.println("Try `tauraro -h' for more information.");
                return 2;
            }
            Path module = moduleFile(args[i + 1]);
            if (module == null) {
                err.println("tauraro: No module named " + args[i + 1]
                        + " (-m runs a module of the current directory: NAME.py or NAME/__main__.py)");
                return 1;
            }
            try {
                src = new SourceFile(module.toString(), Files.readString(module));
            } catch (IOException e) {
                err.println("tauraro: can't open file '" + module + "': " + e.getMessage());
                return 2;
            }
            argv.add(module.toString());
            for (int j = i + 2; j < args.length; j++) {
                argv.add(args[j]);
            }
        } else if (i < args.length && !args[i].equals("-")) {
            String file = args[i];
            try {
                src = new SourceFile(displayPath(file), Files.readString(Path.of(file)));
            } catch (NoSuchFileException e) {
                err.println("tauraro: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such "
                        + "file or directory");
                return 2;
            } catch (IOException e) {
                err.println("tauraro: can't open file '" + file + "': " + e.getMessage());
                return 2;
            }
            for (int j = i; j < args.length; j++) {
                argv.add(args[j]);
            }
        } else if (i < args.length || !stdinIsTerminal) {
            // "-" or no script with standard input redirected: the script is standard input, as python3
            try {
                src = new SourceFile("<stdin>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("tauraro: can't read standard input: " + e.getMessage());
                return 2;
            }
            argv.add(i < args.length ? "-" : "");
            for (int j = i + 1; j < args.length; j++) {
                argv.add(args[j]);
            }
        } else {
            err.println("tauraro: the interactive prompt is not built yet; give a script file, -c CODE, or - to"
                    + " read a script from standard input");
            err.println(USAGE);
            return 2;
        }
        return execute(src, argv, virtualTime, out, err);
    }

    private static final String USAGE = "usage: tauraro [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /**
     * The file {@code -m name} runs: {@code name.py} (dots are directories) or the package's
     * {@code __main__.py}, in the current directory, which is where python3 looks first. Null when
     * there is neither. The library's own modules cannot be run this way.
     */
    static Path moduleFile(String name) {
        if (name.isEmpty() || !name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
            return null;
        }
        Path base = Path.of(System.getProperty("user.dir")).resolve(name.replace('.', '/'));
        Path file = base.resolveSibling(base.getFileName() + ".py");
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path main = base.resolve("__main__.py");
        return Files.isRegularFile(main) ? main : null;
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
        PrintStream out = interp.out();
        PrintStream err = interp.err();
        interp.registerSource(src);
        int code = runReporting(interp, src, out, err);
        interp.joinThreads();
        out.flush();
        return code;
    }

    private static int runReporting(Interpreter interp, SourceFile src, PrintStream out, PrintStream err) {
        try {
            interp.runScript(src);
            out.flush();
            return 0;
        } catch (ScriptSyntaxError e) {
            out.flush();
            err.print(e.format());
            return 1;
        } catch (PyException e) {
            out.flush();
            return report(interp, e.value, err);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            out.flush();
            PyException p = dev.tauraro.script.runtime.Interop.toPy(e);
            return report(interp, p.value, err);
        }
    }

    private static int report(Interpreter interp, PyBaseException e, PrintStream err) {
        if (e.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
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
        String text;
        try {
            text = interp.formatTraceback(e);
        } catch (RuntimeException | StackOverflowError bug) {
            // the printer must not fail on a script's exception; if it does, say so in Python's terms
            text = interp.formatTraceback(dev.tauraro.script.runtime.Interop.internalError(bug).value);
        }
        err.print(text);
        return 1;
    }
}
