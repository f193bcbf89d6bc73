package dev.tauraro.script.runtime;

import java.util.Arrays;

/**
 * A key layout that the {@code __dict__}s of many instances share (CPython's key-sharing dicts of
 * PEP 412, or a "hidden class"): the str keys in insertion order, their hashes and the index table,
 * laid out exactly as a {@link PyDict} that had those keys put into it would lay them out. An instance
 * dict using one keeps only its values, and an {@link AttrSite} that found a name at a position of
 * one layout knows it for every dict with that layout by comparing references.
 *
 * <p>The layouts of a class form a tree from an empty root: each one knows the layouts it grows to
 * by one more key. A layout never changes once made, so dicts and threads share it freely; a dict
 * whose keys stop fitting the tree (a deletion, a key that is not an exact str, too many keys or
 * layouts) copies its layout and goes on as an ordinary dict.
 */
final class SharedKeys {
    /** CPython's SHARED_KEYS_MAX_SIZE: more keys than this and the dict is an ordinary one. */
    private static final int MAX_KEYS = 30;
    /** Layouts one class may make (insertion orders differing between instances multiply them). */
    private static final int MAX_LAYOUTS = 64;
    private static final SharedKeys[] NONE = {};

    /** Keys (exact str) in insertion order; the array is as long as a dict of this index would make it. */
    final Object[] keys;
    final long[] hashes;
    final int[] index;
    /** How many keys. */
    final int count;
    /** The root of this tree, whose monitor guards growing it and whose {@link #layouts} counts it. */
    private final SharedKeys root;
    private int layouts;
    /** The layouts with one more key, copied on write so that reading needs no lock. */
    private volatile SharedKeys[] next = NONE;

    /** An empty root layout (one per class). */
    SharedKeys() {
        int size = PyDict.MINSIZE;
        this.index = PyDict.newIndex(size);
        this.keys = new Object[PyDict.usable(size)];
        this.hashes = new long[keys.length];
        this.count = 0;
        this.root = this;
        this.layouts = 1;
    }

    /** {@code parent} with {@code key} added, sized and indexed as PyDict's put would do it. */
    private SharedKeys(SharedKeys parent, String key, long hash) {
        int n = parent.count;
        int size = n < parent.keys.length ? parent.index.length : PyDict.tableSize((long) n * 3);
        this.keys = Arrays.copyOf(parent.keys, PyDict.usable(size));
        this.hashes = Arrays.copyOf(parent.hashes, keys.length);
        keys[n] = key;
        hashes[n] = hash;
        if (size == parent.index.length) {
            this.index = parent.index.clone();
        } else {
            this.index = PyDict.newIndex(size);
            for (int e = 0; e < n; e++) {
                PyDict.insertIndex(index, hashes[e], e);
            }
        }
        PyDict.insertIndex(index, hash, n);
        this.count = n + 1;
        this.root = parent.root;
    }

    /** The position of {@code name} in this layout, or -1. */
    int indexOf(String name) {
        Object[] k = keys;
        for (int e = 0; e < count; e++) {
            if (k[e] == name || name.equals(k[e])) {
                return e;
            }
        }
        return -1;
    }

    /** This layout with {@code key} (not in it) added, or null when the tree may not grow so. */
    SharedKeys next(String key, long hash) {
        SharedKeys found = child(key);
        if (found != null || count >= MAX_KEYS) {
            return found;
        }
        synchronized (root) {
            found = child(key);
            if (found == null && root.layouts < MAX_LAYOUTS) {
                found = new SharedKeys(this, key, hash);
                SharedKeys[] grown = Arrays.copyOf(next, next.length + 1);
                grown[grown.length - 1] = found;
                next = grown;
                root.layouts++;
            }
            return found;
        }
    }

    private SharedKeys child(String key) {
        for (SharedKeys c : next) {
            Object last = c.keys[count];
            if (last == key || key.equals(last)) {
                return c;
            }
        }
        return null;
    }
}
