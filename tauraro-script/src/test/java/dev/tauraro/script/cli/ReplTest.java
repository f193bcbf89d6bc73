package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The interactive prompt on a terminal: JLine over a pseudo-terminal made of pipes (its line
 * discipline turns Ctrl-C into SIGINT as a real one does), typed to as a user would.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReplTest {
    @TempDir
    Path home;

    /** A prompt session: what is typed goes to {@link #type}, what the terminal shows to {@link #screen}. */
    private final class Session implements AutoCloseable {
        final PipedOutputStream keys = new PipedOutputStream();
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit = new CompletableFuture<>();
        final Path history = home.resolve(".tauraro_history");

        Session() throws IOException {
            this(false);
        }

        /** {@code async}: the {@code -m asyncio} prompt, its event loop running from the start. */
        Session(boolean async) throws IOException {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            // a dumb terminal type (no escape sequences on the screen) with a line discipline
            Terminal t = new ExternalTerminal("test", "ansi", in, screen, StandardCharsets.UTF_8);
            PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
            // the interpreter belongs to the thread that runs the prompt: signals run in its main thread
            new dev.tauraro.script.runtime.ScriptThread(() -> {
                try {
                    Interpreter interp = new Interpreter(out, out, List.of(""), false);
                    interp.runScript(new SourceFile("<stdin>", ""));
                    PyModule main = interp.modules().get("__main__");
                    exit.complete(Repl.onTerminal(interp, main, t, history, async));
                    t.close();
                } catch (Throwable e) {
                    exit.completeExceptionally(e);
                }
            }, "prompt", 64L << 20).start();
        }

        /** Types {@code text} once the prompt is ready for it (the {@code n}th primary prompt shown). */
        void typeAt(int prompt, String text) throws IOException {
            waitFor(">>> ", prompt);
            type(text);
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b(\\[[0-9;?]*[A-Za-z]|[=>])", "")
                        .replace("\r", "");
            }
        }

        /** Waits (bounded) until the screen shows {@code text} {@code times} times. */
        void waitFor(String text, int times) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(screen(), text) < times) {
                assertThat(System.nanoTime()).as("screen shows %s %d times:%n%s", text, times, screen())
                        .isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }

        int end() throws Exception {
            type("\u0004"); // Ctrl-D on an empty line
            return exit.get(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws IOException {
            keys.close();
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void echoesValuesKeepsThemInUnderscoreAndReadsCompoundStatementsUntilABlankLine() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "x = 6 * 7\n");
            s.typeAt(2, "x\n");
            s.typeAt(3, "_ + 1\n");
            s.typeAt(4, "def f(n):\n");
            s.waitFor("... ", 1);
            s.type("    return n * 2\n");
            s.waitFor("... ", 2);
            s.type("\n");
            s.typeAt(5, "f(_)\n");
            s.typeAt(6, "None\n");
            s.typeAt(7, "'text'\n");
            s.waitFor(">>> ", 8);
            assertThat(s.end()).isZero();
            assertThat(s.screen()).contains("x\n42\n", "_ + 1\n43\n", "f(_)\n86\n", "None\n>>> ", "'text'\n'text'\n");
        }
    }

    @Test
    void anErrorPrintsItsTracebackAndTheSessionGoesOn() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "y = 5\n");
            s.typeAt(2, "1/0\n");
            s.typeAt(3, "y + 1\n");
            s.typeAt(4, "def broken(:\n");
            s.typeAt(5, "y + 2\n");
            s.waitFor("\n7\n", 1);
            assertThat(s.end()).isZero();
            assertThat(s.screen()).contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                    + "ZeroDivisionError: division by zero\n", "y + 1\n6\n", "SyntaxError: invalid syntax");
        }
    }

    @Test
    void theAsyncioPromptRunsItsLoopWhileWaitingForInput() throws Exception {
        try (Session s = new Session(true)) {
            s.typeAt(1, "import asyncio\n");
            s.typeAt(2, "asyncio.get_running_loop().is_running()\n");
            s.waitFor("True\n", 1);
            s.typeAt(3, "async def tick():\n");
            s.waitFor("... ", 1);
            s.type("    for i in range(3):\n");
            s.waitFor("... ", 2);
            s.type("        await asyncio.sleep(0.05)\n");
            s.waitFor("... ", 3);
            s.type("        print('tick', i)\n");
            s.waitFor("... ", 4);
            s.type("    return 'done'\n");
            s.waitFor("... ", 5);
            s.type("\n");
            s.typeAt(4, "t = asyncio.create_task(tick())\n");
            s.waitFor("tick 2", 1); // nothing typed: the task runs while the prompt waits
            s.typeAt(5, "t.done(), await t\n");
            s.waitFor("(True, 'done')", 1);
            s.typeAt(6, "1/0\n");
            s.waitFor("ZeroDivisionError", 1);
            s.typeAt(7, "'after'\n");
            s.waitFor("'after'\n", 1);
            assertThat(s.end()).isZero();
        }
    }

    @Test
    void ctrlCDropsTheLineOrStopsTheRunningStatement() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "abc\u0003");
            s.waitFor("KeyboardInterrupt", 1);
            s.typeAt(2, "if True:\n");
            s.waitFor("... ", 1);
            s.type("    print('spin' + 'ning')\n");
            s.waitFor("... ", 2);
            s.type("    while True: pass\n");
            s.waitFor("... ", 3);
            s.type("\n");
            s.waitFor("spinning", 1);
            s.type("\u0003");
            s.waitFor("KeyboardInterrupt", 2);
            s.typeAt(3, "'after'\n");
            s.waitFor(">>> ", 4);
            assertThat(s.end()).isZero();
            assertThat(s.screen()).contains("Traceback (most recent call last):", "\nKeyboardInterrupt\n", "'after'\n'after'\n");
        }
    }

    @Test
    void exitQuitAndSysExitLeaveWithTheirCode() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "exit\n");
            s.waitFor("Use exit() or Ctrl-D (i.e. EOF) to exit", 1);
            s.typeAt(2, "exit(3)\n");
            assertThat(s.exit.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        }
        try (Session s = new Session()) {
            s.typeAt(1, "import sys; sys.exit(4)\n");
            assertThat(s.exit.get(30, TimeUnit.SECONDS)).isEqualTo(4);
        }
        try (Session s = new Session()) {
            s.typeAt(1, "quit()\n");
            assertThat(s.exit.get(30, TimeUnit.SECONDS)).isZero();
        }
    }

    @Test
    void topLevelAwaitRunsOnTheSessionsLoopAndBindsGlobals() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "import asyncio\n");
            s.typeAt(2, "r = await asyncio.sleep(0, 'slept')\n");
            s.typeAt(3, "r\n");
            s.typeAt(4, "await asyncio.sleep(0, 41) + 1\n");
            s.waitFor(">>> ", 5);
            assertThat(s.end()).isZero();
            assertThat(s.screen()).contains("r\n'slept'\n", "\n42\n");
        }
    }

    @Test
    void tabCompletesNamesAndAttributes() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "import asyncio\n");
            s.typeAt(2, "variable_one = 1\n");
            s.typeAt(3, "variab\t");
            s.waitFor("variable_one", 2);
            s.type(" + 1\n");
            s.typeAt(4, "asyncio.sle\t");
            s.waitFor("asyncio.sleep", 1);
            s.type("\n");
            s.waitFor(">>> ", 5);
            assertThat(s.end()).isZero();
            assertThat(s.screen()).contains("variable_one + 1\n2\n", "asyncio.sleep\n").doesNotContain("Error");
        }
    }

    @Test
    void historyIsKeptInTheHomeDirectoryAcrossSessions() throws Exception {
        try (Session s = new Session()) {
            s.typeAt(1, "first = 'remembered'\n");
            s.waitFor(">>> ", 2);
            assertThat(s.end()).isZero();
        }
        assertThat(Files.readString(home.resolve(".tauraro_history"))).contains("first = 'remembered'");
        try (Session s = new Session()) {
            s.typeAt(1, "\u0010\n"); // Ctrl-P (previous line) recalls the last line of the earlier session
            s.typeAt(2, "first\n");
            s.waitFor("'remembered'", 1);
            assertThat(s.end()).isZero();
        }
    }

    @Test
    void continuationKnowsWhenAnInputIsComplete() {
        assertThat(Continuation.needsMore("x = 1\n")).isFalse();
        assertThat(Continuation.needsMore("x = (1,\n")).isTrue();
        assertThat(Continuation.needsMore("s = '''a\n")).isTrue();
        assertThat(Continuation.needsMore("s = '(' + \"[\"\n")).isFalse();
        assertThat(Continuation.needsMore("x = 1 + \\\n")).isTrue();
        assertThat(Continuation.needsMore("if x:\n    y\n")).isTrue();
        assertThat(Continuation.needsMore("if x:\n    y\n\n")).isFalse();
        assertThat(Continuation.needsMore("@dec\n")).isTrue();
        assertThat(Continuation.needsMore("match = 3\n")).isFalse();
        assertThat(Continuation.needsMore("# (\n")).isFalse();
        assertThat(Continuation.earlyError("def f(:\n")).isNotNull();
        assertThat(Continuation.earlyError("f(1,\n")).isNull();
    }
}
