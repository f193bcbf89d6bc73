package dev.tauraro.script.runtime;

/**
 * The Java body of a {@code __getitem__} or {@code __setitem__} whose common case {@link Ops}
 * takes straight from the class's special method, without building a call: for library classes
 * such as {@code array}, whose items CPython reads and writes in C. The function still binds,
 * overrides and is called as any other; the fast path answers only when the function found on the
 * class is this body's, so a subclass overriding the method is called as usual.
 */
public abstract class ItemBody extends DirectBody {
    /** {@code self[key]} when the fast path knows it, else null (then the function is called). */
    public Object fastGet(Object self, Object key) {
        return null;
    }

    /** Stores {@code self[key] = value} and answers true when the fast path can, else false. */
    public boolean fastSet(Object self, Object key, Object value) {
        return false;
    }
}
