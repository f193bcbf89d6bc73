package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.util.Map;

/**
 * {@code groupby(iterable, key=None)} and its groups ({@code itertools._grouper}). The groups share
 * the groupby's one iterator, as CPython's: a group reads items only while it is the current one, so
 * moving the groupby on skips what is left of the current group and leaves it empty.
 */
final class GroupBy extends Tool {
    static final PyClass GROUPBY = Tool.type("groupby", GroupBy::groupby, true, Map.of());
    static final PyClass GROUPER = Tool.type("_grouper", (a, k) -> {
        Arity.positional("_grouper", a, k, 2, 2);
        if (!(dev.tauraro.script.runtime.PyDerived.unwrap(a[0]) instanceof GroupBy parent)) {
            throw dev.tauraro.script.runtime.Exceptions.typeError("_grouper() argument 1 must be "
                    + "itertools.groupby, not " + Ops.typeName(a[0]));
        }
        return parent.group(a[1]);
    }, false, Map.of());

    private final PyIterator it;
    /** The key function, or null for the items themselves. */
    private final Object keyfunc;
    /** The current group's key; null before the first. */
    private Object tgtkey;
    /** The last item read and its key; null when it was given out (or none was read yet). */
    private Object currkey;
    private Object currvalue;
    /** The group that may still read items: the last one made. */
    private Grouper current;

    private GroupBy(PyIterator it, Object keyfunc) {
        super(GROUPBY);
        this.it = it;
        this.keyfunc = keyfunc;
    }

    private static Object groupby(Object[] a, String[] k) {
        Object[] p = Arity.bind("groupby", a, k, new String[] {"iterable", "key"}, 1);
        return new GroupBy(Ops.iter(p[0]), p[1] == null || p[1] == PyNone.NONE ? null : p[1]);
    }

    /** Reads the next item and its key; false when the iterator ran out. */
    private boolean step() {
        Object v = it.next();
        if (v == null) {
            return false;
        }
        Object key = keyfunc == null ? v : Ops.call(keyfunc, v);
        currvalue = v;
        currkey = key;
        return true;
    }

    /** CPython's PyObject_RichCompareBool: the same object is equal to itself. */
    private static boolean same(Object a, Object b) {
        return a == b || Ops.eq(a, b);
    }

    @Override
    public Object next() {
        current = null;
        // skip the rest of the current group
        for (;;) {
            if (currkey != null && (tgtkey == null || !same(tgtkey, currkey))) {
                break;
            }
            if (!step()) {
                return null;
            }
        }
        tgtkey = currkey;
        return new PyTuple(new Object[] {currkey, group(tgtkey)});
    }

    /** A new group of the items with {@code key}, the one that may read from now on. */
    private Grouper group(Object key) {
        current = new Grouper(key);
        return current;
    }

    final class Grouper extends Tool {
        private final Object key;

        Grouper(Object key) {
            super(GROUPER);
            this.key = key;
        }

        @Override
        public Object next() {
            if (current != this) {
                return null;
            }
            if (currvalue == null && !step()) {
                return null;
            }
            if (!same(key, currkey)) {
                return null;
            }
            Object v = currvalue;
            currvalue = null;
            currkey = null;
            return v;
        }
    }
}
