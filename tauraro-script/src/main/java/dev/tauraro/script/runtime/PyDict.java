package dev.tauraro.script.runtime;

import java.util.LinkedHashMap;

/** Python's {@code dict}: insertion-ordered. */
public final class PyDict extends LinkedHashMap<Object, Object> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean equals(Object o) {
        return o instanceof PyDict && super.equals(o);
    }

    @Override
    public int hashCode() {
        throw Exceptions.typeError("unhashable type: 'dict'");
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
