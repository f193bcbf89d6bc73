package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Expr;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CPython's hint for {@code =} written for {@code ==} in an {@code if}, {@code elif} or
 * {@code while} condition: {@code if x = 1:} marks {@code x = 1} with "invalid syntax. Maybe you meant
 * '==' or ':=' instead of '='?"; a target that is not a name ({@code if x.a = 1:}) is marked alone
 * with "cannot assign to attribute here. Maybe you meant '==' instead of '='?"; any other left side
 * ({@code if a < b = 1:}) gets the plain "invalid syntax" under the {@code =}.
 */
final class ConditionAssign {
    private ConditionAssign() {
    }

    private static final Pattern HEAD = Pattern.compile("^(if|elif|while)\\b");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    /** Words that end the operand after {@code =} (CPython reads a bitwise_or there). */
    private static final Set<String> ENDS_OPERAND = Set.of("and", "or", "if", "else", "not", "in", "is", "for");

    /**
     * The error for the line starting at {@code lineStart} whose code (comment stripped) is
     * {@code code}, where parsing stopped at {@code offset}; null when that is no condition with a
     * stray {@code =} before the offset (an {@code elif} without an {@code if} fails before it).
     */
    static ScriptSyntaxError check(SourceFile src, int lineStart, String code, int offset) {
        int indent = code.length() - code.stripLeading().length();
        java.util.regex.Matcher head = HEAD.matcher(code.substring(indent));
        if (!head.find()) {
            return null;
        }
        int from = indent + head.end();
        int eq = topLevelAssign(code, from);
        if (eq < 0 || lineStart + eq > offset) {
            return null;
        }
        String left = code.substring(from, eq);
        if (left.isBlank()) {
            return ScriptSyntaxError.range(src, lineStart + eq, lineStart + eq + 1, "invalid syntax");
        }
        int leftStart = from + (left.length() - left.stripLeading().length());
        int leftEnd = from + left.stripTrailing().length();
        String target = code.substring(leftStart, leftEnd);
        int rightEnd = operandEnd(code, eq + 1);
        boolean rightOk = rightEnd > eq + 1 && !code.substring(eq + 1, rightEnd).isBlank()
                && !startsAssign(code, rightEnd);
        if (rightOk && NAME.matcher(target).matches() && !KEYWORDS.contains(target)) {
            return ScriptSyntaxError.range(src, lineStart + leftStart, lineStart + rightEnd,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        Expr e = rightOk && !target.isEmpty() ? parseOrNull(target) : null;
        if (e != null && (isBitwiseOr(e) || enclosed(target)) && !excluded(target, e)) {
            while (enclosed(code.substring(leftStart, leftEnd))) { // the node's place is inside its brackets
                String inner = code.substring(leftStart + 1, leftEnd - 1);
                leftEnd = leftStart + 1 + inner.stripTrailing().length();
                leftStart += 1 + inner.length() - inner.stripLeading().length();
            }
            return ScriptSyntaxError.range(src, lineStart + leftStart, lineStart + leftEnd,
                    "cannot assign to " + ExprNames.describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
        return ScriptSyntaxError.range(src, lineStart + eq, lineStart + eq + 1, "invalid syntax");
    }

    /** The first {@code =} outside brackets and strings that is no part of another operator; -1 if none. */
    private static int topLevelAssign(String code, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == ':' && !(i + 1 < code.length() && code.charAt(i + 1) == '=')) {
                return -1; // the condition ended
            } else if (depth == 0 && c == '=') {
                char before = i > 0 ? code.charAt(i - 1) : ' ';
                char after = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
                if (after == '=') {
                    i++; // '=='
                } else if ("=!<>:+-*/%&|^@".indexOf(before) < 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Where the operand after the {@code =} ends: at a comparison, a boolean word, a comma, a colon or another '='. */
    private static int operandEnd(String code, int from) {
        int depth = 0;
        char quote = 0;
        int end = from;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                end = i + 1;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && ("=<>!,:".indexOf(c) >= 0)) {
                return end;
            } else if (depth == 0 && Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(code.charAt(i - 1)))) {
                java.util.regex.Matcher m = NAME.matcher(code).region(i, code.length());
                if (m.lookingAt() && ENDS_OPERAND.contains(m.group()) && i > from) {
                    return end;
                }
            }
            if (c != ' ' && c != '\t') {
                end = i + 1;
            }
        }
        return end;
    }

    private static boolean startsAssign(String code, int at) {
        String rest = code.substring(at).stripLeading();
        return rest.startsWith("=") && !rest.startsWith("==") || rest.startsWith(":=");
    }

    private static Expr parseOrNull(String text) {
        try {
            return Parser.parseExpression(new SourceFile("<condition>", text));
        } catch (RuntimeException e) { // only a SyntaxError is expected; any failure just means no hint
            return null;
        }
    }

    /** Whether CPython's bitwise_or rule reads the whole of {@code e} (no comparison, boolean or conditional). */
    private static boolean isBitwiseOr(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr
                || e instanceof Expr.UnaryOp u && u.op().equals("not"));
    }

    /** Whether {@code text} is one bracketed group, {@code (a or b)}: an atom, whatever is inside. */
    private static boolean enclosed(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** CPython does not offer the hint for a left side that starts as a list, tuple or True/None/False. */
    private static boolean excluded(String target, Expr e) {
        return target.startsWith("[") || e instanceof Expr.TupleExpr
                || e instanceof Expr.Comp c && c.kind().equals("gen") && target.startsWith("(")
                || target.equals("True") || target.equals("None") || target.equals("False");
    }
}
