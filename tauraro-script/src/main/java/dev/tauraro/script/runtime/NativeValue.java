package dev.tauraro.script.runtime;

/**
 * A value that a Java binding implements itself (the file objects of {@code io}, {@code os.DirEntry},
 * ...): it names its Python type and answers its own attribute lookups, so the binding needs no
 * entry in the interpreter's tables. Attributes are read-only to scripts unless the value accepts
 * an assignment in {@link #setAttr}.
 */
public interface NativeValue {
    /** {@code type(self)}. */
    PyClass type();

    /** {@code self.name}, or null when there is no such attribute. */
    Object attr(String name);

    /**
     * {@code self.name = value}: true when this value took it, false when it has no such writable
     * attribute (the caller then raises AttributeError, "read-only" when {@link #attr} finds the name).
     */
    default boolean setAttr(String name, Object value) {
        return false;
    }
}
