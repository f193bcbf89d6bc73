package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines typed before the line editor is ready ({@link EarlyLines}), on a terminal driver in line
 * mode made in memory: the editor is held back until the early lines have been answered, so what
 * is asserted does not depend on timing. {@link SystemTerminalTest} types to the real thing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EarlyLinesTest {
    @TempDir
    Path home;

    /** Typed to {@link LineMode}: Ctrl-D at the start of a line, which a read returns as nothing. */
    private static final String CTRL_D = "";

    /**
     * A terminal driver in its line mode: only completed lines are available, and a read gives one
     * line; a Ctrl-D at a line's start is not counted as available, but makes a read return at once.
     */
    private static final class LineMode extends InputStream implements EarlyLines.Driver {
        private final Deque<byte[]> lines = new ArrayDeque<>();
        private final int columns;

        LineMode(String... typed) {
            this(100, typed);
        }

        LineMode(int columns, String... typed) {
            this.columns = columns;
            for (String line : typed) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public synchronized int available() {
            return lines.isEmpty() ? 0 : lines.peek().length;
        }

        @Override
        public synchronized boolean inputWaits() {
            return !lines.isEmpty();
        }

        @Override
        public int columns() {
            return columns;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("a terminal is read a line at a time");
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            byte[] line = lines.poll();
            if (line == null || line.length == 0) {
                return -1;
            }
            System.arraycopy(line, 0, b, off, line.length);
            return line.length;
        }
    }

    /** What a session showed: its exit code, the screen as written, and what it showed when the editor was made. */
    private record Session(int exit, ByteArrayOutputStream screen, String whenEditorMade) {
    }

    /**
     * A prompt session reading {@code typed} before its editor, whose keys are {@code editorKeys};
     * the editor is made once the screen shows {@code shownFirst}, so the early lines are answered first.
     */
    private Session session(LineMode typed, String shownFirst, String editorKeys) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        Path history = home.resolve(".tauraro_history");
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        CompletableFuture<String> screenWhenEditorMade = new CompletableFuture<>();
        CompletableFuture<Terminal> terminal = new CompletableFuture<>();
        new dev.tauraro.script.runtime.ScriptThread(() -> {
            try {
                Interpreter interp = new Interpreter(out, out, List.of(""), false);
                interp.runScript(new SourceFile("<stdin>", ""));
                PyModule main = interp.modules().get("__main__");
                EarlyLines early = new EarlyLines(interp, typed, typed, () -> {
                    waitFor(screen, shownFirst); // the editor is not ready before the early lines are answered
                    screenWhenEditorMade.complete(text(screen));
                    // made now: its line discipline echoes its input as soon as it is made
                    terminal.complete(new ExternalTerminal("test", "ansi",
                            new ByteArrayInputStream(editorKeys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8));
                    return Repl.editor(interp, main, terminal.get(), history);
                }, null);
                exit.complete(Repl.session(interp, main, early, early::reader, false));
                terminal.get().close();
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        }, "prompt", 64L << 20).start();
        return new Session(exit.get(30, TimeUnit.SECONDS), screen, screenWhenEditorMade.get());
    }

    private List<String> history() throws Exception {
        return Files.readAllLines(home.resolve(".tauraro_history")).stream().map(line -> line.substring(line.indexOf(':') + 1)).toList();
    }

    @Test
    void linesCompletedBeforeTheEditorIsReadyRunInOrderAndEnterItsHistory() throws Exception {
        // the Tab asks the editor to complete: that line is the editor's first input, never run as typed
        LineMode typed = new LineMode("6 * 7\n", "x = 5\n", "for i in range(2):\n", "  print(i)\n", "\n",
                "abcdef = x + 2\n", "abcd\t * 7\n");
        Session s = session(typed, "\n1\n", "x * 2\r");
        assertThat(s.exit()).isZero();
        assertThat(s.whenEditorMade()).as("answered before the editor was made")
                .contains(">>> 6 * 7\n42\n>>> x = 5\n>>> for i in range(2):\n...   print(i)\n... \n0\n1\n");
        String raw = s.screen().toString(StandardCharsets.UTF_8);
        assertThat(raw).as("each line drawn again over its prompt, the next prompt after a free row and the cursor saved")
                .contains(EarlyPrompt.ERASE + ">>> 6 * 7\n42\n" + EarlyPrompt.BEFORE + ">>> " + EarlyPrompt.ERASE + ">>> x = 5\n");
        assertThat(text(s.screen())).as("the completed name, then the editor's own line").contains("\n49\n", "\n10\n")
                .doesNotContain("Error");
        assertThat(history()).as("the early lines, then the editor's")
                .containsExactly("6 * 7", "x = 5", "for i in range(2):", "abcdef = x + 2", "abcdef * 7", "x * 2");
    }

    @Test
    void aCtrlDAtTheStartOfALineBeforeTheEditorIsReadyEndsTheInput() throws Exception {
        Session s = session(new LineMode("6 * 7\n", CTRL_D, "print('after the end')\n"), "\n42\n", "6 * 8\r");
        assertThat(s.exit()).isZero();
        assertThat(text(s.screen())).as("ended at the Ctrl-D, before the editor read anything (its terminal echoes its keys when made)")
                .startsWith(">>> 6 * 7\n42\n>>> \n").doesNotContain("after the end", "48");
        assertThat(history()).as("the line taken early, saved").containsExactly("6 * 7");
    }

    @Test
    void aLineEchoedAfterItsPromptOverSeveralRowsIsNotDrawnAgain() throws Exception {
        String wide = "x = '" + "a".repeat(50) + "'"; // ">>> " and 56 characters: two rows of 50 columns
        String narrow = "len(y)";
        // the first line follows bin/tauraro's prompt; the next ones were typed before theirs showed
        Session s = session(new LineMode(50, wide + "\n", "y = x + '" + "b".repeat(50) + "'\n", narrow + "\n"), "\n100\n", "");
        assertThat(s.exit()).isZero();
        String raw = s.screen().toString(StandardCharsets.UTF_8);
        assertThat(raw).as("the echo kept: at the screen's bottom it scrolled, so the saved position is not the prompt's")
                .doesNotContain(">>> " + wide);
        assertThat(raw).as("lines echoed before their prompt drawn at the prompt, wide or not")
                .contains(EarlyPrompt.BEFORE + ">>> " + EarlyPrompt.ERASE + ">>> y = x + 'bbb")
                .contains(EarlyPrompt.BEFORE + ">>> " + EarlyPrompt.ERASE + ">>> " + narrow + "\n100\n");
    }

    @Test
    void onlyPrintableLinesEndedByEnterAreTakenBeforeTheEditor() {
        assertThat(plain("6*7\n")).isEqualTo("6*7");
        assertThat(plain("\n")).isEmpty();
        assertThat(plain("pri\tnt(1)\n")).as("Tab: completion").isNull();
        assertThat(plain("x\u001b[A\n")).as("an arrow key").isNull();
        assertThat(plain("abc")).as("pushed by Ctrl-D, not ended by Enter").isNull();
        assertThat(plain("'é'\n")).as("not ASCII: left to the editor's decoding").isNull();
        assertThat(plain("x\u007f\n")).isNull();
    }

    private static String plain(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return EarlyLines.plain(b, b.length);
    }

    /**
     * What the screen shows, for output that moves the cursor only by writing and by going back to
     * a saved position (ESC 7, ESC 8), which drops what was written since; other sequences left out.
     */
    private static String text(ByteArrayOutputStream screen) {
        String raw = screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b(\\[[0-9;?]*[A-Za-z]|[=>DM])", "")
                .replace("\r", "");
        StringBuilder shown = new StringBuilder();
        int saved = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u001b' && i + 1 < raw.length() && (raw.charAt(i + 1) == '7' || raw.charAt(i + 1) == '8')) {
                if (raw.charAt(++i) == '7') {
                    saved = shown.length();
                } else if (saved >= 0) {
                    shown.setLength(saved);
                }
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static void waitFor(ByteArrayOutputStream screen, String text) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!text(screen).contains(text)) {
            assertThat(System.nanoTime()).as("screen shows %s:%n%s", text, text(screen)).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
