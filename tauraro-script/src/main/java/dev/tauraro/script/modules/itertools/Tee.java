package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyTuple;
import java.util.Map;

/**
 * {@code tee(iterable, n=2)} and its iterators ({@code itertools._tee}). The iterators of one tee
 * share a buffer of the items read so far, a linked list of {@link Link}s: each reads the source
 * only for an item none of them has read yet, and the items all of them passed are left to the
 * garbage collector. {@code __copy__} makes another iterator at the same place.
 */
final class Tee extends Tool {
    static final PyClass TYPE = Tool.type("_tee", Tee::construct, false, Map.of(
            "__copy__", (self, tool, a, k) -> ((Tee) tool).copy()));

    /** {@code tee(iterable, n=2, /)}, a function as CPython's. */
    static final BuiltinFunction TEE = new BuiltinFunction("tee", Tee::tee);

    /** One item of the shared buffer, with the link after it (null until some iterator reads on). */
    private static final class Link {
        Object value;
        Link next;
    }

    /** The iterator all the tee's iterators read from. */
    private final PyIterator source;
    /** This iterator's place: the link of its next item (empty when it is the end of the buffer). */
    private Link link;

    private Tee(PyIterator source, Link link) {
        super(TYPE);
        this.source = source;
        this.link = link;
    }

    @Override
    public Object next() {
        Link l = link;
        if (l.next == null) {
            Object v = source.next();
            if (v == null) {
                return null;
            }
            l.value = v;
            l.next = new Link();
        }
        link = l.next;
        return l.value;
    }

    Tee copy() {
        return new Tee(source, link);
    }

    /** {@code _tee(iterable)}: a tee iterator over the iterable, a copy when it is one already. */
    private static Object construct(Object[] a, String[] k) {
        Arity.positional("_tee", a, k, 1, 1);
        return fromIterable(a[0]);
    }

    private static Tee fromIterable(Object iterable) {
        PyIterator it = Ops.iter(iterable);
        return it instanceof Tee t ? t.copy() : new Tee(it, new Link());
    }

    private static Object tee(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("itertools.tee() takes no keyword arguments");
        }
        Arity.positional("tee", a, k, 1, 2);
        long n = a.length > 1 ? Ops.toLong(a[1]) : 2;
        if (n < 0) {
            throw Exceptions.valueError("n must be >= 0");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Exceptions.newException(Exceptions.MEMORY_ERROR); // CPython's tuple of n could not be made either
        }
        Object[] out = new Object[(int) n];
        if (n == 0) {
            return new PyTuple(out);
        }
        // a copyable iterator (a tee's, or any with __copy__) is the first itself, the others its copies
        Object it = Ops.iterObject(a[0]);
        Object copy = Ops.getAttrOrNull(it, "__copy__");
        Object first = it;
        if (copy == null) {
            Tee t = fromIterable(it);
            first = t;
            copy = Ops.getAttr(t, "__copy__");
        }
        out[0] = first;
        for (int i = 1; i < n; i++) {
            out[i] = Ops.call(copy);
        }
        return new PyTuple(out);
    }
}
