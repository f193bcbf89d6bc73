package dev.tauraro.script.cli;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jline.reader.LineReader;

/**
 * The prompt's input while the line editor is being made: lines typed at bin/tauraro's
 * {@link EarlyPrompt} are run as soon as the interpreter is ready, rather than when JLine's
 * terminal and reader are (measured by bench/script/startup.sh: a {@code 6*7} typed at the start
 * was answered at 0.43-0.60 s, python3 0.15-0.20 s; most of the difference was JLine's set-up).
 *
 * <p>Until the editor takes the terminal over, the terminal is in its ordinary line mode: its
 * driver echoes the keys, applies Backspace and Ctrl-U itself, and reports as available
 * (FIONREAD, Linux's {@code inq_canon}) only the bytes of lines completed with Enter; a read then
 * returns one line. So a completed line is taken from the terminal as the editor would have
 * returned it, as long as it is printable ASCII: a Tab (completion), an escape sequence (arrow
 * keys), a line ended by Ctrl-D rather than Enter or any other byte is given to the editor as its
 * first keys ({@link LineReader#runMacro}), which interprets them as if typed. A partial line is
 * never read here; the editor reads it from the terminal. A line taken is drawn again over its
 * prompt, as the editor would (keys typed before the prompt showed were echoed before it), and
 * each prompt shown here comes after {@link EarlyPrompt#BEFORE}, so that the next line, or the
 * editor's first prompt, is drawn where it was ({@link EarlyPrompt#ERASE}). The lines taken enter
 * the history as the editor's own do. The editor's making starts the first time no typed line
 * waits, so that lines typed at the start are answered first.
 *
 * <p>Ctrl-C while waiting here: the driver drops the partial line and sends SIGINT, whose
 * KeyboardInterrupt ends the wait (the prompt shows {@code KeyboardInterrupt} and a new prompt).
 * A Ctrl-D at the start of an empty line is not seen here (the driver counts none of its bytes as
 * available): it waits for the editor, as before these early lines.
 */
final class EarlyLines implements Repl.LineInput {
    /** How often the terminal is asked for a completed line while the editor is made. */
    private static final long POLL_MILLIS = 4;
    /** A line in the driver's line mode is at most 4095 bytes and its end (Linux's N_TTY_BUF_SIZE). */
    private static final int MAX_LINE = 4096;

    private final Interpreter interp;
    /** The terminal's input (the process's standard input, not the script's buffered one). */
    private final InputStream tty;
    private final PrintStream screen;
    private final FutureTask<LineReader> editor;
    /** The editor's making, once started. */
    private Thread maker;
    /** What runs the first time no typed line waits (then null). */
    private Runnable whenIdle;
    /** The lines taken here, for the editor's history. */
    private final List<String> taken = new ArrayList<>();
    /** Whether the current prompt is on the screen (the first one is bin/tauraro's). */
    private boolean promptShown = true;
    /** The editor's input once it has taken over. */
    private Repl.LineInput handedOver;
    private boolean historyAdded;

    /**
     * The input that reads until the editor {@code makeEditor} makes is ready; {@code whenIdle} runs
     * once, after the editor's making has started, the first time no typed line waits.
     */
    EarlyLines(Interpreter interp, InputStream tty, Callable<LineReader> makeEditor, Runnable whenIdle) {
        this.interp = interp;
        this.tty = tty;
        this.screen = interp.err();
        this.editor = new FutureTask<>(makeEditor);
        this.whenIdle = whenIdle;
    }

    /**
     * Starts making the editor on a thread of its own, once: when no typed line waits to run, so
     * that the lines typed first are answered first (on 2 cores, with the JIT's threads busy at
     * start, a thread making the editor meanwhile delays them).
     */
    private void makeEditor() {
        if (maker == null) {
            maker = new Thread(editor, "line-editor");
            maker.setDaemon(true);
            maker.start();
        }
    }

    @Override
    public String read(String prompt) {
        if (handedOver != null) {
            return handedOver.read(prompt);
        }
        if (!promptShown) {
            screen.print(EarlyPrompt.BEFORE + prompt);
            screen.flush();
            promptShown = true;
        }
        byte[] keys = null;
        try {
            while (true) {
                if (tty.available() > 0) {
                    byte[] line = new byte[MAX_LINE];
                    int n = tty.read(line);
                    String text = plain(line, n);
                    if (text != null) {
                        // drawn again as the editor would: keys typed before the prompt was shown were echoed before it
                        screen.print(EarlyPrompt.ERASE + prompt + text + "\n");
                        screen.flush();
                        promptShown = false;
                        taken.add(text);
                        return text;
                    }
                    keys = Arrays.copyOf(line, Math.max(n, 0));
                    break;
                }
                makeEditor();
                if (whenIdle != null) {
                    Runnable r = whenIdle;
                    whenIdle = null;
                    r.run();
                    continue;
                }
                if (editor.isDone()) {
                    break;
                }
                interp.blockingWait(() -> {
                    try {
                        editor.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        // not yet, or failed: reader() reports it
                    }
                    return null;
                }, null);
            }
        } catch (PyException e) {
            promptShown = false; // KeyboardInterrupt: the prompt prints it, then a new prompt
            throw e;
        } catch (IOException e) {
            // the terminal cannot be asked: the editor reads it its own way
        }
        LineReader r;
        try {
            r = reader();
        } catch (PyException e) {
            promptShown = false;
            throw e;
        }
        if (keys != null && keys.length > 0) {
            r.runMacro(new String(keys, r.getTerminal().inputEncoding()));
        }
        handedOver = Repl.editorInput(r, true);
        return handedOver.read(prompt);
    }

    /**
     * The line without its newline when it is printable ASCII ended by Enter, whose meaning the
     * editor would not change; null otherwise.
     */
    static String plain(byte[] line, int n) {
        if (n <= 0 || line[n - 1] != '\n') {
            return null;
        }
        for (int i = 0; i < n - 1; i++) {
            if (line[i] < 0x20 || line[i] > 0x7e) { // bytes are signed: non-ASCII is negative
                return null;
            }
        }
        return new String(line, 0, n - 1, StandardCharsets.US_ASCII);
    }

    /**
     * The editor, waited for, with the lines taken here in its history (as the editor adds a line
     * it returns, empty ones left out). @throws UncheckedIOException when the terminal could not be opened
     */
    LineReader reader() {
        makeEditor();
        LineReader r = null;
        while (r == null) {
            r = interp.blockingWait(() -> {
                try {
                    return editor.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw new UncheckedIOException(io);
                    } else if (cause instanceof RuntimeException re) {
                        throw re;
                    } else if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }, null);
        }
        if (!historyAdded) {
            historyAdded = true;
            for (String line : taken) {
                if (!line.isEmpty()) {
                    r.getHistory().add(Instant.now(), line);
                }
            }
        }
        return r;
    }
}
