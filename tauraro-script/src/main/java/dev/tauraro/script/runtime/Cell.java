package dev.tauraro.script.runtime;

/** A variable shared between a function and the closures defined in it (or a module global). */
public final class Cell {
    /** The value, or null while unbound. */
    public Object value;
    /** The variable's name, for error messages. */
    public final String name;

    public Cell(String name) {
        this.name = name;
    }

    public Cell(String name, Object value) {
        this.name = name;
        this.value = value;
    }
}
