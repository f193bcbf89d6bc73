package dev.tauraro.script.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Python's {@code dict}: insertion-ordered, keyed by Python hash and equality, as CPython's compact dict.
 *
 * <p>Keys equal in Python are one key ({@code {1: 'a', True: 'b'}} is {@code {1: 'b'}}); the first key
 * object stays and only the value is replaced. Entries live in insertion order in parallel arrays; a
 * sparse index table of open-addressed slots points into them. Lookups with str or small-int keys
 * allocate nothing.
 */
public class PyDict extends AbstractMap<Object, Object> {
    private static final int EMPTY = -1;
    private static final int DELETED = -2;
    static final int MINSIZE = 8;

    /** Index table: entry number, EMPTY or DELETED. Its length is a power of two. */
    private int[] index;
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Entries used so far, deleted ones included (their key is null). */
    private int entries;
    /**
     * New entries the index takes before it must grow (CPython's dk_usable): popitem gives its entry
     * back but not this, so deleted slots in the index always leave empty ones for lookups to end on.
     */
    private int usableLeft;
    private int used;
    private int modCount;
    /**
     * The layout this dict shares with other instance dicts, or null for a dict with its own.
     * While set, {@link #keys}, {@link #hashes} and {@link #index} are that layout's arrays (never
     * written through this dict), every entry is live, and only {@link #values} is this dict's: any
     * change the layout cannot express first gives the dict its own copy ({@link #unshare}).
     */
    SharedKeys shared;
    /** This dict's {@code id()} once asked, 0 before ({@link ObjectIds}: no table entry for a dict). */
    volatile long id;

    public PyDict() {
        allocate(MINSIZE);
    }

    /** An empty instance {@code __dict__} that starts on a class's shared key layout. */
    PyDict(SharedKeys root) {
        shared = root;
        index = root.index;
        keys = root.keys;
        hashes = root.hashes;
        values = new Object[keys.length];
    }

    /**
     * An empty dict that takes {@code minused} entries without growing, sized as CPython 3.11's
     * _PyDict_NewPresized sizes the dicts of displays and of {@code json} objects.
     */
    public PyDict(int minused) {
        allocate(minused <= usable(MINSIZE) ? MINSIZE
                : minused > usable(1 << 17) ? 1 << 17 : tableSize(((long) minused * 3 + 1) / 2));
    }

    /** CPython's calculate_log2_keysize, as a size: the index table for {@code minsize} slots. */
    static int tableSize(long minsize) {
        return 1 << (64 - Long.numberOfLeadingZeros(((minsize | MINSIZE) - 1) | (MINSIZE - 1)));
    }

    /** Empty tables for an index of {@code size} slots. */
    private void allocate(int size) {
        index = newIndex(size);
        keys = new Object[usable(size)];
        values = new Object[keys.length];
        hashes = new long[keys.length];
        entries = 0;
        usableLeft = keys.length;
        used = 0;
    }

    /** CPython's USABLE_FRACTION: how many entries an index table of that size takes before resizing. */
    static int usable(int size) {
        return (size << 1) / 3;
    }

    static int[] newIndex(int size) {
        int[] ix = new int[size];
        java.util.Arrays.fill(ix, EMPTY);
        return ix;
    }

    /** The entry number holding key, or -1. */
    private int find(Object key, long hash) {
        int[] ix = index;
        int m = ix.length - 1;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == hash) {
                Object k = keys[e];
                if (k == key || PyHash.keyEq(k, key)) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & m);
        }
    }

    static void insertIndex(int[] ix, long hash, int e) {
        int m = ix.length - 1;
        long perturb = hash;
        int i = (int) (hash & m);
        while (ix[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & m);
        }
        ix[i] = e;
    }

    /**
     * Compacts the entries and rebuilds the index for room to grow, to the size CPython 3.11's
     * insertion_resize picks ({@code calculate_log2_keysize(GROWTH_RATE)}, GROWTH_RATE being three
     * times the live entries): where the live entries move decides what an iterator running over a
     * dict mutated meanwhile sees, so the layout follows CPython's.
     */
    private void grow() {
        int size = tableSize((long) used * 3);
        int cap = usable(size);
        Object[] nk = new Object[cap];
        Object[] nv = new Object[cap];
        long[] nh = new long[cap];
        int[] ix = newIndex(size);
        int n = 0;
        for (int e = 0; e < entries; e++) {
            if (keys[e] != null) {
                nk[n] = keys[e];
                nv[n] = values[e];
                nh[n] = hashes[e];
                insertIndex(ix, nh[n], n);
                n++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        index = ix;
        entries = n;
        usableLeft = cap - n;
    }

    @Override
    public int size() {
        return used;
    }

    @Override
    public Object get(Object key) {
        if (key == null) {
            return null;
        }
        int e = find(key, PyHash.of(key));
        return e < 0 ? null : values[e];
    }

    @Override
    public boolean containsKey(Object key) {
        return key != null && find(key, PyHash.of(key)) >= 0;
    }

    @Override
    public Object put(Object key, Object value) {
        long h = PyHash.of(key);
        int e = find(key, h);
        if (e >= 0) {
            Object old = values[e];
            values[e] = value;
            return old;
        }
        if (shared != null) {
            SharedKeys next = key instanceof String s ? shared.next(s, h) : null;
            if (next != null) {
                appendShared(next, value);
                return null;
            }
            unshare();
        }
        if (usableLeft <= 0) {
            grow();
        }
        keys[entries] = key;
        values[entries] = value;
        hashes[entries] = h;
        insertIndex(index, h, entries);
        entries++;
        usableLeft--;
        used++;
        modCount++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        if (key == null) {
            return null;
        }
        long h = PyHash.of(key);
        if (shared != null) {
            if (find(key, h) < 0) {
                return null;
            }
            unshare();
        }
        int[] ix = index;
        int m = ix.length - 1;
        long perturb = h;
        int i = (int) (h & m);
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return null;
            }
            if (e >= 0 && hashes[e] == h && PyHash.keyEq(keys[e], key)) {
                Object old = values[e];
                ix[i] = DELETED;
                keys[e] = null;
                values[e] = null;
                used--;
                modCount++;
                return old;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & m);
        }
    }

    @Override
    public void clear() {
        shared = null;
        allocate(MINSIZE);
        modCount++;
    }

    // ---------------------------------------------------------------- shared key layouts

    /** Gives a dict on a shared layout its own copy of it, to change the keys as an ordinary dict. */
    private void unshare() {
        if (shared == null) {
            return;
        }
        shared = null;
        keys = keys.clone();
        hashes = hashes.clone();
        index = index.clone();
        usableLeft = keys.length - entries;
    }

    /**
     * Adds the one key by which {@code next} extends this dict's shared layout (the caller found the
     * key absent and {@code next} as {@code shared.next(key, hash)}).
     */
    final void appendShared(SharedKeys next, Object value) {
        Object[] v = values;
        if (v.length < next.keys.length) {
            v = java.util.Arrays.copyOf(v, next.keys.length);
            values = v;
        }
        v[entries] = value;
        keys = next.keys;
        hashes = next.hashes;
        index = next.index;
        entries++;
        used++;
        modCount++;
        shared = next;
    }

    /**
     * The value at position {@code e} of the shared layout the caller saw this dict on; a dict that
     * another thread changed meanwhile (so the position may not be in its values any more) is asked
     * by key.
     */
    final Object sharedValue(int e, String key) {
        Object[] v = values;
        return e < v.length && shared != null ? v[e] : get(key);
    }

    /** Replaces the value at position {@code e} of the shared layout the caller saw this dict on. */
    final void setShared(int e, String key, Object value) {
        Object[] v = values;
        if (e < v.length && shared != null) {
            v[e] = value;
        } else {
            put(key, value);
        }
    }

    // ---------------------------------------------------------------- what DictIterator reads

    /** Entries used so far, deleted ones included: positions run from 0 to this. */
    final int entryCount() {
        return entries;
    }

    /** The key at an entry position, null for a deleted entry. */
    final Object keyAt(int e) {
        return keys[e];
    }

    final Object valueAt(int e) {
        return values[e];
    }

    /**
     * The items at this moment in order, as one array of key, value, key, value...: a snapshot for
     * code that walks a whole dict in bulk (json.dumps) without a Map.Entry per item. A dict that
     * keeps its entries elsewhere answers from its entrySet.
     */
    public Object[] itemsArray() {
        Object[] out = new Object[2 * size()];
        int j = 0;
        if (getClass() != PyDict.class) {
            for (Map.Entry<Object, Object> item : entrySet()) {
                if (j == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2 + 2);
                }
                out[j++] = item.getKey();
                out[j++] = item.getValue();
            }
            return j == out.length ? out : java.util.Arrays.copyOf(out, j);
        }
        for (int e = 0; e < entries; e++) {
            Object k = keys[e];
            if (k != null) {
                out[j++] = k;
                out[j++] = values[e];
            }
        }
        return out;
    }

    /**
     * A live iterator over the keys, values or items ({@link DictIterator#KEYS}, ...), forwards or
     * reversed, as CPython's dict iterators: it follows the entries as they are when each item is
     * taken and fails once the size changed. Dicts that keep their entries elsewhere override it.
     */
    public PyIterator iterator(int kind, boolean reversed) {
        return new DictIterator(this, kind, reversed);
    }

    /**
     * {@code dict.popitem()}: removes the last entry and returns it (null when empty). As CPython's
     * dict_popitem, the entries end where it was, so popping every item costs O(n) in all.
     */
    public Map.Entry<Object, Object> popLast() {
        unshare();
        int e = entries - 1;
        while (e >= 0 && keys[e] == null) {
            e--;
        }
        if (e < 0) {
            return null;
        }
        Object key = keys[e];
        Object value = values[e];
        long h = hashes[e];
        int[] ix = index;
        int m = ix.length - 1;
        long perturb = h;
        int i = (int) (h & m);
        while (ix[i] != e) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & m);
        }
        ix[i] = DELETED;
        keys[e] = null;
        values[e] = null;
        entries = e;
        used--;
        modCount++;
        return new SimpleImmutableEntry<>(key, value);
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return used;
            }

            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return new EntryIterator();
            }
        };
    }

    private final class EntryIterator implements Iterator<Map.Entry<Object, Object>> {
        private int next = skip(0);
        private int last = -1;
        private int expected = modCount;

        private int skip(int e) {
            while (e < entries && keys[e] == null) {
                e++;
            }
            return e;
        }

        @Override
        public boolean hasNext() {
            return next < entries;
        }

        @Override
        public Map.Entry<Object, Object> next() {
            if (modCount != expected) {
                throw new java.util.ConcurrentModificationException();
            }
            if (next >= entries) {
                throw new NoSuchElementException();
            }
            int e = next;
            last = e;
            next = skip(e + 1);
            Object[] ks = keys;
            return new SimpleEntry<>(ks[e], values[e]) {
                private static final long serialVersionUID = 1L;

                @Override
                public Object setValue(Object v) {
                    if (keys == ks && ks[e] != null) {
                        values[e] = v;
                    }
                    return super.setValue(v);
                }
            };
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            PyDict.this.remove(keys[last]);
            expected = modCount;
            last = -1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyDict && super.equals(o);
    }

    @Override
    public int hashCode() {
        throw Exceptions.typeError("unhashable type: 'dict'");
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
