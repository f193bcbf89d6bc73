package dev.tauraro.script.runtime;

/**
 * One attribute site of compiled code ({@code obj.name}, {@code obj.name = v}, {@code obj.name(...)}).
 * It keeps what the class lookup gave for the last type of instance seen there, valid while that
 * class's {@link PyClass#version} is unchanged, so that a repeated access skips the walk over the
 * MRO's dicts (CPython's specialising {@code LOAD_ATTR} caches the same way). The instance dict and
 * the hooks are still consulted on every access, so the result is always what a fresh lookup gives.
 */
public final class AttrSite {
    /** Immutable, so that threads sharing a site (pool workers run without the GIL) see whole entries. */
    private record Entry(PyClass type, int version, Object classAttr) {
    }

    final String name;
    private Entry last;

    public AttrSite(String name) {
        this.name = name.intern(); // instance dicts then usually find their key by identity
    }

    public String name() {
        return name;
    }

    /** {@code type.lookup(name)}, from the cache when the type and its version match. */
    Object classAttr(PyClass type) {
        Entry e = last;
        if (e == null || e.type != type || e.version != type.version) {
            e = new Entry(type, type.version, type.lookup(name));
            last = e;
        }
        return e.classAttr;
    }

    /** {@code obj.name}. */
    public Object get(Object obj) {
        return obj instanceof PyInstance inst ? Attributes.get(inst, this) : Ops.getAttr(obj, name);
    }

    /** {@code obj.name = value}. */
    public void set(Object obj, Object value) {
        if (obj instanceof PyInstance inst) {
            Attributes.set(inst, this, value);
        } else {
            Ops.setAttr(obj, name, value);
        }
    }

    /** {@code obj.name(*args)}: a method of a script class is called without making a bound method. */
    public Object call(Object obj, Object[] args, String[] kwnames) {
        if (obj instanceof PyInstance inst && !inst.type().has(PyClass.GETATTRIBUTE)
                && classAttr(inst.type()) instanceof PyFunction fn
                && (inst.dict == null || !inst.dict.containsKey(name))) {
            return fn.callWithSelf(inst, args, kwnames);
        }
        return Ops.callMethod(obj, name, args, kwnames);
    }
}
