package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tauraro-dist.zip}, as {@code ./mvnw package} writes it, unpacked away from the source
 * checkout into a read-only directory: {@code bin/tauraro} runs scripts with the JDK running this
 * build, keeps its archives in the user's cache and never reaches for the build. Runs after
 * {@code package} (failsafe), so the zip is the one this build made.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DistributionIT {
    @TempDir
    static Path dir;
    static Path install;
    static Path cache;

    @BeforeAll
    static void unpack() throws IOException {
        // failsafe names the zip; a surefire run that a -Dtest pattern led here has none to test
        String zipFile = System.getProperty("tauraro.distZip");
        assumeTrue(zipFile != null, "run by failsafe after package");
        install = dir.resolve("opt");
        cache = dir.resolve("cache");
        try (ZipFile zip = new ZipFile(zipFile)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                Path to = install.resolve(entry.getName()).normalize();
                assertThat(to.startsWith(install)).as("inside the installation: %s", to).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        // ZipFile does not restore modes (unzip does, from the zip's 0755): as unzip leaves it,
        // then the whole installation read-only, as a system-wide install is for its users
        Files.setPosixFilePermissions(install.resolve("tauraro/bin/tauraro"), PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Stream<Path> all = Files.walk(install)) {
            for (Path p : all.toList()) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r-xr-xr-x"));
                }
            }
        }
        for (String name : List.of("main.py", "helper.py", "main.out")) {
            try (InputStream in = DistributionIT.class.getResourceAsStream("/dist/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }

    @Test
    void aScriptRunsFromTheUnpackedZipWithItsOwnModuleAndTheLibrary() throws Exception {
        Result r = tauraro(null, dir.resolve("main.py").toString(), "a", "b");
        assertThat(r.err).doesNotContain("building");
        assertThat(r.out).isEqualTo(Files.readString(dir.resolve("main.out")));
        assertThat(r.status).isZero();
        try (Stream<Path> kept = Files.list(cache.resolve("tauraro"))) {
            List<Path> folders = kept.toList();
            assertThat(folders).as("one cache folder per installation").hasSize(1);
            // the library's sources copied out of the jar once, read as files from then on
            Path lib = folders.get(0).resolve("ast-cache/lib");
            assertThat(lib.resolve(".complete")).isRegularFile();
            assertThat(lib.resolve("logging.py")).isRegularFile();
            if (Runtime.version().feature() >= 25) {
                // a script run trains (and maps) the scripts' AOT cache, not the prompt's, whose
                // classes would slow every script's start
                try (Stream<Path> caches = Files.list(folders.get(0))) {
                    assertThat(caches.map(c -> c.getFileName().toString()).filter(n -> n.endsWith(".aot")))
                            .singleElement().matches(n -> !n.endsWith("-prompt.aot"), "not the prompt's");
                }
            }
        }
    }

    @Test
    void standardInputAndTheCommandLineFormsWork() throws Exception {
        assertThat(tauraro("print(6 * 7)\n", "-").out).isEqualTo("42\n");
        Result r = tauraro(null, "-c", "import sys; print(sys.argv); raise SystemExit(3)", "x");
        assertThat(r.out).isEqualTo("['-c', 'x']\n");
        assertThat(r.status).isEqualTo(3);
        assertThat(tauraro(null, "--version").out).startsWith("Tauraro ");
    }

    @Test
    void sqlite3LoadsItsNativeLibraryInTheReadOnlyInstallation() throws Exception {
        // the driver's library comes out of the (read-only) installation's jar into the user's cache
        String db = dir.resolve("dist-test.db").toString();
        Result r = tauraro(null, "-c", "import sqlite3\n"
                + "con = sqlite3.connect(" + pythonString(db) + ")\n"
                + "with con:\n"
                + "    con.execute('CREATE TABLE t (x)')\n"
                + "    con.executemany('INSERT INTO t VALUES (?)', [(1,), (2,)])\n"
                + "print(con.execute('SELECT sum(x), sqlite_version() = ? FROM t', (sqlite3.sqlite_version,)).fetchone())\n");
        assertThat(r.err).isEmpty();
        assertThat(r.out).isEqualTo("(3, 1)\n");
        assertThat(r.status).isZero();
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    record Result(String out, String err, int status) {
    }

    /** bin/tauraro of the installation, run from the temporary folder with a fresh HOME and cache. */
    private static Result tauraro(String stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(install.resolve("tauraro/bin/tauraro").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("TAURARO_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("HOME", dir.toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.remove("TAURARO_PATH");
        env.remove("TAURARO_JAVA_OPTS");
        env.remove("JAVA_TOOL_OPTIONS");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try {
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("bin/tauraro ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Result(Files.readString(out), Files.readString(err), p.exitValue());
    }
}
