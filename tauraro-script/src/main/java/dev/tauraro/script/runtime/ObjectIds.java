package dev.tauraro.script.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id()}: a number no other object alive at the same time has, fixed for the object's life,
 * as CPython's (its address). {@link System#identityHashCode} is not unique: it has 31 bits, so
 * among 100,000 live objects two share one about once on average, and whatever keys objects by
 * {@code id()} (a deepcopy's memo, reprlib's and pprint's recursion guards) would silently take one
 * for the other. Numbers are handed out in order, shaped like aligned addresses so that reprs look
 * as CPython's, and kept in a table whose keys are weak, so that an object's entry goes when it does.
 * A dict keeps its number in a field instead: deepcopy asks the id of every call's fresh memo dict,
 * and a weak table entry per short-lived object cost more than the copying (the collector tracks
 * every weak reference). Small ints, which {@code is} treats as one object per value as CPython's
 * cache makes them, have one id per value.
 */
final class ObjectIds {
    private ObjectIds() {
    }

    private static final long BASE = 0x7f0000000000L;
    private static final AtomicLong NEXT = new AtomicLong();
    private static final ReferenceQueue<Object> DEAD = new ReferenceQueue<>();
    private static final ConcurrentHashMap<Object, Long> IDS = new ConcurrentHashMap<>();

    /** The table's key: the object, weakly, with its identity's hash. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o) {
            super(o, DEAD);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            Object o = get();
            return o != null && (other instanceof Key k ? k.get() == o : other instanceof Probe p && p.o == o);
        }
    }

    /** A lookup's key, holding the object strongly and made per lookup (no reference for the collector to track). */
    private record Probe(Object o) {
        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k ? k.get() == o : other instanceof Probe p && p.o == o;
        }
    }

    /** The ids of CPython's cached small ints, -5 to 256, below every handed-out number. */
    private static final long SMALL_INTS = BASE - 16 * 262;
    /** The ids of True, False and None, below the small ints': deepcopy asks them for every bool and None it meets. */
    private static final long TRUE = SMALL_INTS - 16;
    private static final long FALSE = SMALL_INTS - 32;
    private static final long NONE = SMALL_INTS - 48;

    static long of(Object o) {
        if (o instanceof PyDict d) {
            long id = d.id;
            return id != 0 ? id : assign(d);
        }
        if (o instanceof Long l && l >= -5 && l <= 256) {
            return SMALL_INTS + 16 * (l + 5);
        }
        if (o instanceof Boolean b) { // the two bools and None are single objects, as in CPython
            return b ? TRUE : FALSE;
        }
        if (o == PyNone.NONE) {
            return NONE;
        }
        Long id = IDS.get(new Probe(o));
        if (id == null) {
            // the entries of dead objects go when new ones come (polling the queue takes its lock)
            for (Reference<?> r; (r = DEAD.poll()) != null; ) {
                IDS.remove(r);
            }
            Long fresh = BASE + 16 * NEXT.getAndIncrement();
            Long raced = IDS.putIfAbsent(new Key(o), fresh);
            id = raced != null ? raced : fresh;
        }
        return id;
    }

    private static long assign(PyDict d) {
        synchronized (d) { // two threads asking at once get one number
            long id = d.id;
            if (id == 0) {
                id = BASE + 16 * NEXT.getAndIncrement();
                d.id = id;
            }
            return id;
        }
    }
}
