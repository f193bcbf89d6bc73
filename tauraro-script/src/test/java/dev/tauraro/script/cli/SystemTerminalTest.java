package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt on the process's own terminal: the command in a JVM of its own on a pseudo-terminal
 * ({@code script} from util-linux), typed to as a user would. This is the path {@link SystemTerminal}
 * takes (JLine's JNI provider made directly, signals through {@code sun.misc.Signal}, the native
 * library and the terminal description kept in the cache directory), which the in-memory
 * terminals of {@link ReplTest} never reach.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SystemTerminalTest {
    /** A terminal type JLine has no built-in description of, so its description comes from infocmp. */
    private static final String TYPE = "tmux-256color";

    @TempDir
    Path dir;

    /** One prompt session: keys in, the terminal's screen out. */
    private final class Session implements AutoCloseable {
        final Process p;
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final OutputStream keys;

        Session() throws Exception {
            this(TYPE);
        }

        Session(String term) throws Exception {
            this(term, "");
        }

        /** {@code shellFirst}: shell commands run on the terminal before the JVM, and options for it. */
        Session(String term, String shellFirst, String... options) throws Exception {
            List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dtauraro.cache.dir=" + dir.resolve("cache"), "-Duser.home=" + dir));
            java.addAll(List.of(options));
            if (Runtime.version().feature() >= 22) {
                java.add("--enable-native-access=ALL-UNNAMED");
            }
            if (Runtime.version().feature() >= 24) {
                java.add("--sun-misc-unsafe-memory-access=allow");
            }
            java.addAll(List.of("-cp", classPath(), Main.class.getName()));
            StringBuilder line = new StringBuilder();
            for (String arg : java) {
                line.append(line.isEmpty() ? "" : " ").append('\'').append(arg.replace("'", "'\\''")).append('\'');
            }
            // the pseudo-terminal's size is its caller's, none here: JLine would draw ">>> " in no columns
            ProcessBuilder pb = new ProcessBuilder("script", "-q", "-e", "-f", "-c",
                    "stty cols 100 rows 30; " + shellFirst + " exec " + line, "/dev/null");
            pb.environment().put("TERM", term);
            pb.redirectErrorStream(true);
            p = pb.start();
            keys = p.getOutputStream();
            InputStream out = p.getInputStream();
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[4096];
                try {
                    for (int n; (n = out.read(buf)) > 0; ) {
                        synchronized (screen) {
                            screen.write(buf, 0, n);
                        }
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
            }, "screen");
            reader.setDaemon(true);
            reader.start();
        }

        /** What the process wrote, control sequences included. */
        String raw() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b(\\[[0-9;?]*[A-Za-z]|[=>]|\\][^\u0007]*\u0007)", "")
                        .replace("\r", "");
            }
        }

        /** Waits until {@code text} has been shown {@code times} times. */
        void waitFor(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(screen(), text) < times) {
                assertThat(System.nanoTime()).as("%s shown %d times, screen so far:%n%s", text, times, screen()).isLessThan(deadline);
                Thread.sleep(20);
            }
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        int end() throws InterruptedException {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the prompt ended; screen:%n%s", screen()).isTrue();
            return p.exitValue();
        }

        @Override
        public void close() {
            p.destroyForcibly();
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static String classPath() throws IOException {
        String deps = Files.readString(Path.of(System.getProperty("tauraro.runtimeClasspath"))).strip();
        return System.getProperty("tauraro.moduleClasses") + File.pathSeparator + deps;
    }

    @Test
    void thePromptRunsOnThePseudoTerminalAndKeepsItsNativeLibraryAndDescription() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux's script is installed");
        assumeTrue(SystemTerminal.compiledEntryTime(TYPE) != null, TYPE + " is in the terminfo database");
        try (Session s = new Session()) {
            s.waitFor(">>> ", 1);
            s.type("6 * 7\r");
            s.waitFor("\n42\n", 1);
            s.waitFor(">>> ", 2);
            s.type("abc\u0003");   // Ctrl-C drops the line being edited
            s.waitFor("KeyboardInterrupt", 1);
            s.waitFor(">>> ", 3);
            s.type("exit()\r");
            assertThat(s.end()).isZero();
        }
        Path description = dir.resolve("cache/terminfo/" + TYPE);
        assertThat(description).as("the description infocmp gave, kept").isNotEmptyFile();
        assertThat(Files.readString(description)).contains(TYPE);
        try (Stream<Path> files = Files.walk(dir.resolve("cache/jline-native"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("JLine's native library, extracted once")
                    .contains(System.mapLibraryName("jlinenative"));
        }
        FileTime kept = Files.getLastModifiedTime(description);
        Thread.sleep(20);
        try (Session s = new Session()) {
            s.waitFor(">>> ", 1);
            s.type("exit()\r");
            assertThat(s.end()).isZero();
        }
        assertThat(Files.getLastModifiedTime(description)).as("read, not written again, at the second start").isEqualTo(kept);
    }

    @Test
    void aTerminalTypeNothingDescribesGivesAWorkingPromptWithoutJavaTraces() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux's script is installed");
        try (Session s = new Session("no-such-terminal-type-42")) {
            s.waitFor(">>> ", 1);
            s.type("6 * 7\r");
            s.waitFor("\n42\n", 1);
            s.waitFor(">>> ", 2);
            s.type("exit()\r");
            assertThat(s.end()).isZero();
            assertThat(s.screen()).doesNotContain("Exception", "\tat ", "WARNING");
        }
        assertThat(dir.resolve("cache/terminfo")).as("no description kept for it").doesNotExist();
    }

    /** As bin/tauraro does: banner and prompt before the JVM, a row kept free, the cursor saved. */
    private static final String EARLY = "printf 'the early banner\\n" + EarlyPrompt.BEFORE.replace("\u001b", "\\033") + ">>> ';";

    /** A prompt under bin/tauraro's early one, {@code shellFirst} run before. */
    private Session early(String shellFirst) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux's script is installed");
        return new Session(TYPE, shellFirst + EARLY, "-Dtauraro.prompt.shown=true");
    }

    @Test
    void linesTypedAtTheEarlyPromptAreAnsweredInOrderBeforeTheEditorAndEnterItsHistory() throws Exception {
        try (Session s = early("")) {
            // at once: the terminal driver keeps the lines; the one with a Tab (completion) is the editor's
            s.type("6 * 7\rx = 5\rabcdef = x + 2\rabcd\t * 7\r");
            s.waitFor("\n49\n", 1);
            s.type("\u0010\u0010\u0010\u0010\r");   // Ctrl-P four times: the history's fourth line from the end, the first typed
            s.waitFor("\n42\n", 2);
            s.type("exit()\r");
            assertThat(s.end()).isZero();
            String raw = s.raw();
            int first = raw.indexOf("\u001b7>>> ");
            assertThat(first).as("the early prompt, screen:%n%s", raw).isNotNegative();
            assertThat(raw.indexOf(EarlyPrompt.ERASE + ">>> 6 * 7\r\n42", first)).as("the first line taken and answered early, screen:%n%s", raw)
                    .isGreaterThan(first);
            assertThat(raw.indexOf(EarlyPrompt.BEFORE + ">>> " + EarlyPrompt.ERASE + ">>> x = 5\r\n", first))
                    .as("its next prompt shown early, screen:%n%s", raw).isGreaterThan(first);
            assertThat(s.screen()).as("the banner shown once, the early one").contains("the early banner")
                    .doesNotContain(Repl.banner(), "NameError");
        }
        assertThat(Files.readAllLines(dir.resolve(".tauraro_history"))).map(line -> line.substring(line.indexOf(':') + 1))
                .as("the lines taken early, then the editor's").containsExactly("6 * 7", "x = 5", "abcdef = x + 2", "abcdef * 7",
                        "6 * 7", "exit()");
    }

    @Test
    void aCtrlDTypedBeforeTheEditorIsReadyLeavesAtOnce() throws Exception {
        try (Session s = early("")) {
            s.type("6 * 7\r\u0004"); // at once: the terminal driver keeps the line and the end of input
            assertThat(s.end()).as("ended without a second Ctrl-D").isZero();
            assertThat(s.screen()).contains("\n42\n");
        }
    }

    @Test
    void inputInALineTypedEarlyReadsTheNextLineAndLeavesTheOthersToThePrompt() throws Exception {
        try (Session s = early("")) {
            s.type("x = input()\rhello\rprint(x * 2)\r");
            s.waitFor("\nhellohello\n", 1);
            s.type("exit()\r");
            assertThat(s.end()).isZero();
        }
    }

    @Test
    void aLineTypedEarlyOverSeveralRowsAtTheBottomOfTheScreenShowsOnce() throws Exception {
        String wide = "x = '" + "a".repeat(140) + "'"; // more than the 100 columns
        try (Session s = early("seq 40;")) { // the early prompt on the screen's last row
            s.waitFor(">>> ", 1);
            s.type(wide + "\rlen(x)\r");
            s.waitFor("\n140\n", 1);
            s.type("exit()\r");
            assertThat(s.end()).isZero();
            // its echo scrolled the screen: drawn again at the position saved before the prompt, it showed twice
            assertThat(count(s.screen(), wide)).as("the driver's echo only, screen:%n%s", s.raw()).isEqualTo(1);
        }
    }

    @Test
    void binTauraroShowsTheBannerThePromptWould() throws IOException {
        String script = Files.readString(Path.of(System.getProperty("user.dir")).getParent().resolve("bin/tauraro"));
        assertThat(script).contains('"' + Main.VERSION + " on Java $JMAJOR\"", '\'' + Repl.banner().lines().skip(1).findFirst().orElseThrow() + '\'',
                "printf '" + EarlyPrompt.BEFORE.replace("\u001b", "\\033") + ">>> '");
    }

    @Test
    void aTypeWithoutATerminfoEntryHasNoTime() {
        assertThat(SystemTerminal.compiledEntryTime("no-such-terminal-type-42")).isNull();
    }
}
