package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.util.Arrays;

/**
 * Argument checks of the file and OS functions, worded as CPython's argument clinic words them for
 * the same functions (the runtime passes keywords as the trailing {@code kwnames.length} entries
 * of the argument array).
 */
final class Params {
    private Params() {
    }

    /**
     * Binds positional and keyword arguments to {@code names}, the first {@code required} of them
     * required: {@code open() missing required argument 'file' (pos 1)}. A missing optional
     * argument is null. Names after {@code positionalMax} can only be given by keyword.
     */
    static Object[] bind(String fn, Object[] a, String[] k, String[] names, int required) {
        return bind(fn, a, k, names, required, names.length);
    }

    static Object[] bind(String fn, Object[] a, String[] k, String[] names, int required, int positionalMax) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (npos > positionalMax && positionalMax < names.length) { // else CPython counts all arguments, below
            throw Exceptions.typeError(fn + "() takes at most " + positionalMax + " positional argument"
                    + (positionalMax == 1 ? "" : "s") + " (" + npos + " given)");
        }
        if (a.length > names.length) {
            throw Exceptions.typeError(fn + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + a.length + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(a, 0, out, 0, npos);
        for (int i = 0; i < nk; i++) {
            int at = Arrays.asList(names).indexOf(k[i]);
            if (at < 0) {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (at < npos) {
                throw Exceptions.typeError("argument for " + fn + "() given by name ('" + k[i] + "') and position ("
                        + (at + 1) + ")");
            }
            out[at] = a[npos + i];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Exceptions.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    /** Positional-only parameters: {@code read expected at most 1 argument, got 2}. */
    static Object[] positional(String qualified, Object[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError(qualified + "() takes no keyword arguments");
        }
        String shortName = qualified.substring(qualified.lastIndexOf('.') + 1);
        if (max == 0 && a.length > 0) {
            throw Exceptions.typeError(qualified + "() takes no arguments (" + a.length + " given)");
        }
        if (min == 1 && max == 1 && a.length != 1) {
            throw Exceptions.typeError(qualified + "() takes exactly one argument (" + a.length + " given)");
        }
        if (a.length < min) {
            throw Exceptions.typeError(shortName + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + a.length);
        }
        if (a.length > max) {
            throw Exceptions.typeError(shortName + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + a.length);
        }
        return a;
    }

    /** A size argument of {@code read}/{@code readline}: an int, or None for "all" (-1). */
    static long size(Object[] a, int i) {
        if (i >= a.length || a[i] == null || a[i] == PyNone.NONE) {
            return -1;
        }
        Object v = PyDerived.unwrap(a[i]);
        if (!Params.isInt(v)) {
            throw Exceptions.typeError("argument should be integer or None, not '" + Ops.typeName(a[i]) + "'");
        }
        return Ops.index(v);
    }

    /** An integer argument ({@code 'str' object cannot be interpreted as an integer} otherwise). */
    static long integer(Object v) {
        return Ops.index(v);
    }

    /** A bytes-like argument: {@code a bytes-like object is required, not 'str'}. */
    static byte[] bytes(Object v) {
        return Buffers.bytes(v);
    }

    /** A str argument or null (None/missing), with the message {@code <what> must be str or None, not int}. */
    static String strOrNone(Object v, String what) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        Object u = PyDerived.unwrap(v);
        if (u instanceof String s) {
            return s;
        }
        throw Exceptions.typeError(what + " must be str or None, not " + Ops.typeName(v));
    }

    /** Whether an (unwrapped) argument is an int: a file descriptor rather than a path. */
    static boolean isInt(Object u) {
        return u instanceof Long || u instanceof java.math.BigInteger || u instanceof Boolean;
    }

    static boolean isNone(Object v) {
        return v == null || v == PyNone.NONE;
    }

    /** Whether a Python exception is of {@code type}. */
    static boolean is(PyException e, dev.tauraro.script.runtime.PyClass type) {
        return e.value.type().isSubclassOf(type);
    }
}
