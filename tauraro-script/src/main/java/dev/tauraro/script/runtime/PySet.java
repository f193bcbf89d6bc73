package dev.tauraro.script.runtime;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code set} (and {@code frozenset} when frozen), as CPython 3.11's setobject.c lays it out.
 *
 * <p>Keys are one key when they are equal in Python ({@code {1, 1.0, True}} is {@code {1}}; the first key
 * object stays). The table is CPython's open-addressing table with its exact probe sequence, resize rule
 * and dummy reuse (the last dummy on the probe path), so iteration order equals CPython's wherever the hashes are deterministic (ints,
 * floats, bools, tuples of those). The operators follow CPython's loops (intersection walks the smaller
 * set, symmetric difference starts from a copy of the right operand, ...), because those loops decide
 * the result's order.
 */
public final class PySet extends AbstractSet<Object> {
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot; its hash is -1, which no live key has. */
    private static final Object DUMMY = new Object() {
        @Override
        public String toString() {
            return "<dummy key>";
        }
    };

    public final boolean frozen;
    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where pop() starts looking, as CPython's so->finger. */
    private int finger;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    /** {@code set(iterable)} / {@code frozenset(iterable)}. */
    public static PySet of(boolean frozen, Object iterable) {
        PySet s = new PySet(frozen);
        if (iterable != null) {
            s.update(iterable);
        }
        return s;
    }

    /**
     * A set display of constants: CPython compiles it to a frozenset constant (built item by item) merged
     * into an empty set, whose table may be smaller than adding the items one by one would leave.
     */
    public static PySet ofFoldedConstants(Iterable<Object> items) {
        PySet constant = new PySet(true);
        for (Object o : items) {
            constant.add(o);
        }
        PySet s = new PySet();
        s.merge(constant);
        return s;
    }

    // ================================================================ table

    private int lookup(Object key, long hash) {
        Object[] ks = keys;
        long[] hs = hashes;
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = ks[j];
                if (k == null) {
                    return -1;
                }
                if (hs[j] == hash && k != DUMMY && PyHash.keyEq(k, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** CPython's set_add_entry; true when the key was new. */
    boolean addEntry(Object key, long hash) {
        int m = mask;
        long perturb = hash;
        int i = (int) (hash & m);
        int freeslot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        used++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        return true;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) m * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    freeslot = j; // CPython 3.11 reuses the LAST dummy on the probe path
                } else if (hashes[j] == hash && PyHash.keyEq(k, key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    private static void insertClean(Object[] ks, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (ks[j] == null) {
                        ks[j] = key;
                        hs[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** CPython's set_table_resize: the smallest power of two above minused, refilled in old table order. */
    private void resize(int minused) {
        int size = MINSIZE;
        while (size <= minused) {
            size <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(keys, hashes, mask, k, oldHashes[i]);
            }
        }
        fill = used;
    }

    private boolean discardEntry(Object key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    private boolean containsEntry(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    // ================================================================ Set API

    @Override
    public int size() {
        return used;
    }

    @Override
    public boolean add(Object key) {
        return addEntry(key, PyHash.of(key));
    }

    @Override
    public boolean contains(Object key) {
        if (key == null) {
            return false;
        }
        long hash;
        try {
            hash = PyHash.of(key);
        } catch (PyException e) {
            PySet frozen = frozenKey(key, e);
            key = frozen;
            hash = frozen.pyHash();
        }
        return lookup(key, hash) >= 0;
    }

    @Override
    public boolean remove(Object key) {
        if (key == null) {
            return false;
        }
        long hash;
        try {
            hash = PyHash.of(key);
        } catch (PyException e) {
            PySet frozen = frozenKey(key, e);
            key = frozen;
            hash = frozen.pyHash();
        }
        return discardEntry(key, hash);
    }

    /**
     * As CPython's set_contains, set_remove and set_discard: a set (or set subclass) key, unhashable,
     * is looked up as the frozenset of its items, so {@code {1} in {frozenset({1})}}; any other
     * unhashable key keeps its TypeError.
     */
    private static PySet frozenKey(Object key, PyException e) {
        if (e.value.type() == Exceptions.TYPE_ERROR && PyDerived.unwrap(key) instanceof PySet s && !s.frozen) {
            return s.copy(true);
        }
        throw e;
    }

    @Override
    public void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** CPython's set.pop(): the next live slot from the finger onwards. */
    public Object pop() {
        if (used == 0) {
            throw Exceptions.keyError("pop from an empty set");
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    /**
     * {@code iter(set)}: CPython's set iterator, walking the live table (read afresh at each step, as
     * an add and a remove may have rebuilt it) instead of a copy, so that a size change between two
     * steps is CPython's RuntimeError, raised again at every later step; once exhausted it stays so.
     */
    public PyIterator pyIterator() {
        return new PyIterator(Types.SET_ITERATOR) {
            private int pos;
            private int expected = used;
            private int left = used;
            private boolean exhausted;

            @Override
            public Object lengthHint() { // CPython's setiter_len: 0 once the set changed size or the walk ended
                return !exhausted && expected == used ? (long) left : 0L;
            }

            @Override
            public Object next() {
                if (exhausted) {
                    return null;
                }
                if (expected != used) {
                    expected = -1; // no set has -1 items: every later step raises too
                    throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "Set changed size during iteration");
                }
                Object[] ks = keys;
                int i = pos;
                while (i < ks.length && (ks[i] == null || ks[i] == DUMMY)) {
                    i++;
                }
                if (i >= ks.length) {
                    exhausted = true;
                    return null;
                }
                pos = i + 1;
                left--;
                return ks[i];
            }
        };
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private final Object[] table = keys;
            private int pos = advance(0);
            private int last = -1;

            private int advance(int from) {
                while (from < table.length && (table[from] == null || table[from] == DUMMY)) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return pos < table.length;
            }

            @Override
            public Object next() {
                if (pos >= table.length) {
                    throw new NoSuchElementException();
                }
                last = pos;
                Object k = table[pos];
                pos = advance(pos + 1);
                return k;
            }

            @Override
            public void remove() {
                if (last < 0 || table != keys) {
                    throw new IllegalStateException();
                }
                if (keys[last] != DUMMY) {
                    keys[last] = DUMMY;
                    hashes[last] = -1;
                    used--;
                }
                last = -1;
            }
        };
    }

    // ================================================================ Python operations

    /** CPython's set_update_internal: sets merge, dicts pre-size, other iterables add one by one. */
    public void update(Object iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
        } else if (iterable instanceof PyDict d) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            for (Object k : d.keySet()) {
                add(k);
            }
        } else {
            PyIterator it = Ops.iter(iterable);
            for (Object o = it.next(); o != null; o = it.next()) {
                add(o);
            }
        }
    }

    /** CPython's set_merge. */
    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /**
     * CPython's set_issubset for a set {@code other} (sizes already compared): one lookup per live
     * entry with the hash stored beside it, so that no key's {@code __hash__} runs again. The table
     * is read afresh at every step, as CPython's set_next, in case a key's {@code __eq__} changed it.
     */
    public boolean isSubsetOf(PySet other) {
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY && !other.containsEntry(k, hashes[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * CPython's set_isdisjoint: for a set, the smaller side (the argument's on a tie) walked with its
     * stored hashes and looked up in the other; any other iterable read lazily, stopping at the
     * first item in common.
     */
    public boolean isDisjoint(Object other) {
        if (other == this) {
            return used == 0;
        }
        if (other instanceof PySet o) {
            PySet small = o;
            PySet big = this;
            if (o.used > used) {
                small = this;
                big = o;
            }
            for (int i = 0; i <= small.mask; i++) {
                Object k = small.keys[i];
                if (k != null && k != DUMMY && big.containsEntry(k, small.hashes[i])) {
                    return false;
                }
            }
            return true;
        }
        PyIterator it = Ops.iter(other);
        for (Object o = it.next(); o != null; o = it.next()) {
            if (contains(o)) {
                return false;
            }
        }
        return true;
    }

    /** A copy with this set's kind ({@code set} or {@code frozenset}). */
    public PySet copy() {
        return copy(frozen);
    }

    PySet copy(boolean asFrozen) {
        PySet r = new PySet(asFrozen);
        r.merge(this);
        return r;
    }

    /** {@code self | other} for a set other. */
    public PySet union(PySet other) {
        PySet r = copy();
        r.merge(other);
        return r;
    }

    /** CPython's set_intersection: walks the smaller set, keeping its key objects. */
    public PySet intersection(Object other) {
        PySet r = new PySet(frozen);
        if (other instanceof PySet o) {
            PySet big = this;
            PySet small = o;
            if (o.used > used) {
                big = o;
                small = this;
            }
            for (int i = 0; i <= small.mask; i++) {
                Object k = small.keys[i];
                if (k != null && k != DUMMY && big.containsEntry(k, small.hashes[i])) {
                    r.addEntry(k, small.hashes[i]);
                }
            }
            return r;
        }
        PyIterator it = Ops.iter(other);
        for (Object o = it.next(); o != null; o = it.next()) {
            long h = PyHash.of(o);
            if (containsEntry(o, h)) {
                r.addEntry(o, h);
            }
        }
        return r;
    }

    /** CPython's set_difference. */
    public PySet difference(Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        PySet r = new PySet(frozen);
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k == null || k == DUMMY) {
                continue;
            }
            boolean in = other instanceof PySet o ? o.containsEntry(k, hashes[i]) : ((PyDict) other).containsKey(k);
            if (!in) {
                r.addEntry(k, hashes[i]);
            }
        }
        return r;
    }

    /** {@code self -= other} for any iterable other. */
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            for (int i = 0; i <= o.mask; i++) {
                Object k = o.keys[i];
                if (k != null && k != DUMMY) {
                    discardEntry(k, o.hashes[i]);
                }
            }
            return;
        }
        PyIterator it = Ops.iter(other);
        for (Object o = it.next(); o != null; o = it.next()) {
            remove(o);
        }
    }

    /** CPython's set_symmetric_difference: a copy of other, updated with self. */
    public PySet symmetricDifference(Object other) {
        PySet r = new PySet(frozen);
        r.update(other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    /** CPython's set_symmetric_difference_update. */
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        PySet o = other instanceof PySet s ? s : of(false, other);
        for (int i = 0; i <= o.mask; i++) {
            Object k = o.keys[i];
            if (k != null && k != DUMMY && !discardEntry(k, o.hashes[i])) {
                addEntry(k, o.hashes[i]);
            }
        }
    }

    /** {@code self &= other}: CPython replaces the table with the intersection's. */
    public void intersectionUpdate(Object other) {
        PySet r = intersection(other);
        keys = r.keys;
        hashes = r.hashes;
        mask = r.mask;
        fill = r.fill;
        used = r.used;
    }

    /** CPython's frozenset hash: order-independent, from the shuffled entry hashes. */
    long pyHash() {
        if (!frozen) {
            throw Exceptions.typeError("unhashable type: 'set'");
        }
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                h ^= shuffle(hashes[i]);
            }
        }
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
