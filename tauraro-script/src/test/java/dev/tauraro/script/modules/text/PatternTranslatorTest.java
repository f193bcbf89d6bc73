package dev.tauraro.script.modules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternTranslatorTest {
    private static Pattern java(String python, int flags) {
        return Pattern.compile(PatternTranslator.translate(python, flags, false).javaPattern());
    }

    @Test
    void javaClassMetacharactersInsideAPythonClassStayLiteral() {
        // [&&x] and [[] are unions of literal characters in Python; in Java && is intersection and [ nests
        assertThat(java("[&&x]", 0).matcher("&").matches()).isTrue();
        assertThat(java("[[]", 0).matcher("[").matches()).isTrue();
    }

    @Test
    void dollarMatchesBeforeAFinalNewlineOnlyWithoutMultiline() {
        assertThat(java("a$", 0).matcher("a\n").find()).isTrue();
        assertThat(java("a$", 0).matcher("a\n\n").find()).isFalse();
        assertThat(java("a$", PatternTranslator.MULTILINE).matcher("a\n\n").find()).isTrue();
    }

    @Test
    void caretInMultilineMatchesAfterAFinalNewlineAsPythonDoes() {
        var m = java("^", PatternTranslator.MULTILINE).matcher("a\n");
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertThat(count).isEqualTo(2);
    }

    @Test
    void aBackReferenceIsOneItemForAQuantifierAndDoesNotSwallowADigitAfterIt() {
        assertThat(java("(a)\\1{2}", 0).matcher("aaa").matches()).isTrue();
        assertThat(java("(a)\\1(?#x)0", 0).matcher("aa0").matches()).isTrue();
    }

    @Test
    void groupNamesAreKeptApartFromJavaSoPythonIdentifiersWork() {
        PatternTranslator t = PatternTranslator.translate("(?P<día_1>x)(?P=día_1)", 0, false);
        assertThat(t.names).containsEntry("día_1", 1);
        assertThat(Pattern.compile(t.javaPattern()).matcher("xx").matches()).isTrue();
    }

    @Test
    void unicodeAndAsciiClassesFollowPython() {
        assertThat(java("\\w+", 0).matcher("é²").matches()).isTrue(); // ² is numeric: a word character in Python
        assertThat(java("\\w", PatternTranslator.ASCII).matcher("é").matches()).isFalse();
        assertThat(java("\\s", 0).matcher("\u001c").matches()).isTrue(); // str.isspace() counts the separators
        assertThat(java("\\d", 0).matcher("\u0663").matches()).isTrue();
    }

    @Test
    void verboseDropsWhitespaceAndCommentsButNotInClassesOrEscaped() {
        assertThat(java("(?x) a [ ] \\  # c\n b", 0).matcher("a  b").matches()).isTrue();
    }

    @Test
    void errorsCarryCPythonsMessageAndPosition() {
        assertThatThrownBy(() -> PatternTranslator.translate("ab(c", 0, false))
                .isInstanceOfSatisfying(PatternTranslator.SyntaxProblem.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("missing ), unterminated subpattern");
                    assertThat(e.pos).isEqualTo(2);
                });
        assertThatThrownBy(() -> PatternTranslator.translate("a{2}*", 0, false))
                .hasMessage("multiple repeat");
        assertThatThrownBy(() -> PatternTranslator.translate("(?<=ab|c)", 0, false))
                .hasMessage("look-behind requires fixed-width pattern");
    }
}
