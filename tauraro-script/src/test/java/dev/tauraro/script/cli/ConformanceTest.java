package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the conformance scripts and compares them with what CPython 3.11 printed for them.
 *
 * <p>{@code conformance/ok/X.py} must print exactly {@code X.out} (made by {@code python3 X.py > X.out})
 * on stdout and exit 0.
 * {@code conformance/errors/X.py} was run by python3 into {@code X.stdout}, {@code X.stderr} and
 * {@code X.code}: stdout and the exit code must match exactly; of stderr, the traceback's
 * {@code File ..., line N, in f} entries (file base names, consecutive repeats collapsed) with the
 * {@code ^^^^} marker line under each entry's source line, and the final error line must match. Scripts run in-process on a virtual-time loop, so sleeps are instant.
 */
@Timeout(120)
class ConformanceTest {
    private static final Pattern FILE_LINE = Pattern.compile("^  File \"([^\"]*)\", line (\\d+)(, in (.*))?$");

    private static Path dir(String name) {
        try {
            return Path.of(ConformanceTest.class.getResource("/conformance/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> scripts(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int code, String out, String err) {}

    static Result run(Path script) throws IOException {
        return run(script.toString(), Files.readString(script));
    }

    /** Runs {@code text} as the script {@code name} in-process, on a virtual-time loop. */
    static Result run(String name, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        SourceFile src = new SourceFile(name, text);
        int code = Main.execute(src, List.of(name), true, o, e);
        o.flush();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> scriptsPrintWhatCPythonPrints() {
        return scripts(dir("ok")).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            Path expected = Path.of(py.toString().replaceAll("\\.py$", ".out"));
            Result r = run(py);
            // stdout only, as ../shared/conformance/run.sh compares (some scripts write to stderr on purpose)
            assertThat(r.out()).as("stdout (stderr: %s)", r.err()).isEqualTo(Files.readString(expected));
            assertThat(r.code()).isZero();
        }));
    }

    @TestFactory
    Stream<DynamicTest> badScriptsFailLikeCPython() {
        return scripts(dir("errors")).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String base = py.toString().replaceAll("\\.py$", "");
            Result r = run(py);
            String expectedErr = Files.readString(Path.of(base + ".stderr"));
            assertThat(r.code()).as("exit code").isEqualTo(Integer.parseInt(
                    Files.readString(Path.of(base + ".code")).strip()));
            assertThat(r.out()).as("stdout").isEqualTo(Files.readString(Path.of(base + ".stdout")));
            assertThat(frames(r.err())).as("traceback entries").isEqualTo(frames(expectedErr));
            assertThat(lastLine(r.err())).as("error line").isEqualTo(lastLine(expectedErr));
        }));
    }

    /**
     * {@code conformance/tracebacks/X.py} (same files as {@code errors/}) checks how an uncaught
     * exception is rendered: stdout and the exit code exactly, and the whole of stderr (markers
     * included) with file paths cut to base names.
     */
    @TestFactory
    Stream<DynamicTest> tracebacksRenderLikeCPython() {
        return scripts(dir("tracebacks")).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(),
                () -> {
                    String base = py.toString().replaceAll("\\.py$", "");
                    Result r = run(py);
                    assertThat(r.out()).as("stdout").isEqualTo(Files.readString(Path.of(base + ".stdout")));
                    assertThat(r.code()).as("exit code").isEqualTo(Integer.parseInt(
                            Files.readString(Path.of(base + ".code")).strip()));
                    assertThat(traceback(r.err())).as("stderr").isEqualTo(traceback(
                            Files.readString(Path.of(base + ".stderr"))));
                }));
    }

    private static final Pattern CARETS = Pattern.compile("^ *(\\| )? *[~^][~^ ]*$");
    private static final Pattern FILE_PATH = Pattern.compile("File \"(?:[^\"]*/)?([^\"/]*)\"");

    static String traceback(String stderr) {
        StringBuilder sb = new StringBuilder();
        for (String line : stderr.split("\n", -1)) {
            sb.append(FILE_PATH.matcher(line).replaceAll("File \"$1\"")).append('\n');
        }
        return sb.toString();
    }

    /**
     * The entries of the script's own frames (CPython's library frames differ from ours), each with
     * the marker line under its source line when it has one. A SyntaxError's location has no
     * function name and is left at its line: its markers are not drawn as CPython's.
     */
    static List<String> frames(String stderr) {
        List<String> result = new ArrayList<>();
        String[] lines = stderr.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FILE_LINE.matcher(lines[i]);
            if (m.matches() && !m.group(1).contains("/lib/python3") && !m.group(1).startsWith("<frozen")) {
                String entry = Path.of(m.group(1)).getFileName() + ":" + m.group(2)
                        + (m.group(4) == null ? "" : " in " + m.group(4));
                if (m.group(4) != null && i + 2 < lines.length && CARETS.matcher(lines[i + 2]).matches()) {
                    entry += "\n" + lines[i + 2];
                }
                if (result.isEmpty() || !result.get(result.size() - 1).equals(entry)) {
                    result.add(entry);
                }
            }
        }
        return result;
    }

    static String lastLine(String stderr) {
        String[] lines = stderr.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
