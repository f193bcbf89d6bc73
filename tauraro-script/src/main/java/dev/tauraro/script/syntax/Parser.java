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
     * ({@code bin/tauraro} puts the classes {@link GrammarClasses} wrote first), it is instantiated
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
            if (!afterColon) {
                return ScriptSyntaxError.at(src, offsets[i], "IndentationError", "unexpected indent");
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
        return known != null ? known : ScriptSyntaxError.at(src, at, "invalid syntax");
    }

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            "^(if|elif|else|while|for|with|def|class|try|except|finally|async\\s+(def|for|with))\\b.*");
    private static final java.util.regex.Pattern PRINT_STATEMENT = java.util.regex.Pattern.compile(
            "^print\\s+[^\\s(=.,)\\[].*");

    /** CPython's friendlier messages for two common mistakes on the line of the error. */
    private static ScriptSyntaxError knownMistake(SourceFile src, int offset) {
        int line = src.line(offset);
        String text = src.lineText(line);
        int hash = text.indexOf('#');
        String code = (hash >= 0 && text.indexOf('\'') < 0 && text.indexOf('"') < 0 ? text.substring(0, hash) : text)
                .stripTrailing();
        String stripped = code.strip();
        int indent = code.length() - code.stripLeading().length();
        int lineStart = offset - (src.column(offset) - 1);
        boolean atEnd = offset - lineStart >= code.length();
        if (atEnd && COMPOUND.matcher(stripped).matches() && !stripped.contains(":")) {
            return ScriptSyntaxError.at(src, lineStart + code.length(), "expected ':'");
        }
        if (PRINT_STATEMENT.matcher(stripped).matches()) {
            return ScriptSyntaxError.at(src, lineStart + indent,
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
