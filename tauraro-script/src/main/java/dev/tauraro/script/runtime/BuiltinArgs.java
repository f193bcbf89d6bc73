package dev.tauraro.script.runtime;

/**
 * Argument-count checks of list's, dict's and str's methods ({@link StrArity}), in CPython 3.11's wordings (observed under
 * python3): methods taking no arguments or exactly one name themselves with their type
 * ({@code list.append() takes exactly one argument (0 given)}); those parsing a positional range
 * use the bare name ({@code pop expected at most 1 argument, got 2}); none of them but
 * {@code list.sort} and {@code dict.update} takes keywords.
 */
final class BuiltinArgs {
    private BuiltinArgs() {
    }

    /** {@code qualified}: "list.append" and the like. */
    static void noKeywords(String qualified, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError(qualified + "() takes no keyword arguments");
        }
    }

    static void none(String qualified, Object[] a, String[] k) {
        noKeywords(qualified, k);
        if (a.length != 0) {
            throw Exceptions.typeError(qualified + "() takes no arguments (" + a.length + " given)");
        }
    }

    static void one(String qualified, Object[] a, String[] k) {
        noKeywords(qualified, k);
        if (a.length != 1) {
            throw Exceptions.typeError(qualified + "() takes exactly one argument (" + a.length + " given)");
        }
    }

    /** Between {@code min} and {@code max} positional arguments; {@code name} is the bare method name. */
    static void range(String qualified, String name, Object[] a, String[] k, int min, int max) {
        noKeywords(qualified, k);
        int n = a.length;
        if (n >= min && n <= max) {
            return;
        }
        int bound = n < min ? min : max;
        String what = bound + " argument" + (bound == 1 ? "" : "s");
        throw Exceptions.typeError(name + " expected " + (min == max ? "" : n < min ? "at least " : "at most ")
                + what + ", got " + n);
    }

    /**
     * A slot wrapper's arguments ({@code [].__len__}, {@code {}.keys().__contains__}): CPython names
     * it {@code wrapper __len__()} when it refuses keywords, and gives only the count otherwise.
     */
    static void wrapper(String name, Object[] a, String[] k, int arity) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (a.length != arity) {
            throw Exceptions.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + a.length);
        }
    }
}
