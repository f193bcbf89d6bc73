package dev.tauraro.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The jars on the module path: a JVM started with every runtime dependency as a module (Parboiled
 * and ASM excepted, see tauraro-script's module-info) loads each tauraro module by its name and
 * runs {@link ModulePathMain}. The rest of the suite runs on the class path.
 */
@Timeout(120)
class ModulePathTest {
    @Test
    void eachModuleLoadsByItsNameAndExportsOnlyItsApi() throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        modulePath.add(System.getProperty("tauraro.moduleClasses"));
        String deps = Files.readString(Path.of(System.getProperty("tauraro.runtimeClasspath"))).strip();
        for (String entry : deps.split(File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            (file.startsWith("parboiled-") || file.startsWith("asm-") ? classPath : modulePath).add(entry);
        }
        classPath.add(Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString());
        Path out = Files.createTempFile("module-path", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--module-path", String.join(File.pathSeparator, modulePath),
                    "--add-modules", "dev.tauraro.script",
                    "-cp", String.join(File.pathSeparator, classPath)));
            if (Runtime.version().feature() >= 24) {
                // Parboiled reaches for sun.misc.Unsafe, which JDK 24+ warns about (bin/tauraro passes the same)
                command.add("--sun-misc-unsafe-memory-access=allow");
            }
            command.add(ModulePathMain.class.getName());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(text).isEqualTo(String.join("\n",
                    "dev.tauraro.asyncio named=true automatic=false exports=[dev.tauraro.asyncio]",
                    "dev.tauraro.multiprocessing named=true automatic=false exports=[dev.tauraro.multiprocessing]",
                    "dev.tauraro.httpx named=true automatic=false exports=[dev.tauraro.httpx]",
                    "dev.tauraro.websockets named=true automatic=false exports=[dev.tauraro.websockets]",
                    "dev.tauraro.script named=true automatic=false exports=[dev.tauraro.script]",
                    "asyncio slept",
                    "pool [1, 4, 9]",
                    "httpx dev.tauraro.httpx",
                    "websockets dev.tauraro.websockets",
                    "tauraro 14 in dev.tauraro.script",
                    "jsr223 dev.tauraro.script pypy",
                    "runtime encapsulated", ""));
            assertThat(p.exitValue()).isZero();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
