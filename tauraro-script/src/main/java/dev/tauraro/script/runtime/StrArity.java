package dev.tauraro.script.runtime;

import java.util.Set;

/**
 * How many arguments each of {@code str}'s methods takes, and CPython 3.11's TypeError when a call
 * gives another number. CPython's methods take their arguments in four ways, each with its own
 * wording (observed under python3): no arguments ({@code str.upper() takes no arguments (1
 * given)}), exactly one ({@code str.join() takes exactly one argument (0 given)}), a positional
 * range checked by the argument parser ({@code replace expected at least 2 arguments, got 1}), or
 * an older range check ({@code find() takes at least 1 argument (0 given)}); the last also speaks
 * for the methods that take keywords ({@code split}, {@code encode}, ...), which name a keyword
 * they do not know.
 */
record StrArity(Kind kind, int min, int max, Set<String> keywords) {
    enum Kind { NONE, ONE, RANGE, OLD_RANGE, KEYWORDS }

    private static final StrArity NO_ARGS = new StrArity(Kind.NONE, 0, 0, Set.of());
    private static final StrArity ONE_ARG = new StrArity(Kind.ONE, 1, 1, Set.of());
    private static final StrArity STRIP = new StrArity(Kind.RANGE, 0, 1, Set.of());
    private static final StrArity REPLACE = new StrArity(Kind.RANGE, 2, 3, Set.of());
    private static final StrArity JUSTIFY = new StrArity(Kind.RANGE, 1, 2, Set.of());
    private static final StrArity MAKETRANS = new StrArity(Kind.RANGE, 1, 3, Set.of());
    private static final StrArity SEARCH = new StrArity(Kind.OLD_RANGE, 1, 3, Set.of());
    private static final StrArity SPLIT = new StrArity(Kind.KEYWORDS, 0, 2, Set.of("sep", "maxsplit"));
    private static final StrArity SPLITLINES = new StrArity(Kind.KEYWORDS, 0, 1, Set.of("keepends"));
    private static final StrArity ENCODE = new StrArity(Kind.KEYWORDS, 0, 2, Set.of("encoding", "errors"));
    private static final StrArity EXPANDTABS = new StrArity(Kind.KEYWORDS, 0, 1, Set.of("tabsize"));

    /** The rule for {@code name}, or null where any call is accepted ({@code format}) or str has no such method. */
    static StrArity of(String name) {
        return switch (name) {
            case "upper", "lower", "casefold", "swapcase", "title", "capitalize", "isdigit", "isnumeric",
                 "isdecimal", "isalpha", "isalnum", "isspace", "isupper", "islower", "isidentifier", "istitle",
                 "isprintable", "isascii" -> NO_ARGS;
            case "join", "zfill", "partition", "rpartition", "removeprefix", "removesuffix", "translate",
                 "format_map" -> ONE_ARG;
            case "strip", "lstrip", "rstrip" -> STRIP;
            case "replace" -> REPLACE;
            case "center", "ljust", "rjust" -> JUSTIFY;
            case "maketrans" -> MAKETRANS;
            case "startswith", "endswith", "find", "rfind", "index", "rindex", "count" -> SEARCH;
            case "split", "rsplit" -> SPLIT;
            case "splitlines" -> SPLITLINES;
            case "encode" -> ENCODE;
            case "expandtabs" -> EXPANDTABS;
            default -> null;
        };
    }

    /** {@code m} checking this rule before it runs. */
    StrMethods.Method guard(StrMethods.Method m) {
        return (s, name, a, k) -> {
            check(name, a, k);
            return m.call(s, name, a, k);
        };
    }

    /** Throws CPython's TypeError unless {@code a} (keyword values last, named by {@code k}) fits. */
    void check(String name, Object[] a, String[] k) {
        // The wordings str shares with list's and dict's methods (BuiltinArgs).
        switch (kind) {
            case NONE -> BuiltinArgs.none("str." + name, a, k);
            case ONE -> BuiltinArgs.one("str." + name, a, k);
            case RANGE -> BuiltinArgs.range("str." + name, name, a, k, min, max);
            case OLD_RANGE, KEYWORDS -> checkOldStyle(name, a, k);
        }
    }

    /** The older argument parsing of the search methods and the keyword-taking ones. */
    private void checkOldStyle(String name, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (nk > 0) {
            if (kind != Kind.KEYWORDS) {
                BuiltinArgs.noKeywords(name, k);
            }
            for (String key : k) {
                if (!keywords.contains(key)) {
                    throw Exceptions.typeError("'" + key + "' is an invalid keyword argument for " + name + "()");
                }
            }
        }
        int n = a.length - nk;
        if (n >= min && n <= max) {
            return;
        }
        boolean few = n < min;
        int bound = few ? min : max;
        throw Exceptions.typeError(name + "() takes " + (few ? "at least " : "at most ") + bound + " argument"
                + (bound == 1 ? "" : "s") + " (" + n + " given)");
    }
}
