package dev.tauraro.script.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tauraro.script.gen.Programs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The generated programs' transcripts: what CPython 3.11 did with program {@code n} of
 * {@link Programs}, as the conformance tests compare it (stdout and exit code exactly; of stderr,
 * the traceback's entries and the error line). One JSON object per line in
 * {@code src/test/resources/gen/transcripts.jsonl}; {@code sha} is the program's SHA-256, so a
 * changed generator is caught rather than compared against another program's transcript.
 */
final class GeneratedPrograms {
    static final String RESOURCE = "/gen/transcripts.jsonl";
    static final ObjectMapper JSON = new ObjectMapper();

    record Transcript(long n, String sha, int code, String out, List<String> frames, String last) {
    }

    private GeneratedPrograms() {
    }

    /** The file name program {@code n} runs under, on both sides (tracebacks name it). */
    static String fileName(long n) {
        return "gen_" + n + ".py";
    }

    static String sha(String program) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(program.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The transcripts were recorded before tracebacks drew CPython's {@code ^^^^} markers, and
     * keep frames as file, line and function only: the markers are compared by the conformance
     * scripts in {@code errors/}, not here.
     */
    static Transcript of(long n, String program, int code, String out, String err) {
        List<String> frames = ConformanceTest.frames(err).stream().map(f -> f.split("\n", 2)[0]).toList();
        return new Transcript(n, sha(program), code, out, frames, ConformanceTest.lastLine(err));
    }

    static String toLine(Transcript t) {
        try {
            return JSON.writeValueAsString(t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Transcript fromLine(String line) {
        try {
            return JSON.readValue(line, Transcript.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs program {@code n} in-process, as ConformanceTest runs a script. */
    static Transcript runHere(long n) throws IOException {
        String program = Programs.program(n);
        ConformanceTest.Result r = ConformanceTest.run(fileName(n), program);
        return of(n, program, r.code(), r.out(), r.err());
    }

    static Path resourceDir() {
        return Path.of("src/test/resources/gen");
    }
}
