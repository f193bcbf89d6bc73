package dev.tauraro.script.modules;

import dev.tauraro.script.ast.Span;
import dev.tauraro.script.builtins.Builtins;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * {@code _syntaxtree}: the parser's own syntax tree handed to lib/ast.py, which turns it into
 * CPython's node classes. {@code parse(source, filename, mode)} returns the tree as plain values,
 * generically: a record becomes a tuple of its binary name within the {@code ast} package (such as
 * {@code "Expr$BinOp"}) followed by its components in declaration order; a {@link Span} the tuple
 * {@code (start, end, line)} of character offsets; lists become lists, maps lists of
 * {@code [key, value]} pairs, a char a one-character str (empty for none), and constants stay the
 * runtime values they already are. Keeping this generic means the mapping to CPython's classes
 * lives in one place, the script, and a new record needs no change here.
 */
final class SyntaxTreeModule {
    /**
     * For text with characters outside the BMP: how many UTF-16 units each offset is ahead of
     * its code point index (the script's str indexes code points); null when none are.
     */
    private final int[] extraUnits;

    private SyntaxTreeModule(String text) {
        int[] extra = null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            extra = new int[text.length() + 1];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                extra[i] = n;
                if (Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    n++;
                    extra[i] = n;
                }
            }
            extra[text.length()] = n;
        }
        this.extraUnits = extra;
    }

    private long index(int offset) {
        return extraUnits == null || offset < 0 || offset >= extraUnits.length ? offset : offset - extraUnits[offset];
    }

    private static final String PACKAGE = Span.class.getPackageName() + ".";

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_syntaxtree", interp);
        m.set("parse", new BuiltinFunction("parse", (a, k) -> {
            if (a.length != 3 || !(a[0] instanceof String text) || !(a[1] instanceof String name)
                    || !(a[2] instanceof String mode)) {
                throw Exceptions.typeError("parse(source: str, filename: str, mode: str)");
            }
            SourceFile src = new SourceFile(name, text);
            try {
                Object tree = mode.equals("eval") ? Parser.parseExpression(src) : Parser.parseFile(src);
                return new SyntaxTreeModule(text).convert(tree);
            } catch (ScriptSyntaxError e) {
                throw Builtins.syntaxError(e, src);
            }
        }));
        return m;
    }

    private Object convert(Object o) {
        if (o == null) {
            return PyNone.NONE;
        }
        if (o instanceof Span s) {
            return new PyTuple(new Object[] {index(s.start()), index(s.end()), (long) s.line()});
        }
        if (o instanceof Record r && r.getClass().getName().startsWith(PACKAGE)) {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Object[] items = new Object[parts.length + 1];
            items[0] = r.getClass().getName().substring(PACKAGE.length());
            for (int i = 0; i < parts.length; i++) {
                try {
                    items[i + 1] = convert(parts[i].getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + parts[i].getName() + " of " + items[0], e);
                }
            }
            return new PyTuple(items);
        }
        if (o instanceof List<?> l) {
            PyList out = new PyList(l.size());
            for (Object x : l) {
                out.add(convert(x));
            }
            return out;
        }
        if (o instanceof Map<?, ?> map) {
            PyList out = new PyList(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                PyList pair = new PyList(2);
                pair.add(convert(e.getKey()));
                pair.add(convert(e.getValue()));
                out.add(pair);
            }
            return out;
        }
        if (o instanceof Character c) {
            return c == 0 ? "" : String.valueOf(c);
        }
        if (o instanceof Integer i) {
            return (long) i;
        }
        return o;
    }
}
