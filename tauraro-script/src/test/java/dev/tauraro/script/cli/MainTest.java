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
}
