package dev.tauraro.script.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's globals as a dict ({@code globals()}, {@code module.__dict__}): a live view of the
 * module's cells, so that {@code globals()['x'] = 1} binds the global {@code x} and a later global
 * assignment shows in the dict. A {@link PyDict} so that every dict operation works on it.
 *
 * <p>Differences from CPython: keys must be strings (a module's globals are named cells), and
 * iteration walks a snapshot, checked for size changes as a dict's iterator is.
 */
final class ModuleDict extends PyDict {
    private final PyModule module;
    private final Map<Object, Object> view;

    ModuleDict(PyModule module) {
        this.module = module;
        this.view = new AbstractMap<>() {
            @Override
            public Set<Map.Entry<Object, Object>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<Object, Object>> iterator() {
                        List<Map.Entry<Object, Object>> bound = new ArrayList<>();
                        module.cells().forEach((k, c) -> {
                            if (c.value != null) {
                                bound.add(new AbstractMap.SimpleImmutableEntry<>(k, c.value));
                            }
                        });
                        return bound.iterator();
                    }

                    @Override
                    public int size() {
                        return ModuleDict.this.size();
                    }
                };
            }
        };
    }

    PyModule module() {
        return module;
    }

    @Override
    public PyIterator iterator(int kind, boolean reversed) {
        return MappingProxy.overSnapshot(this, kind, reversed);
    }

    @Override
    public Object get(Object key) {
        return key instanceof String s ? module.get(s) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        int n = 0;
        for (Cell c : module.cells().values()) {
            if (c.value != null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Object put(Object key, Object value) {
        if (!(key instanceof String s)) {
            throw Exceptions.typeError("a module's globals take str keys only, not '" + Ops.typeName(key) + "'");
        }
        Object old = module.get(s);
        module.set(s, value);
        return old;
    }

    @Override
    public Object remove(Object key) {
        Object old = get(key);
        if (old != null) {
            module.cell((String) key).value = null;
        }
        return old;
    }

    @Override
    public void clear() {
        for (Cell c : module.cells().values()) {
            c.value = null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Map<?, ?> m && new java.util.HashMap<>(view).equals(m);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
