package dev.tauraro.script.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items}: what {@code d.keys()},
 * {@code d.values()} and {@code d.items()} return (the {@code odict_*} types for an
 * {@code OrderedDict}), with the rules of CPython 3.11's {@code dictobject.c}.
 *
 * <p>A view holds the dict, not a copy: it is made in O(1), always shows the dict's current
 * contents, iterates with the dict's own live iterator ({@link DictIterator}), and {@code in}
 * costs one hash lookup for keys and items (an item is found by its key, then its value compared).
 * Keys and items views are set-like: {@code & | - ^} and {@code isdisjoint} take any iterable and
 * return a {@code set}, and they compare with sets and other set-like views by containment
 * (unhashable, since they compare by contents). Values views are neither: they equal only
 * themselves and hash by identity.
 */
public final class DictView implements Iterable<Object> {
    final int kind;
    /** Where the entries are: the dict itself, or the dict held by a dict subclass instance. */
    final PyDict dict;
    /** The mapping as the script sees it (a subclass instance, a mappingproxy): what {@code .mapping} shows. */
    final Object owner;
    private final PyClass type;

    private DictView(int kind, PyDict dict, Object owner, PyClass type) {
        this.kind = kind;
        this.dict = dict;
        this.owner = owner;
        this.type = type;
    }

    /** {@code owner.keys()} (and values, items) for a dict, a dict subclass instance or a mappingproxy. */
    static DictView of(Object owner, int kind) {
        PyDict d = (PyDict) PyDerived.unwrap(owner);
        boolean ordered = owner instanceof PyDerived p && isOrderedDict(p.type());
        PyClass t = switch (kind) {
            case DictIterator.KEYS -> ordered ? Types.ODICT_KEYS : Types.DICT_KEYS;
            case DictIterator.VALUES -> ordered ? Types.ODICT_VALUES : Types.DICT_VALUES;
            default -> ordered ? Types.ODICT_ITEMS : Types.DICT_ITEMS;
        };
        return new DictView(kind, d, owner, t);
    }

    /**
     * Whether {@code c} is (or extends) {@code collections.OrderedDict}, whose views CPython names
     * {@code odict_keys}, ...: our OrderedDict is a script class, one per interpreter, so it is
     * recognised by name and module.
     */
    private static boolean isOrderedDict(PyClass c) {
        for (PyClass k : c.mro) {
            if (k.name.equals("OrderedDict") && "collections".equals(k.module)) {
                return true;
            }
        }
        return false;
    }

    /** The same view of another owner: ModuleFork's copy of the dict it shows. */
    DictView onto(Object newOwner) {
        return of(newOwner, kind);
    }

    PyClass type() {
        return type;
    }

    int size() {
        return dict.size();
    }

    /** Keys and items views are set-like; values views are not. */
    boolean setLike() {
        return kind != DictIterator.VALUES;
    }

    PyIterator iter() {
        return dict.iterator(kind, false);
    }

    PyIterator reversedIter() {
        return dict.iterator(kind, true);
    }

    @Override
    public Iterator<Object> iterator() {
        PyIterator it = iter();
        return new Iterator<>() {
            private Object next = it.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Object next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object r = next;
                next = it.next();
                return r;
            }
        };
    }

    /** {@code item in view}: a key lookup for keys and items (an unhashable key raises), a scan for values. */
    boolean contains(Object item) {
        switch (kind) {
            case DictIterator.KEYS:
                return dict.containsKey(item);
            case DictIterator.ITEMS: {
                if (!(PyDerived.unwrap(item) instanceof PyTuple t) || t.items.length != 2) {
                    return false;
                }
                Object found = dict.get(t.items[0]);
                return found != null && (found == t.items[1] || Ops.eq(found, t.items[1]));
            }
            default: {
                PyIterator it = iter();
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (v == item || Ops.eq(v, item)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** The view's attributes: {@code mapping}, {@code isdisjoint} and the special methods scripts call by name. */
    Object attr(String name) {
        return switch (name) {
            case "mapping" -> owner instanceof MappingProxy ? owner : new MappingProxy(dict, owner);
            case "isdisjoint" -> setLike() ? new BuiltinFunction("isdisjoint", (a, k) -> {
                BuiltinArgs.one(type.name + ".isdisjoint", a, k);
                return isDisjoint(a[0]);
            }) : null;
            case "__len__" -> new BuiltinFunction(name, (a, k) -> {
                BuiltinArgs.wrapper(name, a, k, 0);
                return (long) size();
            });
            case "__iter__" -> new BuiltinFunction(name, (a, k) -> {
                BuiltinArgs.wrapper(name, a, k, 0);
                return iter();
            });
            case "__reversed__" -> new BuiltinFunction(name, (a, k) -> { // a method of the view type, not a wrapper
                BuiltinArgs.none(type.name + ".__reversed__", a, k);
                return reversedIter();
            });
            case "__contains__" -> new BuiltinFunction(name, (a, k) -> {
                BuiltinArgs.wrapper(name, a, k, 1);
                return contains(a[0]);
            });
            case "__repr__", "__str__" -> new BuiltinFunction(name, (a, k) -> Ops.repr(this));
            case "__class__" -> type;
            default -> null;
        };
    }

    /** CPython's dictviews_isdisjoint: walks the smaller side when the other is a set or a set-like view. */
    boolean isDisjoint(Object other) {
        if (other == this) {
            return size() == 0;
        }
        Object self = this;
        if (other instanceof PySet || other instanceof DictView v && v.setLike()) {
            if (Ops.len(other) > size()) {
                self = other;
                other = this;
            }
        }
        PyIterator it = Ops.iter(other);
        for (Object x = it.next(); x != null; x = it.next()) {
            if (Ops.contains(self, x)) {
                return false;
            }
        }
        return true;
    }

    // ================================================================ operators

    private static boolean setLike(Object o) {
        return o instanceof DictView v && v.setLike();
    }

    /**
     * {@code a op b} where a or b is a view: the set operators of keys and items views (CPython's
     * dictviews_and/or/sub/xor, which take any iterable on the other side and always give a set),
     * or null when the view has no such operator.
     */
    static Object binary(String sym, Object a, Object b) {
        if (!setLike(a) && !setLike(b)) {
            return null;
        }
        switch (sym) {
            case "&":
                return intersect(a, b);
            case "|": {
                PySet r = toSet(a);
                r.update(b);
                return r;
            }
            case "-": {
                PySet r = toSet(a);
                r.differenceUpdate(b);
                return r;
            }
            case "^": {
                if (a instanceof DictView x && x.kind == DictIterator.ITEMS && b instanceof DictView y
                        && y.kind == DictIterator.ITEMS) {
                    return itemsXor(x, y);
                }
                PySet r = toSet(a);
                r.symmetricDifferenceUpdate(b);
                return r;
            }
            default:
                return null;
        }
    }

    /** CPython's dictviews_to_set: a keys view of an exact dict is copied as the dict (pre-sized). */
    private static PySet toSet(Object o) {
        if (o instanceof DictView v && v.kind == DictIterator.KEYS && v.owner == v.dict
                && v.dict.getClass() == PyDict.class) {
            return PySet.of(false, v.dict);
        }
        return PySet.of(false, o);
    }

    /** CPython's _PyDictView_Intersect: iterates the smaller side, looking each item up in the view. */
    private static PySet intersect(Object a, Object b) {
        DictView self;
        Object other;
        if (setLike(a)) {
            self = (DictView) a;
            other = b;
        } else {
            self = (DictView) b; // the operands arrive swapped when the view is on the right
            other = a;
        }
        int lenSelf = self.size();
        if (other instanceof PySet s && !s.frozen && lenSelf <= s.size()) {
            return s.intersection(self);
        }
        if (other instanceof DictView o && o.setLike() && o.size() > lenSelf) {
            DictView t = o;
            other = self;
            self = t;
        }
        PySet r = new PySet();
        PyIterator it = Ops.iter(other);
        for (Object x = it.next(); x != null; x = it.next()) {
            if (self.contains(x)) {
                r.add(x);
            }
        }
        return r;
    }

    /** CPython's dictitems_xor: pairs of b not equal in a, then what is left of a. */
    private static PySet itemsXor(DictView a, DictView b) {
        PyDict rest = new PyDict();
        rest.putAll(a.dict);
        PySet r = new PySet();
        PyIterator it = b.dict.iterator(DictIterator.ITEMS, false);
        for (Object x = it.next(); x != null; x = it.next()) {
            Object[] kv = ((PyTuple) x).items;
            Object mine = rest.get(kv[0]);
            if (mine != null && (mine == kv[1] || Ops.eq(mine, kv[1]))) {
                rest.remove(kv[0]);
            } else {
                r.add(x);
            }
        }
        r.update(of(rest, DictIterator.ITEMS));
        return r;
    }

    /**
     * {@code a op b} for {@code < <= > >=} when a set-like view meets a set or another set-like view
     * (CPython's dictview_richcompare: sizes first, then containment); null otherwise, which ends in
     * the usual TypeError.
     */
    static Boolean compare(Object a, Object b, String op) {
        if (!comparable(a, b)) {
            return null;
        }
        long la = Ops.len(a);
        long lb = Ops.len(b);
        return switch (op) {
            case "<" -> la < lb && allIn(a, b);
            case "<=" -> la <= lb && allIn(a, b);
            case ">" -> la > lb && allIn(b, a);
            default -> la >= lb && allIn(b, a);
        };
    }

    /** {@code a == b} with a view on either side. */
    static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return comparable(a, b) && Ops.len(a) == Ops.len(b) && allIn(a, b);
    }

    private static boolean comparable(Object a, Object b) {
        return setLike(a) && (b instanceof PySet || setLike(b)) || setLike(b) && a instanceof PySet;
    }

    private static boolean allIn(Object small, Object big) {
        PyIterator it = Ops.iter(small);
        for (Object x = it.next(); x != null; x = it.next()) {
            if (!Ops.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DictView && eq(this, o);
    }

    /** Keys and items views compare by contents, so they are unhashable; values views hash by identity. */
    @Override
    public int hashCode() {
        if (setLike()) {
            throw PyHash.unhashable(this);
        }
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return Ops.repr(this);
    }
}
