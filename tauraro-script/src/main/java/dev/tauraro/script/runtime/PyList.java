package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.Collection;

/** Python's {@code list}. */
public final class PyList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    public PyList() {
    }

    public PyList(int capacity) {
        super(capacity);
    }

    public PyList(Collection<?> items) {
        super(items);
    }

    /**
     * A shallow copy ({@code l[:]}, {@code l.copy()}, {@code list(l)}) made with one copy of the
     * array: ArrayList's copy constructor copies twice for any class but ArrayList itself
     * ({@code toArray}, then {@code Arrays.copyOf} to make sure of the array's type).
     */
    public PyList copy() {
        return (PyList) clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyList && super.equals(o);
    }

    @Override
    public int hashCode() {
        throw Exceptions.typeError("unhashable type: 'list'");
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
