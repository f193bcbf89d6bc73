package dev.tauraro.script.cli;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tab completion at the prompt, as CPython's {@code rlcompleter}: a bare word completes to the
 * keywords, the globals of {@code __main__} and the builtins; {@code a.b.pre} completes to the
 * attributes ({@code dir()}) of {@code a.b}.
 *
 * <p>Unlike rlcompleter, the object before the last dot is found by looking names and attributes
 * up, never by evaluating an expression: completing {@code f().x} does not call {@code f}.
 * The {@link Parser} half hands JLine the dotted word before the cursor and never asks for more
 * lines (the prompt decides that, see {@link Continuation}).
 */
final class Completion implements Completer, Parser {
    private static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield"};

    private final Interpreter interp;
    private final PyModule main;

    Completion(Interpreter interp, PyModule main) {
        this.interp = interp;
        this.main = main;
    }

    /** The completions of {@code word} (a dotted name, maybe partial), sorted. */
    List<String> complete(String word) {
        TreeSet<String> out = new TreeSet<>();
        int dot = word.lastIndexOf('.');
        try {
            if (dot < 0) {
                for (String k : KEYWORDS) {
                    add(out, k, word, "");
                }
                main.toDict().keySet().forEach(k -> add(out, (String) k, word, ""));
                interp.builtins().keySet().forEach(k -> add(out, k, word, ""));
            } else {
                Object target = lookup(word.substring(0, dot));
                if (target != null) {
                    Object names = Ops.call(interp.builtins().get("dir"), target);
                    String prefix = word.substring(dot + 1);
                    for (Object n : Ops.toList(names)) {
                        // as rlcompleter: underscore names only once an underscore is typed
                        if (n instanceof String s && (prefix.startsWith("_") || !s.startsWith("_"))) {
                            add(out, s, prefix, word.substring(0, dot + 1));
                        }
                    }
                }
            }
        } catch (PyException | StackOverflowError e) {
            // a failing dir() or lookup completes to nothing, as rlcompleter does
        }
        return new ArrayList<>(out);
    }

    private static void add(TreeSet<String> out, String name, String prefix, String before) {
        if (name.startsWith(prefix)) {
            out.add(before + name);
        }
    }

    /** {@code a.b.c}'s object by name and attribute lookups only, or null. */
    private Object lookup(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        Object v = main.get(parts[0]);
        if (v == null) {
            v = interp.builtins().get(parts[0]);
        }
        for (int i = 1; v != null && i < parts.length; i++) {
            v = Ops.getAttrOrNull(v, parts[i]);
        }
        return v;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String c : complete(line.word())) {
            candidates.add(new Candidate(c, c, null, null, null, null, false));
        }
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = cursor;
        while (start > 0 && (Character.isJavaIdentifierPart(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
            start--;
        }
        String word = line.substring(start, cursor);
        return new Word(line, cursor, word);
    }

    /**
     * The dotted word before the cursor: all JLine needs to complete and replace it. Names need
     * no quoting, so a candidate is inserted as it is (JLine warns about parsers whose lines
     * cannot say so).
     */
    private record Word(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
