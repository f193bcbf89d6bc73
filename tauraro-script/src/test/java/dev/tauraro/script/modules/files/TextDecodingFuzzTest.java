package dev.tauraro.script.modules.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tauraro.script.runtime.Codecs;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Jazzer fuzz test of {@code open()}'s text decoding: random bytes read back through a text file
 * (utf-8 with the strict, replace and surrogateescape handlers, latin-1, cp1252, utf-8-sig, utf-16 and
 * unicode_escape, whose characters and escapes span the reader's chunks; every newline mode; by
 * read(), read(n) and line iteration) either decode or raise a Python exception, never a Java one.
 * Reading never loses or invents bytes: what a one-to-one codec decodes without newline translation
 * encodes back to the file's bytes, and the three ways of reading give the same text.
 *
 * <p>A normal test run replays {@code TextDecodingFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-script test -Dtest=TextDecodingFuzzTest}.
 */
class TextDecodingFuzzTest {
    private static final String[][] CODECS = {{"utf-8", "strict"}, {"utf-8", "replace"},
        {"utf-8", "surrogateescape"}, {"latin-1", "strict"}, {"cp1252", "strict"}, {"utf-8-sig", "replace"},
        {"utf-16", "strict"}, {"utf-16", "replace"}, {"unicode_escape", "strict"}, {"unicode_escape", "replace"}};
    /** The codecs whose decoding is one-to-one, so that the text encodes back to the same bytes. */
    private static final List<String> ONE_TO_ONE = List.of("utf-8", "latin-1", "cp1252");
    private static final String[] NEWLINES = {null, "", "\n", "\r", "\r\n"};
    private final PrintStream ps = new PrintStream(PrintStream.nullOutputStream());
    private final IoTypes types = IoTypes.of(new Interpreter(ps, ps, List.of("x.py"), true));

    @FuzzTest(maxDuration = "60s")
    void decodingRandomBytesOnlyRaisesPythonExceptions(FuzzedDataProvider data) throws IOException {
        String[] codec = CODECS[data.consumeInt(0, CODECS.length - 1)];
        String newline = NEWLINES[data.consumeInt(0, NEWLINES.length - 1)];
        int size = data.consumeInt(1, 70000);
        byte[] bytes = data.consumeRemainingAsBytes();
        if (data.remainingBytes() == 0 && bytes.length > 0 && size > 60000) {
            // long inputs cross the reader's 64 KiB chunks: repeat the bytes up to the size asked
            byte[] longer = new byte[size];
            for (int i = 0; i < size; i++) {
                longer[i] = bytes[i % bytes.length];
            }
            bytes = longer;
        }
        Path file = Files.createTempFile("fuzz", ".txt");
        try {
            Files.write(file, bytes);
            String whole = read(file, codec, newline, -1);
            String pieces = read(file, codec, newline, Math.max(1, size % 5000));
            String lines = read(file, codec, newline, 0);
            if (whole != null) {
                assertThat(pieces).isEqualTo(whole);
                assertThat(lines).isEqualTo(whole);
                if ("".equals(newline) && !codec[1].equals("replace") && ONE_TO_ONE.contains(codec[0])) {
                    assertThat(Codecs.encode(whole, codec[0], codec[1]).bytes()).isEqualTo(bytes);
                }
            } else {
                assertThat(codec[1]).isEqualTo("strict"); // only the strict handler refuses bytes
            }
        } finally {
            Files.delete(file);
        }
    }

    /** The file's text read whole (n < 0), n characters at a time (n > 0) or by lines (0); null on a decode error. */
    private String read(Path file, String[] codec, String newline, int n) {
        TextFile f = TextFile.wrap(types, FileIO.open(types, file.toString(), "r", true), "r", codec[0], codec[1],
                newline == null ? PyNone.NONE : newline);
        try {
            if (n < 0) {
                return f.read(-1);
            }
            StringBuilder out = new StringBuilder();
            while (true) {
                Object piece = n > 0 ? f.read(n) : f.next();
                if (piece == null || ((String) piece).isEmpty()) {
                    return out.toString();
                }
                out.append((String) piece);
            }
        } catch (PyException e) {
            assertThat(e.getMessage()).startsWith("UnicodeDecodeError");
            return null;
        } finally {
            f.doClose();
        }
    }
}
