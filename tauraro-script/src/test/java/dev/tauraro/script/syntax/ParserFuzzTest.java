package dev.tauraro.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test: whatever bytes a script holds, the parser either builds an AST or reports a
 * {@link ScriptSyntaxError} that formats like CPython's; any other exception is a bug.
 *
 * <p>In a normal test run this replays the inputs in {@code ParserFuzzTestInputs/} (regression
 * mode). To fuzz, run {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-script test -Dtest=ParserFuzzTest};
 * inputs that fail are written next to the others and then replay forever.
 */
class ParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void theParserOnlyEverFailsWithASyntaxError(FuzzedDataProvider data) {
        String source = data.consumeRemainingAsString();
        try {
            Parser.parseFile(new SourceFile("fuzz.py", source));
        } catch (ScriptSyntaxError e) {
            assertThat(e.format()).contains("fuzz.py").contains("Error").endsWith("\n");
        }
    }
}
