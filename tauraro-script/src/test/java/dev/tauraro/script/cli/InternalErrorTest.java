package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An unexpected Java exception inside the interpreter (a bug) reaches a script as a Python
 * {@code SystemError} naming where the bug is, never as Java exception text nor as the command's
 * "internal error" exit; the Java stack trace appears only with the debug flag. The bug is injected
 * with a builtin that throws.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InternalErrorTest {
    private static final String SECRET = "java text that must not reach the script";

    @AfterEach
    void clearDebugFlag() {
        System.clearProperty("tauraro.debug");
    }

    /** Runs {@code code} with a builtin {@code explode()} that throws {@code bug}; returns {exit, stdout, stderr}. */
    private static String[] run(String code, RuntimeException bug) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(o, e, List.of("bug.py"), true);
        interp.builtins().put("explode", new BuiltinFunction("explode", (a, k) -> {
            throw bug;
        }));
        int exit = Main.execute(interp, new SourceFile("bug.py", code));
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aJavaExceptionCanBeCaughtAsSystemError() {
        String[] r = run(String.join("\n",
                "try:",
                "    explode()",
                "except SystemError as e:",
                "    print(type(e).__name__, issubclass(SystemError, Exception))",
                "    print('bug' in str(e), 'NullPointerException' in str(e))",
                "    print(str(e))",
                ""), new NullPointerException(SECRET));
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).startsWith("SystemError True\nTrue True\n").doesNotContain(SECRET);
        assertThat(r[1]).contains("tauraro internal error: NullPointerException in InternalErrorTest");
    }

    @Test
    void anUncaughtJavaExceptionIsAPythonTracebackWithoutJavaText() {
        String[] r = run(String.join("\n",
                "def f():",
                "    explode()",
                "f()",
                ""), new ArrayIndexOutOfBoundsException(SECRET));
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).startsWith("Traceback (most recent call last):\n  File \"bug.py\", line 3, in <module>\n")
                .contains("  File \"bug.py\", line 2, in f\n")
                .contains("SystemError: tauraro internal error: ArrayIndexOutOfBoundsException")
                .doesNotContain(SECRET)
                .doesNotContain("internal error: java.")
                .doesNotContain("\tat ");
    }

    @Test
    void theDebugFlagAddsTheJavaStackTrace() {
        System.setProperty("tauraro.debug", "true");
        String[] r = run("explode()\n", new IllegalMonitorStateException(SECRET));
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).contains("SystemError: tauraro internal error: IllegalMonitorStateException")
                .contains("java.lang.IllegalMonitorStateException: " + SECRET)
                .contains("\tat ");
    }

    @Test
    void theBugInTheDecoratorShapeIsGoneAndNoJavaTextIsPrinted() {
        String[] r = run(String.join("\n",
                "def deco(fn):",
                "    def wrapper(*a, **k):",
                "        return fn(*a, **k)",
                "    return wrapper",
                "class Pool:",
                "    @deco",
                "    def connection(self):",
                "        return 1",
                "print(Pool().connection())",
                ""), new IllegalStateException("unused"));
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).isEqualTo("1\n");
    }
}
