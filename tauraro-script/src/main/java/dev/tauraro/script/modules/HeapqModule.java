package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code _heapq}: the sifting of lib/heapq.py's binary min-heaps (and the max-heap variants its
 * nsmallest uses), in Java as CPython's is in C: a push and a pop in the script cost 40 times
 * CPython's. Every comparison is {@code <} ({@link Ops#lt}); one that raises leaves the list a
 * permutation of its items (the sift swaps, it does not hold an item outside the list), and one
 * that changes the list's size stops the sift with CPython's RuntimeError.
 */
final class HeapqModule {
    private HeapqModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_heapq", interp);
        m.set("heappush", new BuiltinFunction("heappush", (a, k) -> {
            PyList h = heap("heappush", a, k, 2);
            h.add(a[1]);
            siftDown(h, 0, h.size() - 1, false);
            return PyNone.NONE;
        }));
        m.set("heappop", new BuiltinFunction("heappop", (a, k) -> pop(heap("heappop", a, k, 1), false)));
        m.set("_heappop_max", new BuiltinFunction("_heappop_max", (a, k) -> pop(heap("_heappop_max", a, k, 1),
                true)));
        m.set("heapreplace", new BuiltinFunction("heapreplace", (a, k) -> replace(heap("heapreplace", a, k, 2),
                a[1], false)));
        m.set("_heapreplace_max", new BuiltinFunction("_heapreplace_max", (a, k) ->
                replace(heap("_heapreplace_max", a, k, 2), a[1], true)));
        m.set("heappushpop", new BuiltinFunction("heappushpop", (a, k) -> {
            PyList h = heap("heappushpop", a, k, 2);
            if (h.isEmpty() || !less(h.get(0), a[1])) {
                return a[1];
            }
            if (h.isEmpty()) { // the comparison emptied it
                throw Exceptions.indexError("index out of range");
            }
            Object top = h.get(0);
            h.set(0, a[1]);
            siftUp(h, 0, false);
            return top;
        }));
        m.set("heapify", new BuiltinFunction("heapify", (a, k) -> heapify(heap("heapify", a, k, 1), false)));
        m.set("_heapify_max", new BuiltinFunction("_heapify_max", (a, k) -> heapify(heap("_heapify_max", a, k, 1),
                true)));
        return m;
    }

    /** The list argument, after CPython's checks of the call (its messages differ by arity). */
    private static PyList heap(String name, Object[] a, String[] k, int arity) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("_heapq." + name + "() takes no keyword arguments");
        }
        if (a.length != arity) {
            throw Exceptions.typeError(arity == 1
                    ? "_heapq." + name + "() takes exactly one argument (" + a.length + " given)"
                    : name + " expected " + arity + " arguments, got " + a.length);
        }
        Object h = a[0] instanceof PyDerived d && d.value instanceof PyList ? d.value : a[0];
        if (!(h instanceof PyList l)) {
            throw Exceptions.typeError(name + "() argument " + (arity == 1 ? "" : "1 ") + "must be list, not "
                    + Ops.typeName(a[0]));
        }
        return l;
    }

    private static Object pop(PyList h, boolean max) {
        if (h.isEmpty()) {
            throw Exceptions.indexError("index out of range");
        }
        Object last = h.remove(h.size() - 1);
        if (h.isEmpty()) {
            return last;
        }
        Object top = h.get(0);
        h.set(0, last);
        siftUp(h, 0, max);
        return top;
    }

    private static Object replace(PyList h, Object item, boolean max) {
        if (h.isEmpty()) {
            throw Exceptions.indexError("index out of range");
        }
        Object top = h.get(0);
        h.set(0, item);
        siftUp(h, 0, max);
        return top;
    }

    private static Object heapify(PyList h, boolean max) {
        // bottom-up: each subtree is a heap before its root sifts (the layout CPython's gives)
        for (int i = h.size() / 2 - 1; i >= 0; i--) {
            siftUp(h, i, max);
        }
        return PyNone.NONE;
    }

    private static boolean less(Object a, Object b) {
        return Ops.truthy(Ops.lt(a, b));
    }

    /** {@code a} ranks before {@code b}: smaller in a min-heap, larger in a max-heap. */
    private static boolean before(Object a, Object b, boolean max) {
        return max ? less(b, a) : less(a, b);
    }

    private static void checkSize(PyList h, int size) {
        if (h.size() != size) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "list changed size during iteration");
        }
    }

    /** Moves the item at {@code pos} towards {@code top} while it ranks before its parent. */
    private static void siftDown(PyList h, int top, int pos, boolean max) {
        int size = h.size();
        while (pos > top) {
            int parent = (pos - 1) >> 1;
            boolean up = before(h.get(pos), h.get(parent), max);
            checkSize(h, size);
            if (!up) {
                break;
            }
            swap(h, pos, parent);
            pos = parent;
        }
    }

    /**
     * The item at {@code pos} goes down along the earlier-ranking children to a leaf, then back up
     * (fewer comparisons than stopping on the way down, and CPython's layout for equal items).
     */
    private static void siftUp(PyList h, int pos, boolean max) {
        int size = h.size();
        int start = pos;
        int limit = size >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < size) {
                boolean left = before(h.get(child), h.get(child + 1), max);
                checkSize(h, size);
                if (!left) {
                    child++;
                }
            }
            swap(h, pos, child);
            pos = child;
        }
        siftDown(h, start, pos, max);
    }

    private static void swap(PyList h, int i, int j) {
        Object t = h.get(i);
        h.set(i, h.get(j));
        h.set(j, t);
    }
}
