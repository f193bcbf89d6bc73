package dev.tauraro.script.runtime;

import java.util.Map;
import java.util.Set;

/**
 * {@code mappingproxy}: what {@code C.__dict__} returns, a read-only live view of a class's
 * namespace. It is a {@link PyDict} so that every reading operation of dicts (subscripts,
 * {@code in}, iteration, {@code len}, {@code keys()/items()/get()}, {@code dict(proxy)}) works on
 * it unchanged; every write goes through {@link #put} or {@link #remove}, which refuse as CPython does.
 */
final class MappingProxy extends PyDict {
    private final Map<?, ?> map;
    /** What the repr shows inside {@code mappingproxy(...)}: the wrapped dict (or dict subclass instance); null for a class namespace. */
    final Object shown;

    MappingProxy(Map<String, Object> classDict) {
        this.map = java.util.Collections.unmodifiableMap(classDict);
        this.shown = null;
    }

    /** A read-only view of a dict: what a dict view's {@code mapping} attribute returns; {@code shown} is its owner. */
    MappingProxy(PyDict dict, Object shown) {
        this.map = dict;
        this.shown = shown;
    }

    /** The dict's own live iterators when it wraps one; over a class namespace, a snapshot checked for size changes. */
    @Override
    public PyIterator iterator(int kind, boolean reversed) {
        if (map instanceof PyDict d) {
            return d.iterator(kind, reversed);
        }
        return overSnapshot(this, kind, reversed);
    }

    /**
     * An iterator over a copy of {@code map}'s entries, for dicts whose entries live elsewhere (a
     * class namespace, a module's cells); a change of the map's size still raises as a dict's does.
     */
    static PyIterator overSnapshot(Map<?, ?> map, int kind, boolean reversed) {
        java.util.List<Map.Entry<?, ?>> snapshot = new java.util.ArrayList<>(map.entrySet());
        if (reversed) {
            java.util.Collections.reverse(snapshot);
        }
        int size = map.size();
        java.util.Iterator<Map.Entry<?, ?>> it = snapshot.iterator();
        return new PyIterator(DictIterator.type(kind, reversed)) {
            @Override
            public Object next() {
                if (map.size() != size) {
                    throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "dictionary changed size during iteration");
                }
                if (!it.hasNext()) {
                    return null;
                }
                Map.Entry<?, ?> e = it.next();
                return switch (kind) {
                    case DictIterator.KEYS -> e.getKey();
                    case DictIterator.VALUES -> e.getValue();
                    default -> new PyTuple(new Object[] {e.getKey(), e.getValue()});
                };
            }
        };
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Map.Entry<Object, Object>> entrySet() {
        return (Set<Map.Entry<Object, Object>>) (Set<?>) map.entrySet();
    }

    /** The contents as a plain dict, in order: what repr and str show of a class namespace. */
    PyDict snapshot() {
        PyDict d = new PyDict();
        d.putAll(this);
        return d;
    }

    @Override
    public Object put(Object key, Object value) {
        throw Exceptions.typeError("'mappingproxy' object does not support item assignment");
    }

    @Override
    public Object remove(Object key) {
        throw Exceptions.typeError("'mappingproxy' object does not support item deletion");
    }

    @Override
    public void clear() {
        throw Exceptions.attributeError("'mappingproxy' object has no attribute 'clear'");
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Map<?, ?> m && map.equals(m);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
