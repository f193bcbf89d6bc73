package dev.tauraro.script.runtime;

import java.util.LinkedHashSet;

/** Python's {@code set} (and {@code frozenset} when frozen). */
public final class PySet extends LinkedHashSet<Object> {
    private static final long serialVersionUID = 1L;
    public final boolean frozen;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet && super.equals(o);
    }

    @Override
    public int hashCode() {
        if (!frozen) {
            throw Exceptions.typeError("unhashable type: 'set'");
        }
        return super.hashCode();
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
