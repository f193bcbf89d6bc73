package dev.tauraro.script.modules.text;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.nio.charset.StandardCharsets;
import java.util.regex.PatternSyntaxException;

/**
 * {@code _re}: the Java half of {@code re} (the script half is {@code lib/re.py}, which defines
 * {@code Pattern} and {@code error} and calls these functions with a {@link Regex}). The loops
 * ({@code findall}/{@code sub}/{@code split}) and the Match objects they make ({@link ReMatch}, one
 * per match in {@code finditer} and {@code sub} with a function) are here, at Java speed.
 */
public final class ReModule {
    private ReModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_re", interp);
        m.set("compile", new BuiltinFunction("compile", (a, k) -> compile(a[0], Ops.toLong(a[1]), (PyClass) a[2])));
        m.set("Match", ReMatch.TYPE);
        // (rx, pattern, ...): pattern is the script's re.Pattern, which each Match gives as its .re
        m.set("match", new BuiltinFunction("match", (a, k) -> rx(a[0]).match(a[1], a[2], Ops.index(a[3]),
                Ops.index(a[4]), (int) Ops.toLong(a[5]))));
        m.set("finditer", new BuiltinFunction("finditer", (a, k) -> rx(a[0]).finditer(a[1], a[2], Ops.index(a[3]),
                Ops.index(a[4]))));
        m.set("findall", new BuiltinFunction("findall", (a, k) -> rx(a[0]).findall(a[1], Ops.index(a[2]),
                Ops.index(a[3]))));
        m.set("subn", new BuiltinFunction("subn", (a, k) -> rx(a[0]).sub(a[1], a[2], a[3], Ops.index(a[4]))));
        m.set("split", new BuiltinFunction("split", (a, k) -> rx(a[0]).split(a[1], Ops.index(a[2]))));
        return m;
    }

    private static Regex rx(Object o) {
        return (Regex) o;
    }

    static Regex compile(Object pattern, long flags, PyClass error) {
        Object p = PyDerived.unwrap(pattern);
        boolean bytes;
        String text;
        if (p instanceof String s) {
            bytes = false;
            text = s;
            if ((flags & PatternTranslator.LOCALE) != 0) {
                throw Exceptions.valueError("cannot use LOCALE flag with a str pattern");
            }
        } else if (p instanceof PyBytes b) {
            bytes = true;
            text = new String(b.bytes(), StandardCharsets.ISO_8859_1);
            if ((flags & PatternTranslator.UNICODE) != 0) {
                throw Exceptions.valueError("cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & PatternTranslator.LOCALE) != 0 && (flags & PatternTranslator.ASCII) != 0) {
                throw Exceptions.valueError("ASCII and LOCALE flags are incompatible");
            }
        } else {
            throw Exceptions.typeError("first argument must be string or compiled pattern");
        }
        if ((flags & PatternTranslator.ASCII) != 0 && (flags & PatternTranslator.UNICODE) != 0) {
            throw Exceptions.valueError("ASCII and UNICODE flags are incompatible");
        }
        PatternTranslator t;
        try {
            t = PatternTranslator.translate(text, (int) flags, bytes);
        } catch (PatternTranslator.SyntaxProblem e) {
            throw error(error, e.getMessage(), pattern, e.pos);
        }
        try {
            return new Regex(pattern, text, bytes, t, error);
        } catch (PatternSyntaxException e) {
            // what the translation lets through and Java still refuses: look-behinds without a bounded width
            String msg = e.getDescription().startsWith("Look-behind") ? "look-behind requires fixed-width pattern"
                    : e.getDescription();
            throw error(error, msg, pattern, -1);
        }
    }

    /** {@code re.error(msg, pattern, pos)} raised as a Java exception. */
    static RuntimeException error(PyClass error, String msg, Object pattern, int pos) {
        // without a position (the look-behind check) CPython names no pattern either
        Object e = pos < 0 ? Ops.callKw(error, new Object[] {msg}, null)
                : Ops.callKw(error, new Object[] {msg, pattern, (long) pos}, null);
        return ((PyBaseException) e).toThrowable();
    }

    static PyBytes latin1(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
