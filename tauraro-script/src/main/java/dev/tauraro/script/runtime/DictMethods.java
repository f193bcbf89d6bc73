package dev.tauraro.script.runtime;

import java.util.Map;

/**
 * Methods of {@code dict}. Each is its own small Java method, so that the JIT compiles the ones a
 * program uses on their own, and a call site ({@link AttrSite}) resolves one by name once instead of
 * switching on the name per call.
 */
final class DictMethods {
    private DictMethods() {
    }

    /** One method of {@code dict}: the receiver, the arguments (keyword values last) and keyword names. */
    @FunctionalInterface
    interface Method {
        Object call(PyDict d, Object[] a, String[] k);
    }

    /** The method called {@code name}, or null when dict has none. */
    static Method method(String name) {
        return switch (name) {
            case "get" -> DictMethods::get;
            case "keys" -> (d, a, k) -> BuiltinMethods.view(d, "keys", a, k);
            case "values" -> (d, a, k) -> BuiltinMethods.view(d, "values", a, k);
            case "items" -> (d, a, k) -> BuiltinMethods.view(d, "items", a, k);
            case "pop" -> DictMethods::pop;
            case "popitem" -> DictMethods::popitem;
            case "setdefault" -> DictMethods::setdefault;
            case "update" -> DictMethods::update;
            case "copy" -> DictMethods::copy;
            case "clear" -> DictMethods::clear;
            default -> null;
        };
    }

    private static Object get(PyDict d, Object[] a, String[] k) {
        BuiltinArgs.range("dict.get", "get", a, k, 1, 2);
        Object v = d.get(a[0]);
        return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
    }

    private static Object pop(PyDict d, Object[] a, String[] k) {
        BuiltinArgs.range("dict.pop", "pop", a, k, 1, 2);
        Object v = d.remove(a[0]);
        if (v == null) {
            if (a.length > 1) {
                return a[1];
            }
            throw Exceptions.keyError(a[0]);
        }
        return v;
    }

    private static Object popitem(PyDict d, Object[] a, String[] k) {
        BuiltinArgs.none("dict.popitem", a, k);
        if (d.isEmpty()) {
            throw Exceptions.keyError("popitem(): dictionary is empty");
        }
        Map.Entry<Object, Object> last = d.popLast();
        return new PyTuple(new Object[] {last.getKey(), last.getValue()});
    }

    private static Object setdefault(PyDict d, Object[] a, String[] k) {
        BuiltinArgs.range("dict.setdefault", "setdefault", a, k, 1, 2);
        Object v = d.get(a[0]);
        if (v == null) {
            v = a.length > 1 ? a[1] : PyNone.NONE;
            d.put(a[0], v);
        }
        return v;
    }

    /** {@code d.update([other], **kw)}: at most one positional mapping or iterable of pairs, then the keywords. */
    private static Object update(PyDict d, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int n = a.length - nk;
        if (n > 1) {
            throw Exceptions.typeError("update expected at most 1 argument, got " + n);
        }
        if (n == 1) {
            d.putAll((PyDict) Conversions.toDict(new Object[] {a[0]}, null));
        }
        for (int i = 0; i < nk; i++) {
            d.put(k[i], a[n + i]);
        }
        return PyNone.NONE;
    }

    private static Object copy(PyDict d, Object[] a, String[] k) {
        BuiltinArgs.none("dict.copy", a, k);
        PyDict r = new PyDict();
        r.putAll(d);
        return r;
    }

    private static Object clear(PyDict d, Object[] a, String[] k) {
        BuiltinArgs.none("dict.clear", a, k);
        d.clear();
        return PyNone.NONE;
    }
}
