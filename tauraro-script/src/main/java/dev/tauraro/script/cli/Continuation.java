package dev.tauraro.script.cli;

import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.util.Set;

/**
 * Whether the lines typed at the prompt so far make a complete input, or the prompt must ask for
 * more with {@code "... "}: as python3's interactive mode decides, an input is incomplete while a
 * bracket or a triple-quoted string is open or a line ends with a backslash, and an input that
 * starts a compound statement ({@code if}, {@code def}, a decorator, ...) ends only with a blank
 * line.
 *
 * <p>The scan knows just enough of the lexical grammar (strings with their prefixes and escapes,
 * comments) to find the brackets that count; anything else wrong with the input is left to the
 * parser, which reports it as a syntax error once the input is complete.
 */
final class Continuation {
    private static final Set<String> COMPOUND = Set.of("if", "while", "for", "try", "with", "def", "class", "async",
            "match");

    private Continuation() {
    }

    /** Whether {@code text} (the lines so far, each ended by a newline) needs more lines. */
    static boolean needsMore(String text) {
        return openBrackets(text) != null;
    }

    /**
     * A syntax error inside the lines typed so far although a bracket is still open (python3 reports
     * {@code def f(:} at once rather than asking for more), else null. Found by parsing the text with
     * its brackets closed: an error that lies within the typed text does not depend on what follows.
     */
    static ScriptSyntaxError earlyError(String text) {
        String open = openBrackets(text);
        if (open == null || open.isEmpty()) {
            return null;
        }
        StringBuilder closed = new StringBuilder(text.stripTrailing());
        for (int i = open.length() - 1; i >= 0; i--) {
            char c = open.charAt(i);
            closed.append(c == '(' ? ')' : c == '[' ? ']' : '}');
        }
        SourceFile typed = new SourceFile("<stdin>", text);
        try {
            Parser.parseFile(new SourceFile("<stdin>", closed.append('\n').toString()));
            return null;
        } catch (ScriptSyntaxError e) {
            int lines = (int) text.chars().filter(ch -> ch == '\n').count();
            String last = typed.lineText(e.line());
            if (e.line() > lines || e.column() > last.stripTrailing().length()) {
                return null; // at the closers or beyond: more input may still make it right
            }
            return new ScriptSyntaxError(e.kind(), e.getMessage(), "<stdin>", e.line(), e.column(), last);
        }
    }

    /**
     * The brackets left open at the end of {@code text}, innermost last ("" for none but more lines
     * needed for another reason), or null when the input is complete.
     */
    private static String openBrackets(String text) {
        StringBuilder stack = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                boolean triple = i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c;
                i += triple ? 3 : 1;
                boolean closed = false;
                while (i < n) {
                    char d = text.charAt(i);
                    if (d == '\\') {
                        i += 2; // an escaped quote, in raw strings too (r"\"" is one string)
                        continue;
                    }
                    if (!triple && d == '\n') {
                        closed = true; // an unterminated one-line string: the parser's error to report
                        break;
                    }
                    if (d == c && (!triple || i + 2 < n && text.charAt(i + 1) == c && text.charAt(i + 2) == c)) {
                        i += triple ? 3 : 1;
                        closed = true;
                        break;
                    }
                    i++;
                }
                if (!closed) {
                    return "";
                }
                continue;
            } else if (c == '(' || c == '[' || c == '{') {
                stack.append(c);
            } else if ((c == ')' || c == ']' || c == '}') && stack.length() > 0) {
                stack.setLength(stack.length() - 1);
            }
            i++;
        }
        if (stack.length() > 0) {
            return stack.toString();
        }
        String trimmed = stripTrailingNewline(text);
        if (trimmed.endsWith("\\")) {
            return "";
        }
        if (!startsCompound(text)) {
            return null;
        }
        // a compound statement ends with an empty (or all blank) line
        String body = stripTrailingNewline(text);
        int last = body.lastIndexOf('\n');
        return last < 0 || !body.substring(last + 1).isBlank() ? "" : null;
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Whether the first line begins a compound statement (or a decorator). */
    private static boolean startsCompound(String text) {
        String first = text.strip();
        if (first.startsWith("@")) {
            return true;
        }
        int end = 0;
        while (end < first.length() && Character.isJavaIdentifierPart(first.charAt(end))) {
            end++;
        }
        String word = first.substring(0, end);
        if (!COMPOUND.contains(word)) {
            return false;
        }
        if (word.equals("match")) {
            // a soft keyword: "match = 1" or "match(x)" is not a match statement
            int nl = first.indexOf('\n');
            String line = (nl < 0 ? first : first.substring(0, nl)).strip();
            return line.endsWith(":") && end < line.length() && line.charAt(end) == ' ';
        }
        return true;
    }
}
