package dev.tauraro.script.cli;

import dev.tauraro.script.gen.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Records the CPython transcripts of the generated programs (run once, then committed):
 * <pre>
 * ./mvnw -B -q -o -pl tauraro-script -am -DskipTests test-compile
 * java -cp "$(cat cp.txt):tauraro-script/target/test-classes:tauraro-script/target/classes" \
 *     dev.tauraro.script.cli.RecordTranscripts 2500 tauraro-script/src/test/resources/gen/transcripts.jsonl
 * </pre>
 * (cp.txt: {@code ./mvnw -q -o -pl tauraro-script dependency:build-classpath -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test}). Each program runs under {@code /usr/bin/python3} (CPython 3.11) as
 * {@code gen_N.py} in a temporary directory, with a 20 s bound.
 */
public final class RecordTranscripts {
    private RecordTranscripts() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        Path dir = Files.createTempDirectory("gen");
        List<String> lines = new ArrayList<>();
        for (long n = 0; n < count; n++) {
            String program = Programs.program(n);
            Path file = dir.resolve(GeneratedPrograms.fileName(n));
            Files.writeString(file, program);
            Process p = new ProcessBuilder("/usr/bin/python3", file.getFileName().toString()).directory(dir.toFile())
                    .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("program " + n + " did not finish in 20 s under CPython");
            }
            String out = Files.readString(dir.resolve("out"), StandardCharsets.UTF_8);
            String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
            lines.add(GeneratedPrograms.toLine(GeneratedPrograms.of(n, program, p.exitValue(), out, err)));
            Files.delete(file);
        }
        Files.write(target, lines, StandardCharsets.UTF_8);
        System.out.println("recorded " + count + " transcripts in " + target);
    }
}
