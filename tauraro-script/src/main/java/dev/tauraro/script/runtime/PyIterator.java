package dev.tauraro.script.runtime;

/**
 * An iterator: {@link #next()} returns the next value, or null when exhausted (no exception). Each
 * carries the built-in type CPython gives the same iterator ({@code list_iterator},
 * {@code dict_keyiterator}, {@code enumerate}, ...), which {@code type()} and its repr show; plain
 * {@code iterator} is the sequence-protocol one.
 */
public abstract class PyIterator {
    private final PyClass type;

    protected PyIterator() {
        this(Types.ITERATOR);
    }

    protected PyIterator(PyClass type) {
        this.type = type;
    }

    public abstract Object next();

    /**
     * CPython's {@code __length_hint__}: the number of items left (a Long, or a big int for a huge
     * range), or null where CPython's iterator type has no such method (generators, map, zip...).
     */
    public Object lengthHint() {
        return null;
    }

    /** The iterator's type; a file object overrides it, being its own iterator. */
    public PyClass type() {
        return type;
    }

    /** Iterates over a Java array range. */
    public static PyIterator of(PyClass type, Object[] items, int size) {
        return new PyIterator(type) {
            int i;

            @Override
            public Object next() {
                return i < size ? items[i++] : null;
            }

            @Override
            public Object lengthHint() {
                return (long) (size - i);
            }
        };
    }

    /** Iterates over a Java iterator. */
    public static PyIterator of(PyClass type, java.util.Iterator<?> it) {
        return new PyIterator(type) {
            @Override
            public Object next() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }

    /** Iterates over a Java iterator, as a plain {@code iterator}. */
    public static PyIterator of(java.util.Iterator<?> it) {
        return of(Types.ITERATOR, it);
    }

    @Override
    public String toString() {
        return "<" + type().typeName + " object at 0x" + Ops.hexId(this) + ">";
    }
}
