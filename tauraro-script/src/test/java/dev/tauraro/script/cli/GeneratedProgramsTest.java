package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every generated program (see {@link dev.tauraro.script.gen.Programs}) prints, exits and fails
 * as CPython 3.11 did with it, on the recorded transcripts. All disagreements are reported at once,
 * each with the program's number (print a program with {@code Programs.program(n)}).
 */
@Timeout(600)
class GeneratedProgramsTest {
    @Test
    void generatedProgramsBehaveAsUnderCPython() throws IOException {
        List<GeneratedPrograms.Transcript> recorded = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream(GeneratedPrograms.RESOURCE)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                recorded.add(GeneratedPrograms.fromLine(line));
            }
        }
        assertThat(recorded).as("recorded programs").hasSizeGreaterThanOrEqualTo(2_000);
        List<String> disagreements = new ArrayList<>();
        for (GeneratedPrograms.Transcript expected : recorded) {
            GeneratedPrograms.Transcript actual = GeneratedPrograms.runHere(expected.n());
            if (!actual.sha().equals(expected.sha())) {
                disagreements.add("program " + expected.n() + ": the generator no longer makes the recorded program;"
                        + " re-record the transcripts (RecordTranscripts)");
            } else if (!actual.equals(expected)) {
                disagreements.add("program " + expected.n() + ":\n  expected " + expected + "\n  actual   " + actual);
            }
        }
        assertThat(disagreements).as("%d of %d programs disagree with CPython", disagreements.size(), recorded.size())
                .isEmpty();
    }
}
