package dev.tauraro.script;

import dev.tauraro.script.runtime.PyModule;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.script.Bindings;

/**
 * javax.script {@link Bindings} that are a script namespace: the globals of one module of the
 * engine's interpreter, read and written (converted) under the GIL. What a script assigns is at
 * once visible through them, and what Java puts is a global of the script.
 *
 * <p>{@link #entrySet()} is a converted snapshot; unbinding goes through {@link #remove}.
 */
final class ModuleBindings extends AbstractMap<String, Object> implements Bindings {
    final Tauraro owner;
    final PyModule module;

    ModuleBindings(Tauraro owner, PyModule module) {
        this.owner = owner;
        this.module = module;
    }

    private static String check(Object key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof String s)) {
            throw new ClassCastException("key should be a String");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key can not be empty");
        }
        return s;
    }

    @Override
    public Object put(String name, Object value) {
        String key = check(name);
        return owner.locked(() -> {
            Object old = owner.values().toJava(module.get(key));
            module.set(key, owner.values().toPy(value));
            return old;
        });
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
        toMerge.forEach(this::put);
    }

    @Override
    public Object get(Object name) {
        String key = check(name);
        return owner.locked(() -> owner.values().toJava(module.get(key)));
    }

    @Override
    public boolean containsKey(Object name) {
        String key = check(name);
        return owner.locked(() -> module.get(key) != null);
    }

    @Override
    public Object remove(Object name) {
        String key = check(name);
        return owner.locked(() -> {
            Object old = module.get(key);
            if (old == null) {
                return null;
            }
            module.cell(key).value = null; // unbound, as `del name` leaves it
            return owner.values().toJava(old);
        });
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return owner.locked(() -> {
            Set<Entry<String, Object>> entries = new LinkedHashSet<>();
            module.toDict().forEach((k, v) -> entries.add(new SimpleImmutableEntry<>((String) k,
                    owner.values().toJava(v))));
            return entries;
        });
    }
}
