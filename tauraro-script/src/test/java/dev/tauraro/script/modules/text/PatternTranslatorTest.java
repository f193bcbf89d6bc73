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
    void classEscapesSpelledAsciiFirstMatchTheUnicodePropertiesAtEveryCodePoint() {
        // \\d \\w \\s are spelled for speed (ASCII ranges, then a property beyond ASCII); over every
        // code point they match exactly what the plain properties do: alone, negated, in a class
        // with other items and in a negated one
        String[][] escapes = {
            {"\\d", "\\p{Nd}"}, {"\\w", "\\p{L}\\p{N}_"}, {"\\s", "\\p{IsWhite_Space}\\x1c-\\x1f"}};
        for (String[] e : escapes) {
            String upper = e[0].toUpperCase(java.util.Locale.ROOT);
            java.util.regex.Matcher[][] pairs = {
                {java(e[0], 0).matcher(""), Pattern.compile("[" + e[1] + "]").matcher("")},
                {java(upper, 0).matcher(""), Pattern.compile("[^" + e[1] + "]").matcher("")},
                {java("[x" + e[0] + "]", 0).matcher(""), Pattern.compile("[x" + e[1] + "]").matcher("")},
                {java("[^x" + e[0] + "]", 0).matcher(""), Pattern.compile("[^x" + e[1] + "]").matcher("")},
                {java("[x" + upper + "]", 0).matcher(""), Pattern.compile("[x[^" + e[1] + "]]").matcher("")}};
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                String c = Character.toString(cp);
                for (java.util.regex.Matcher[] m : pairs) {
                    boolean ours = m[0].reset(c).matches();
                    if (ours != m[1].reset(c).matches()) {
                        throw new AssertionError(m[0].pattern() + " on U+" + Integer.toHexString(cp) + ": " + ours);
                    }
                }
            }
        }
        // and \\s is str.isspace's whitespace, U+0085 and the no-break spaces included
        var space = java("\\s", 0).matcher("");
        for (char c = 0; c < 0x3001; c++) {
            assertThat(space.reset(String.valueOf(c)).matches()).as("U+%04x", (int) c)
                    .isEqualTo(dev.tauraro.script.runtime.Whitespace.is(c));
        }
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
