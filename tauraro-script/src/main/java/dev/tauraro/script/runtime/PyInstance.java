package dev.tauraro.script.runtime;

/**
 * An instance of a user-defined class (or of {@code object}): a class, an attribute dict and the
 * values of its {@code __slots__}.
 */
public class PyInstance {
    private PyClass type;
    /**
     * Instance attributes, the object that {@code obj.__dict__} returns (so writes to either show in
     * both); created on first write, or replaced by {@code obj.__dict__ = d}. Never created for
     * instances of classes whose MRO all declares {@code __slots__}. It starts on the class's shared
     * key layout ({@link SharedKeys}), which {@link AttrSite}s cache positions in.
     */
    public PyDict dict;
    /** Slot values by {@link Slots.Member#index}; null entries are unset slots. */
    Object[] slots;

    public PyInstance(PyClass type) {
        this.type = type;
        if (type.slotCount > 0) {
            slots = new Object[type.slotCount];
        }
    }

    /** Whether the instance may have a {@code __dict__}. */
    public final boolean hasDict() {
        return type.instanceDict;
    }

    /** The {@code __dict__}, created if needed. */
    public final PyDict namespace() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict(type.sharedKeys());
            dict = d;
        }
        return d;
    }

    public final PyClass type() {
        return type;
    }

    public final void setType(PyClass t) {
        this.type = t;
    }

    public final Object getOwn(String name) {
        PyDict d = dict;
        return d == null ? null : d.get(name);
    }

    /**
     * The value in slot {@code index} (a {@code __slots__} member's index, see {@link PyClass#slotIndex}),
     * null when unset or when the instance has no such slot: one array load for Java code that
     * knows its class's layout, where a member descriptor's lookup would go through the class.
     */
    public final Object slot(int index) {
        Object[] s = slots;
        return s != null && index >= 0 && index < s.length ? s[index] : null;
    }

    /** Stores into the instance dict, bypassing {@code __setattr__} and descriptors. */
    public final void setOwn(String name, Object value) {
        namespace().put(name, value);
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
        Object h = type.special(PyClass.Special.HASH);
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
