package dev.tauraro.script.runtime;

import java.util.HashMap;

/** An instance of a user-defined class (or of {@code object}): a class and an attribute dict. */
public class PyInstance {
    private PyClass type;
    /** Instance attributes; created on first write. */
    public HashMap<String, Object> dict;

    public PyInstance(PyClass type) {
        this.type = type;
    }

    public final PyClass type() {
        return type;
    }

    public final void setType(PyClass t) {
        this.type = t;
    }

    public final Object getOwn(String name) {
        HashMap<String, Object> d = dict;
        return d == null ? null : d.get(name);
    }

    public final void setOwn(String name, Object value) {
        HashMap<String, Object> d = dict;
        if (d == null) {
            d = new HashMap<>();
            dict = d;
        }
        d.put(name, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        Object eq = type.lookup("__eq__");
        if (eq == null) {
            return false;
        }
        Object r = Ops.call(eq, this, o);
        return r != PyNone.NOT_IMPLEMENTED && Ops.truthy(r);
    }

    @Override
    public int hashCode() {
        Object h = type.lookup("__hash__");
        if (h == PyNone.NONE) {
            throw Exceptions.typeError("unhashable type: '" + type.name + "'");
        }
        if (h == null || h instanceof PyFunction == false) {
            return System.identityHashCode(this);
        }
        return Long.hashCode(Ops.toLong(Ops.call(h, this)));
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
