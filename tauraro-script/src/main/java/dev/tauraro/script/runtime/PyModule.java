package dev.tauraro.script.runtime;

import java.util.LinkedHashMap;

/**
 * A module: its globals as named cells, so compiled code binds each global name to its cell once
 * and reads it with one field load.
 */
public final class PyModule {
    public final String name;
    public final Interpreter interp;
    private final LinkedHashMap<String, Cell> globals = new LinkedHashMap<>();
    private ModuleDict dict;

    public PyModule(String name, Interpreter interp) {
        this.name = name;
        this.interp = interp;
        set("__name__", name);
    }

    /** The cell of a global name, created unbound on first use. */
    public Cell cell(String name) {
        return globals.computeIfAbsent(name, Cell::new);
    }

    public Object get(String name) {
        Cell c = globals.get(name);
        return c == null ? null : c.value;
    }

    public void set(String name, Object value) {
        cell(name).value = value;
    }

    /** The globals as a live dict ({@code globals()}, {@code module.__dict__}); made on first use. */
    public PyDict dict() {
        ModuleDict d = dict;
        if (d == null) {
            d = new ModuleDict(this);
            dict = d;
        }
        return d;
    }

    /** The module whose globals {@code d} shows, or null when it is an ordinary dict. */
    public static PyModule of(Object d) {
        return d instanceof ModuleDict m ? m.module() : null;
    }

    LinkedHashMap<String, Cell> cells() {
        return globals;
    }

    /** The bound names and values, in definition order: {@code globals()} / {@code dir(module)}. */
    public PyDict toDict() {
        PyDict d = new PyDict();
        globals.forEach((k, c) -> {
            if (c.value != null) {
                d.put(k, c.value);
            }
        });
        return d;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
