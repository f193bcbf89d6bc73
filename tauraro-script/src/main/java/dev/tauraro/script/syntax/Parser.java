package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Stmt;
import java.util.List;
import org.parboiled.Parboiled;
import org.parboiled.errors.ParseError;
import org.parboiled.errors.ParserRuntimeException;
import org.parboiled.parserunners.BasicParseRunner;
import org.parboiled.parserunners.ReportingParseRunner;
import org.parboiled.support.ParsingResult;

/**
 * Source text to AST: the {@link Indenter} pre-pass, then the {@link PyGrammar}. Every problem is
 * reported as a {@link ScriptSyntaxError} with CPython's message where we know it.
 */
public final class Parser {
    static {
        // On the module path this module is named and Parboiled is on the class path (its two jars
        // split a package, see module-info.java): read the class path before any grammar class loads.
        Module self = Parser.class.getModule();
        if (self.isNamed()) {
            self.addReads(Parser.class.getClassLoader().getUnnamedModule());
        }
    }

    private Parser() {
    }

    /**
     * Grammars that finished a parse, ready for the next one. Building a grammar's rule graph
     * costs milliseconds (much more before the JIT has warmed up), and every module a script
     * imports from {@code lib/}, and every f-string field, is a parse of its own. A grammar is only
     * put back after a parse that completed: a parse that threw may leave its {@code Var} frames
     * unbalanced. A grammar in use belongs to one parse: an f-string field parsed during a parse
     * takes another one, and so does a parse on another thread.
     */
    private static final java.util.concurrent.ConcurrentLinkedDeque<PyGrammar> IDLE =
            new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** Parses a whole script. @throws ScriptSyntaxError on bad input */
    @SuppressWarnings("unchecked")
    public static List<Stmt> parseFile(SourceFile src) {
        if (src.text().isBlank()) {
            // nothing to parse (the prompt's __main__, an empty __init__.py): no grammar needed
            return new java.util.ArrayList<>();
        }
        Indenter ind = new Indenter(src).run();
        String text = ind.text();
        int[] offsets = ind.offsets();
        PyGrammar g = borrowGrammar(src, offsets);
        ParsingResult<Object> result = run(g, g.File(), text, src, offsets);
        if (!result.matched) {
            throw errorAt(src, text, offsets, furthest(g.File(), text, src, offsets));
        }
        if (g.firstError != null) {
            throw g.firstError;
        }
        giveBack(g);
        return (List<Stmt>) result.resultValue;
    }

    private static PyGrammar newGrammar(SourceFile src, int[] offsets) {
        return prepare(Generated.create(), src, offsets);
    }

    /**
     * Makes grammars. When Parboiled's extension of {@link PyGrammar} is on the class path
     * ({@code bin/tauraro} runs from a jar holding the classes {@link GrammarClasses} wrote), it is instantiated
     * directly: {@code Parboiled.createParser} would find the same class, but only after loading
     * its bytecode transformer and ASM and reflecting on class loaders, about 15 ms of every
     * start-up. Without those classes (tests, plain {@code java -cp}), Parboiled generates them.
     */
    private static final class Generated {
        private static final java.lang.reflect.Constructor<?> CONSTRUCTOR = find();

        private static java.lang.reflect.Constructor<?> find() {
            try {
                Class<?> c = Class.forName(PyGrammar.class.getName() + "$$parboiled", false,
                        PyGrammar.class.getClassLoader());
                return PyGrammar.class.isAssignableFrom(c) ? c.getDeclaredConstructor() : null;
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }

        static PyGrammar create() {
            if (CONSTRUCTOR != null) {
                try {
                    return (PyGrammar) CONSTRUCTOR.newInstance();
                } catch (ReflectiveOperationException e) {
                    // fall through: let Parboiled build it
                }
            }
            return Parboiled.createParser(PyGrammar.class);
        }
    }

    private static PyGrammar borrowGrammar(SourceFile src, int[] offsets) {
        PyGrammar g = IDLE.poll();
        return g != null ? prepare(g, src, offsets) : newGrammar(src, offsets);
    }

    private static PyGrammar prepare(PyGrammar g, SourceFile src, int[] offsets) {
        g.src = src;
        g.offsets = offsets;
        g.fstrings = new FStrings(src, (field, at) -> parseField(src, field, at));
        g.firstError = null;
        g.bareGenerators.clear();
        return g;
    }

    private static void giveBack(PyGrammar g) {
        g.src = null;
        g.offsets = null;
        g.fstrings = null;
        IDLE.push(g);
    }

    private static ParsingResult<Object> run(PyGrammar g, org.parboiled.Rule rule, String text, SourceFile src,
                                             int[] offsets) {
        try {
            return new BasicParseRunner<Object>(rule).run(text);
        } catch (ParserRuntimeException e) {
            Throwable c = e;
            while (c != null && !(c instanceof ScriptSyntaxError)) {
                c = c.getCause();
            }
            if (c != null) {
                throw (ScriptSyntaxError) c;
            }
            throw e;
        }
    }

    private static int furthest(org.parboiled.Rule rule, String text, SourceFile src, int[] offsets) {
        PyGrammar g = newGrammar(src, offsets);
        ParsingResult<Object> r;
        try {
            r = new ReportingParseRunner<Object>(g.File()).run(text);
        } catch (ParserRuntimeException e) {
            return text.length();
        }
        int best = 0;
        for (ParseError pe : r.parseErrors) {
            best = Math.max(best, pe.getStartIndex());
        }
        return best;
    }

    /**
     * Parses the source of {@code eval}: one expression (a tuple without brackets included), with
     * the leading blanks and trailing newlines {@code eval} ignores. @throws ScriptSyntaxError
     */
    public static Expr parseExpression(SourceFile src) {
        String all = src.text();
        int at = 0;
        while (at < all.length() && (all.charAt(at) == ' ' || all.charAt(at) == '\t')) {
            at++;
        }
        String text = all.substring(at).stripTrailing();
        if (text.isEmpty()) {
            throw ScriptSyntaxError.at(src, all.length(), "invalid syntax");
        }
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = at + i;
        }
        PyGrammar g = borrowGrammar(src, offsets);
        ParsingResult<Object> r = run(g, g.FieldExpr(), text.replace('\n', ' '), src, offsets);
        if (!r.matched) {
            throw ScriptSyntaxError.at(src, at, "invalid syntax");
        }
        if (g.firstError != null) {
            throw g.firstError;
        }
        giveBack(g);
        return (Expr) r.resultValue;
    }

    private static Expr parseField(SourceFile src, String field, int at) {
        String text = field.replace('\n', ' ');
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = at + i;
        }
        PyGrammar g = borrowGrammar(src, offsets);
        ParsingResult<Object> r = run(g, g.FieldExpr(), text, src, offsets);
        if (!r.matched) {
            throw ScriptSyntaxError.at(src, at, "f-string: invalid syntax");
        }
        if (g.firstError != null) {
            ScriptSyntaxError e = g.firstError;
            throw new ScriptSyntaxError(e.kind(), "f-string: " + e.getMessage(), src.name(), e.line(), e.column(),
                    src.lineText(e.line()));
        }
        giveBack(g);
        return (Expr) r.resultValue;
    }

    private static ScriptSyntaxError errorAt(SourceFile src, String text, int[] offsets, int index) {
        int i = Math.min(index, text.length() - 1);
        while (i > 0 && i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        i = Math.max(0, Math.min(i, text.length()));
        char c = i < text.length() ? text.charAt(i) : '\n';
        if (c == Indenter.INDENT) {
            boolean afterColon = false;
            int k = i - 2;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            afterColon = k >= 0 && text.charAt(k) == ':';
            if (!afterColon) { // CPython draws no caret under an unexpected indent
                int line = src.line(offsets[i]);
                return new ScriptSyntaxError("IndentationError", "unexpected indent", src.name(), line, 0,
                        src.lineText(line));
            }
        }
        if (i > 0 && text.charAt(i - 1) == '\n' && c != Indenter.INDENT) {
            int k = i - 2;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            if (k >= 0 && text.charAt(k) == ':') {
                int origin = offsets[k];
                int line = src.line(origin);
                String stmt = src.lineText(line).strip();
                String what = describe(stmt);
                int target = offsets[i];
                return ScriptSyntaxError.at(src, target, "IndentationError",
                        "expected an indented block after " + what + " on line " + line);
            }
        }
        int at = offsets[Math.min(i, offsets.length - 1)];
        ScriptSyntaxError known = knownMistake(src, at);
        return known != null ? known : invalidSyntax(src, at);
    }

    /** Operators longest first, for the width of the token a generic error marks. */
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=",
        "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};

    /**
     * CPython's generic error: the token where parsing stopped, marked over its width; inside
     * brackets, two expressions side by side ({@code [1, 2 3]}, {@code f(a b)}) are marked together
     * with "Perhaps you forgot a comma?".
     */
    private static ScriptSyntaxError invalidSyntax(SourceFile src, int at) {
        String text = src.text();
        int end = tokenEnd(text, at);
        int prev = at - 1;
        while (prev >= 0 && (text.charAt(prev) == ' ' || text.charAt(prev) == '\t')) {
            prev--;
        }
        if (prev >= 0 && prev < at - 1 && endsOperand(text.charAt(prev)) && startsOperand(text, at)) {
            int open = openBracket(text, prev);
            if (open >= 0 && !isParameterList(text, open)) {
                int start = prev;
                int depth = 0;
                boolean dict = false;
                for (int k = prev; k > open; k--) { // back over the left expression to a ',' or the bracket
                    char c = text.charAt(k);
                    if (c == ')' || c == ']' || c == '}') {
                        depth++;
                    } else if (c == '(' || c == '[' || c == '{') {
                        depth--;
                    } else if (depth == 0 && (c == ',' || c == ':' && text.charAt(open) != '[')) {
                        dict = text.charAt(open) == '{' && text.substring(open, k + 1).contains(":");
                        break;
                    }
                    if (c != ' ' && c != '\n') {
                        start = k;
                    }
                }
                String left = " " + text.substring(start, prev + 1).replace('\n', ' ') + " ";
                if (NOT_OPERANDS.stream().anyMatch(w -> left.contains(" " + w + " "))) {
                    return ScriptSyntaxError.range(src, at, end, "invalid syntax"); // a comprehension, a lambda, ...
                }
                if (dict) {
                    return ScriptSyntaxError.at(src, prev, "':' expected after dictionary key"); // the key's last character
                }
                return ScriptSyntaxError.range(src, start, operandEnd(text, at),
                        "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        return ScriptSyntaxError.range(src, at, end, "invalid syntax");
    }

    private static boolean endsOperand(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '"' || c == ')' || c == ']' || c == '}';
    }

    private static final java.util.Set<String> NOT_OPERANDS = java.util.Set.of("for", "if", "else", "in", "and", "or",
            "not", "is", "async", "from", "as", "lambda", "await", "yield");

    private static boolean startsOperand(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (Character.isLetter(c) || c == '_') {
            return !NOT_OPERANDS.contains(text.substring(at, tokenEnd(text, at)));
        }
        return Character.isDigit(c) || c == '\'' || c == '"' || c == '(' || c == '[' || c == '{';
    }

    /** The innermost bracket open at {@code at}, or -1: the text before it scanned with its strings and comments skipped. */
    private static int openBracket(String text, int at) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        int k = 0;
        while (k < at) {
            char c = text.charAt(k);
            if (c == '#') {
                int nl = text.indexOf('\n', k);
                k = nl < 0 ? at : nl;
                continue;
            }
            if (c == '\'' || c == '"') {
                String quote = text.startsWith(String.valueOf(c).repeat(3), k) ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                int j = k + quote.length();
                while (j < at && !text.startsWith(quote, j)) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                k = j + quote.length();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                open.push(k);
            } else if ((c == ')' || c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
            k++;
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    /** Whether the bracket at {@code open} starts the parameters of a {@code def} or {@code lambda}. */
    private static boolean isParameterList(String text, int open) {
        int lineStart = text.lastIndexOf('\n', open) + 1;
        String before = text.substring(lineStart, open).strip();
        return text.charAt(open) == '(' && before.matches("(async\\s+)?def\\s+\\w+");
    }

    /** The end of the token starting at {@code at}: a name or number, a string, an operator, else one character. */
    private static int tokenEnd(String text, int at) {
        int n = text.length();
        if (at >= n) {
            return at;
        }
        char c = text.charAt(at);
        if (Character.isLetterOrDigit(c) || c == '_') {
            int k = at;
            while (k < n && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
                k++;
            }
            return k;
        }
        if (c == '\'' || c == '"') {
            int k = text.indexOf(c, at + 1);
            return k < 0 || text.lastIndexOf('\n', k) > at ? at + 1 : k + 1;
        }
        for (String op : OPERATORS) {
            if (text.startsWith(op, at)) {
                return at + op.length();
            }
        }
        return at + 1;
    }

    /** The end of the operand starting at {@code at}: a primary with its attributes, calls and subscripts. */
    private static int operandEnd(String text, int at) {
        int k = tokenEnd(text, at);
        int n = text.length();
        if (text.charAt(at) == '(' || text.charAt(at) == '[' || text.charAt(at) == '{') {
            k = at;
        }
        while (k < n) {
            char c = text.charAt(k);
            if (c == '.' && k + 1 < n && (Character.isLetter(text.charAt(k + 1)) || text.charAt(k + 1) == '_')) {
                k = tokenEnd(text, k + 1);
            } else if (c == '(' || c == '[' || c == '{') {
                int depth = 0;
                int j = k;
                for (; j < n; j++) {
                    char d = text.charAt(j);
                    if (d == '(' || d == '[' || d == '{') {
                        depth++;
                    } else if (d == ')' || d == ']' || d == '}') {
                        if (--depth == 0) {
                            break;
                        }
                    } else if (d == '\n') {
                        return k;
                    }
                }
                if (j >= n) {
                    return k;
                }
                k = j + 1;
            } else {
                return k;
            }
        }
        return k;
    }

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            "^(if|elif|else|while|for|with|def|class|try|except|finally|async\\s+(def|for|with))\\b.*");
    private static final java.util.regex.Pattern PRINT_STATEMENT = java.util.regex.Pattern.compile(
            "^print\\s+[^\\s(=.,)\\[].*");

    /** CPython's friendlier messages for common mistakes on the line of the error. */
    private static ScriptSyntaxError knownMistake(SourceFile src, int offset) {
        int line = src.line(offset);
        String text = src.lineText(line);
        int hash = text.indexOf('#');
        String code = (hash >= 0 && text.indexOf('\'') < 0 && text.indexOf('"') < 0 ? text.substring(0, hash) : text)
                .stripTrailing();
        String stripped = code.strip();
        int indent = code.length() - code.stripLeading().length();
        int lineStart = offset - (src.column(offset) - 1);
        ScriptSyntaxError assign = ConditionAssign.check(src, lineStart, code, offset);
        if (assign != null) {
            return assign;
        }
        boolean atEnd = offset - lineStart >= code.length();
        if (atEnd && COMPOUND.matcher(stripped).matches() && !stripped.contains(":")) {
            return ScriptSyntaxError.at(src, lineStart + code.length(), "expected ':'");
        }
        if (PRINT_STATEMENT.matcher(stripped).matches()) {
            // marked from 'print' to the end of its statement, as CPython's range over the expressions
            int end = code.length();
            char quote = 0;
            for (int k = indent; k < code.length(); k++) {
                char c = code.charAt(k);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == ';' || c == '#') {
                    end = k;
                    break;
                }
            }
            end = indent + code.substring(indent, end).stripTrailing().length();
            return ScriptSyntaxError.range(src, lineStart + indent, lineStart + end,
                    "Missing parentheses in call to 'print'. Did you mean print(...)?");
        }
        return null;
    }

    private static String describe(String stmt) {
        String word = stmt.split("[^A-Za-z_]", 2)[0];
        if (word.equals("async")) {
            word = stmt.substring(5).strip().split("[^A-Za-z_]", 2)[0];
        }
        return switch (word) {
            case "def" -> "function definition";
            case "class" -> "class definition";
            case "if", "elif", "else", "for", "while", "with", "try", "except", "finally" ->
                    "'" + word + "' statement";
            default -> "statement";
        };
    }
}
