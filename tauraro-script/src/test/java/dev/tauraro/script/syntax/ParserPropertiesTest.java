package dev.tauraro.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * Fuzzing in miniature (Jazzer is not available to this build offline): random token soups and
 * random characters must either parse or fail with a {@link ScriptSyntaxError}, never with any other
 * exception.
 */
@Timeout(120)
class ParserPropertiesTest {
    private static final String[] TOKENS = {"x", "y", "1", "0x1F", "0b", "1.5e", "1_0", "'s'", "\"t\"", "'''", "f'{x}'",
        "f'{'", "f'}'", "b'\\xff'", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**",
        "/", "//", "%", "@", "<", ">=", "!=", "->", ":=", "\n", "\n    ", "\n  ", "\t", "\\\n", "#c", "if", "else",
        "elif", "for", "in", "while", "def", "class", "return", "yield", "await", "async", "lambda", "try", "except",
        "finally", "with", "as", "import", "from", "not", "and", "or", "is", "None", "True", "pass", "break", "del",
        "global", "nonlocal", "raise", "assert", " ", "  ", "...", "*args", "**kw", "\u00e9", "\r\n"};

    private static void parsesOrReportsASyntaxError(String text) {
        try {
            Parser.parseFile(new SourceFile("fuzz.py", text));
        } catch (ScriptSyntaxError e) {
            assertThat(e.format()).contains("fuzz.py").endsWith("\n");
        }
    }

    @Test
    void randomTokenSequencesNeverCrashTheParser() {
        Gen<String> soup = lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(0, 40)
                .map(ix -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : ix) {
                        sb.append(TOKENS[i]).append(i % 3 == 0 ? " " : "");
                    }
                    return sb.toString();
                });
        qt().withExamples(3000).forAll(soup).checkAssert(ParserPropertiesTest::parsesOrReportsASyntaxError);
    }

    @Test
    void randomCharactersNeverCrashTheParser() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 60))
                .checkAssert(ParserPropertiesTest::parsesOrReportsASyntaxError);
    }

    @Test
    void validProgramsStillParseAfterRandomIndentationOfTheirBodies() {
        qt().forAll(integers().between(1, 8)).checkAssert(width -> {
            String pad = " ".repeat(width);
            String text = "def f(a):\n" + pad + "if a:\n" + pad + pad + "return [a,\n1]\n" + pad + "return None\n";
            assertThat(Parser.parseFile(new SourceFile("ok.py", text))).hasSize(1);
        });
    }

    static List<String> tokens() {
        return List.of(TOKENS);
    }
}
