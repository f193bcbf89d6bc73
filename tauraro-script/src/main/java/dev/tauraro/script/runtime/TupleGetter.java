package dev.tauraro.script.runtime;

/**
 * {@code collections._tuplegetter(index, doc)}: the read-only field of a namedtuple class, item
 * {@code index} of the tuple. A built-in data descriptor, so that {@code p.x} is one array read in
 * the attribute lookup (it was a script {@code __get__} call: 3.6 us against CPython's 0.16).
 * As CPython's it reads the tuple's storage directly (a subclass's {@code __getitem__} is not called).
 */
public final class TupleGetter {
    final long index;
    /** Writable, as CPython's: sched, for one, documents its Event fields after making the class. */
    Object doc;

    public TupleGetter(long index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    /** {@code _tuplegetter(index, doc)} called as the type is. */
    static TupleGetter make(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("_tuplegetter() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Exceptions.typeError("_tuplegetter expected 2 arguments, got " + a.length);
        }
        return new TupleGetter(Ops.index(a[0]), a[1]);
    }

    Object get(Object obj) {
        Object v = obj instanceof PyDerived d ? d.value : obj;
        if (!(v instanceof PyTuple t)) {
            throw Exceptions.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                    + Ops.typeName(obj) + "' object");
        }
        if (index < 0 || index >= t.items.length) {
            throw Exceptions.indexError("tuple index out of range");
        }
        return t.items[(int) index];
    }

    static PyException cannotSet() {
        return Exceptions.attributeError("can't set attribute");
    }

    static PyException cannotDelete() {
        return Exceptions.attributeError("can't delete attribute");
    }

    @Override
    public String toString() {
        return "_tuplegetter(" + index + ", " + Ops.repr(doc) + ")";
    }
}
