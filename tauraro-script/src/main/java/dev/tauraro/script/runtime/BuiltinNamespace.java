package dev.tauraro.script.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The builtins namespace of one interpreter: a map of names that counts its changes. A global
 * name that is not a module global is looked up here on every read ({@code len}, {@code range},
 * ...); with the count, a read site keeps what it found until the namespace changes (an
 * assignment such as {@code builtins.len = f}) instead of hashing the name each time.
 *
 * <p>Every mutator of {@link Map} that can change a mapping counts; the views' own removal
 * methods ({@code keySet().remove}, an entry's {@code setValue}) do not, so nothing changes the
 * namespace through a view.
 */
public final class BuiltinNamespace extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** Changes whenever a mapping may have changed; read sites compare it with the one they saw. */
    private int version;

    public int version() {
        return version;
    }

    @Override
    public Object put(String key, Object value) {
        version++;
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        version++;
        super.putAll(m);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        version++;
        return super.putIfAbsent(key, value);
    }

    @Override
    public Object remove(Object key) {
        version++;
        return super.remove(key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        version++;
        return super.remove(key, value);
    }

    @Override
    public Object replace(String key, Object value) {
        version++;
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        version++;
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        version++;
        super.replaceAll(function);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> remapping) {
        version++;
        return super.compute(key, remapping);
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> mapping) {
        version++;
        return super.computeIfAbsent(key, mapping);
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> remapping) {
        version++;
        return super.computeIfPresent(key, remapping);
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> remapping) {
        version++;
        return super.merge(key, value, remapping);
    }

    @Override
    public void clear() {
        version++;
        super.clear();
    }
}
