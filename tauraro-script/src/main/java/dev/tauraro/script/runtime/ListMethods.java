package dev.tauraro.script.runtime;

import java.util.Collections;

/**
 * Methods of {@code list}. Each is its own small Java method, so that the JIT compiles the ones a
 * program uses on their own, and a call site ({@link AttrSite}) resolves one by name once instead of
 * switching on the name per call.
 */
final class ListMethods {
    private ListMethods() {
    }

    /** One method of {@code list}: the receiver, the arguments (keyword values last) and keyword names. */
    @FunctionalInterface
    interface Method {
        Object call(PyList l, Object[] a, String[] k);
    }

    /** The method called {@code name}, or null when list has none. */
    static Method method(String name) {
        return switch (name) {
            case "append" -> ListMethods::append;
            case "extend" -> ListMethods::extend;
            case "pop" -> ListMethods::pop;
            case "insert" -> ListMethods::insert;
            case "remove" -> ListMethods::remove;
            case "index" -> ListMethods::index;
            case "count" -> ListMethods::count;
            case "sort" -> ListMethods::sort;
            case "reverse" -> ListMethods::reverse;
            case "copy" -> ListMethods::copy;
            case "clear" -> ListMethods::clear;
            default -> null;
        };
    }

    private static Object append(PyList l, Object[] a, String[] k) {
        BuiltinArgs.one("list.append", a, k);
        l.add(a[0]);
        return PyNone.NONE;
    }

    private static Object extend(PyList l, Object[] a, String[] k) {
        BuiltinArgs.one("list.extend", a, k);
        l.addAll(Ops.toList(a[0]));
        return PyNone.NONE;
    }

    private static Object pop(PyList l, Object[] a, String[] k) {
        BuiltinArgs.range("list.pop", "pop", a, k, 0, 1);
        if (l.isEmpty()) {
            throw Exceptions.indexError("pop from empty list");
        }
        long i = a.length > 0 ? Ops.toLong(a[0]) : l.size() - 1;
        if (i < 0) {
            i += l.size();
        }
        if (i < 0 || i >= l.size()) {
            throw Exceptions.indexError("pop index out of range");
        }
        return l.remove((int) i);
    }

    private static Object insert(PyList l, Object[] a, String[] k) {
        BuiltinArgs.range("list.insert", "insert", a, k, 2, 2);
        long i = Ops.toLong(a[0]);
        int n = l.size();
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        l.add((int) Math.min(i, n), a[1]);
        return PyNone.NONE;
    }

    private static Object remove(PyList l, Object[] a, String[] k) {
        BuiltinArgs.one("list.remove", a, k);
        for (int i = 0; i < l.size(); i++) {
            if (Ops.sameOrEq(l.get(i), a[0])) {
                l.remove(i);
                return PyNone.NONE;
            }
        }
        throw Exceptions.valueError("list.remove(x): x not in list");
    }

    private static Object index(PyList l, Object[] a, String[] k) {
        return SequenceSearch.index(l, "list", a, k);
    }

    private static Object count(PyList l, Object[] a, String[] k) {
        return SequenceSearch.count(l, "list", a, k);
    }

    private static Object sort(PyList l, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length > 2) {
            throw Exceptions.typeError("sort() takes at most 2 arguments (" + a.length + " given)");
        }
        if (a.length > nk) {
            throw Exceptions.typeError("sort() takes no positional arguments");
        }
        Object key = PyNone.NONE;
        boolean reverse = false;
        for (int i = 0; i < nk; i++) {
            Object v = a[i];
            if (k[i].equals("key")) {
                key = v;
            } else if (k[i].equals("reverse")) {
                reverse = Ops.truthy(v);
            } else {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for sort()");
            }
        }
        Sorting.sort(l, key, reverse);
        return PyNone.NONE;
    }

    private static Object reverse(PyList l, Object[] a, String[] k) {
        BuiltinArgs.none("list.reverse", a, k);
        Collections.reverse(l);
        return PyNone.NONE;
    }

    private static Object copy(PyList l, Object[] a, String[] k) {
        BuiltinArgs.none("list.copy", a, k);
        return l.copy();
    }

    private static Object clear(PyList l, Object[] a, String[] k) {
        BuiltinArgs.none("list.clear", a, k);
        l.clear();
        return PyNone.NONE;
    }
}
