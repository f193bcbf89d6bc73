package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Exceptions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of one call to a module function, split into positional and keyword parts (the
 * runtime passes keywords as the trailing {@code kwnames.length} entries of {@code args}).
 */
final class Args {
    final String function;
    final Object[] positional;
    final Map<String, Object> keywords;

    private Args(String function, Object[] positional, Map<String, Object> keywords) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
    }

    /**
     * Parses a call; {@code allowed} lists the keyword names the function accepts (null: any).
     * Rejects unknown keywords with CPython's message.
     */
    static Args of(String function, Object[] a, String[] k, String... allowed) {
        int nk = k == null ? 0 : k.length;
        Object[] pos = nk == 0 ? a : Arrays.copyOf(a, a.length - nk);
        Map<String, Object> kw = new LinkedHashMap<>();
        for (int i = 0; i < nk; i++) {
            if (allowed != null && !Arrays.asList(allowed).contains(k[i])) {
                throw Exceptions.typeError(function + "() got an unexpected keyword argument '" + k[i] + "'");
            }
            kw.put(k[i], a[a.length - nk + i]);
        }
        return new Args(function, pos, kw);
    }

    int size() {
        return positional.length;
    }

    /** Positional argument {@code i}, else keyword {@code name}, else {@code dflt}. */
    Object get(int i, String name, Object dflt) {
        if (i < positional.length) {
            if (name != null && keywords.containsKey(name)) {
                throw Exceptions.typeError(function + "() got multiple values for argument '" + name + "'");
            }
            return positional[i];
        }
        Object v = name == null ? null : keywords.get(name);
        return v != null ? v : dflt;
    }

    /** A required argument, with CPython's message when it is missing. */
    Object required(int i, String name) {
        Object v = get(i, name, null);
        if (v == null) {
            throw Exceptions.typeError(function + "() missing required argument '" + name + "' (pos " + (i + 1)
                    + ")");
        }
        return v;
    }

    /** Keyword-only argument {@code name}, else {@code dflt}. */
    Object kw(String name, Object dflt) {
        Object v = keywords.get(name);
        return v != null ? v : dflt;
    }

    /**
     * Positional argument {@code i} of a call whose keywords are the trailing {@code k.length}
     * entries of {@code a}, else keyword {@code name}, else {@code def}: for functions that read
     * one or two arguments and need no {@link Args} object.
     */
    static Object arg(Object[] a, String[] k, int i, String name, Object def) {
        int nk = k == null ? 0 : k.length;
        if (i < a.length - nk) {
            return a[i];
        }
        return kwarg(a, k, name, def);
    }

    /** Keyword argument {@code name} of a call, else {@code def}. */
    static Object kwarg(Object[] a, String[] k, String name, Object def) {
        if (k != null) {
            for (int j = 0; j < k.length; j++) {
                if (k[j].equals(name)) {
                    return a[a.length - k.length + j];
                }
            }
        }
        return def;
    }
}
