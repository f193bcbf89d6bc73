package dev.tauraro.script.builtins;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.Ops;
import java.util.Map;

/**
 * CPython's argument checks for the builtins, so a wrong call raises its {@code TypeError} instead of
 * reaching a builtin's body with too few arguments (a Java exception, reported as an interpreter
 * bug). CPython words them three ways, by how each builtin parses its arguments: one-argument
 * functions ({@code len() takes exactly one argument (0 given)}), positional-only ones
 * ({@code getattr expected at least 2 arguments, got 0}) and ones taking keywords
 * ({@code pow() missing required argument 'exp' (pos 2)}, see {@link #bind}).
 */
public final class Arity {
    private Arity() {
    }

    /** min, max (-1: any), whether keywords are refused; ONE marks the one-argument style. */
    private record Rule(int min, int max, boolean noKeywords) {
    }

    private static final Rule ONE = new Rule(1, 1, true);

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("abs", ONE), Map.entry("all", ONE), Map.entry("any", ONE), Map.entry("ascii", ONE),
            Map.entry("bin", ONE), Map.entry("callable", ONE), Map.entry("chr", ONE), Map.entry("hash", ONE),
            Map.entry("hex", ONE), Map.entry("id", ONE), Map.entry("oct", ONE), Map.entry("ord", ONE),
            Map.entry("repr", ONE), Map.entry("aiter", ONE),
            Map.entry("delattr", new Rule(2, 2, true)), Map.entry("dir", new Rule(0, 1, true)),
            Map.entry("divmod", new Rule(2, 2, true)), Map.entry("format", new Rule(1, 2, true)),
            Map.entry("getattr", new Rule(2, 3, true)), Map.entry("hasattr", new Rule(2, 2, true)),
            Map.entry("isinstance", new Rule(2, 2, true)), Map.entry("issubclass", new Rule(2, 2, true)),
            Map.entry("iter", new Rule(1, 2, true)), Map.entry("max", new Rule(1, -1, false)),
            Map.entry("min", new Rule(1, -1, false)), Map.entry("next", new Rule(1, 2, true)),
            Map.entry("setattr", new Rule(3, 3, true)), Map.entry("sorted", new Rule(1, 1, false)),
            Map.entry("vars", new Rule(0, 1, true)), Map.entry("filter", new Rule(2, 2, true)),
            Map.entry("anext", new Rule(1, 2, true)));

    /** {@code impl} behind the argument check of builtin {@code name} (itself when it has none). */
    static PyCallable checked(String name, PyCallable impl) {
        if (name.equals("map")) {
            return new MapChecked(impl);
        }
        Rule r = RULES.get(name);
        if (r == null) {
            return impl;
        }
        boolean attrName = name.equals("getattr") || name.equals("setattr") || name.equals("delattr")
                || name.equals("hasattr");
        return new Checked(name, r, attrName, impl);
    }

    /*
     * The checks are classes rather than lambdas: they are made for the builtins at every start, and
     * JDK 17 links a lambda's call site by running bootstrap code (see Builtins.Fn).
     */

    /** A builtin behind its rule; the attribute functions' name argument unwrapped from a str subclass. */
    private record Checked(String name, Rule r, boolean attrName, PyCallable impl) implements PyCallable {
        @Override
        public Object call(Object[] a, String[] k) {
            int nk = k == null ? 0 : k.length;
            if (nk > 0 && r.noKeywords()) {
                throw Exceptions.typeError(name + "() takes no keyword arguments");
            }
            int n = a.length - nk;
            if (n < r.min() || r.max() >= 0 && n > r.max()) {
                throw Exceptions.typeError(message(name, r, n));
            }
            if (attrName) {
                Object attr = PyDerived.unwrap(a[1]);
                if (!(attr instanceof String)) {
                    throw Exceptions.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
                }
                if (attr != a[1]) {
                    a = a.clone();
                    a[1] = attr;
                }
            }
            return impl.call(a, k);
        }
    }

    /** {@code map}'s check, worded as CPython's. */
    private record MapChecked(PyCallable impl) implements PyCallable {
        @Override
        public Object call(Object[] a, String[] k) {
            if (k != null && k.length > 0) {
                throw Exceptions.typeError("map() takes no keyword arguments");
            }
            if (a.length < 2) {
                throw Exceptions.typeError("map() must have at least two arguments.");
            }
            return impl.call(a, k);
        }
    }

    /**
     * The check of a function or type taking {@code min} to {@code max} (-1: any) positional
     * arguments and no keywords, with CPython's messages ({@code cycle() takes no keyword arguments},
     * {@code islice expected at least 2 arguments, got 1}).
     */
    public static void positional(String name, Object[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError(name + "() takes no keyword arguments");
        }
        if (a.length < min || max >= 0 && a.length > max) {
            throw Exceptions.typeError(message(name, new Rule(min, max, true), a.length));
        }
    }

    private static String message(String name, Rule r, int n) {
        if (r == ONE) {
            return name + "() takes exactly one argument (" + n + " given)";
        }
        String bound = r.min() == r.max() ? "" : n < r.min() ? "at least " : "at most ";
        int count = n < r.min() ? r.min() : r.max();
        return name + " expected " + bound + count + " argument" + (count == 1 ? "" : "s") + ", got " + n;
    }

    /**
     * Binds positional and keyword arguments to {@code params} (the first {@code required} of them
     * required) as CPython's argument clinic does, with its messages; a missing optional one is null.
     */
    public static Object[] bind(String name, Object[] a, String[] k, String[] params, int required) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (a.length > params.length) {
            throw Exceptions.typeError(name + "() takes at most " + params.length + " argument"
                    + (params.length == 1 ? "" : "s") + " (" + a.length + " given)");
        }
        Object[] out = new Object[params.length];
        System.arraycopy(a, 0, out, 0, npos);
        for (int i = 0; i < nk; i++) {
            int at = java.util.Arrays.asList(params).indexOf(k[i]);
            if (at < 0) {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
            if (at < npos) {
                throw Exceptions.typeError("argument for " + name + "() given by name ('" + k[i]
                        + "') and position (" + (at + 1) + ")");
            }
            out[at] = a[npos + i];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Exceptions.typeError(name + "() missing required argument '" + params[i] + "'"
                        + (name.equals("enumerate") ? "" : " (pos " + (i + 1) + ")"));
            }
        }
        return out;
    }
}
