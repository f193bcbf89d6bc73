package dev.tauraro.script.cli;

import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * The interactive prompt: reads an input (one line, or the lines of a compound statement ended by
 * a blank one, see {@link Continuation}), runs it in {@code __main__}, echoes the values of
 * expression statements and goes on after an error's traceback.
 *
 * <p>Python equivalent: python3's interactive mode ({@code sys.ps1}/{@code sys.ps2} prompts,
 * {@code _}, {@code exit()}/{@code quit()}, Ctrl-D to leave, Ctrl-C to drop the line or stop the
 * running statement with {@code KeyboardInterrupt}); a top-level {@code await} runs on an event
 * loop kept for the session, as in {@code python3 -m asyncio}.
 *
 * <p>On a terminal the lines come from JLine (editing, history in {@code ~/.tauraro_history},
 * completion, see {@link Completion}); otherwise from standard input, with the prompts written
 * to standard error, as python3 does.
 *
 * <p>Once the session has an event loop ({@code -m asyncio} makes it at the start, a plain prompt
 * at its first top-level {@code await}) the loop also runs while the prompt waits for a line, which
 * is read on an executor thread: a task created at the prompt progresses between inputs, as in
 * {@code python3 -m asyncio}.
 *
 * <h2>Differences from CPython</h2>
 * Inputs run in the main thread between turns of the loop rather than as callbacks inside it
 * ({@code asyncio.get_running_loop()} in an input without {@code await} raises RuntimeError).
 */
final class Repl {
    /** One line of input, null at end of input. @throws UserInterruptException on Ctrl-C */
    interface LineInput {
        String read(String prompt);
    }

    private final Interpreter interp;
    private final PyModule main;
    private final LineInput input;
    private Object loop; // the event loop of top-level await, made on first use
    /** {@code -m asyncio}: every input runs inside the loop, so it sees a running loop (create_task works). */
    private boolean inLoop;
    /** The executor's read of the next line, when a KeyboardInterrupt left it under way. */
    private Object pendingRead;
    /** What the executor's read gave: a line, null at end of input, or JLine's UserInterruptException. */
    private volatile Object readResult;

    Repl(Interpreter interp, PyModule main, LineInput input) {
        this.interp = interp;
        this.main = main;
        this.input = input;
        PyModule sys = interp.importModule("sys");
        if (sys.get("ps1") == null) {
            sys.set("ps1", ">>> ");
            sys.set("ps2", "... ");
        }
        interp.builtins().putIfAbsent("exit", new Quitter("exit"));
        interp.builtins().putIfAbsent("quit", new Quitter("quit"));
    }

    /**
     * The prompt of the command: on a terminal through JLine, else reading standard input. Returns the
     * exit code (0 at end of input, or sys.exit's).
     */
    static int run(Interpreter interp, CommandLine cl, InputStream in, boolean terminal, boolean promptShown) {
        return run(interp, cl, in, terminal, false, promptShown);
    }

    /** {@code promptShown}: {@link EarlyPrompt} already wrote the banner and the first prompt. */
    private static int run(Interpreter interp, CommandLine cl, InputStream in, boolean terminal, boolean async,
                           boolean promptShown) {
        PyModule main = mainModule(interp);
        if (!terminal) {
            if (cl.mode == CommandLine.Mode.PROMPT && !cl.quiet) {
                interp.err().println(banner()); // -i without a script reading a pipe: python3 shows its banner too
            }
            return new Repl(interp, main, prompt -> {
                interp.err().print(prompt);
                interp.err().flush();
                try {
                    return unbufferedLine(in);
                } catch (IOException e) {
                    return null;
                }
            }).loop(async);
        }
        Path history = Path.of(System.getProperty("user.home"), ".tauraro_history");
        if (promptShown) {
            return withEarlyLines(interp, main, history, async);
        }
        warmGrammar();
        try (Terminal t = SystemTerminal.open()) {
            if (cl.mode == CommandLine.Mode.PROMPT && !cl.quiet) {
                interp.err().println(banner());
            }
            return onTerminal(interp, main, t, history, async);
        } catch (IOException e) {
            return cannotOpen(interp, e);
        }
    }

    /**
     * The next line of {@code in} without its end, null at the end of input: read a byte at a time,
     * as python3's prompt reads a pipe, so that what follows the line stays in the stream for
     * {@code sys.stdin} (an {@code input()} in the line reads the next one, as in python3).
     */
    private static String unbufferedLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                break;
            }
            line.write(b);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The grammar the first line needs, built while the terminal is set up on another thread
     * (SystemTerminal.prepareInBackground, or the editor's thread), which this thread would
     * otherwise wait for.
     */
    private static void warmGrammar() {
        Parser.parseFile(new SourceFile("<prompt>", "pass\n"));
    }

    private static int cannotOpen(Interpreter interp, IOException e) {
        interp.err().println(Main.executable() + ": cannot open the terminal: " + e.getMessage());
        return 1;
    }

    /**
     * The prompt under bin/tauraro's {@link EarlyPrompt}: the terminal and the line editor are made
     * on another thread while lines already typed run ({@link EarlyLines}).
     */
    private static int withEarlyLines(Interpreter interp, PyModule main, Path history, boolean async) {
        if (!interp.modules().containsKey("_signal")) {
            Main.raiseKeyboardInterrupt(interp);
        }
        EarlyLines early = new EarlyLines(interp, new FileInputStream(FileDescriptor.in), new SystemTerminal.LineMode(),
                () -> editor(interp, main, SystemTerminal.open(), history), Repl::warmGrammar);
        try {
            return session(interp, main, early, early::reader, async);
        } catch (UncheckedIOException e) {
            return cannotOpen(interp, e.getCause());
        } finally {
            try {
                early.reader().getTerminal().close();
            } catch (IOException | RuntimeException e) {
                // no terminal was opened, or it could not restore its modes: nothing more to do here
            }
        }
    }

    /**
     * Two inputs through the prompt on an in-memory terminal, the first taken before the editor is
     * ready ({@link EarlyLines}), the second read by the editor. bin/tauraro's archive training has
     * no terminal, so without this JLine's reader, key maps and terminal descriptions would be
     * loaded and linked at every prompt's start instead of coming from the archive.
     */
    static void exercise() {
        SystemTerminal.prepare();
        SystemTerminal.loadForArchive();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(nowhere, nowhere, List.of(""), false);
        interp.runScript(new SourceFile("<stdin>", ""));
        try (Terminal t = new ExternalTerminal("training", "xterm-256color",
                new ByteArrayInputStream("[n * 2 for n in range(3)]\n".getBytes(StandardCharsets.UTF_8)),
                OutputStream.nullOutputStream(), StandardCharsets.UTF_8)) {
            Path history = Files.createTempFile("tauraro-training", ".history");
            try {
                PyModule main = interp.modules().get("__main__");
                EarlyLines early = new EarlyLines(interp, new ByteArrayInputStream("6 * 7\n".getBytes(StandardCharsets.US_ASCII)),
                        EarlyLines.NO_DRIVER, () -> editor(interp, main, t, history), null);
                session(interp, main, early, early::reader, false);
            } finally {
                Files.deleteIfExists(history);
            }
        } catch (IOException e) {
            // training only: a run without the prompt's classes archived is still correct
        }
    }

    /** {@code -m asyncio}: the prompt with its banner naming the asyncio REPL (top-level await works at every prompt). */
    static int runAsync(Interpreter interp, CommandLine cl, InputStream in) {
        if (!cl.quiet && Main.stdinIsTerminal()) {
            interp.err().println("asyncio REPL " + Main.VERSION);
            interp.err().println("Use \"await\" directly instead of \"asyncio.run()\".");
        }
        return run(interp, cl, in, Main.stdinIsTerminal(), true, false);
    }

    /**
     * The prompt on a JLine terminal (the system's, or a test's), history kept in {@code history};
     * {@code async}: with the loop running from the start.
     */
    static int onTerminal(Interpreter interp, PyModule main, Terminal t, Path history, boolean async) {
        LineReader reader = editor(interp, main, t, history);
        if (!interp.modules().containsKey("_signal")) {
            Main.raiseKeyboardInterrupt(interp); // unless the script installed SIGINT handlers of its own
        }
        return session(interp, main, editorInput(reader, false), () -> reader, async);
    }

    /** The prompt reading {@code input}; the editor's history is saved at its end. */
    static int session(Interpreter interp, PyModule main, LineInput input, Supplier<LineReader> editor,
                       boolean async) {
        try {
            return new Repl(interp, main, input).loop(async);
        } finally {
            try {
                editor.get().getHistory().save();
            } catch (IOException e) {
                interp.err().println("tauraro: could not save the history: " + e.getMessage());
            } catch (UncheckedIOException | PyException e) {
                // no editor (the terminal could not be opened), or Ctrl-C while waiting for it: no history to save
            }
        }
    }

    /**
     * JLine's line editor on {@code t}, its history loaded from {@code history}. Made on a thread of
     * its own under an early prompt: it reads nothing from the terminal and changes none of its modes.
     */
    static LineReader editor(Interpreter interp, PyModule main, Terminal t, Path history) {
        Completion completion = new Completion(interp, main);
        LineReader reader = LineReaderBuilder.builder().terminal(t).appName("tauraro")
                .parser(completion).completer(completion)
                .variable(LineReader.HISTORY_FILE, history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // '!' is an operator, not history
                .option(LineReader.Option.INSERT_TAB, true)               // Tab on an empty line indents
                .build();
        // Ctrl-C while a statement runs: KeyboardInterrupt at its next poll (JLine swaps in its own
        // handler while it reads a line, and that one throws UserInterruptException). Also at once
        // after the terminal's making, which set SIGINT's handler to the default (ending the process).
        t.handle(Terminal.Signal.INT, s -> interp.deliverSignal(2));
        reader.getHistory().attach(reader); // read now, rather than at the first line the editor reads
        return reader;
    }

    /**
     * Lines read by the editor; {@code overEarlyPrompt}: its first prompt replaces an
     * {@link EarlyPrompt} (or one {@link EarlyLines} showed).
     */
    static LineInput editorInput(LineReader reader, boolean overEarlyPrompt) {
        boolean[] erase = {overEarlyPrompt};
        return prompt -> {
            if (erase[0]) {
                // as close to the editor's first drawing as can be: keys typed until then are echoed by the terminal driver
                erase[0] = false;
                reader.getTerminal().writer().write(EarlyPrompt.ERASE);
                reader.getTerminal().writer().flush();
            }
            try {
                return reader.readLine(prompt);
            } catch (EndOfFileException e) {
                return null;
            }
        };
    }

    static String banner() {
        return Main.VERSION + " on Java " + Runtime.version().feature() + "\n"
                + "Type \"exit()\" or Ctrl-D to leave.";
    }

    /** The script's {@code __main__} (-i), or a fresh one for a prompt without a script. */
    private static PyModule mainModule(Interpreter interp) {
        PyModule main = interp.modules().get("__main__");
        if (main == null) {
            interp.runScript(new SourceFile("<stdin>", ""));
            main = interp.modules().get("__main__");
            main.set("__file__", null);
        }
        return main;
    }

    /**
     * Reads and runs inputs until end of input or SystemExit; the exit code. {@code async}: the
     * session's event loop is made now and runs while the prompt waits ({@code -m asyncio}).
     */
    int loop(boolean async) {
        if (async) {
            sessionLoop();
            inLoop = true;
        }
        PyModule sys = interp.importModule("sys");
        StringBuilder buffer = new StringBuilder();
        while (true) {
            String prompt = Ops.str(sys.get(buffer.length() == 0 ? "ps1" : "ps2"));
            String line;
            try {
                line = loop == null ? input.read(prompt) : readWhileLoopRuns(prompt);
            } catch (PyException e) {
                if (!e.value.type().isSubclassOf(Exceptions.KEYBOARD_INTERRUPT)) {
                    throw e;
                }
                interp.err().println("\nKeyboardInterrupt"); // a signal while the loop ran: the read goes on
                buffer.setLength(0);
                continue;
            } catch (UserInterruptException e) {
                interp.err().println("\nKeyboardInterrupt");
                buffer.setLength(0);
                continue;
            }
            if (line == null) {
                interp.err().println();
                return 0;
            }
            if (buffer.length() == 0 && line.isBlank()) {
                continue;
            }
            buffer.append(line).append('\n');
            if (Continuation.needsMore(buffer.toString())) {
                ScriptSyntaxError early = Continuation.earlyError(buffer.toString());
                if (early == null) {
                    continue;
                }
                buffer.setLength(0);
                interp.out().flush();
                interp.err().print(early.format());
                continue;
            }
            String text = buffer.toString();
            buffer.setLength(0);
            Integer exit = execute(text);
            if (exit != null) {
                return exit;
            }
        }
    }

    /** Runs one complete input; the exit code if it ended the session (SystemExit), else null. */
    Integer execute(String text) {
        SourceFile src = new SourceFile("<stdin>", text);
        PrintStream err = interp.err();
        try {
            List<Stmt> ast = InteractiveInput.echo(interp.parsing(() -> Parser.parseFile(src)), displayHook());
            try {
                if (inLoop) {
                    execInLoop(src, ast);
                } else {
                    interp.execIn(main, src, ast);
                }
            } catch (ScriptSyntaxError e) {
                if (!e.getMessage().contains("outside async function") && !e.getMessage().contains("'await' outside")) {
                    throw e;
                }
                runAwaiting(src, ast);
            }
        } catch (ScriptSyntaxError e) {
            interp.out().flush();
            err.print(e.format());
        } catch (PyException e) {
            return reported(e.value);
        } catch (RuntimeException | StackOverflowError e) {
            return reported(Interop.toPy(e).value);
        } finally {
            interp.out().flush();
        }
        return null;
    }

    private Integer reported(PyBaseException e) {
        interp.out().flush();
        if (e.type().isSubclassOf(Exceptions.SYSTEM_EXIT)) {
            return Main.exitCode(e, interp.err());
        }
        Main.report(interp, e, interp.err());
        return null;
    }

    /** An input with a top-level await: its statements run as a coroutine on the session's loop. */
    private void runAwaiting(SourceFile src, List<Stmt> ast) {
        interp.execIn(main, src, InteractiveInput.awaitable(ast));
        Object fn = main.get(InteractiveInput.AWAIT_WRAPPER);
        main.set(InteractiveInput.AWAIT_WRAPPER, null);
        Ops.call(Ops.getAttr(sessionLoop(), "run_until_complete"), Ops.call(fn));
    }

    /**
     * Runs an input as a callback of the session's loop (as {@code python3 -m asyncio} does), the
     * loop's tasks going on around it; what the input raised is raised here, after the loop stops.
     */
    private void execInLoop(SourceFile src, List<Stmt> ast) {
        Throwable[] failed = new Throwable[1];
        Object done = Ops.call(Ops.getAttr(loop, "create_future"));
        Ops.call(Ops.getAttr(loop, "call_soon"), new BuiltinFunction("<input>", (a, k) -> {
            try {
                interp.execIn(main, src, ast);
            } catch (RuntimeException | StackOverflowError e) {
                failed[0] = e;
            }
            Ops.call(Ops.getAttr(done, "set_result"), PyNone.NONE);
            return PyNone.NONE;
        }));
        Ops.call(Ops.getAttr(loop, "run_until_complete"), done);
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        } else if (failed[0] instanceof StackOverflowError e) {
            throw e;
        }
    }

    /** The session's event loop, made and set as the thread's loop on first use. */
    private Object sessionLoop() {
        if (loop == null) {
            PyModule asyncio = interp.importModule("asyncio");
            loop = Ops.call(asyncio.get("new_event_loop"));
            Ops.call(asyncio.get("set_event_loop"), loop);
        }
        return loop;
    }

    /**
     * One line read on the loop's default executor while the loop runs its tasks. A KeyboardInterrupt
     * (a signal while the loop ran) propagates and leaves the read under way for the next call.
     */
    private String readWhileLoopRuns(String prompt) {
        if (pendingRead == null) {
            BuiltinFunction read = new BuiltinFunction("readline", (a, k) -> interp.releasingGil(() -> {
                try {
                    readResult = input.read(prompt);
                } catch (UserInterruptException e) {
                    readResult = e;
                }
                return PyNone.NONE;
            }));
            pendingRead = Ops.call(Ops.getAttr(loop, "run_in_executor"), PyNone.NONE, read);
        }
        Ops.call(Ops.getAttr(loop, "run_until_complete"), pendingRead);
        pendingRead = null;
        Object got = readResult;
        readResult = null;
        if (got instanceof UserInterruptException e) {
            throw e;
        }
        return (String) got;
    }

    /** {@code sys.displayhook}'s job: print the repr of a value that is not None and keep it in {@code _}. */
    private Object displayHook() {
        return new BuiltinFunction("displayhook", (a, k) -> {
            Object v = a[0];
            if (v != PyNone.NONE) {
                interp.builtins().put("_", PyNone.NONE);
                interp.out().println(Ops.repr(v));
                interp.builtins().put("_", v);
            }
            return PyNone.NONE;
        });
    }
}
