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
