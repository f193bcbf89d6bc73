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
 * A Ctrl-D at the start of an empty line ends the input, as at the editor's prompt: the driver
 * counts none of its bytes as available, but the terminal reports input to read ({@link
 * Driver#inputWaits}, poll(2)), and the read returns nothing. The terminal is read only when a read
 * returns at once, on this thread: no read is left blocked when the editor takes the terminal over,
 * to take keys typed for the editor or to reorder them.
 *
 * <p>A line the driver echoed after its prompt over more than one row is not drawn again: at the
 * bottom of the screen its echo scrolled the screen, so that the position saved before the prompt
 * is no longer the prompt's, and drawing it there showed the line twice. The echo is already what
 * the editor would show.
 */
final class EarlyLines implements Repl.LineInput {
    /** What the early lines ask the terminal besides its input stream ({@link SystemTerminal.LineMode} for the process's own). */
    interface Driver {
        /**
         * Whether a read of the terminal would return at once: a completed line, or an end of input
         * typed (Ctrl-D at the start of a line), which {@link InputStream#available} does not count.
         */
        boolean inputWaits();

        /** The terminal's width in columns, 0 when not known; it may wait for what it is asked through. */
        int columns();
    }

    /** A terminal that tells nothing beyond its input stream (an archive's training run). */
    static final Driver NO_DRIVER = new Driver() {
        @Override
        public boolean inputWaits() {
            return false;
        }

        @Override
        public int columns() {
            return 0;
        }
    };

    /** How often the terminal is asked for a completed line while the editor is made. */
    private static final long POLL_MILLIS = 4;
    /**
     * Fewer columns than the narrowest terminal a prompt is likely typed at (half the VT100's 80,
     * one of two panes side by side): a line this wide is not asked about the terminal's width.
     */
    private static final int NARROWEST = 40;
    /** A line in the driver's line mode is at most 4095 bytes and its end (Linux's N_TTY_BUF_SIZE). */
    private static final int MAX_LINE = 4096;

    private final Interpreter interp;
    /** The terminal's input (the process's standard input, not the script's buffered one). */
    private final InputStream tty;
    private final Driver driver;
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
    /**
     * Whether the driver echoes the next line after the current prompt: no completed line waited
     * when it was shown (bin/tauraro's came before any key could reach the JVM).
     */
    private boolean echoAfterPrompt = true;
    /** The editor's input once it has taken over. */
    private Repl.LineInput handedOver;
    private boolean historyAdded;

    /**
     * The input that reads until the editor {@code makeEditor} makes is ready; {@code whenIdle} runs
     * once, after the editor's making has started, the first time no typed line waits.
     */
    EarlyLines(Interpreter interp, InputStream tty, Driver driver, Callable<LineReader> makeEditor, Runnable whenIdle) {
        this.interp = interp;
        this.tty = tty;
        this.driver = driver;
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
            echoAfterPrompt = false;
            try {
                echoAfterPrompt = tty.available() == 0; // asked after the prompt: a line completed before it was echoed before it
            } catch (IOException e) {
                // below, the same question fails again and the editor takes over
            }
        }
        byte[] keys = null;
        try {
            while (true) {
                boolean editorReady = editor.isDone(); // before the last look at the terminal, so that no key typed meanwhile is missed
                if (tty.available() > 0 || driver.inputWaits()) {
                    byte[] line = new byte[MAX_LINE];
                    int n = tty.read(line);
                    if (n < 0) {
                        promptShown = false;
                        return null; // Ctrl-D at the start of an empty line
                    }
                    String text = plain(line, n);
                    if (text != null) {
                        if (!echoAfterPrompt || !overRows(prompt.length() + text.length())) {
                            // drawn again as the editor would: keys typed before the prompt was shown were echoed before it
                            screen.print(EarlyPrompt.ERASE + prompt + text + "\n");
                            screen.flush();
                        }
                        promptShown = false;
                        taken.add(text);
                        return text;
                    }
                    keys = Arrays.copyOf(line, n);
                    break;
                }
                if (editorReady) {
                    break;
                }
                makeEditor();
                if (whenIdle != null) {
                    Runnable r = whenIdle;
                    whenIdle = null;
                    r.run();
                    continue;
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
     * Whether {@code width} characters from the start of a row take more than that row on the
     * terminal, so that their echo and its newline may have scrolled the screen.
     */
    private boolean overRows(int width) {
        if (width <= NARROWEST) {
            return false; // not asked: the first lines are typed before JLine's native library, which tells the width, has loaded
        }
        int columns = driver.columns();
        return columns > 0 && width > columns;
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
