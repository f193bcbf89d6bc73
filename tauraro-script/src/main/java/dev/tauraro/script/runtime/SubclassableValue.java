package dev.tauraro.script.runtime;

/**
 * A {@link NativeValue} whose class scripts may extend ({@code class Log(io.StringIO)}), as CPython
 * lets them extend {@code io.BytesIO} and {@code io.StringIO}. The class is made with
 * {@link PyClass#subclassableBuiltin}; an instance of the script class holds one of these values
 * ({@link PyDerived}), made empty by {@code __new__} and filled by the base's {@code __init__},
 * which the script's own {@code __init__} may call through {@code super()} or skip.
 */
public interface SubclassableValue extends NativeValue {
    /** The base's {@code __init__(*args, **kwargs)}: resets this value as the constructor would make it. */
    void init(Object[] args, String[] kwnames);
}
