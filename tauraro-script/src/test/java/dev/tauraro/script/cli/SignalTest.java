package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real signals sent to the command in a JVM of its own, as a shell's Ctrl-C or {@code kill} would:
 * SIGINT interrupts each blocking call python3 lets it interrupt, with KeyboardInterrupt's
 * traceback and status 130, well before the call would have ended; SIGTERM ends the process with
 * 143. The script prints "ready" just before it blocks, and the signal is sent once that is read.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SignalTest {
    /** The outcome of one signalled run. */
    record Ended(int code, String err, long millis) {
    }

    private static Ended signalled(String signal, String code) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/env")) && Files.isExecutable(Path.of("/bin/kill")),
                "env and kill are installed");
        List<String> cmd = new ArrayList<>(List.of(
                // the JVM leaves SIGINT alone when it starts ignored (a background job of a script):
                // give the child the default disposition, as a terminal's foreground job has
                "/usr/bin/env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath()));
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of(Main.class.getName(), "-c", code));
        Path err = Files.createTempFile("signal", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            Thread.sleep(300); // into the blocking call
            long sent = System.nanoTime();
            assertThat(new ProcessBuilder("/bin/kill", "-" + signal, Long.toString(p.pid())).start().waitFor())
                    .isZero();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended by SIG%s", signal).isTrue();
            long millis = (System.nanoTime() - sent) / 1_000_000;
            return new Ended(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8), millis);
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(err);
        }
    }

    private static String classPath() throws Exception {
        String deps = Files.readString(Path.of(System.getProperty("tauraro.runtimeClasspath"))).strip();
        return System.getProperty("tauraro.moduleClasses") + File.pathSeparator + deps;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import time; print('ready', flush=True); time.sleep(100)",
        "import queue; print('ready', flush=True); queue.Queue().get()",
        "import threading; l = threading.Lock(); l.acquire(); print('ready', flush=True); l.acquire()",
        "import threading; e = threading.Event(); print('ready', flush=True); e.wait()",
        "import threading, time; t = threading.Thread(target=time.sleep, args=(100,), daemon=True); t.start(); "
            + "print('ready', flush=True); t.join()",
        "print('ready', flush=True); input()",
        "import subprocess; print('ready', flush=True); subprocess.run(['sleep', '100'])",
        "import subprocess; print('ready', flush=True); subprocess.run(['sleep', '100'], capture_output=True)",
        "print('ready', flush=True)\nwhile True: pass",
    })
    void sigintRaisesKeyboardInterruptInTheBlockingCallAndExits130(String code) throws Exception {
        Ended e = signalled("INT", code);
        assertThat(e.err()).startsWith("Traceback (most recent call last):\n").endsWith("\nKeyboardInterrupt\n");
        assertThat(e.code()).isEqualTo(130);
        assertThat(e.millis()).as("ended well before the call would have").isLessThan(30_000);
    }

    @Test
    void aHandlerThatReturnsLetsTheSleepGoOnAsPep475Says() throws Exception {
        Ended e = signalled("INT", String.join("\n",
                "import signal, time",
                "signal.signal(signal.SIGINT, lambda n, f: print('handled', n, flush=True))",
                "start = time.monotonic()",
                "print('ready', flush=True)",
                "time.sleep(3)",
                "import sys; sys.exit(7 if time.monotonic() - start >= 2.9 else 8)"));
        assertThat(e.code()).isEqualTo(7);
        assertThat(e.err()).isEmpty();
    }

    @Test
    void sigtermEndsTheProcessWith143() throws Exception {
        Ended e = signalled("TERM", "import time\ntry:\n    print('ready', flush=True); time.sleep(100)\n"
                + "finally:\n    print('not run', flush=True)\n");
        assertThat(e.code()).isEqualTo(143);
        assertThat(e.err()).isEmpty();
    }
}
