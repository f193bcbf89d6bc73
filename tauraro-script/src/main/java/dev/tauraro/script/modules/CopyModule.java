package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;

/**
 * {@code _copy}: the deep copiers of lib/copy.py's dispatch table for list, tuple and dict, in Java
 * as CPython's containers are in C (the script's copiers cost twice CPython's deepcopy). Each does
 * what copy.py's documented copier does, step for step: the new container goes into the memo
 * before its items are copied, a tuple whose items all copy to themselves is its own copy, and
 * every item goes through the original {@code deepcopy} (a copier's {@code deepcopy=deepcopy}
 * default). With an exact dict as memo, an item whose type the dispatch table maps to one of these
 * copiers or to the atomic one is copied here without the call, as deepcopy would: memo lookup
 * first, then the table's entry (read each time, so a script's registration counts), then the
 * memo entry and the keep-alive list. Anything else is deepcopy's own call.
 */
final class CopyModule {
    private CopyModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_copy", interp);
        m.set("deep_copiers", new BuiltinFunction("deep_copiers", (a, k) -> {
            if (a.length != 3 || !(a[0] instanceof PyDict dispatch)) {
                throw Exceptions.typeError("deep_copiers(dispatch, deepcopy, atomic)");
            }
            Copiers c = new Copiers(dispatch, a[1], a[2]);
            return new PyTuple(new Object[] {c.list, c.tuple, c.dict});
        }));
        m.set("keep_alive", new BuiltinFunction("_keep_alive", (a, k) -> {
            if (a.length != 2 || k != null && k.length > 0) {
                throw Exceptions.typeError("_keep_alive() takes 2 positional arguments but " + a.length + " were given");
            }
            Copiers.keepAlive(a[0], a[1]);
            return PyNone.NONE;
        }));
        // object.__reduce_ex__'s test for state it cannot see: a value of a built-in type, or of a
        // class derived from one, keeps its state outside __dict__ and slots
        m.set("plain_instance", new BuiltinFunction("plain_instance", (a, k) ->
                a.length == 1 && a[0] instanceof PyInstance && !(a[0] instanceof PyDerived)));
        return m;
    }

    /** The three copiers of one copy module, which recognise one another and its atomic copier. */
    private static final class Copiers {
        final PyDict dispatch;
        final Object deepcopy;
        final Object atomic;
        final BuiltinFunction list = new BuiltinFunction("_deepcopy_list", (a, k) -> {
            args(a, k);
            return a[0] instanceof PyList l && exact(a[1]) ? list(l, (PyDict) a[1]) : anyList(a[0], a[1]);
        });
        final BuiltinFunction tuple = new BuiltinFunction("_deepcopy_tuple", (a, k) -> {
            args(a, k);
            return a[0] instanceof PyTuple t && exact(a[1]) ? tuple(t, (PyDict) a[1]) : anyTuple(a[0], a[1]);
        });
        final BuiltinFunction dict = new BuiltinFunction("_deepcopy_dict", (a, k) -> {
            args(a, k);
            return dict(a[0], a[1]);
        });

        Copiers(PyDict dispatch, Object deepcopy, Object atomic) {
            this.dispatch = dispatch;
            this.deepcopy = deepcopy;
            this.atomic = atomic;
        }

        private static void args(Object[] a, String[] k) {
            if (a.length != 2 || k != null && k.length > 0) {
                throw Exceptions.typeError("a deep copier takes (x, memo), got " + a.length + " arguments");
            }
        }

        /** {@code deepcopy(x, memo)}, done here when the memo is a plain dict and the table names a copier of ours. */
        Object deep(Object x, Object memo) {
            if (!exact(memo)) {
                return Ops.call(deepcopy, x, memo);
            }
            PyDict m = (PyDict) memo;
            Long d = Ops.id(x);
            Object y = m.get(d);
            if (y != null) {
                return y;
            }
            Object copier = dispatch.get(Ops.type(x));
            if (copier == atomic) {
                return x;
            }
            if (copier == list && x instanceof PyList l) {
                y = list(l, m);
            } else if (copier == tuple && x instanceof PyTuple t) {
                y = tuple(t, m);
            } else if (copier == dict) {
                y = dict(x, m);
            } else {
                return Ops.call(deepcopy, x, memo); // deepcopy's own way, which keeps the memo itself
            }
            if (y != x) {
                m.put(d, y);
                keepAlive(x, m);
            }
            return y;
        }

        private Object list(PyList x, PyDict memo) {
            PyList y = new PyList();
            memo.put(Ops.id(x), y);
            for (int i = 0; i < x.size(); i++) { // the list as it is at each step, as a for loop reads it
                y.add(deep(x.get(i), memo));
            }
            return y;
        }

        private Object anyList(Object x, Object memo) {
            PyList y = new PyList();
            Ops.setItem(memo, Ops.id(x), y);
            PyIterator it = Ops.iter(x);
            for (Object a = it.next(); a != null; a = it.next()) {
                y.add(deep(a, memo));
            }
            return y;
        }

        private Object tuple(PyTuple x, PyDict memo) {
            int n = x.size();
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = deep(x.get(i), memo);
            }
            // the tuple may have been copied while its items were (a cycle through a list)
            Object prior = memo.get(Ops.id(x));
            if (prior != null) {
                return prior;
            }
            for (int i = 0; i < n; i++) {
                if (!Ops.is(x.get(i), items[i])) {
                    return new PyTuple(items);
                }
            }
            return x;
        }

        private Object anyTuple(Object x, Object memo) {
            PyList y = new PyList();
            PyIterator it = Ops.iter(x);
            for (Object a = it.next(); a != null; a = it.next()) {
                y.add(deep(a, memo));
            }
            try {
                return Ops.getItem(memo, Ops.id(x));
            } catch (PyException e) {
                if (!e.value.type().isSubclassOf(Exceptions.KEY_ERROR)) {
                    throw e;
                }
            }
            it = Ops.iter(x);
            int i = 0;
            for (Object a = it.next(); a != null && i < y.size(); a = it.next(), i++) {
                if (!Ops.is(a, y.get(i))) {
                    return new PyTuple(y.toArray());
                }
            }
            return x;
        }

        private Object dict(Object x, Object memo) {
            PyDict y = new PyDict();
            if (memo instanceof PyDict m && exact(m)) {
                m.put(Ops.id(x), y);
            } else {
                Ops.setItem(memo, Ops.id(x), y);
            }
            PyIterator it = Ops.iter(Ops.callMethod(x, "items", new Object[0], null));
            for (Object item = it.next(); item != null; item = it.next()) {
                Object[] kv = pair(item);
                // y[deepcopy(key, memo)] = deepcopy(value, memo): an assignment evaluates its value first
                Object value = deep(kv[1], memo);
                y.put(deep(kv[0], memo), value);
            }
            return y;
        }

        /** {@code key, value = item}. */
        private static Object[] pair(Object item) {
            if (item instanceof PyTuple t && t.size() == 2) {
                return new Object[] {t.get(0), t.get(1)};
            }
            PyList values = new PyList();
            PyIterator it = Ops.iter(item);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (values.size() == 2) {
                    throw Exceptions.valueError("too many values to unpack (expected 2)");
                }
                values.add(v);
            }
            if (values.size() < 2) {
                throw Exceptions.valueError("not enough values to unpack (expected 2, got " + values.size() + ")");
            }
            return values.toArray();
        }

        /**
         * copy's _keep_alive, {@code memo[id(memo)].append(x)} or on a KeyError {@code memo[id(memo)] = [x]}:
         * the original stays referenced from the memo so that its id is not reused meanwhile.
         */
        static void keepAlive(Object x, Object memo) {
            Long key = Ops.id(memo);
            Object kept;
            if (exact(memo)) {
                kept = ((PyDict) memo).get(key);
            } else {
                try {
                    kept = Ops.getItem(memo, key);
                } catch (PyException e) {
                    if (!e.value.type().isSubclassOf(Exceptions.KEY_ERROR)) {
                        throw e;
                    }
                    kept = null;
                }
            }
            if (kept == null) {
                PyList l = new PyList();
                l.add(x);
                Ops.setItem(memo, key, l);
            } else if (kept instanceof PyList l) {
                l.add(x);
            } else {
                Ops.callMethod(kept, "append", new Object[] {x}, null);
            }
        }

        private static boolean exact(Object memo) {
            return memo != null && memo.getClass() == PyDict.class;
        }
    }
}
