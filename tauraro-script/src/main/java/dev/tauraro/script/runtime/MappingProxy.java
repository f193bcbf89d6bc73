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
    private final Map<String, Object> map;

    MappingProxy(Map<String, Object> classDict) {
        this.map = java.util.Collections.unmodifiableMap(classDict);
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

    @Override
    public Map.Entry<Object, Object> lastEntry() {
        Map.Entry<Object, Object> last = null;
        for (Map.Entry<Object, Object> e : entrySet()) {
            last = e;
        }
        return last;
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
