package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line compared with python3's for the same invocation: options, usage errors,
 * {@code sys.argv}/{@code sys.orig_argv}/{@code sys.flags}, standard-input scripts, {@code -m},
 * {@code -i}, {@code -W}, the module search path ({@code TAURARO_PATH} against {@code PYTHONPATH}),
 * packages and relative imports. The command runs in this JVM with the environment given; python3
 * runs as a child with its own PYTHON* variables cleared, in an empty directory (so neither finds
 * modules through the working directory). Outputs are compared after naming both
 * programs alike (python3 names itself by its path in messages, the command by its name).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CommandLineTest {
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path dir;

    @BeforeAll
    static void fixtures() throws IOException {
        write("pkg/__init__.py", "print('pkg init', __name__, __package__)\n");
        write("pkg/helper.py", "VALUE = 42\n");
        write("pkg/mod.py", String.join("\n",
                "from . import helper",
                "from .sub import deep",
                "from .helper import VALUE",
                "print('mod', __name__, __package__, VALUE, deep.D)",
                "if __name__ == '__main__':",
                "    import sys",
                "    print('run as main', sys.argv[1:])",
                ""));
        write("pkg/__main__.py", "print('pkg main', __name__, __package__)\n");
        write("pkg/sub/__init__.py", "");
        write("pkg/sub/deep.py", "from ..helper import VALUE\nD = VALUE + 1\n");
        write("ns/part.py", "print('namespace part', __name__, __package__)\n");
        write("app/main.py", String.join("\n",
                "import sys, os",
                "print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))",
                "import sibling",
                "import pkg.mod",
                "import pkg.sub.deep as d",
                "from pkg import helper",
                "import importlib",
                "print(importlib.import_module('pkg.helper') is helper, d.D, pkg.mod.VALUE)",
                "print(importlib.import_module('.deep', 'pkg.sub') is d)",
                "import ns.part",
                "for bad in ('pkg.nothere', 'nothere', 'pkg.helper.x'):",
                "    try:",
                "        importlib.import_module(bad)",
                "    except ModuleNotFoundError as e:",
                "        print(type(e).__name__, e, e.name)",
                "try:",
                "    from pkg import nothere",
                "except ImportError as e:",
                "    print(e)",
                "try:",
                "    importlib.import_module('.x')",
                "except TypeError as e:",
                "    print(e)",
                ""));
        write("app/sibling.py", "print('sibling', __name__, __package__)\n");
        write("app/relative.py", "from . import sibling\n");
    }

    private static void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
    }

    private static Run python(String stdin, Map<String, String> env, String... args) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "python3 (the oracle) is installed");
        List<String> cmd = new ArrayList<>(List.of(PYTHON));
        cmd.addAll(List.of(args));
        // an empty working directory: modules are found only through the path variable, as for the
        // command, which runs in this JVM's working directory
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.forEach((k, v) -> pb.environment().put(k.replace("TAURARO_", "PYTHON"), v));
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), named(out), named(err));
    }

    /** python3's messages with the command's name where python3 puts its own. */
    private static String named(String text) {
        return text.replace("usage: " + PYTHON, CommandLine.USAGE.substring(0, CommandLine.USAGE.indexOf(" [")))
                .replace("`python -h'", "`tauraro -h'").replace(PYTHON, "tauraro");
    }

    private static Run tauraro(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void same(String stdin, Map<String, String> env, String... args) throws Exception {
        Run expected = python(stdin, env, args);
        assertThat(tauraro(stdin, env, args)).as("tauraro %s", List.of(args)).isEqualTo(expected);
    }

    private static void same(String... args) throws Exception {
        same("", Map.of(), args);
    }

    private static String path(String name) {
        return dir.resolve(name).toString();
    }

    private static final String ARGV = "import sys; print(sys.argv, sys.orig_argv, sys.executable, __name__)\n";

    @Test
    void usageErrorsPrintPython3sMessageAndExit2() throws Exception {
        same("-Z");
        same("-c");
        same("-m");
        same("--foo");
        same("-X");
        same("-W");
        same("-qZ");
    }

    @Test
    void intMaxStrDigitsComesFromDashXThenTheEnvironmentVariable() throws Exception {
        String limit = "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys._xoptions)\n"
                + "try:\n    print(len(str(10 ** 700)))\nexcept ValueError as e:\n    print(e)\n"
                + "try:\n    print(int('7' * 5000) > 0)\nexcept ValueError as e:\n    print(e)\n";
        same("-c", limit);
        same("-X", "int_max_str_digits=640", "-c", limit);
        same("-X", "int_max_str_digits=0", "-c", limit);
        same("-Xint_max_str_digits=5000", "-c", limit);
        Map<String, String> env = Map.of("TAURARO_INTMAXSTRDIGITS", "700");
        same("", env, "-c", limit);
        same("", env, "-X", "int_max_str_digits=0", "-c", limit); // the option wins
        same("", env, "-E", "-c", limit);                          // -E: the variable is ignored
        same("", Map.of("TAURARO_INTMAXSTRDIGITS", ""), "-c", limit);
        // refused values end the command before anything runs, with python3's message
        same("-X", "int_max_str_digits=639", "-c", "print(1)");
        same("-X", "int_max_str_digits", "-c", "print(1)");
        same("-X", "int_max_str_digits=-1", "-c", "print(1)");
        // a main script's decimal literals meet the limit the command sets, parsed before anything runs
        write("huge.py", "x = " + "1".repeat(5000) + "\nprint(x % 10)\n");
        same("-X", "int_max_str_digits=0", path("huge.py"));
        same("", Map.of("TAURARO_INTMAXSTRDIGITS", "0"), path("huge.py"));
        Run refused = tauraro("", Map.of(), path("huge.py"));
        assertThat(refused.code()).isEqualTo(python("", Map.of(), path("huge.py")).code()).isEqualTo(1);
        assertThat(refused.err()).endsWith("SyntaxError: Exceeds the limit (4300 digits) for integer string "
                + "conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - "
                + "Consider hexadecimal for huge integer literals to avoid decimal conversion limits.\n");
        for (String bad : List.of("12", "lots")) {
            // python3 names its own variable in the message
            Map<String, String> badEnv = Map.of("TAURARO_INTMAXSTRDIGITS", bad);
            Run expected = python("", badEnv, "-c", "print(1)");
            assertThat(tauraro("", badEnv, "-c", "print(1)")).isEqualTo(new Run(expected.code(), expected.out(),
                    expected.err().replace("PYTHONINTMAXSTRDIGITS", "TAURARO_INTMAXSTRDIGITS")));
        }
    }

    @Test
    void standardInputIsTheScriptWithoutArgumentsOrWithADash() throws Exception {
        same(ARGV, Map.of());
        same(ARGV, Map.of(), "-");
        same(ARGV, Map.of(), "-", "a", "-c", "b");
        same(ARGV, Map.of(), "-q", "-u", "-", "x");
    }

    @Test
    void dashCSetsArgvOrigArgvAndEndsTheOptions() throws Exception {
        same("-c", ARGV, "a", "-q", "--", "b");
        same("-uc", ARGV, "x");
        same("-c" + ARGV);
        same("-B", "-E", "-s", "-c", ARGV);
    }

    @Test
    void flagsReflectTheOptions() throws Exception {
        String flags = "import sys; print(sys.flags); print(sys.flags.quiet, sys.flags.inspect, len(sys.flags))";
        same("-c", flags);
        same("-q", "-E", "-s", "-S", "-B", "-c", flags);
        same("-I", "-O", "-b", "-c", flags);
        same("-X", "dev", "-X", "a=b", "-W", "error", "-Wignore::DeprecationWarning", "-c",
                "import sys; print(sys.flags.dev_mode, sys._xoptions, sys.warnoptions)");
    }

    @Test
    void osExitEndsTheRunAtOnceWithItsCode() throws Exception {
        // flushed output stays; finally blocks and atexit callbacks do not run
        same("-c", String.join("\n", "import atexit, os",
                "atexit.register(print, 'atexit not run')",
                "try:",
                "    print('before', flush=True)",
                "    os._exit(7)",
                "finally:",
                "    print('finally not run')"));
        same("-c", "import os; os._exit(0)");
    }

    @Test
    void missingFilesAndModulesAreReportedAsPython3Does() throws Exception {
        same(path("nofile.py"), "x");
        same("-m", "nonexistent");
        same("-m", "pkg.sub", "a");   // a package without __main__ (found through the path below)
    }

    @Test
    void dashMRunsAModuleOrAPackageAsMain() throws Exception {
        Map<String, String> env = Map.of("TAURARO_PATH", dir.toString());
        same("", env, "-m", "pkg.mod", "x", "-y");
        same("", env, "-m", "pkg", "x");
        same("", env, "-m", "pkg.sub", "a");
        same("", env, "-m", "pkg.nothere");
        same("", env, "-m", "pkg.helper.x");
        same("", env, "-E", "-m", "pkg.mod");  // -E: the path variable is ignored
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // eighteen runs of python3 and the command
    void dashMJsonToolValidatesAndPrettyPrintsAsPython3s() throws Exception {
        write("doc.json", "{\"b\": [1, 2.5, {\"z\": null, \"a\": true}], \"a\": \"caf\u00e9 \\u2603\", \"e\": {}, \"l\": []}");
        write("bad.json", "{\"a\": [1, 2,]}\n");
        write("lines.json", "{\"n\": 1}\n[1, 2]\n\"x\"\nnope\n");
        String doc = path("doc.json");
        same("-m", "json.tool", doc);
        same("-m", "json.tool", "--sort-keys", "--indent", "2", doc);
        same("-m", "json.tool", "--tab", "--no-ensure-ascii", doc);
        same("-m", "json.tool", "--compact", "--sort-keys", doc);
        same("{\"from\": \"stdin\"}", Map.of(), "-m", "json.tool");
        same("[1,\n2]", Map.of(), "-m", "json.tool", "-");
        same("-m", "json.tool", "--json-lines", "--compact", path("lines.json"));  // written up to the bad line
        same("-m", "json.tool", path("bad.json"));
        same("-m", "json.tool", path("nothere.json"));
        same("-m", "json.tool", "--tab", "--compact", doc);
        same("-m", "json.tool", "--indent", "x", doc);
        same("-m", "json.tool", "-h");
        Path python = dir.resolve("out-python.json");
        Path ours = dir.resolve("out-tauraro.json");
        python("", Map.of(), "-m", "json.tool", "--sort-keys", doc, python.toString());
        assertThat(tauraro("", Map.of(), "-m", "json.tool", "--sort-keys", doc, ours.toString()))
                .isEqualTo(new Run(0, "", ""));
        assertThat(Files.readString(ours)).isEqualTo(Files.readString(python));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // five runs of python3 and the command
    void dashMUnittestDiscoversOrRunsTheNamedTestsAsPython3s() throws Exception {
        write("utests/ut_pkg/__init__.py", "");
        write("utests/ut_pkg/test_one.py", String.join("\n",
                "import unittest",
                "class T(unittest.TestCase):",
                "    def test_pass(self):",
                "        self.assertTrue(True)",
                "    def test_fail(self):",
                "        self.assertEqual(1, 2)",
                "    @unittest.expectedFailure",
                "    def test_expected(self):",
                "        self.fail('known')",
                ""));
        write("utests/ut_pkg/inner/__init__.py", "");
        write("utests/ut_pkg/inner/test_two.py", String.join("\n",
                "import unittest",
                "class U(unittest.TestCase):",
                "    @unittest.skip('not today')",
                "    def test_skipped(self):",
                "        pass",
                "    def test_ok(self):",
                "        pass",
                ""));
        write("utests/ut_pkg/inner/helper.py", "raise RuntimeError('not a test module: never imported')\n");
        write("utests/ut_pkg/noinit/test_three.py", "raise RuntimeError('not in a package: never imported')\n");
        String top = path("utests");
        sameTestRun(Map.of(), "-m", "unittest", "discover", "-s", top);
        sameTestRun(Map.of(), "-m", "unittest", "discover", "-v", "-s", path("utests/ut_pkg/inner"), "-t", top);
        sameTestRun(Map.of(), "-m", "unittest", "discover", "-q", "-p", "*_two.py", top);
        sameTestRun(Map.of("TAURARO_PATH", top), "-m", "unittest", "-v", "ut_pkg.test_one.T.test_pass", "ut_pkg.inner");
        sameTestRun(Map.of(), "-m", "unittest", "-h");
    }

    /** As {@link #same}, with the test run's duration and the program's name (python3's or the command's) left out. */
    private static void sameTestRun(Map<String, String> env, String... args) throws Exception {
        Run expected = python("", env, args);
        Run actual = tauraro("", env, args);
        assertThat(actual.code()).as("tauraro %s", List.of(args)).isEqualTo(expected.code());
        assertThat(testRun(actual.out())).isEqualTo(testRun(expected.out()));
        assertThat(testRun(actual.err())).as("tauraro %s", List.of(args)).isEqualTo(testRun(expected.err()));
    }

    private static String testRun(String text) {
        return text.replaceAll("Ran (\\d+) tests? in [0-9.]+s", "Ran $1 tests in Xs")
                .replaceAll("\\S+ -m unittest", "PROGRAM -m unittest");
    }

    @Test
    void aScriptImportsFromItsDirectoryThenThePathVariableWithPackagesAndRelativeImports() throws Exception {
        same("", Map.of("TAURARO_PATH", dir.toString()), path("app/main.py"));
        same("", Map.of("TAURARO_PATH", "/nonexistent:" + dir), path("app/main.py"));
        same("", Map.of(), path("app/relative.py"));
        same("", Map.of("TAURARO_PATH", dir.toString()), "-c",
                // the temporary directory's entry only: a checkout may itself live under /tmp
                "import os, sys; print(sys.path[0], [p for p in sys.path if os.path.basename(p).startswith('junit')])");
    }

    @Test
    void warningOptionsBecomeFilters() throws Exception {
        String code = String.join("\n",
                "import warnings",
                "warnings.warn('shown')",
                "try:",
                "    warnings.warn('dep', DeprecationWarning)",
                "except DeprecationWarning as e:",
                "    print('raised', e)",
                "");
        same("-W", "error::DeprecationWarning", "-c", code);
        same("-W", "ignore", "-c", code);
        same("-W", "bogus", "-W", "ignore::Foo", "-W", "error::DeprecationWarning:mod:x", "-W", "a:b:c:d:e:f", "-c",
                code);
    }

    @Test
    void dashIRunsThePromptOnStandardInputAfterTheScript() throws Exception {
        String session = String.join("\n",
                "x",
                "print(x * 2)",
                "for i in range(2):",
                "    i",
                "",
                "_",
                "1/0",
                "def f():",
                "    return 5",
                "",
                "f()",
                "'text'",
                "None",
                "exit",
                "if x:",
                "  y = (1,",
                "       2)",
                "",
                "y",
                "");
        same(session, Map.of(), "-i", "-c", "x = 21");
        same("print(x)\n", Map.of(), "-i", "-c", "import sys; x = 1; sys.exit(3)");
        same("print(x)\nimport sys; sys.exit(4)\nprint('not reached')\n", Map.of(), "-i", "-c", "x = 1; 1/0");
        same("exit(7)\n", Map.of(), "-q", "-i", "-c", "pass");
        same("quit()\n", Map.of(), "-i", "-c", "pass");
        same("def broken(:\nx\n", Map.of(), "-i", "-c", "x = 2");
    }

    @Test
    void dashIWithoutAScriptShowsTheBannerOnAPipeUnlessQuiet() throws Exception {
        same("1 + 1\n", Map.of(), "-q", "-i");
        Run py = python("1 + 1\n", Map.of(), "-i");
        Run ours = tauraro("1 + 1\n", Map.of(), "-i");
        assertThat(py.err()).startsWith("Python 3.");
        assertThat(ours.err()).startsWith(Repl.banner() + "\n");
        // python3's banner has two lines, as the command's
        assertThat(ours.err().substring(Repl.banner().length() + 1)).isEqualTo(py.err().substring(py.err().indexOf(">>> ")));
        assertThat(new Run(ours.code(), ours.out(), "")).isEqualTo(new Run(py.code(), py.out(), ""));
    }

    @Test
    void helpFollowsPython3sLayoutAndListsItsOptions() throws Exception {
        Run py = python("", Map.of(), "-h");
        Run ours = tauraro("", Map.of(), "-h");
        assertThat(ours.code()).isEqualTo(py.code()).isZero();
        String[] ourLines = ours.out().split("\n");
        String[] pyLines = py.out().split("\n");
        assertThat(ourLines[0]).isEqualTo(pyLines[0]);
        assertThat(ourLines[1]).isEqualTo(pyLines[1]);
        Pattern option = Pattern.compile("^(-[A-Za-z?]( \\w+)?) *: ", Pattern.MULTILINE);
        List<String> pyOptions = new ArrayList<>();
        Matcher m = option.matcher(py.out());
        while (m.find()) {
            pyOptions.add(m.group(1));
        }
        assertThat(pyOptions).contains("-c cmd", "-m mod", "-i", "-q");
        for (String o : pyOptions) {
            if (!o.equals("-?")) {
                assertThat(ours.out()).as("help lists %s", o).containsPattern("(?m)^" + Pattern.quote(o) + " *: ");
            }
        }
        assertThat(ours.out()).contains("\nArguments:\n", "TAURARO_PATH");
        assertThat(tauraro("", Map.of(), "--help").out()).isEqualTo(ours.out());
    }

    @Test
    void versionGoesToStandardOutput() throws Exception {
        Run py = python("", Map.of(), "-V");
        Run ours = tauraro("", Map.of(), "--version");
        assertThat(ours.code()).isEqualTo(py.code()).isZero();
        assertThat(ours.err()).isEqualTo(py.err()).isEmpty();
        assertThat(ours.out()).isEqualTo(Main.VERSION + "\n");
        assertThat(tauraro("", Map.of(), "-VV").out()).startsWith(Main.VERSION + " on Java ");
    }

    @Test
    void importTimeReportsEachImportNestedUnderItsImporter() throws Exception {
        Map<String, String> env = new HashMap<>(Map.of("TAURARO_PATH", dir.toString()));
        Run py = python("", env, "-X", "importtime", "-c", "import pkg.mod");
        Run ours = tauraro("", env, "-X", "importtime", "-c", "import pkg.mod");
        assertThat(ours.out()).isEqualTo(py.out());
        assertThat(userImports(ours.err())).isEqualTo(userImports(py.err()));
        assertThat(ours.err()).startsWith("import time: self [us] | cumulative | imported package\n");
    }

    /** The -X importtime lines of the fixture's modules, with the times left out. */
    private static List<String> userImports(String report) {
        List<String> r = new ArrayList<>();
        for (String line : report.split("\n")) {
            Matcher m = Pattern.compile("^import time: +\\d+ \\| +\\d+ \\| (( *)pkg.*)$").matcher(line);
            if (m.matches()) {
                r.add(m.group(1));
            }
        }
        return r;
    }
}
