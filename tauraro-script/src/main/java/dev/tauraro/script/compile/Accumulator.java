package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.PyBytes;

import java.util.Arrays;

/**
 * A {@code str} or {@code bytes} being built by repeated {@code x += y} on a plain function local:
 * CPython's in-place resize when the string's reference count is one, made safe on the JVM.
 *
 * <p>Java strings cannot grow, so {@code s += t} in a loop copies the whole string each time
 * (quadratic). The compiler marks every plain local (not a cell, not a global) that is the target of
 * a {@code +=} in its function; for those, {@link Stmts.AugLocal} may leave an accumulator in the
 * frame slot instead of a new string, and every read of that slot goes through
 * {@link Nodes.AccumulatedLocal}, which hands the script the flattened value. So an accumulator never
 * escapes its slot: nothing but the {@code +=} itself sees it, and to the script the value is an
 * ordinary immutable {@code str}/{@code bytes}.
 *
 * <p>Invariant: {@code flat}, when not null, equals the content of the buffer. A read flattens once
 * and caches; the next append drops the cache. Reading after every append still copies (as plain
 * concatenation did); appending without reading is amortised O(len(y)).
 */
final class Accumulator {
    /** Below this length plain concatenation is cheaper than a builder. */
    static final int THRESHOLD = 256;

    private final StringBuilder chars;
    private byte[] bytes;
    private int size;
    private Object flat;

    private Accumulator(String s) {
        this.chars = new StringBuilder(Math.max(2 * s.length(), 16)).append(s);
    }

    private Accumulator(byte[] b) {
        this.chars = null;
        this.bytes = Arrays.copyOf(b, Math.max(2 * b.length, 16));
        this.size = b.length;
    }

    /**
     * {@code a + b} for a slot that may hold an accumulator: the new slot content, or null when this
     * is not a str/bytes concatenation (the caller then runs the general operator on {@link #flat}).
     */
    static Object add(Object a, Object b) {
        if (a instanceof Accumulator acc) {
            return acc.append(b) ? acc : null;
        }
        if (a instanceof String x && b instanceof String y) {
            if (x.length() + y.length() < THRESHOLD) {
                return null;
            }
            Accumulator acc = new Accumulator(x);
            acc.chars.append(y);
            return acc;
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            if (x.bytes().length + y.bytes().length < THRESHOLD) {
                return null;
            }
            Accumulator acc = new Accumulator(x.bytes());
            acc.append(y);
            return acc;
        }
        return null;
    }

    private boolean append(Object b) {
        if (chars != null) {
            if (!(b instanceof String y)) {
                return false;
            }
            chars.append(y);
        } else {
            if (!(b instanceof PyBytes y)) {
                return false;
            }
            byte[] add = y.bytes();
            if (size + add.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + add.length));
            }
            System.arraycopy(add, 0, bytes, size, add.length);
            size += add.length;
        }
        flat = null;
        return true;
    }

    /** The value the script sees: {@code v} itself unless it is an accumulator. */
    static Object flat(Object v) {
        return v instanceof Accumulator acc ? acc.flatten() : v;
    }

    private Object flatten() {
        Object f = flat;
        if (f == null) {
            f = chars != null ? chars.toString() : new PyBytes(Arrays.copyOf(bytes, size));
            flat = f;
        }
        return f;
    }
}
