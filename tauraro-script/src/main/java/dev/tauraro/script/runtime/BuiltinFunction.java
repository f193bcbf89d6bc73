package dev.tauraro.script.runtime;

/** A function implemented in Java, e.g. {@code len} or {@code asyncio.sleep}. */
public final class BuiltinFunction implements PyCallable {
    private final String name;
    private final PyCallable impl;

    public BuiltinFunction(String name, PyCallable impl) {
        this.name = name;
        this.impl = impl;
    }

    public String name() {
        return name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return impl.call(args, kwnames);
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
