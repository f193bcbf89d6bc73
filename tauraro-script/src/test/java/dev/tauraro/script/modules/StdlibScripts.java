package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the scripts in {@code src/test/resources/stdlib/}: each {@code NAME.py} has a
 * {@code NAME.out} that is what {@code python3 NAME.py} (CPython 3.11) printed.
 */
final class StdlibScripts {
    private StdlibScripts() {
    }

    static String resource(String name) {
        try (InputStream in = StdlibScripts.class.getResourceAsStream("/stdlib/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource stdlib/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What CPython printed for the script {@code NAME.py}. */
    static String expected(String name) {
        return resource(name + ".out");
    }

    /** What the interpreter prints for the script {@code NAME.py} (stdout and stderr together). */
    static String run(String name) {
        return runCode(name + ".py", resource(name + ".py"));
    }

    /** What the interpreter prints for {@code code}, on a virtual-time interpreter. */
    static String runCode(String file, String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Interpreter(ps, ps, List.of(file), true).runMain(new SourceFile(file, code));
        ps.flush();
        return out.toString(StandardCharsets.UTF_8);
    }
}
