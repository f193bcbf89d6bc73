package dev.tauraro.script.runtime;

/**
 * A value that a Java binding implements itself (the file objects of {@code io}, {@code os.DirEntry},
 * ...): it names its Python type and answers its own attribute lookups, so the binding needs no
 * entry in the interpreter's tables. Attributes are read-only to scripts.
 */
public interface NativeValue {
    /** {@code type(self)}. */
    PyClass type();

    /** {@code self.name}, or null when there is no such attribute. */
    Object attr(String name);
}
