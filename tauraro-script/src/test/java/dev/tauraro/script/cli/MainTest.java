package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command's reporting around a script: exit codes and the order of what it prints. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MainTest {

    /** Runs {@code code} with stdout and stderr going to one stream, as on a terminal. */
    private static String[] run(String code) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int exit = Main.execute(new SourceFile("order.py", code), List.of("order.py"), false, both, both);
        return new String[] {String.valueOf(exit), buffer.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anUncaughtExceptionIsReportedBeforeWaitingForNonDaemonThreads() {
        String[] r = run(String.join("\n",
                "import threading",
                "ev = threading.Event()",
                "def late():",
                "    ev.wait()",
                "    print('thread done')",
                "threading.Thread(target=late).start()",
                "threading.Timer(0.05, ev.set).start()",
                "raise ValueError('boom')",
                ""));
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("ValueError: boom", "thread done");
        assertThat(r[1].indexOf("ValueError: boom")).isLessThan(r[1].indexOf("thread done"));
    }

    @Test
    void sysExitStillWaitsForNonDaemonThreadsAndKeepsItsCode() {
        String[] r = run(String.join("\n",
                "import sys, threading",
                "ev = threading.Event()",
                "def late():",
                "    ev.wait()",
                "    print('thread done')",
                "threading.Thread(target=late).start()",
                "threading.Timer(0.05, ev.set).start()",
                "sys.exit(3)",
                ""));
        assertThat(r[0]).isEqualTo("3");
        assertThat(r[1]).isEqualTo("thread done\n");
    }

    /** Runs the command line {@code args} with {@code stdin} as standard input; exit code, stdout, stderr. */
    private static String[] command(String stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static final String ARGV = "import sys\nprint(sys.argv, __name__, __file__)\n";

    @Test
    void aDashReadsTheScriptFromStandardInputAsPython3Does() {
        assertThat(command(ARGV, true, "-", "a", "b")).containsExactly("0", "['-', 'a', 'b'] __main__ <stdin>\n", "");
    }

    /** Read by the prompt from a pipe, an input() in the first line, then what it should read, then a print. */
    private static final String INPUT_THEN_LINES = "x = input()\nhello\nprint(x)\n";

    @Test
    void thePromptReadingAPipeLeavesTheRestOfItToInputAsPython3Does() {
        // python3 -i -q reads its lines from a pipe a byte at a time; input() reads sys.stdin's
        // buffer's worth, 'hello' and the line after it, so that nothing is left for the prompt
        assertThat(command(INPUT_THEN_LINES, false, "-i", "-q")).containsExactly("0", "", ">>> >>> \n");
        assertThat(command(INPUT_THEN_LINES, false, "-i", "-q", "-c", "print(1)")).containsExactly("0", "1\n", ">>> >>> \n");
        // the script read whole first: input() is at the end of the input
        assertThat(command(INPUT_THEN_LINES, false, "-")).containsExactly("1", "",
                "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nEOFError: EOF when reading a line\n");
    }

    @Test
    void noArgumentsWithStandardInputRedirectedRunIt() {
        assertThat(command(ARGV, false)).containsExactly("0", "[''] __main__ <stdin>\n", "");
    }

    @Test
    void aScriptFromStandardInputFailsAsPython3WithoutSourceLines() {
        String[] r = command("x = 1\nraise ValueError(x)\n", false, "-");
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).isEqualTo("Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\n"
                + "ValueError: 1\n");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWorded() {
        String[] r = command("", false, "-Z");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).isEqualTo("Unknown option: -Z\nusage: tauraro [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `tauraro -h' for more information.\n");
    }

    @Test
    void dashMRunsAModuleOfTheCurrentDirectoryAsMain() throws java.io.IOException {
        // what python3 -m does with the same file: __name__ is __main__, argv[0] the file's path
        java.nio.file.Path module = java.nio.file.Path.of(System.getProperty("user.dir"), "tauraro_m_test.py");
        java.nio.file.Files.writeString(module,
                "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('tauraro_m_test.py'))\n");
        try {
            assertThat(command("", false, "-m", "tauraro_m_test", "a", "b"))
                    .containsExactly("0", "__main__ ['a', 'b'] True\n", "");
        } finally {
            java.nio.file.Files.delete(module);
        }
        String[] missing = command("", false, "-m", "no_such_module_here");
        assertThat(missing[0]).isEqualTo("1");
        assertThat(missing[2]).startsWith("tauraro: No module named no_such_module_here");
        String[] bare = command("", false, "-m");
        assertThat(bare[0]).isEqualTo("2");
        assertThat(bare[2]).startsWith("Argument expected for the -m option\n");
    }
}
