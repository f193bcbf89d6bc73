package dev.tauraro.script.runtime;

/** The singletons {@code None}, {@code Ellipsis} and {@code NotImplemented}. */
public final class PyNone {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");

    private final String repr;

    private PyNone(String repr) {
        this.repr = repr;
    }

    @Override
    public String toString() {
        return repr;
    }
}
