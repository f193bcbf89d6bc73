package dev.tauraro.script.runtime;

/** An iterator: {@link #next()} returns the next value, or null when exhausted (no exception). */
public abstract class PyIterator {
    public abstract Object next();

    /** Iterates over a Java array range. */
    public static PyIterator of(Object[] items, int size) {
        return new PyIterator() {
            int i;

            @Override
            public Object next() {
                return i < size ? items[i++] : null;
            }
        };
    }

    /** Iterates over a Java iterator. */
    public static PyIterator of(java.util.Iterator<?> it) {
        return new PyIterator() {
            @Override
            public Object next() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }

    @Override
    public String toString() {
        return "<iterator object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }
}
