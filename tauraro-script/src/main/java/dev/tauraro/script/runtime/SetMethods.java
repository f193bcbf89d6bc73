package dev.tauraro.script.runtime;

/**
 * Methods of {@code set} and {@code frozenset}. Each is its own small Java method, as
 * {@link ListMethods}' are, so that the JIT compiles the ones a program uses on their own and a
 * call site ({@link AttrSite}) resolves one by name once: through {@link BuiltinMethods#invoke}
 * every {@code s.add(x)} ran a switch on the name and an argument check by the name's arity, and
 * C1 compiled that whole method (50 kB of code) for one hot case.
 */
final class SetMethods {
    private SetMethods() {
    }

    /** One method: the receiver, the arguments (keyword values last) and keyword names. */
    @FunctionalInterface
    interface Method {
        Object call(PySet s, Object[] a, String[] k);
    }

    /** The method called {@code name}, or null when set has none (frozenset has only those that make no change). */
    static Method method(String name) {
        return switch (name) {
            case "add" -> SetMethods::add;
            case "remove" -> SetMethods::remove;
            case "discard" -> SetMethods::discard;
            case "pop" -> SetMethods::pop;
            case "union" -> SetMethods::union;
            case "update" -> SetMethods::update;
            case "intersection" -> SetMethods::intersection;
            case "intersection_update" -> SetMethods::intersectionUpdate;
            case "difference" -> SetMethods::difference;
            case "difference_update" -> SetMethods::differenceUpdate;
            case "symmetric_difference" -> SetMethods::symmetricDifference;
            case "symmetric_difference_update" -> SetMethods::symmetricDifferenceUpdate;
            case "issubset" -> SetMethods::issubset;
            case "issuperset" -> SetMethods::issuperset;
            case "isdisjoint" -> SetMethods::isdisjoint;
            case "copy" -> SetMethods::copy;
            case "clear" -> SetMethods::clear;
            default -> null;
        };
    }

    /** CPython names a method with its type ({@code frozenset.copy() takes no arguments}, {@code set.union() takes no keyword arguments}). */
    private static String qualified(PySet s, String name) {
        return (s.frozen ? "frozenset." : "set.") + name;
    }

    /** Exactly one positional argument, checked without building a message unless it is wrong. */
    private static void one(PySet s, String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            BuiltinArgs.one(qualified(s, name), a, k);
        }
    }

    private static void noKeywords(PySet s, String name, String[] k) {
        if (k != null && k.length > 0) {
            BuiltinArgs.noKeywords(qualified(s, name), k);
        }
    }

    private static void none(PySet s, String name, Object[] a, String[] k) {
        if (a.length != 0 || k != null && k.length > 0) {
            BuiltinArgs.none(qualified(s, name), a, k);
        }
    }

    private static Object add(PySet s, Object[] a, String[] k) {
        one(s, "add", a, k);
        s.add(a[0]);
        return PyNone.NONE;
    }

    private static Object remove(PySet s, Object[] a, String[] k) {
        one(s, "remove", a, k);
        if (!s.remove(a[0])) {
            throw Exceptions.keyError(a[0]);
        }
        return PyNone.NONE;
    }

    private static Object discard(PySet s, Object[] a, String[] k) {
        one(s, "discard", a, k);
        s.remove(a[0]);
        return PyNone.NONE;
    }

    private static Object pop(PySet s, Object[] a, String[] k) {
        none(s, "pop", a, k);
        return s.pop();
    }

    /**
     * The method as a bound method object ({@code m = s.union}) calls it. A method taking any number
     * of others refuses keywords there with its bare name, as CPython's builtin method object does
     * ({@code m(x=1)}: {@code union() takes no keyword arguments}), where the call {@code s.union(x=1)}
     * goes through the type's descriptor, which names the type ({@code set.union()}).
     */
    static Method bound(String name) {
        Method m = method(name);
        return switch (name) {
            case "union", "update", "intersection", "intersection_update", "difference", "difference_update" ->
                    (s, a, k) -> {
                        BuiltinArgs.noKeywords(name, k);
                        return m.call(s, a, k);
                    };
            default -> m;
        };
    }

    private static Object union(PySet s, Object[] a, String[] k) {
        PySet r = s.copy();
        changeByEach("union", r, a, k, PySet::update);
        return r;
    }

    /** {@code change} applied to {@code s} with each argument in turn. */
    private static Object changeByEach(String name, PySet s, Object[] a, String[] k,
                                       java.util.function.BiConsumer<PySet, Object> change) {
        noKeywords(s, name, k);
        for (Object x : a) {
            change.accept(s, x);
        }
        return PyNone.NONE;
    }

    private static Object update(PySet s, Object[] a, String[] k) {
        return changeByEach("update", s, a, k, PySet::update);
    }

    /**
     * As CPython's set_intersection_multi: a copy for no arguments, else pairwise (no copy first:
     * intersecting a big set with a small one costs the small one).
     */
    private static Object intersection(PySet s, Object[] a, String[] k) {
        noKeywords(s, "intersection", k);
        if (a.length == 0) {
            return s.copy();
        }
        PySet r = s.intersection(a[0]);
        for (int i = 1; i < a.length; i++) {
            r = r.intersection(a[i]);
        }
        return r;
    }

    private static Object intersectionUpdate(PySet s, Object[] a, String[] k) {
        return changeByEach("intersection_update", s, a, k, PySet::intersectionUpdate);
    }

    private static Object difference(PySet s, Object[] a, String[] k) {
        noKeywords(s, "difference", k);
        if (a.length == 0) {
            return s.copy();
        }
        PySet r = s.difference(a[0]);
        for (int i = 1; i < a.length; i++) {
            r.differenceUpdate(a[i]);
        }
        return r;
    }

    private static Object differenceUpdate(PySet s, Object[] a, String[] k) {
        return changeByEach("difference_update", s, a, k, PySet::differenceUpdate);
    }

    private static Object symmetricDifference(PySet s, Object[] a, String[] k) {
        one(s, "symmetric_difference", a, k);
        return s.symmetricDifference(a[0]);
    }

    private static Object symmetricDifferenceUpdate(PySet s, Object[] a, String[] k) {
        one(s, "symmetric_difference_update", a, k);
        s.symmetricDifferenceUpdate(a[0]);
        return PyNone.NONE;
    }

    /** As CPython: the other side as a set (O(len(other))), then one lookup per item of s. */
    private static Object issubset(PySet s, Object[] a, String[] k) {
        one(s, "issubset", a, k);
        PySet other = a[0] instanceof PySet x ? x : PySet.of(true, a[0]);
        return s.size() <= other.size() && s.isSubsetOf(other);
    }

    private static Object issuperset(PySet s, Object[] a, String[] k) {
        one(s, "issuperset", a, k);
        return a[0] instanceof PySet x ? s.size() >= x.size() && x.isSubsetOf(s) : s.containsAll(Ops.toList(a[0]));
    }

    private static Object isdisjoint(PySet s, Object[] a, String[] k) {
        one(s, "isdisjoint", a, k);
        return s.isDisjoint(a[0]);
    }

    private static Object copy(PySet s, Object[] a, String[] k) {
        none(s, "copy", a, k);
        return s.frozen ? s : s.copy();
    }

    private static Object clear(PySet s, Object[] a, String[] k) {
        none(s, "clear", a, k);
        s.clear();
        return PyNone.NONE;
    }
}
